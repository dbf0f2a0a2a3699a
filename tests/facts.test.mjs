import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the Facts view lists the Moscow toll discrepancy with 143 and 137, each linked to its sentence", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facts" }).click();
  await page.getByRole("heading", { level: 1, name: "Facts" }).waitFor();
  const conflicts = page.locator(".px-fact--conflict");
  const moscow = conflicts.filter({ hasText: "143" }).filter({ hasText: "137" });
  assert.equal(await moscow.count(), 1, "one discrepancy holds both tolls");
  const text = await moscow.innerText();
  assert.match(text, /000\s+killed at least 143 people\s+≥ 143/);
  assert.match(text, /004\s+137 unarmed lives\s+137/);
  // The Iran toll is an agreement, not a discrepancy.
  const iran = page.locator(".px-fact--agree").filter({ hasText: "nearly 100" });
  assert.equal(await iran.count(), 1);
  assert.match(await iran.innerText(), /about 100/);
  await screenshot(page, "facts");

  await moscow.getByRole("link", { name: /Read in context in article 004/ }).click();
  await page.waitForURL(/\/article\/004_81935e7c5571fa78\?at=\d+-\d+$/);
  const focus = page.locator(".px-reader__focus");
  await focus.first().waitFor();
  const sentence = (await focus.allTextContents()).join("");
  assert.match(sentence, /resulted in the tragic loss of 137 unarmed lives/);
  await screenshot(page, "facts-sentence-in-reader");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the overview summarises what the articles share and where the figures differ", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url);
  const summary = page.getByRole("list", { name: "Summary" });
  await summary.waitFor();
  assert.match(await summary.innerText(), /All 5 articles name .*Islamic State/);
  const top = await page.getByRole("list", { name: "Most named entities" }).innerText();
  assert.match(top, /Islamic State · 5 of 5 articles/);
  const differ = page.getByRole("list", { name: "Discrepancies" });
  assert.match(await differ.innerText(), /000: “killed at least 143 people” \(≥ 143\)[\s\S]*004: “137 unarmed lives” \(137\)/);
  await page.close();
});
