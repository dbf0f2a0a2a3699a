import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the timeline places the caliphate's 2019 fall once, supported by 002 and 004", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}timeline`);
  const points = page.getByRole("list", { name: "Timeline" }).locator(".px-timeline__point");
  await points.first().waitFor();
  const fall = points.filter({ hasText: "caliphate" });
  assert.equal(await fall.count(), 1);
  const text = await fall.innerText();
  assert.match(text, /^2019/);
  assert.match(text, /Supported by 002, 004/);
  const unresolved = await page.getByRole("list", { name: "Unresolved dates" }).innerText();
  assert.match(unresolved, /000: “five years ago”/, "000 states no date, so its relative date stays unplaced");
  await screenshot(page, "timeline");
  await fall.getByRole("link", { name: "004: “March 2019”" }).click();
  await page.waitForURL(/\/article\/004_81935e7c5571fa78\?at=/);
  assert.match((await page.locator(".px-reader__focus").allTextContents()).join(""), /March 2019/);
  await page.close();
});
