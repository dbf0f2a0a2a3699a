// How long a published corpus's story list takes to appear: navigation to
// `?corpus=` until the first story is on screen, each load in a fresh browser
// context (the bundle fetched and compiled cold), as tests/shards.test.mjs times
// its one load. The release bundle in dist/, served at /parallax/; the corpus is a
// folder `parallax publish` wrote, served beside it as bbc-corpus/.
//
//   node scripts/bench-shards.mjs PUBLISHED_DIR [--loads 7]
//
// Prints each load's time and the median (ms, wall clock of this process).
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--"));
const at = args.indexOf("--loads");
const LOADS = Number(at >= 0 ? args[at + 1] : 7);
if (!folder) {
  console.error("bench-shards: PUBLISHED_DIR (a folder `parallax publish` wrote) is required");
  process.exit(2);
}

const server = await startServer(undefined, { "bbc-corpus/": folder });
const browser = await launch();
try {
  const times = [];
  for (let k = 0; k < LOADS; k++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}?corpus=bbc-corpus/`, { waitUntil: "commit" });
    await page.getByRole("list", { name: "Stories" }).getByRole("listitem").first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`story list on screen: ${times.join(", ")} ms; median ${sorted[sorted.length >> 1]} ms`);
} finally {
  await browser.close();
  await server.close();
}
