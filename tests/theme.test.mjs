import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the theme toggle switches light and dark and is remembered", async () => {
  const context = await app.browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto(app.url);
  const toDark = page.getByRole("button", { name: "Switch to dark theme" });
  await toDark.waitFor();
  const light = await background(page);
  await screenshot(page, "theme-light");

  await toDark.click();
  const toLight = page.getByRole("button", { name: "Switch to light theme" });
  await toLight.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  const dark = await background(page);
  assert.notEqual(dark, light, "the page background changes");
  await screenshot(page, "theme-dark");

  await page.reload();
  await toLight.waitFor();
  assert.equal(await background(page), dark, "the choice survives a reload");

  await toLight.click();
  await toDark.waitFor();
  assert.equal(await background(page), light);
  await context.close();
});
