import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { SEEDS, useApp } from "./support/fixture.mjs";

const app = useApp();

for (const [id, sentence] of SEEDS.filter(([, s]) => s)) {
  test(`a deep link to ${id} opened in a fresh page shows its text`, async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(`${app.url}article/${id}`);
    // GitHub Pages answers an unknown path with 404.html; the app takes over from there.
    assert.equal(response.status(), 404);
    const article = page.locator("article");
    await article.waitFor();
    assert.match(await article.innerText(), new RegExp(sentence.replace(/\./g, "\\.")));
    assert.ok((await page.getByRole("heading", { level: 1 }).innerText()).length > 10);
    await screenshot(page, `article-${id.slice(0, 3)}`);
    assert.deepEqual(errors.filter((e) => !e.includes("404")), []);
    await context.close();
  });
}

test("an unknown article says it was not found and links back", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}article/does-not-exist`);
  await page.getByRole("heading", { name: "Not found" }).waitFor();
  await page.getByRole("link", { name: "Back to all articles" }).click();
  await page.getByRole("list", { name: "Articles" }).waitFor();
  await context.close();
});
