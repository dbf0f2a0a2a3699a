// Opening the Network view with the whole BBC corpus imported: every main-thread
// long task (PerformanceObserver "longtask", > 50 ms) from the click on "Network"
// until the drawing is on screen and the page has been quiet for a few seconds.
// The release bundle in dist/, served at /parallax/ as in scripts/bench-browser.mjs.
//
//   node scripts/bench-network.mjs [BBC.jsonl] [--size N] [--limit N]
//
// One JSON line on stdout: articles, entities shown and in total, the longest
// task and every task over 50 ms (ms, on the page's clock from the click).
// The corpus is research-only: read where it lies, handed to the page as
// in-memory files, never written into the repository.
import { commandLine, loadBbc } from "./bbc.mjs";
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const { path, flag } = commandLine(process.argv.slice(2));
const SIZE = Number(flag("--size") ?? 0);
const LIMIT = flag("--limit");
const TIMEOUT = 20 * 60 * 1000;
const log = (s) => console.error(`bench-network: ${s}`);

function instrument() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

const all = loadBbc(path);
const texts = SIZE > 0 ? all.slice(0, SIZE) : all;
const server = await startServer();
const browser = await launch();
try {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}library`);
  await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor({ timeout: TIMEOUT });
  const files = texts.map((t, i) => ({
    name: `bbc-${String(i + 1).padStart(4, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(t, "utf8"),
  }));
  log(`importing ${files.length} articles`);
  await page.setInputFiles("#px-files", files);
  await page.waitForFunction(
    (n) =>
      !document.querySelector(".px-progress") &&
      (document.querySelector(".px-stored")?.textContent ?? "").includes(`${n} imported article`),
    files.length,
    { timeout: TIMEOUT, polling: 200 },
  );
  // Let storage and the last parts of the import settle before the measured step.
  await page.waitForTimeout(5000);
  log("opening Network");
  const t0 = await page.evaluate(() => performance.now());
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network" });
  if (LIMIT) {
    await page.evaluate((l) => {
      const a = [...document.querySelectorAll("nav a")].find((x) => x.textContent.trim() === "Network");
      a.setAttribute("href", `${a.getAttribute("href")}?limit=${l}`);
    }, LIMIT);
  }
  await nav.click();
  await page.getByRole("group", { name: "Entity network" }).waitFor({ timeout: TIMEOUT });
  const drawn = (await page.evaluate(() => performance.now())) - t0;
  await page.waitForTimeout(3000);
  const status = await page.locator(".px-network [role=status]").innerText();
  const nodes = await page.locator(".px-net a").count();
  const tasks = (await page.evaluate(() => window.__longtasks))
    .filter((t) => t.start >= t0)
    .map((t) => ({ at: Math.round(t.start - t0), ms: Math.round(t.dur) }));
  console.log(
    JSON.stringify({
      articles: files.length,
      nodes,
      status,
      drawn_ms: Math.round(drawn),
      longest_task_ms: Math.max(0, ...tasks.map((t) => t.ms)),
      tasks,
      errors,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
