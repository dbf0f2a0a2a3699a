import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("search finds words across articles, highlights them and suggests entities", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox", { name: "Search the articles" }).fill("caliphate");
  await page.waitForURL(/search\?q=caliphate/);
  const matches = page.getByRole("list", { name: "Matches" }).getByRole("listitem");
  await matches.first().waitFor();
  const hits = await page.getByRole("list", { name: "Matches" }).locator("mark").allInnerTexts();
  assert.ok(hits.length >= 3 && hits.every((h) => h.toLowerCase() === "caliphate"), `${hits}`);
  // Articles are named by outlet, else a short headline: never by id.
  const docs = new Set(await matches.locator(".px-kwic__doc").allInnerTexts());
  assert.ok(docs.has("ISIS-K Claims Responsibility for Moscow…") && docs.size >= 2, `found in several articles: ${[...docs]}`);
  assert.ok([...docs].every((d) => !/^\d{3}/.test(d)), [...docs].join(" | "));
  await screenshot(page, "search");

  await page.getByRole("searchbox", { name: "Search the articles" }).fill("ryder");
  await page.waitForURL(/q=ryder/);
  const entity = page.getByRole("list", { name: "Matching entities" }).getByRole("link", { name: "Pat Ryder" });
  await entity.waitFor();
  await entity.click();
  await page.getByRole("heading", { level: 1, name: "Pat Ryder" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
