import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the map shows a point for Moscow that opens its entity page", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Map" }).click();
  const map = page.getByRole("group", { name: "Places named in the articles" });
  await map.waitFor();
  assert.ok((await map.locator("path.px-map__land").getAttribute("d")).length > 10000, "the world outline is drawn");
  const moscow = map.getByRole("link", { name: /^Moscow: \d+ mentions/ });
  assert.equal(await moscow.count(), 1);
  const c = moscow.locator("circle");
  // Moscow lies at about 37.6° E, 55.8° N: x = lon + 180, y = 90 - lat in the 360 × 180 box.
  assert.ok(Math.abs(Number(await c.getAttribute("cx")) - 217.6) < 1);
  assert.ok(Math.abs(Number(await c.getAttribute("cy")) - 34.2) < 1);
  const kerman = map.getByRole("link", { name: /^Kerman:/ }).locator("circle");
  assert.ok(Number(await c.getAttribute("r")) > Number(await kerman.getAttribute("r")), "Moscow is named more than Kerman");
  await screenshot(page, "map");
  await moscow.click();
  await page.getByRole("heading", { level: 1, name: "Moscow" }).waitFor();
  assert.ok((await page.getByRole("group", { name: "Where Moscow is" }).count()) === 1, "the entity page pins it");
  assert.deepEqual(errors, []);
  await page.close();
});
