import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

const rowOf = (page, name) =>
  page.getByRole("table", { name: "Entity matrix" }).locator("tbody tr").filter({ has: page.getByRole("link", { name, exact: true }) });

test("the Compare matrix shows Taylor Swift in one article only and marks omissions", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await page.getByRole("table", { name: "Entity matrix" }).waitFor();
  const swift = await rowOf(page, "Taylor Swift").locator("td").allInnerTexts();
  assert.equal(swift.length, 5);
  assert.equal(swift.filter((c) => /^\d+$/.test(c.trim())).length, 1, `one article names her: ${swift}`);
  assert.match(swift[0], /^1$/, "and it is 000");
  const isis = await rowOf(page, "Islamic State").locator("td").allInnerTexts();
  assert.ok(isis.every((c) => /^\d+$/.test(c.trim())), `all five name the Islamic State: ${isis}`);
  assert.ok((await page.locator(".px-matrix__cell--omitted").count()) > 0, "omissions are marked");
  await screenshot(page, "compare");

  await page.getByRole("navigation", { name: "Filter the matrix" }).getByRole("link", { name: /^Named by one only/ }).click();
  await page.waitForURL(/cover=one/);
  assert.equal(await rowOf(page, "Islamic State").count(), 0);
  assert.equal(await rowOf(page, "Taylor Swift").count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the heat map and the side-by-side view compare two chosen articles, from the URL", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}compare?a=0&b=4`);
  const heat = page.getByRole("table", { name: "Similarity heat map" });
  await heat.waitFor();
  const diagonal = await heat.locator("tbody tr").nth(2).locator("td").nth(2).innerText();
  assert.equal(diagonal, "1.00");
  const both = await page.getByRole("region", { name: "Named by both" }).innerText();
  assert.match(both, /Islamic State/);
  // Articles are named by outlet, else by a short headline.
  assert.match(await page.getByRole("region", { name: "Only in Khaama Press" }).innerText(), /Taylor Swift/);
  assert.match(await page.getByRole("region", { name: "Only in ISIS-K Claims Responsibility for Moscow…" }).innerText(), /Vladimir Putin/);
  assert.match(await page.getByRole("list", { name: "Differing facts" }).innerText(), /143.*vs.*137/);
  const second = "The ISIS terrorist organization's claim… (15 Jan 2024)";
  await page.getByRole("navigation", { name: "Second article" }).getByRole("link", { name: second }).click();
  await page.waitForURL(/a=0&b=1/);
  await page.getByRole("region", { name: `Only in ${second}` }).waitFor();
  await screenshot(page, "compare-pair");
  await page.close();
});
