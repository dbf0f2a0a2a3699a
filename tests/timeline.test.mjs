import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the seeds' Moscow attack is the main event, with what happened, where and the articles reporting it by name", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}timeline`);
  const points = page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ has: page.getByRole("list", { name: "Articles reporting it" }) });
  await points.first().waitFor();
  const main = points.filter({ hasText: "Main event" });
  assert.equal(await main.count(), 1, "one main event");
  const text = await main.innerText();
  assert.match(text, /^Mar 2024/, "dated by the five-year anniversary of March 2019");
  assert.match(text, /attack at a concert hall in Moscow/);
  assert.match(text, /Where: Moscow/);
  const outlets = main.getByRole("list", { name: "Articles reporting it" }).getByRole("link");
  assert.ok((await outlets.count()) >= 2, "reported by several articles");
  for (const name of await outlets.allInnerTexts()) {
    assert.doesNotMatch(name, /^\d{3}(_|$)/, `articles are named, not numbered: ${name}`);
  }
  // The caliphate's fall is one event, dated March 2019 by two articles.
  const fall = points.filter({ hasText: "caliphate" }).filter({ hasText: /^Mar 2019/ });
  assert.equal(await fall.count(), 1);
  assert.equal(await fall.getByRole("list", { name: "Articles reporting it" }).getByRole("link").count(), 2);
  // 000 states no date, so its relative "five years ago" stays unplaced.
  const unresolved = await page.getByRole("list", { name: "Unresolved dates" }).innerText();
  assert.match(unresolved, /Khaama Press: “five years ago”/);
  await screenshot(page, "timeline");
  // What happened links to the sentence that says it.
  await main.getByRole("paragraph").filter({ hasText: "Moscow" }).getByRole("link").first().click();
  await page.waitForURL(/\/article\/004_81935e7c5571fa78\?at=/);
  assert.match((await page.locator(".px-reader__focus").allTextContents()).join(""), /concert hall in Moscow/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the timeline fits a desktop and a phone (screenshots to look at)", async () => {
  for (const [size, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}timeline`);
    await page.getByRole("list", { name: "Timeline" }).getByText("Main event").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `the timeline fits ${viewport.width} px without sideways scrolling (overflow ${overflow}px)`);
    await screenshot(page, `timeline-${size}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
