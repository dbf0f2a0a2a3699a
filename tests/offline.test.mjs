import { test } from "node:test";
import assert from "node:assert/strict";
import { articleText, screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("after one load the app and its articles work offline", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole("list", { name: "Articles" }).waitFor();
  // Wait until the service worker has precached the bundle and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("parallax-")));
    return (await cache.keys()).map((r) => r.url);
  });
  assert.ok(cached.some((u) => u.endsWith(".wasm")), "the WASM is precached");
  assert.ok(cached.some((u) => u.endsWith(".css")), "the CSS is precached");

  await context.setOffline(true);
  await page.reload();
  const items = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  await items.first().waitFor();
  assert.equal(await items.count(), 5);
  await screenshot(page, "offline-overview");

  await page.goto(`${app.url}article/000_470187996c9c87b0`);
  await page.locator("article").waitFor();
  assert.match(await articleText(page), /Lloyd Austin warned/);
  await screenshot(page, "offline-article");
  await context.close();
});
