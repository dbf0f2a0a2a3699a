import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the entity page of ISIS-K lists its aliases, the articles 002, 003 and 004, and links each mention", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}entities?q=isis-k`);
  await page.getByRole("table", { name: "Entities" }).getByRole("link", { name: "ISIS-K", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "ISIS-K" }).waitFor();
  const aliases = await page.locator(".px-entity__aliases").innerText();
  assert.match(aliases, /ISIS-K/);
  const articles = await page.getByRole("list", { name: "Articles naming this entity" }).innerText();
  for (const id of ["002_", "003_", "004_"]) {
    assert.match(articles, new RegExp(id), `${id} names ISIS-K`);
  }
  assert.doesNotMatch(articles, /000_/, "000 only names ISIS, not ISIS-K");
  await screenshot(page, "entity-isis-k");

  const first = page.getByRole("list", { name: "Mentions in context" }).getByRole("link").first();
  await first.click();
  await page.waitForURL(/\/article\/00\d_[0-9a-f]+#m-\d+$/);
  const target = page.locator(".px-mark--target");
  await target.waitFor();
  assert.match(await target.innerText(), /IS/);
  await page.close();
});
