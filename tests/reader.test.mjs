import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();
const A000 = "article/000_470187996c9c87b0";
const A004 = "article/004_81935e7c5571fa78";

const mark = (page, label, text) =>
  page.locator(`mark[data-label="${label}"]`).filter({ has: page.getByRole("button", { name: new RegExp(`^${text}\\s*,`) }) });

test("the reader of 000 highlights Lloyd Austin as a person and NATO as an organization", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url + A000);
  const austin = mark(page, "PERSON", "Lloyd Austin");
  await austin.first().waitFor();
  assert.equal(await austin.first().locator(".px-mark__tag").innerText(), "PER", "the type is printed, not only coloured");
  assert.ok((await mark(page, "ORG", "NATO").count()) >= 1, "NATO is marked as an organization");
  assert.ok((await mark(page, "LOC", "Brussels").count()) >= 1, "Brussels is marked as a place");
  assert.ok((await mark(page, "NORP", "Austrian").count()) >= 1, "Austrian is marked as a nationality");
  // The outlet tag glued to the first line is metadata, dimmed; its names are still organizations.
  assert.ok((await page.locator(".px-reader__boilerplate").count()) > 0, "the outlet tag is dimmed");
  assert.ok((await mark(page, "ORG", "Khaama Press").count()) >= 1, "the outlet is an organization");
  await screenshot(page, "reader-000");
  assert.deepEqual(errors, []);
  await page.close();
});

test("no mention inside the 004 ad is highlighted, and boilerplate can be hidden", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url + A004);
  const ad = page.locator(".px-article__body p", { hasText: "Sig P320FS OWB Holster" });
  await ad.waitFor();
  assert.equal(await ad.locator("mark").count(), 0, "nothing in the ad is marked");
  assert.match(await ad.getAttribute("class"), /boilerplate/, "the ad is dimmed as boilerplate");
  await screenshot(page, "reader-004");

  await page.getByRole("switch", { name: /Hide boilerplate/ }).click();
  await page.waitForURL(/boilerplate=hide/);
  await page.getByRole("switch", { name: /Hide boilerplate/, checked: true }).waitFor();
  assert.equal(await page.getByText("Sig P320FS OWB Holster").count(), 0, "the ad is hidden");
  assert.ok((await mark(page, "PERSON", "Vladimir Putin").count()) >= 1, "the article's own mentions stay");
  await screenshot(page, "reader-004-no-boilerplate");
  await page.close();
});

test("the legend toggles a type off and on, and the URL keeps it", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url + A000);
  const dates = page.locator('mark[data-label="DATE"]');
  await dates.first().waitFor();
  await page.getByRole("switch", { name: /DATE Date/ }).click();
  await page.waitForURL(/hide=DATE/);
  await page.getByRole("switch", { name: /DATE Date/, checked: false }).waitFor();
  assert.equal(await dates.count(), 0, "dates are no longer highlighted");
  assert.ok((await page.locator('mark[data-label="PERSON"]').count()) > 0, "other types stay");

  const fresh = await app.browser.newPage();
  await fresh.goto(page.url());
  await fresh.locator('mark[data-label="PERSON"]').first().waitFor();
  assert.equal(await fresh.locator('mark[data-label="DATE"]').count(), 0, "a copied URL shows the same view");
  await fresh.close();

  await page.getByRole("switch", { name: /DATE Date/ }).click();
  await dates.first().waitFor();
  await page.close();
});

test("keyboard-only navigation reaches a mention popover with the entity's details", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url + A000);
  await page.locator("mark").first().waitFor();
  let focused = "";
  for (let i = 0; i < 60 && !focused.startsWith("Austin,"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() =>
      document.activeElement?.classList.contains("px-mark__btn") ? document.activeElement.textContent.replace(/(PER|ORG|LOC|NORP|DATE),/, ",").replace(/\s+,/, ",") : "",
    );
  }
  assert.match(focused, /^Austin, Person/, "Tab reaches the mention of Austin");
  await page.keyboard.press("Enter");
  const pop = page.locator(".px-pop:popover-open");
  await pop.waitFor();
  const text = await pop.innerText();
  assert.match(text, /Lloyd Austin/, "the surname resolves to the full name");
  assert.match(text, /Person · named in \d of 5 articles/, "plain words first");
  assert.doesNotMatch(text, /confidence/, "the technical layer is folded away");
  await pop.getByText("Why").click();
  assert.match(await pop.innerText(), /Found by the (statistical model|gazetteer|rule) as Person \(PERSON\), confidence \d+%/);
  await screenshot(page, "reader-popover");
  await page.keyboard.press("Escape");
  assert.equal(await pop.count(), 0, "Escape closes it");
  await page.close();
});
