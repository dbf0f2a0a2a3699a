// The story at a glance (issue 15): articles named by outlet everywhere, an overview
// that briefs above the fold, a popover next to its mention in plain words, phone and
// keyboard, search by all words, the import notice, and exports' labels. On the seeds
// and on the Maui dev set, written as saved web pages by ../shared's materialize.py at
// test time and imported through the file input (the test fails if ../shared is missing).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SIZES = [["desktop", DESKTOP], ["phone", PHONE]];
const MATERIALIZE = fileURLToPath(new URL("../../shared/eval/same-event/materialize.py", import.meta.url));

/** A bare id: "000", "004_81935e7c5571fa78", "maui-03", "maui-03.html", a three-letter stub. */
const BARE_ID = /^(00\d(_[0-9a-f]+)?|maui-\d+(\.html)?|[a-z]{3})$/;

/** The Maui dev set as saved web pages, written now from ../shared. */
async function mauiPages() {
  assert.ok(existsSync(MATERIALIZE), `the dev set's materialize.py is at ${MATERIALIZE}`);
  const dir = await mkdtemp(join(tmpdir(), "px-maui-"));
  const run = spawnSync("python3", [MATERIALIZE, dir, "maui", "--format", "html"], { encoding: "utf8" });
  assert.equal(run.status, 0, `materialize.py ran: ${run.stderr}`);
  const names = (await readdir(dir)).filter((n) => n.endsWith(".html")).sort();
  assert.ok(names.length >= 10, `the dev set has its pages: ${names.length}`);
  return Promise.all(
    names.map(async (name) => ({ name, mimeType: "text/html", buffer: await readFile(join(dir, name)) })),
  );
}

/** A fresh profile with the Maui pages imported, and the bundled articles switched off
 * once the import is done (so the notice counts the import, and the views show one story). */
async function withMaui(viewport = DESKTOP, colorScheme = "light") {
  const files = await mauiPages();
  const context = await app.browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor();
  await page.setInputFiles("#px-files", files);
  await page.getByText(`${files.length} imported article`).waitFor();
  await page.locator(".px-progress").waitFor({ state: "detached" });
  const notice = await page.getByRole("status").filter({ hasText: /^Added \d+ articles?:/ }).innerText();
  await page.getByLabel("Show the bundled articles beside yours").uncheck();
  await page.locator(".px-progress").waitFor({ state: "detached" });
  return { context, page, errors, files, notice };
}

async function aboveTheFold(page, locator, what) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  assert.ok(box && box.y >= 0 && box.y + Math.min(box.height, 24) <= height, `${what} is above the fold (${box?.y} of ${height})`);
}

/** Every table cell, row header, column header and chip's text on the page. */
function cellTexts(page) {
  return page.locator("main td, main th, main .px-chip, main .px-kwic__doc, main .px-facets a").allInnerTexts();
}

test("import: a notice says what was added and links to the overview, which names the story and its toll above the fold", async () => {
  for (const [size, viewport] of SIZES) {
    const { context, page, errors, files, notice } = await withMaui(viewport, size === "phone" ? "dark" : "light");
    assert.match(notice, new RegExp(`^Added ${files.length} articles: The Guardian \\(9 Aug 2023\\), .* and \\d+ others\\. See the overview →`));
    await page.getByRole("status").getByRole("link", { name: "See the overview →" }).click();

    // Once the bundled articles are out, the overview is named after the one story.
    const heading = page.getByRole("heading", { level: 1, name: /Lahaina|Maui|wildfire/i });
    await heading.waitFor();
    await aboveTheFold(page, heading, "the story's name");
    // The toll's line: its latest figure with the outlet that gave it, linked to the sentence.
    const figures = page.getByRole("list", { name: "Figures", exact: true });
    const toll = figures.getByRole("listitem").filter({ hasText: "Death toll" });
    await aboveTheFold(page, toll, "the death toll's line");
    const latest = toll.getByRole("link", { name: /^\d[\d,]*, [A-Z]/ });
    assert.match(await latest.innerText(), /^97, NHK World/, "the latest toll and who gave it");
    await aboveTheFold(page, latest, "the latest toll");
    assert.match(await toll.innerText(), /revised down from 1\d\d/);
    // Outlets and dates under the name.
    assert.match(await page.locator(".px-overview__lead").innerText(), /\d+ articles from The Guardian, .* · 9 Aug 2023 – 17 Sep 2023/);
    await screenshot(page, `glance-overview-maui-${size}`);
    await page.screenshot({ path: fileURLToPath(new URL(`artifacts/glance-brief-${size}.png`, import.meta.url)) });

    // The evidence link opens the article at the sentence that gives the figure.
    await latest.click();
    await page.locator(".px-reader__focus").first().waitFor();
    // The focus is cut into pieces around the names marked inside the sentence.
    assert.match((await page.locator(".px-reader__focus").allTextContents()).join(""), /97/);
    await page.waitForFunction(() => / · Article · Parallax$/.test(document.title));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("no table cell, chip or filter shows a bare id where the outlet is known (Maui pages)", async () => {
  const { context, page, errors } = await withMaui(DESKTOP);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [view, ready] of [
    ["Facts", (p) => p.getByRole("heading", { level: 1, name: "Facts" }).waitFor()],
    ["Compare", (p) => p.getByRole("table", { name: "Entity matrix" }).waitFor()],
    ["Entities", (p) => p.getByRole("table", { name: "Entities" }).waitFor()],
    ["Quotes", (p) => p.getByRole("heading", { level: 1, name: "Quotes" }).waitFor()],
  ]) {
    await nav.getByRole("link", { name: view }).click();
    await ready(page);
    const bare = (await cellTexts(page)).map((t) => t.trim()).filter((t) => BARE_ID.test(t));
    assert.deepEqual(bare, [], `${view} names articles by outlet`);
    // The tab title names the view.
    await page.waitForFunction((t) => document.title === t, `${view} · Parallax`);
  }
  // Compare's columns and pickers read as outlets.
  await nav.getByRole("link", { name: "Compare" }).click();
  const heads = await page.getByRole("table", { name: "Entity matrix" }).locator("thead th").allInnerTexts();
  assert.ok(heads.includes("The Guardian (9 Aug 2023)"), heads.join(" | "));
  await page.getByRole("navigation", { name: "First article" }).getByRole("link", { name: "NHK World (17 Sep 2023)" }).click();
  await page.waitForURL(/a=\d+/);
  await page.getByRole("region", { name: "Only in NHK World (17 Sep 2023)" }).or(page.locator("section[aria-label='Only in NHK World (17 Sep 2023)']")).first().waitFor();
  // The Entities filter by article lists names, and the Maui figures table names outlets.
  await nav.getByRole("link", { name: "Entities" }).click();
  await page.getByRole("navigation", { name: "Filter by article" }).getByRole("link", { name: "UPI (29 Aug 2023)" }).click();
  await page.waitForURL(/doc=\d+/);
  await nav.getByRole("link", { name: "Facts" }).click();
  const rows = await page.getByRole("rowheader").allInnerTexts();
  assert.ok(rows.includes("NHK World") && rows.includes("The Guardian"), rows.join(" | "));
  assert.deepEqual(errors, []);
  await context.close();
});

test("search finds sentences holding every word, ranked, entities first, named by outlet", async () => {
  const { context, page, errors } = await withMaui(DESKTOP);
  await page.goto(`${app.url}search?q=Green%20Lahaina`);
  const matches = page.getByRole("list", { name: "Matches" }).getByRole("listitem");
  await matches.first().waitFor();
  const lines = await matches.allInnerTexts();
  assert.ok(lines.length >= 1, "some sentence names both");
  for (const line of lines) {
    assert.match(line, /\bGreen/i, line);
    assert.match(line, /\bLahaina/i, line);
  }
  const docs = await matches.locator(".px-kwic__doc").allInnerTexts();
  assert.ok(docs.every((d) => !BARE_ID.test(d.trim())), docs.join(" | "));
  const marked = await page.getByRole("list", { name: "Matches" }).locator("mark").allInnerTexts();
  assert.ok(marked.some((m) => /^green$/i.test(m)) && marked.some((m) => /^lahaina$/i.test(m)), marked.join(" | "));
  // Entities come first on the page, and a word of the query finds its entity.
  const entities = page.getByRole("list", { name: "Matching entities" });
  assert.ok(await entities.getByRole("link", { name: "Lahaina" }).count() >= 1);
  const order = await page.evaluate(() => {
    const e = document.querySelector("[aria-label='Matching entities']");
    const m = document.querySelector("[aria-label='Matches']");
    return Boolean(e.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, "entity matches come before the sentences");
  // A quoted phrase is found only as written.
  await page.goto(`${app.url}search?q=%22Josh%20Green%22`);
  await matches.first().waitFor();
  for (const line of await matches.allInnerTexts()) assert.match(line, /Josh Green/i, line);
  await screenshot(page, "glance-search");
  assert.deepEqual(errors, []);
  await context.close();
});

test("seeds: Putin Ukraine finds the sentence with both; the brief shows the Moscow figures with evidence", async () => {
  const page = await app.browser.newPage({ viewport: DESKTOP });
  const errors = watchErrors(page);
  await page.goto(`${app.url}search?q=Putin%20Ukraine`);
  const matches = page.getByRole("list", { name: "Matches" }).getByRole("listitem");
  await matches.first().waitFor();
  assert.match(await matches.first().innerText(), /Putin.*Ukraine/);
  assert.match(await page.getByRole("status").filter({ hasText: /sentences? with every word/ }).innerText(), /^\d+ sentences? with every word$/);

  await page.goto(app.url);
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  await aboveTheFold(page, page.getByRole("list", { name: "Figures", exact: true }), "the figure tracks");
  const differ = page.getByRole("list", { name: "Where the figures differ" }).getByRole("listitem").filter({ hasText: "at least 143" });
  assert.match(await differ.innerText(), /at least 143, Khaama Press/);
  assert.match(await differ.innerText(), /137, ISIS-K Claims Responsibility for Moscow…/);
  const leftOut = page.getByRole("list", { name: "Left out by some" }).getByRole("listitem");
  assert.ok((await leftOut.count()) >= 1);
  assert.match(await leftOut.first().innerText(), /named in \d+ articles · not in /);
  await page.waitForFunction(() => / · Overview · Parallax$/.test(document.title));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the popover opens next to its mention, in plain words, with the technical layer behind Why", async () => {
  for (const [size, viewport] of SIZES) {
    const page = await app.browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(`${app.url}article/000_470187996c9c87b0`);
    const mention = page.locator("button.px-mark__btn", { hasText: "Lloyd Austin" }).first();
    await mention.scrollIntoViewIfNeeded();
    await mention.click();
    const pop = page.locator(".px-pop:popover-open");
    await pop.waitFor();
    assert.match(await pop.innerText(), /Person · named in \d of 5 articles · also called .*\bAustin\b/);
    const why = pop.locator("details");
    assert.equal(await why.evaluate((d) => d.open), false, "the technical layer is folded away");
    assert.doesNotMatch(await pop.locator(".px-pop__row").first().innerText(), /confidence/);
    await why.locator("summary").click();
    assert.match(await why.innerText(), /Found by the .*, confidence \d+%/);
    const m = await mention.boundingBox();
    const p = await pop.boundingBox();
    const gap = p.y >= m.y ? p.y - (m.y + m.height) : m.y - (p.y + p.height);
    assert.ok(gap >= 0 && gap < 16, `${size}: the popover touches its mention (gap ${gap})`);
    assert.ok(p.x >= 0 && p.x + p.width <= viewport.width, `${size}: the popover stays on screen`);
    await screenshot(page, `glance-popover-${size}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("phone: a menu button folds the navigation, Facts and Compare become cards, focus moves to the heading", async () => {
  const context = await app.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const menu = page.getByRole("button", { name: "Menu" });
  assert.equal(await menu.getAttribute("aria-expanded"), "false");
  const nav = page.getByRole("navigation", { name: "Main" });
  assert.equal(await nav.isVisible(), false, "the navigation is folded away");
  const header = await page.locator(".px-header").boundingBox();
  assert.ok(header.height < 0.1 * PHONE.height, `the header is small (${header.height}px)`);
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true");
  await nav.getByRole("link", { name: "Facts" }).click();
  const h1 = page.getByRole("heading", { level: 1, name: "Facts" });
  await h1.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal(await nav.isVisible(), false, "the menu closes after choosing");
  await page.waitForFunction(() => document.title === "Facts · Parallax");
  // The claims table is cards: nothing scrolls sideways, each value labelled.
  const row = page.locator(".px-claims tbody tr").first();
  await row.waitFor();
  assert.equal(await row.evaluate((r) => getComputedStyle(r).display), "block");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `Facts fits 390 px (overflow ${overflow})`);
  await screenshot(page, "glance-facts-phone");
  await page.goto(`${app.url}compare`);
  const heat = page.locator(".px-heatmap tbody tr").first();
  await heat.waitFor();
  assert.equal(await heat.evaluate((r) => getComputedStyle(r).display), "block");
  // Network labels stay readable: at least 11 px on screen.
  await page.goto(`${app.url}network`);
  const label = page.locator(".px-net__node text").first();
  await label.waitFor();
  const px = await label.evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(px >= 11, `network labels are ${px}px high`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("singular states read right; a one-article import says what it added", async () => {
  const context = await app.browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor();
  const text = "Ferry sinks off the cape\nValley Post | March 3, 2025\n\nA ferry sank off the northern cape on Monday and eleven people are missing, the coast guard said.\n";
  await page.setInputFiles("#px-files", [{ name: "one.txt", mimeType: "text/plain", buffer: Buffer.from(text) }]);
  const notice = page.getByRole("status").filter({ hasText: "Added 1 article: Valley Post (3 Mar 2025)." });
  await notice.waitFor();
  await page.getByLabel("Show the bundled articles beside yours").uncheck();
  await page.locator(".px-progress").waitFor({ state: "detached" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles", exact: true }).click();
  await page.locator(".px-overview__lead").getByText(/^1 article from Valley Post · 3 Mar 2025$/).waitFor();
  assert.doesNotMatch(await page.locator("main").innerText(), /1 articles/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The page does not scroll sideways. */
async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} fits ${page.viewportSize().width} px without sideways scrolling (overflow ${overflow}px)`);
}

/** A matrix card at phone width: every article's value on its own line, after the
 * article's name, inside the screen. Returns the lines as "name: value". */
async function matrixCard(page, entity) {
  const table = page.getByRole("table", { name: "Entity matrix" });
  const card = table.getByRole("row").filter({ has: page.getByRole("link", { name: entity, exact: true }) });
  await card.waitFor();
  assert.equal(await card.evaluate((r) => getComputedStyle(r).display), "block", "the row is a card");
  const width = page.viewportSize().width;
  const lines = [];
  for (const cell of await card.getByRole("cell").all()) {
    const box = await cell.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${entity}: the line is on screen (${box?.x}+${box?.width})`);
    const [label, value, size] = await cell.evaluate((td) => [
      getComputedStyle(td, "::before").content.replace(/^"|"$/g, ""),
      td.firstChild?.textContent ?? "",
      parseFloat(getComputedStyle(td).fontSize),
    ]);
    assert.ok(size >= 12, `${entity}: readable text (${size}px)`);
    assert.equal(label, await cell.getAttribute("data-label"), "the line is labelled with its article");
    lines.push(`${label}: ${value.trim()}`);
  }
  return lines;
}

test("phone: Compare's matrix is one card per entity, each article's value after its outlet (seeds, both themes)", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const context = await app.browser.newContext({ viewport: PHONE, colorScheme });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}compare`);
    const lines = await matrixCard(page, "Islamic State");
    // All five seeds name the Islamic State, each on its own line under its outlet or short title.
    assert.equal(lines.length, 5, lines.join(" | "));
    for (const line of lines) assert.match(line, /^[A-Z][^:]+: \d+$/, line);
    assert.ok(lines.some((l) => /^Khaama Press: \d+$/.test(l)), lines.join(" | "));
    assert.ok(!lines.some((l) => BARE_ID.test(l.split(":")[0])), lines.join(" | "));
    // Taylor Swift: named by one article, the others' lines say so too.
    const swift = await matrixCard(page, "Taylor Swift");
    assert.equal(swift.filter((l) => /: \d+$/.test(l)).length, 1, swift.join(" | "));
    await noSidewaysScroll(page, "Compare");
    await page.getByRole("table", { name: "Similarity heat map" }).scrollIntoViewIfNeeded();
    await noSidewaysScroll(page, "Compare's heat map");
    await page.getByRole("heading", { name: "Who names whom" }).scrollIntoViewIfNeeded();
    await screenshot(page, `glance-compare-phone-${colorScheme}`);
    await page.screenshot({ path: fileURLToPath(new URL(`artifacts/glance-compare-cards-${colorScheme}.png`, import.meta.url)) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("phone: Compare on the Maui pages pages its articles eight at a time, cards named by outlet", async () => {
  const { context, page, errors, files } = await withMaui(PHONE, "dark");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  const lines = await matrixCard(page, "Lahaina");
  assert.equal(lines.length, 8, lines.join(" | "));
  assert.ok(lines.every((l) => !BARE_ID.test(l.split(":")[0])), lines.join(" | "));
  assert.ok(lines.some((l) => /^The Guardian \(9 Aug 2023\): \d+$/.test(l)), lines.join(" | "));
  const pages = page.getByRole("navigation", { name: "Articles shown" });
  assert.match(await pages.innerText(), new RegExp(`Showing articles 1–8 of ${files.length}`));
  await pages.getByRole("link", { name: /^Articles 9–16/ }).click();
  await page.waitForURL(/from=8/);
  const next = await matrixCard(page, "Lahaina");
  assert.equal(next.length, 8);
  assert.notDeepEqual(next, lines, "the next page shows other articles");
  await noSidewaysScroll(page, "Compare (Maui)");
  await screenshot(page, "glance-compare-maui-phone");
  assert.deepEqual(errors, []);
  await context.close();
});

test("seeds: the overview names the story as a headline, with the toll's latest figure above the fold at both sizes", async () => {
  for (const [size, viewport] of SIZES) {
    const context = await app.browser.newContext({ viewport, colorScheme: size === "phone" ? "dark" : "light" });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    // The story's event at its place, not a list of the countries it mentions.
    const heading = page.getByRole("heading", { level: 1, name: "Moscow attack" });
    await heading.waitFor();
    await aboveTheFold(page, heading, "the story's name");
    const toll = page.getByRole("list", { name: "Figures", exact: true }).getByRole("listitem").filter({ hasText: "Death toll" });
    // "about 100, …": the figure (with its hedge) and who gave it.
    const latest = toll.getByRole("link", { name: /^([a-z]+ ){0,2}\d[\d,]*, \S/ }).first();
    await aboveTheFold(page, latest, "the latest toll");
    assert.doesNotMatch(await latest.innerText(), /^\d+, (00\d|[a-z]{3})\b/, "the figure is given with its outlet");
    await noSidewaysScroll(page, "the overview");
    await screenshot(page, `glance-overview-seeds-${size}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("seeds: no table cell, chip or filter shows a bare id", async () => {
  const page = await app.browser.newPage({ viewport: DESKTOP });
  const errors = watchErrors(page);
  await page.goto(app.url);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [view, ready] of [
    ["Facts", (p) => p.locator(".px-claims tbody tr").first().waitFor()],
    ["Compare", (p) => p.getByRole("table", { name: "Entity matrix" }).getByRole("row").nth(1).waitFor()],
    ["Entities", (p) => p.getByRole("table", { name: "Entities" }).getByRole("row").nth(1).waitFor()],
    ["Timeline", (p) => p.getByRole("list", { name: "Timeline" }).getByRole("listitem").first().waitFor()],
    ["Quotes", (p) => p.getByRole("heading", { level: 1, name: "Quotes" }).waitFor()],
  ]) {
    await nav.getByRole("link", { name: view }).click();
    await ready(page);
    const bare = (await cellTexts(page)).map((t) => t.trim()).filter((t) => BARE_ID.test(t));
    assert.deepEqual(bare, [], `${view} names articles by outlet`);
  }
  // The timeline's sources are named too.
  await nav.getByRole("link", { name: "Timeline" }).click();
  const sources = page.getByRole("list", { name: "Articles reporting it" }).getByRole("link");
  await sources.first().waitFor();
  const reporting = await sources.allInnerTexts();
  assert.ok(reporting.every((t) => !BARE_ID.test(t.trim())), reporting.join(" | "));
  assert.deepEqual(errors, []);
  await page.close();
});

test("Maui pages: the timeline shows the fire's outbreak as one point with several outlets", async () => {
  for (const [size, viewport] of SIZES) {
    const { context, page, errors } = await withMaui(viewport, size === "phone" ? "dark" : "light");
    await page.goto(`${app.url}timeline`);
    const points = page.getByRole("list", { name: "Timeline" }).getByRole("listitem").filter({ has: page.getByRole("list", { name: "Articles reporting it" }) });
    await points.first().waitFor();
    const main = points.filter({ hasText: "Main event" });
    assert.equal(await main.count(), 1, "one main event");
    const text = await main.innerText();
    assert.match(text, /^2023-08-08|^8 Aug 2023/, text);
    assert.match(text, /(wild)?fires? (started|broke out|began|erupted)/i, text);
    const outlets = await main.getByRole("list", { name: "Articles reporting it" }).getByRole("link").allInnerTexts();
    assert.ok(outlets.length >= 5, `reported by several outlets: ${outlets.join(" | ")}`);
    assert.equal(new Set(outlets).size, outlets.length, "each outlet once");
    assert.ok(outlets.every((o) => !BARE_ID.test(o.trim())), outlets.join(" | "));
    // The outbreak is that one point: no other point tells of the fire starting on its day.
    const others = points.filter({ hasNotText: "Main event" }).filter({ hasText: /(wild)?fires? (started|broke out|began|erupted)/i });
    for (const t of await others.allInnerTexts()) assert.doesNotMatch(t, /^2023-08-08|^8 Aug 2023/, t);
    const label = main.getByText("Main event", { exact: true });
    await label.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page, "the Maui timeline");
    await main.screenshot({ path: fileURLToPath(new URL(`artifacts/glance-timeline-maui-${size}.png`, import.meta.url)) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
