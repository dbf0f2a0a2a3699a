import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the entity index is searchable and filters by type, and its URL reproduces it", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  const table = page.getByRole("table", { name: "Entities" });
  await table.waitFor();
  const all = await table.locator("tbody tr").count();
  assert.ok(all > 30, `the seeds name many entities, got ${all}`);
  await screenshot(page, "entities");

  await page.getByRole("navigation", { name: "Filter by type" }).getByRole("link", { name: /^Organization/ }).click();
  await page.waitForURL(/type=ORG/);
  const chips = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
  assert.ok(chips.length > 0 && chips.length < all);
  assert.ok(chips.every((c) => c.trim() === "ORG"), `only organizations: ${chips}`);

  await page.getByRole("searchbox", { name: "Search entities" }).fill("isis");
  await page.waitForURL(/q=isis/);
  const names = await table.locator("tbody tr td:first-child").allInnerTexts();
  assert.ok(names.length >= 2, `ISIS and ISIS-K: ${names}`);
  assert.ok(names.includes("ISIS-K"), `ISIS-K is found: ${names}`);

  const fresh = await app.browser.newPage();
  await fresh.goto(page.url());
  await fresh.getByRole("table", { name: "Entities" }).waitFor();
  assert.deepEqual(await fresh.locator("tbody tr td:first-child").allInnerTexts(), names, "same rows from the copied URL");
  assert.equal(await fresh.getByRole("searchbox", { name: "Search entities" }).inputValue(), "isis");
  await fresh.close();
  assert.deepEqual(errors, []);
  await page.close();
});
