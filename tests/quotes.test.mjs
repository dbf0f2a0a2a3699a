import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("quotes are attributed to Mark Rutte and Pat Ryder", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}quotes`);
  await page.getByRole("heading", { level: 1, name: "Quotes" }).waitFor();
  const rutte = page.getByRole("article", { name: "Quote by Mark Rutte" });
  assert.match(await rutte.innerText(), /lone-wolf attacks/);
  const ryder = page.getByRole("article", { name: "Quote by Pat Ryder" });
  assert.ok((await ryder.count()) >= 1);
  assert.match(await ryder.first().innerText(), /still a global threat/);
  await screenshot(page, "quotes");
  await rutte.getByRole("link", { name: "Mark Rutte" }).click();
  await page.getByRole("heading", { level: 1, name: "Mark Rutte" }).waitFor();
  await page.close();
});
