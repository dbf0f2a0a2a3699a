import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();
const node = (page, name) => page.getByRole("link", { name: new RegExp(`^${name}, `) });

test("the network links entities named together, filters by type and weight, drags and opens entities", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" }).click();
  const svg = page.getByRole("group", { name: "Entity network" });
  await svg.waitFor();
  await node(page, "Lloyd Austin").waitFor();
  const all = await svg.locator("a").count();
  assert.ok(all > 20, `many entities: ${all}`);
  await screenshot(page, "network");

  await page.getByRole("switch", { name: /PER Person/ }).click();
  await page.waitForURL(/types=ORG,LOC,NORP/);
  await page.getByRole("switch", { name: /PER Person/, checked: false }).waitFor();
  assert.equal(await node(page, "Lloyd Austin").count(), 0, "people are filtered out");
  await page.getByRole("navigation", { name: "Minimum shared sentences" }).getByRole("link", { name: "≥ 3" }).click();
  await page.waitForURL(/min=3/);
  const strong = await svg.locator("a").count();
  assert.ok(strong > 0 && strong < all, `fewer, stronger links: ${strong}`);

  // Drag a node: it moves and does not navigate.
  const isis = node(page, "Islamic State");
  await isis.scrollIntoViewIfNeeded();
  const before = await isis.locator("circle").boundingBox();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + 120, before.y + 60, { steps: 5 });
  await page.mouse.up();
  const after = await isis.locator("circle").boundingBox();
  assert.ok(Math.abs(after.x - before.x) > 40, `the node moved: ${before.x} → ${after.x}`);
  assert.match(page.url(), /\/network/);

  await page.getByRole("button", { name: "Zoom in" }).click();
  assert.notEqual(await svg.getAttribute("viewBox"), "0 0 1000 1000");
  await page.getByRole("button", { name: "Zoom out" }).click();
  assert.equal(await svg.getAttribute("viewBox"), "0 0 1000 1000");
  await isis.locator("circle").click();
  await page.getByRole("heading", { level: 1, name: "Islamic State" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the network shows the most linked entities, says how many it left out and shows more on request", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}network?limit=10`);
  const svg = page.getByRole("group", { name: "Entity network" });
  await svg.waitFor();
  assert.equal(await svg.locator("a").count(), 10);
  const status = page.getByRole("status").filter({ hasText: /most linked/ });
  const text = await status.innerText();
  const [, shown, total, left] = text.match(/The (\d+) most linked entities of (\d+), \d+ links; (\d+) left out/).map(Number);
  assert.equal(shown, 10);
  assert.equal(left, total - 10, text);
  const names = () => svg.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")).sort());
  const ten = await names();
  await screenshot(page, "network-limited");
  await status.getByRole("link", { name: "Show 20" }).click();
  await page.waitForURL(/limit=20/);
  await page.waitForFunction(() => document.querySelectorAll(".px-net a").length === 20);
  // The ten most linked are among the twenty.
  const twenty = await names();
  assert.ok(ten.every((n) => twenty.includes(n)), `${ten} within ${twenty}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a correction redraws the network in place: the zoom and the page stay", async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}entity/org-isis-k`);
  await page.getByRole("heading", { name: "ISIS-K", level: 1 }).waitFor();
  await page.getByText("Correct this entity").click();
  await page.getByLabel("Same as").selectOption("org-islamic-state");
  await page.getByRole("button", { name: "Merge into it" }).click();
  await page.getByText("1 correction applied.").waitFor();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" }).click();
  const svg = page.getByRole("group", { name: "Entity network" });
  await node(page, "Islamic State").waitFor();
  assert.equal(await node(page, "ISIS-K").count(), 0, "merged away");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await svg.getAttribute("viewBox");
  assert.notEqual(zoomed, "0 0 1000 1000");
  // A mark on the page's section: a remounted page would not have it.
  await page.evaluate(() => (document.querySelector(".px-network").dataset.before = "undo"));

  await page.getByRole("button", { name: "Undo last correction" }).click();
  await node(page, "ISIS-K").waitFor();
  assert.equal(await svg.getAttribute("viewBox"), zoomed, "the zoom is kept");
  assert.equal(await page.evaluate(() => document.querySelector(".px-network")?.dataset.before), "undo", "same page, not remounted");
  await screenshot(page, "network-after-undo");
  assert.deepEqual(errors, []);
  await page.close();
});
