// Hundreds of imported articles: the entity index, the matrix and an entity's
// mentions render only the rows in view, scroll to the last row, and still filter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";
import { createRequire } from "node:module";

const app = useApp();
const ARTICLES = 400;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Serious and critical axe-core violations on the page as it is now. */
async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}
const FIRST = ["John", "Maria", "Ahmed", "Elena", "David", "Sarah", "Peter", "Laura", "Carlos", "Anna"];
const SYLLABLES = ["ka", "lo", "mi", "ra", "ve", "zu", "ta", "no", "sa", "be", "do", "fi", "gu", "he", "jo", "ku"];
const CITIES = ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Lisbon", "Dublin", "Oslo"];

/** A made-up surname, different for every `i` below 4096: "Kalomiwicz". */
function surname(i) {
  const s = [i % 16, (i >> 4) % 16, (i >> 8) % 16].map((k) => SYLLABLES[k]).join("");
  return s[0].toUpperCase() + s.slice(1) + "wicz";
}

/** Article `k`: four people and an organisation no other article names, two shared cities. */
function article(k) {
  const person = (j) => `${FIRST[(k + j) % FIRST.length]} ${surname(k * 4 + j)}`;
  const [city, other] = [CITIES[k % CITIES.length], CITIES[(k + 3) % CITIES.length]];
  const org = `${surname(4095 - k)} Holdings Corp`;
  const text = [
    `Talks in ${city} number ${k}`,
    "",
    `${person(0)} met ${person(1)} in ${city} on Monday to discuss the harbour project.`,
    `The ${org} said it would invest in the port, according to ${person(2)}.`,
    `"We expect an agreement soon," said ${person(3)}, who later travelled to ${other}.`,
    "NATO officials also attended the meeting.",
  ].join("\n");
  return { name: `synthetic-${String(k).padStart(3, "0")}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) };
}

const rendered = (page, table) => page.getByRole("table", { name: table }).locator("tbody tr[aria-rowindex]");

async function scrollToBottom(page, region) {
  await page.getByRole("region", { name: region, exact: true }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
}

test("hundreds of imported articles: long views render only the rows in view", { timeout: 600_000 }, async () => {
  // bypassCSP lets axe-core be injected; the app's own scripts do not need it.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", bypassCSP: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.locator("#px-files").setInputFiles(Array.from({ length: ARTICLES }, (_, k) => article(k)));
  // The import shows progress while the worker analyses, then the overview counts them all.
  await page.locator(".px-progress").first().waitFor({ state: "attached", timeout: 60_000 }).catch(() => {});
  await page.locator(".px-progress").waitFor({ state: "detached", timeout: 480_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles", exact: true }).click();
  const started = Date.now();
  let lead = "";
  let articles = 0;
  while (Date.now() - started < 300_000) {
    lead = await page.locator(".px-overview__lead").innerText();
    articles = Number(/(\d+) articles/.exec(lead)?.[1]);
    if (articles > ARTICLES) break;
    await page.waitForTimeout(1000);
  }
  console.log(`import: overview says "${lead}" after ${Date.now() - started} ms more`);
  assert.ok(articles > ARTICLES, `the overview lists the imported articles: ${lead}`);

  // Entity index.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await page.getByRole("table", { name: "Entities" }).waitFor();
  const status = await page.locator(".px-entities__count").innerText();
  const total = Number(/(\d+) entities/.exec(status)?.[1]);
  assert.ok(total > 1000, `the articles name many entities: ${status}`);
  const first = await rendered(page, "Entities").count();
  assert.ok(first > 10 && first < 200, `${first} of ${total} entity rows in the DOM`);
  assert.equal(await page.getByRole("table", { name: "Entities" }).getAttribute("aria-rowcount"), String(total + 1));
  await screenshot(page, "virtual-entities-1280");
  assert.deepEqual(await axe(page, "entities"), []);

  await scrollToBottom(page, "Entities, table");
  const last = page.getByRole("table", { name: "Entities" }).locator(`tbody tr[aria-rowindex="${total + 1}"]`);
  await last.waitFor();
  const after = await rendered(page, "Entities").count();
  assert.ok(after < 200, `${after} rows after scrolling to the bottom`);
  const lastName = (await last.locator("td").first().innerText()).trim();
  console.log(`entities: ${total} in the index, ${first} rows rendered at the top, ${after} at the bottom; last is ${lastName}`);

  // The last entity can still be found by searching.
  await page.getByRole("searchbox", { name: "Search entities" }).fill(lastName);
  await page.waitForURL(/q=/);
  const found = await page.getByRole("table", { name: "Entities" }).locator("tbody tr td:first-child").allInnerTexts();
  assert.ok(found.map((t) => t.trim()).includes(lastName), `searching finds ${lastName}: ${found}`);

  // Keyboard: tabbing from the search through the rendered rows keeps focus on links in the table.
  await page.getByRole("searchbox", { name: "Search entities" }).fill("");
  await page.waitForURL((u) => !u.search.includes("q="));
  await page.getByRole("region", { name: "Entities, table", exact: true }).focus();
  for (let i = 0; i < 60; i += 1) await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"));
  assert.ok(Number(focused) > 20, `60 tabs reach row ${focused} (rows enter as the table scrolls)`);

  // Presence matrix.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  const matrix = page.getByRole("table", { name: "Entity matrix" });
  await matrix.waitFor();
  const rowcount = Number(await matrix.getAttribute("aria-rowcount")) - 1;
  const mrows = await rendered(page, "Entity matrix").count();
  const cols = await matrix.locator("thead th").count();
  assert.ok(rowcount > 1000 && mrows < 200, `${mrows} of ${rowcount} matrix rows in the DOM`);
  assert.ok(cols <= 61, `at most 60 article columns at once, got ${cols - 1}`);
  assert.match(await page.getByRole("navigation", { name: "Articles shown" }).innerText(), new RegExp(`of ${articles}`));
  await screenshot(page, "virtual-compare-1280");
  assert.deepEqual(await axe(page, "compare"), []);
  await scrollToBottom(page, "Entity matrix, table");
  await matrix.locator(`tbody tr[aria-rowindex="${rowcount + 1}"]`).waitFor();
  const cells = await matrix.locator("tbody td").count();
  console.log(`matrix: ${rowcount} rows, ${mrows} rendered; ${cols - 1} article columns; ${cells} cells after scrolling`);
  await page.getByRole("navigation", { name: "Articles shown" }).getByRole("link", { name: /→/ }).click();
  await page.waitForURL(/from=60/);
  assert.match(await matrix.locator("thead th").nth(1).getAttribute("title"), /^Talks in \w+ number (5[5-9]|[6-9]\d)$/, "columns are named by headline");

  // An entity named in every article: its mentions are a long virtual list.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await page.getByRole("searchbox", { name: "Search entities" }).fill("NATO");
  await page.waitForURL(/q=NATO/);
  await page.getByRole("table", { name: "Entities" }).locator("tbody tr").first().getByRole("link").click();
  const mentions = page.getByRole("list", { name: "Mentions in context" });
  await mentions.waitFor();
  const setsize = Number(await mentions.locator("li").first().getAttribute("aria-setsize"));
  const lines = await mentions.locator("li").count();
  assert.ok(setsize >= ARTICLES && lines < 100, `${lines} of ${setsize} mentions rendered`);
  await scrollToBottom(page, "Mentions in context, list");
  await mentions.locator(`li[aria-posinset="${setsize}"]`).waitFor();
  console.log(`entity ${await page.getByRole("heading", { level: 1 }).innerText()}: ${setsize} mentions, ${lines} rendered`);
  await screenshot(page, "virtual-entity-1280");
  assert.deepEqual(await axe(page, "entity"), []);

  // Phone width.
  // Phone width: the navigation is behind the Menu button.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await page.getByRole("table", { name: "Entities" }).waitFor();
  await screenshot(page, "virtual-entities-360");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await page.getByRole("table", { name: "Entity matrix" }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the compare page fits 360 px (overflow ${overflow}px)`);
  await screenshot(page, "virtual-compare-360");
  await page.getByRole("region", { name: "Entity matrix, table", exact: true }).screenshot({ path: new URL("artifacts/virtual-matrix-360.png", import.meta.url).pathname });
  // The windowed matrix is cards too: each as tall as the row height the window is computed with,
  // a line per article, and the last card is reached by scrolling.
  const card = rendered(page, "Entity matrix").first();
  const [display, height, rowHeight, cardLines] = await card.evaluate((r) => [
    getComputedStyle(r).display,
    r.getBoundingClientRect().height,
    parseFloat(getComputedStyle(r.closest(".px-virtual")).getPropertyValue("--px-row-h")),
    r.querySelectorAll("td").length,
  ]);
  assert.equal(display, "block");
  assert.equal(cardLines, 8, "eight articles a page on a phone");
  assert.ok(Math.abs(height - rowHeight) <= 1, `a card is ${height}px, the window counts ${rowHeight}px`);
  const cards = Number(await page.getByRole("table", { name: "Entity matrix" }).getAttribute("aria-rowcount"));
  await scrollToBottom(page, "Entity matrix, table");
  const lastCard = page.getByRole("table", { name: "Entity matrix" }).locator(`tbody tr[aria-rowindex="${cards}"]`);
  await lastCard.waitFor();
  // The spacers stand in for the cards above, so the last card is in the scrolled view, not above it.
  const region = await page.getByRole("region", { name: "Entity matrix, table", exact: true }).boundingBox();
  const box = await lastCard.boundingBox();
  assert.ok(box.y >= region.y - 1 && box.y + box.height <= region.y + region.height + 1, `the last card shows (${box.y} in ${region.y}+${region.height})`);
  await page.getByRole("region", { name: "Entity matrix, table", exact: true }).screenshot({ path: new URL("artifacts/virtual-matrix-360-end.png", import.meta.url).pathname });

  assert.deepEqual(errors, []);
  await context.close();
});
