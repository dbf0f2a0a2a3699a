// First render of every view on the seeds, cold, for two release bundles in the
// same run: the one in dist/ and a baseline (another build of the app, e.g. main's).
// Each load is a fresh browser context with the service worker blocked (empty
// HTTP cache, storage and code cache) opening the view's URL directly; loads of the
// two bundles alternate so a busy machine slows both alike. Times are on the page's
// own clock (`performance.now()` from navigation start):
//   ready      the view's heading and its content (its first row, point, card …) are in the DOM
//   render     ready minus the moment the worker's first analysis arrived: the main
//              thread's part (decoding the analysis and rendering the view); none for a
//              build whose first view shows the seeds' analysis made at build time
// One JSON line per load on stdout, then a Markdown table of medians.
//
//   node scripts/bench-views.mjs --baseline DIR [--dist dist] [--loads 5] [--views overview,compare]
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const LOADS = Number(flag("--loads") ?? 5);
const DIST = flag("--dist") ?? fileURLToPath(new URL("../dist/", import.meta.url));
const BASELINE = flag("--baseline");
if (!BASELINE) {
  console.error("bench-views: --baseline DIR (another release bundle) is required");
  process.exit(2);
}
const TIMEOUT = 60_000;

/** Each view's path and the selector that holds once its content is on screen. */
const ALL_VIEWS = [
  ["overview", "", "#overview-heading ~ * li, .px-overview__list > li"],
  ["article", "article/004_81935e7c5571fa78", "#article-title ~ * .px-mark, .px-reader__text .px-mark"],
  ["entities", "entities", ".px-entities__table tbody tr[aria-rowindex]"],
  ["compare", "compare", ".px-matrix tbody tr[aria-rowindex]"],
  ["facts", "facts", "#facts-heading ~ * .px-story, .px-story"],
  ["timeline", "timeline", ".px-timeline__points > li"],
  ["quotes", "quotes", ".px-quote"],
  ["network", "network", ".px-net__node"],
  ["map", "map", ".px-map__list > li"],
  ["search", "search?q=Putin%20Ukraine", ".px-kwic li, .px-kwic > *"],
];

const ONLY = flag("--views")?.split(",");
const VIEWS = ONLY ? ALL_VIEWS.filter(([v]) => ONLY.includes(v)) : ALL_VIEWS;

/** Installed before the app runs: marks when the worker's first analysis arrives
 * and when the view's selector first matches (checked after every DOM change). */
function instrument(selector) {
  const px = { marks: {} };
  window.__px = px;
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...a) {
      super(...a);
      this.addEventListener("message", (e) => {
        const s = typeof e.data === "string" ? e.data : "";
        if (px.marks.analysis === undefined && s.startsWith('{"analysis"')) px.marks.analysis = performance.now();
      });
    }
  };
  const start = () => {
    const check = () => {
      if (px.marks.ready === undefined && document.querySelector("main h1") && document.querySelector(selector)) {
        px.marks.ready = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    check();
  };
  if (document.documentElement) start();
  else addEventListener("DOMContentLoaded", start);
}

async function load(browser, base, path, selector) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
  await context.addInitScript(instrument, selector);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const t0 = performance.now();
  await page.goto(base + path, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__px?.marks.ready !== undefined, null, { timeout: TIMEOUT, polling: 20 });
  const wall = performance.now() - t0;
  const marks = await page.evaluate(() => window.__px.marks);
  await context.close();
  if (errors.length) throw new Error(`${path}: ${errors.join("; ")}`);
  // A build that ships the seeds' analysis (build.rs) gets none from the worker first: no render figure.
  const render = marks.analysis === undefined ? null : marks.ready - marks.analysis;
  return { wall_ms: wall, ready_ms: marks.ready, render_ms: render, analysis_ms: marks.analysis ?? null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const bundles = [
  ["baseline", await startServer(BASELINE)],
  ["branch", await startServer(DIST)],
];
const browser = await launch();
const results = {};
try {
  for (const [view, path, selector] of VIEWS) {
    for (let i = 0; i < LOADS; i++) {
      for (const [name, server] of bundles) {
        const r = await load(browser, server.url, path, selector);
        console.log(JSON.stringify({ view, bundle: name, run: i + 1, ...r }));
        ((results[view] ??= {})[name] ??= []).push(r);
      }
    }
  }
} finally {
  await browser.close();
  for (const [, s] of bundles) await s.close();
}

const ms = (x) => (x === null || Number.isNaN(x) ? "— (bundled)" : `${Math.round(x)} ms`);
console.log("\n| View | Ready, baseline | Ready, this build | Render after the analysis, baseline | Render, this build |");
console.log("|---|---:|---:|---:|---:|");
for (const [view] of VIEWS) {
  const r = results[view];
  const med = (name, key) => {
    const xs = r[name].map((x) => x[key]).filter((x) => x !== null);
    return xs.length ? median(xs) : null;
  };
  console.log(
    `| ${view} | ${ms(med("baseline", "ready_ms"))} | ${ms(med("branch", "ready_ms"))} | ${ms(med("baseline", "render_ms"))} | ${ms(med("branch", "render_ms"))} |`,
  );
}
