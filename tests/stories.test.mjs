// Stories and figure tracks seen at a glance: an imported developing story (a toll
// rising 12 → 30 → 45 with one late article still giving 30) on the Facts view, and
// an import of unrelated stories listed on the overview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The .txt files of tests/fixtures/NAME, as file-input payloads. */
async function fixtures(name) {
  const dir = new URL(`./fixtures/${name}/`, import.meta.url);
  const files = [];
  for (const f of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) {
    files.push({ name: f, mimeType: "text/plain", buffer: await readFile(new URL(f, dir)) });
  }
  return files;
}

/** A fresh profile on the library page with `files` imported and analysed. */
async function importInto(files, viewport = DESKTOP) {
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor();
  await page.setInputFiles("#px-files", files);
  await page.getByText(`${files.length} imported article`).waitFor();
  await page.locator(".px-progress").waitFor({ state: "detached" });
  return { context, page, errors };
}

async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} fits 390 px without sideways scrolling (overflow ${overflow}px)`);
}

test("an imported rising toll shows as Rising with 4 marks, the latest figure 45 and the stale report named", async () => {
  const { context, page, errors } = await importInto(await fixtures("flood"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facts" }).click();
  await page.getByRole("heading", { level: 1, name: "Facts" }).waitFor();

  // The seeds and the floods are two stories: each is headed by its name.
  const story = page.locator(".px-story").filter({ hasText: "Harbour Gazette" });
  assert.equal(await story.count(), 1);
  assert.match(await story.getByRole("heading", { level: 2 }).innerText(), /Porto Alegre/);
  assert.match(await story.locator(".px-story__meta").innerText(), /4 articles · 2 May 2024 – 7 May 2024/);

  const track = story.getByRole("article", { name: /^Death toll/ });
  assert.equal(await track.locator(".px-track__kind").innerText(), "Rising");
  assert.match(await track.locator(".px-track__summary").innerText(), /12 on 2 May 2024 \(first report\) rising to 45 by 6 May 2024/);
  assert.equal(await track.locator(".px-track__latest").innerText(), "Latest figure: 45, from River Times (6 May 2024).");
  assert.deepEqual(await track.getByRole("list", { name: "Stale reports" }).getByRole("listitem").allInnerTexts(), [
    "Weekly Ledger (7 May 2024) still gave 30 after 45 was out.",
  ]);

  const marks = track.getByRole("group", { name: /Death toll by publication date/ }).getByRole("img");
  assert.equal(await marks.count(), 4);
  const labels = [];
  for (let i = 0; i < 4; i++) labels.push(await marks.nth(i).getAttribute("aria-label"));
  assert.deepEqual(labels, [
    "Harbour Gazette, 2 May 2024: 12, reported",
    "Southern Courier, 4 May 2024: 30, reported",
    "River Times, 6 May 2024: 45, reported, latest figure",
    "Weekly Ledger, 7 May 2024: 30, reported, stale report",
  ]);
  // Marks are reached with the keyboard, in date order, and focus shows the outlet.
  await marks.nth(0).focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), labels[1]);
  const tip = marks.nth(1).locator(".px-chart__tip");
  assert.equal(await tip.evaluate((t) => getComputedStyle(t).visibility), "visible");
  assert.equal(await tip.textContent(), "Southern Courier: 30");
  await track.locator("figure").screenshot({ path: new URL("artifacts/stories-chart-focus.png", import.meta.url).pathname });
  assert.ok(await marks.nth(3).evaluate((m) => m.classList.contains("px-chart__mark--stale")));
  assert.ok(await marks.nth(2).evaluate((m) => m.classList.contains("px-chart__mark--latest")));
  await track.getByRole("list", { name: "Legend" }).getByText("stale report (a newer figure was out)").waitFor();

  const rows = await track.getByRole("region", { name: "Death toll: every article's figure" }).locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 4);
  assert.match(rows[2], /^River Times\s+6 May 2024\s+45\s+Reported latest/);
  assert.match(rows[3], /^Weekly Ledger\s+7 May 2024\s+30\s+Reported stale\s+agency\s+.*The floods killed 30 people/);

  await page.mouse.move(0, 0);
  await page.locator("#main").focus();
  await screenshot(page, "stories-facts-desktop");
  await track.screenshot({ path: new URL("artifacts/stories-track-desktop.png", import.meta.url).pathname });
  await page.setViewportSize(PHONE);
  await noSidewaysScroll(page, "Facts");
  await track.scrollIntoViewIfNeeded();
  await track.screenshot({ path: new URL("artifacts/stories-track-phone.png", import.meta.url).pathname });
  await screenshot(page, "stories-facts-phone");

  // The stale report's link opens its sentence in the reader.
  await track.getByRole("link", { name: "Read in context in Weekly Ledger" }).click();
  await page.waitForURL(/\/article\/4-weekly-ledger\?at=\d+-\d+$/);
  await page.locator(".px-reader__focus").first().waitFor();
  assert.match((await page.locator(".px-reader__focus").allTextContents()).join(""), /The floods killed 30 people/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an import of unrelated stories is listed story by story on the overview, each linked to its figures", async () => {
  const files = [...(await fixtures("flood")), ...(await fixtures("other"))];
  const { context, page, errors } = await importInto(files);
  // Only the imported articles: the floods, a budget and a cup final.
  await page.getByLabel("Show the bundled articles beside yours").uncheck();
  await page.goto(app.url);
  await page.getByRole("list", { name: "Articles" }).getByRole("listitem").nth(5).waitFor();

  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "3 stories");
  const lead = await page.locator(".px-overview__lead").innerText();
  assert.match(lead, /^6 articles from [A-Z][\w ]+, .* · 12 Mar 2024 – 1 Jun 2024$/);
  assert.doesNotMatch(await page.locator(".px-overview").innerText(), /same story/);
  const stories = page.getByRole("list", { name: "Stories" }).getByRole("listitem");
  assert.equal(await stories.count(), 3);
  const texts = await stories.allInnerTexts();
  const flood = texts.find((t) => /Porto Alegre/.test(t));
  assert.ok(flood, texts.join("\n"));
  assert.match(flood, /4 articles · 2 May 2024 – 7 May 2024/);
  assert.match(flood, /Death toll: 12 on 2 May 2024 \(first report\) rising to 45 by 6 May 2024/);
  assert.ok(texts.some((t) => /Paris budget · 1 article · 12 Mar 2024/.test(t)), texts.join("\n"));
  await screenshot(page, "stories-overview-desktop");
  await page.setViewportSize(PHONE);
  await noSidewaysScroll(page, "the overview");
  await screenshot(page, "stories-overview-phone");
  await page.setViewportSize(DESKTOP);

  // Each story links to the Facts view, scrolled to that story.
  await stories.filter({ hasText: "Porto Alegre" }).getByRole("link").click();
  await page.waitForURL(/\/facts#story-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  const section = page.locator(`[id="${id}"]`);
  await section.getByRole("article", { name: /^Death toll/ }).waitFor();
  await page.waitForFunction((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r && r.top >= -1 && r.top < window.innerHeight / 2;
  }, `[id="${id}"]`);
  // A story with no followed figure still has its place on the Facts view.
  await page.goBack();
  await stories.filter({ hasText: "Paris" }).getByRole("link").click();
  await page.waitForURL(/\/facts#story-\d+$/);
  const other = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  assert.match(await other.innerText(), /Capital Review \(12 Mar 2024\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("earlier, projected, ranged and open-ended figures are drawn apart and explained in the legend", async () => {
  const { context, page, errors } = await importInto([...(await fixtures("flood")), ...(await fixtures("flood-more"))]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facts" }).click();
  const track = page.locator(".px-story").filter({ hasText: "Harbour Gazette" }).getByRole("article", { name: /^Death toll/ });
  const marks = track.getByRole("group", { name: /Death toll by publication date/ }).getByRole("img");
  await marks.nth(7).waitFor();
  assert.equal(await marks.count(), 8);
  const labels = [];
  for (let i = 0; i < 8; i++) labels.push(await marks.nth(i).getAttribute("aria-label"));
  for (const want of [
    "Evening Post, 8 May 2024: 50–55, reported",
    "Evening Post, 8 May 2024: 45, earlier figure",
    "Evening Post, 8 May 2024: 80, projected",
    "Morning Wire, 9 May 2024: at least 56, reported, latest figure",
  ]) {
    assert.ok(labels.includes(want), `${want} in ${labels.join(" | ")}`);
  }
  const legend = await track.getByRole("list", { name: "Legend" }).innerText();
  for (const key of ["earlier figure", "projected figure", "range", "at least"]) assert.match(legend, new RegExp(key));
  const rows = await track.locator("tbody tr").allInnerTexts();
  assert.ok(rows.some((r) => /^Evening Post\s+8 May 2024\s+80\s+Projected/.test(r)), rows.join("\n"));
  await page.mouse.move(0, 0);
  await track.screenshot({ path: new URL("artifacts/stories-track-statuses-desktop.png", import.meta.url).pathname });
  await page.setViewportSize(PHONE);
  await track.locator("figure").screenshot({ path: new URL("artifacts/stories-chart-statuses-phone.png", import.meta.url).pathname });
  assert.deepEqual(errors, []);
  await context.close();
});
