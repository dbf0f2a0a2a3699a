import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("Facts opens on the seed story's death-toll track and lists the Moscow discrepancy: articles named by outlet, every chart mark focusable, each claim linked to its sentence", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Facts" }).click();
  await page.getByRole("heading", { level: 1, name: "Facts" }).waitFor();

  // The seed story's track: the Kerman bombing, "nearly 100" and "about 100".
  const track = page.getByRole("article", { name: /^Death toll/ });
  assert.equal(await track.count(), 1, "one death-toll track");
  const table = track.getByRole("region", { name: "Death toll: every article's figure" });
  const rows = await table.locator("tbody tr").allInnerTexts();
  assert.match(rows.join("\n"), /Khaama Press\s+undated\s+nearly 100\s+Reported/);
  assert.match(rows.join("\n"), /about 100/);
  for (const r of rows) assert.doesNotMatch(r, /^\d{3}\b/, "never a three-letter id");

  // The chart: one mark per claim, each reachable with Tab and named with its article.
  const chart = track.getByRole("group", { name: /Death toll by publication date/ });
  const marks = chart.getByRole("img");
  assert.equal(await marks.count(), rows.length);
  const articles = rows.map((r) => r.split("\t")[0].trim());
  const names = [];
  for (let i = 0; i < rows.length; i++) {
    assert.equal(await marks.nth(i).getAttribute("tabindex"), "0");
    names.push(await marks.nth(i).getAttribute("aria-label"));
  }
  assert.ok(names.includes("Khaama Press, no date: nearly 100, reported"), names.join(" | "));
  for (const n of names) assert.ok(articles.some((a) => n.startsWith(`${a},`)), `${n} names a listed article`);
  const khaama = marks.filter({ has: page.locator("title", { hasText: "Khaama Press, no date: nearly 100" }) });
  await khaama.focus();
  const tip = khaama.locator(".px-chart__tip");
  assert.equal(await tip.evaluate((t) => getComputedStyle(t).visibility), "visible", "focus shows the outlet");
  assert.equal(await tip.textContent(), "Khaama Press: nearly 100");
  await screenshot(page, "facts");

  // The Moscow toll, another attack the seeds mention: at least 143 against 137.
  const moscow = page.getByRole("article", { name: /^people killed — Russia/ });
  assert.equal(await moscow.count(), 1, "the Moscow figures are one discrepancy");
  assert.match(await moscow.locator(".px-fact__badge").textContent(), /Conflict/);
  const moscowRows = (await moscow.locator("tbody tr").allInnerTexts()).join("\n");
  assert.match(moscowRows, /Khaama Press\s+undated\s+at least 143/);
  assert.match(moscowRows, /ISIS-K Claims Responsibility for Moscow…\s+undated\s+137/);

  await moscow.getByRole("link", { name: /Read in context in ISIS-K Claims/ }).click();
  await page.waitForURL(/\/article\/004_81935e7c5571fa78\?at=\d+-\d+$/);
  const focus = page.locator(".px-reader__focus");
  await focus.first().waitFor();
  const sentence = (await focus.allTextContents()).join("");
  assert.match(sentence, /resulted in the tragic loss of 137 unarmed lives/);
  await screenshot(page, "facts-sentence-in-reader");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the overview names the story, its outlets, the story in a sentence, what the articles share and where the figures differ", async () => {
  const page = await app.browser.newPage();
  await page.goto(app.url);
  const summary = page.getByRole("list", { name: "Summary" });
  await summary.waitFor();
  assert.match(await page.locator(".px-overview__lead").innerText(), /^5 articles from Khaama Press and The Conversation · 15 Jan 2024$/);
  assert.ok((await page.getByRole("heading", { level: 1 }).innerText()).length > 3, "the story's name heads the page");
  assert.match(await page.locator(".px-overview__story").innerText(), /^Death toll: .+\.$/);
  assert.match(await summary.innerText(), /All 5 articles name .*Islamic State/);
  const top = await page.getByRole("list", { name: "Most named entities" }).innerText();
  assert.match(top, /Islamic State · 5 of 5 articles/);
  const differ = page.getByRole("list", { name: "Where the figures differ" });
  const differs = await differ.innerText();
  assert.match(differs, /people killed — Russia/);
  assert.match(differs, /at least 143, Khaama Press vs 137, ISIS-K Claims Responsibility for Moscow…/);
  await page.close();
});

test("Facts and the overview fit a desktop and a phone (screenshots to look at)", async () => {
  for (const [size, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    for (const [name, path, ready] of [
      ["facts", "facts", (p) => p.getByRole("article", { name: /^Death toll/ }).waitFor()],
      ["overview", "", (p) => p.getByRole("list", { name: "Articles" }).waitFor()],
    ]) {
      await page.goto(app.url + path);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${name} fits ${viewport.width} px without sideways scrolling (overflow ${overflow}px)`);
      await screenshot(page, `seeds-${name}-${size}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
