import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { articleText, screenshot, watchErrors } from "./support/browser.mjs";
import { SEEDS, useApp } from "./support/fixture.mjs";

const app = useApp();

test("the overview lists all five seed articles by title, with outlet and word count", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(app.url);

  const list = page.getByRole("list", { name: "Articles" });
  const items = list.getByRole("listitem");
  await items.first().waitFor();
  assert.equal(await items.count(), SEEDS.length);
  assert.equal(await page.getByText("Loading Parallax").count(), 0, "the loading line is gone once the app shows");

  for (const [id] of SEEDS) {
    const item = items.filter({ hasText: id });
    assert.equal(await item.count(), 1, `${id} is listed once`);
    const title = (await item.getByRole("heading").innerText()).trim();
    assert.ok(title.length > 10, `${id} shows a title, got ${JSON.stringify(title)}`);
    assert.match(await item.innerText(), /\d+ words/, `${id} shows its word count`);
  }
  await assert.doesNotReject(
    page.getByRole("link", { name: "ISIS-K Claims Responsibility for Moscow Concert Hall Attack" }).waitFor(),
  );
  // Word counts are the articles' own, not placeholders.
  const text004 = await readFile(new URL("../seeds/004_81935e7c5571fa78.txt", import.meta.url), "utf8");
  const words004 = text004.split(/\s+/).filter(Boolean).length;
  assert.match(await items.filter({ hasText: "004_" }).innerText(), new RegExp(`${words004} words`));

  await screenshot(page, "overview");
  // Everything runs in the page: every request stays inside the app's own bundle.
  for (const url of requests) {
    assert.ok(url.startsWith(app.url), `no request outside the bundle: ${url}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("a first visit shows the bundled articles' story without waiting for the engine", async () => {
  // The engine's worker never starts: the analysis of the bundled articles ships with the app.
  const context = await app.browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route("**/parallax-worker*", (route) => route.abort());
  await page.goto(app.url);
  const items = page.getByRole("list", { name: "Articles" }).getByRole("listitem");
  await items.first().waitFor();
  assert.equal(await items.count(), SEEDS.length);
  assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /\S/);
  await assert.doesNotReject(
    page.getByRole("link", { name: "ISIS-K Claims Responsibility for Moscow Concert Hall Attack" }).waitFor(),
  );
  // The user is told the engine is not running: imports and corrections need it.
  await page.getByText(/analysis worker/).first().waitFor();
  // The other views read the same analysis.
  await page.getByRole("link", { name: "Entities", exact: true }).first().click();
  await page.getByRole("cell", { name: /Vladimir Putin/ }).first().waitFor();
  await context.close();
});

test("an article link opens the article's text", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url);
  await page.getByRole("link", { name: "ISIS-K Claims Responsibility for Moscow Concert Hall Attack" }).click();
  await page.getByRole("heading", { level: 1, name: /ISIS-K Claims Responsibility/ }).waitFor();
  assert.match(page.url(), /\/parallax\/article\/004_81935e7c5571fa78$/);
  assert.match(await articleText(page), /Vladimir Putin publicly accused Ukraine/);
  await page.close();
});
