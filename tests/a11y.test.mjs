// Every view, in light and dark, at desktop and phone width: a screenshot to look
// at, and axe-core reporting no serious or critical accessibility violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

const VIEWS = [
  ["overview", "", (p) => p.getByRole("list", { name: "Articles" }).waitFor()],
  ["reader", "article/000_470187996c9c87b0", (p) => p.locator("mark").first().waitFor()],
  ["entities", "entities", (p) => p.getByRole("table", { name: "Entities" }).waitFor()],
  ["entity", "entity/org-isis-k", (p) => p.getByRole("heading", { level: 1, name: "ISIS-K" }).waitFor()],
  ["compare", "compare", (p) => p.getByRole("table", { name: "Entity matrix" }).waitFor()],
  ["facts", "facts", (p) => p.getByRole("group", { name: /Death toll by publication date/ }).waitFor()],
  ["timeline", "timeline", (p) => p.getByRole("list", { name: "Timeline" }).waitFor()],
  ["search", "search?q=isis", (p) => p.getByRole("list", { name: "Matches" }).locator("mark").first().waitFor()],
  ["network", "network", (p) => p.getByRole("group", { name: "Entity network" }).waitFor()],
  ["map", "map", (p) => p.getByRole("group", { name: "Places named in the articles" }).waitFor()],
  ["quotes", "quotes", (p) => p.getByRole("heading", { level: 1, name: "Quotes" }).waitFor()],
  ["library", "library", (p) => p.getByRole("heading", { level: 1, name: "Your articles" }).waitFor()],
];
const SIZES = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 360, height: 780 }],
];

for (const theme of ["light", "dark"]) {
  for (const [size, viewport] of SIZES) {
    test(`every view passes axe in ${theme} at ${size} width`, async () => {
      // bypassCSP: the page's CSP (rightly) refuses the injected axe script.
      const context = await app.browser.newContext({ viewport, colorScheme: theme, bypassCSP: true });
      const page = await context.newPage();
      for (const [name, path, ready] of VIEWS) {
        await page.goto(app.url + path);
        await ready(page);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        if (size === "phone") {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `${name} fits 360 px without sideways scrolling (overflow ${overflow}px)`);
        }
        await screenshot(page, `view-${name}-${theme}-${size}`);
        await page.addScriptTag({ path: AXE });
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
        const bad = result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        assert.deepEqual(bad, []);
      }
      await context.close();
    });
  }
}
