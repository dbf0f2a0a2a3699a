// A web page saved from the browser, with its navigation, cookie banner, share bar,
// related headlines, newsletter prompt, comments and footer around the article and a
// JSON-LD NewsArticle declaring headline, date, author and publisher: the import
// reads the article with its title, outlet, date and author, keeps the rest as
// dimmed boilerplate, and none of the names in the furniture become entities.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("a saved web page imports as its article: title, outlet, date and author from the page, no names from related links or comments", async () => {
  const name = "tarn-valley-dam.html";
  const buffer = await readFile(new URL(`./fixtures/saved-page/${name}`, import.meta.url));
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor();
  await page.setInputFiles("#px-files", [{ name, mimeType: "text/html", buffer }]);
  await page.getByText("1 imported article").waitFor();
  await page.locator(".px-progress").waitFor({ state: "detached" });

  // The overview card: the headline the page declares, its outlet and date.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles", exact: true }).click();
  const card = page.locator(".px-card").filter({ hasText: "Dam repairs delayed again in Tarn Valley" });
  await card.waitFor();
  assert.equal(await card.locator(".px-card__title").innerText(), "Dam repairs delayed again in Tarn Valley");
  assert.equal(await card.locator(".px-card__outlet").innerText(), "The Northern Ledger");
  assert.equal(await card.locator(".px-card__date").innerText(), "2024-03-05");

  // The reader: the byline, the article's names marked, the furniture dimmed and unmarked.
  await card.getByRole("link").first().click();
  await page.getByRole("heading", { level: 1, name: "Dam repairs delayed again in Tarn Valley" }).waitFor();
  assert.match(await page.locator(".px-article__meta").innerText(), /^By Priya Raman · The Northern Ledger · 2024-03-05/);
  const marked = await page.locator("mark").allInnerTexts();
  assert.ok(marked.some((m) => m.includes("Ellen Voss")), marked.join(" | "));
  for (const furniture of ["Hallworth", "Delphine Oakes", "Crumbworth", "Gideon Farrant", "Winifred Latchford"]) {
    assert.ok(!marked.some((m) => m.includes(furniture)), `${furniture} is not an entity: ${marked.join(" | ")}`);
  }
  const related = page.locator(".px-reader__boilerplate", { hasText: "Marcus Hallworth named coach" });
  assert.ok((await related.count()) > 0, "the related headlines stay visible, dimmed");
  await screenshot(page, "saved-page-reader");

  // The entity index has no one from the related links or comments.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await page.getByRole("heading", { level: 1, name: "Entities" }).waitFor();
  const index = await page.locator("main").innerText();
  for (const furniture of ["Hallworth", "Delphine Oakes", "Crumbworth", "Gideon Farrant", "Winifred Latchford"]) {
    assert.doesNotMatch(index, new RegExp(furniture));
  }
  assert.deepEqual(errors, []);
  await context.close();
});
