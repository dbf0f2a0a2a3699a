import { test } from "node:test";
import assert from "node:assert/strict";
import { articleText, screenshot, watchErrors } from "./support/browser.mjs";
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
    await page.locator("article").waitFor();
    assert.ok((await articleText(page)).includes(sentence), `the text shows: ${sentence}`);
    assert.ok((await page.getByRole("heading", { level: 1 }).innerText()).length > 10);
    await screenshot(page, `article-${id.slice(0, 3)}`);
    assert.deepEqual(errors, []);
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
