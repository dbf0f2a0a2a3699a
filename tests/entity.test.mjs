import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the entity page of ISIS-K lists its aliases, the articles 002, 003 and 004 by name, and links each mention", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}entities?q=isis-k`);
  await page.getByRole("table", { name: "Entities" }).getByRole("link", { name: "ISIS-K", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "ISIS-K" }).waitFor();
  const aliases = await page.locator(".px-entity__aliases").innerText();
  assert.match(aliases, /ISIS-K/);
  const articles = await page.getByRole("list", { name: "Articles naming this entity" }).innerText();
  // 002 (no outlet: its first words), 003 (The Conversation) and 004 (its headline).
  for (const name of ["Despite all the successes the United…", "The Conversation", "ISIS-K Claims Responsibility for Moscow…"]) {
    assert.ok(articles.includes(name), `${name} names ISIS-K: ${articles}`);
  }
  assert.doesNotMatch(articles, /Khaama Press/, "000 only names ISIS, not ISIS-K");
  await screenshot(page, "entity-isis-k");

  const first = page.getByRole("list", { name: "Mentions in context" }).getByRole("link").first();
  await first.click();
  await page.waitForURL(/\/article\/00\d_[0-9a-f]+#m-\d+$/);
  const target = page.locator(".px-mark--target");
  await target.waitFor();
  assert.match(await target.innerText(), /IS/);
  await page.close();
});
