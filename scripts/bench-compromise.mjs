// Peer benchmark for scripts/bench.sh: npm `compromise` (pinned in package.json)
// extracting people, places and organizations from the same deduplicated BBC
// articles as crates/parallax-core/examples/bench_bbc.rs, at 100, 500, 2,000 and
// all articles; one JSON line per size on stdout.
//
//   node scripts/bench-compromise.mjs BBC.jsonl            # Node, each size in its own process
//   node scripts/bench-compromise.mjs BBC.jsonl --browser  # headless Chromium, a fresh page per size
//   options: --sizes 100,500,2000,0 (0: all), --min-secs 1 (repeat short runs to last this long)
//
// The corpus is research-only: it is read where it lies and served to the page
// from memory, never written into the repository.
import { readFileSync } from "node:fs";
import { commandLine, loadBbc as load, wordCount } from "./bbc.mjs";
import { createServer } from "node:http";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const { path, flag } = commandLine(args);
const MIN_SECS = Number(flag("--min-secs") ?? 1);
// Article counts; 0 is all of them.
const SIZES = (flag("--sizes") ?? "100,500,2000,0").split(",").map(Number);

// The work measured, the same in Node and in the page: parse, then the three
// entity kinds Parallax's PERSON, LOC and ORG correspond to.
function entitiesOf(nlp, texts) {
  let found = 0;
  for (const t of texts) {
    const doc = nlp(t);
    found += doc.people().out("array").length;
    found += doc.places().out("array").length;
    found += doc.organizations().out("array").length;
  }
  return found;
}

async function nodeSize(size) {
  const { default: nlp } = await import("compromise");
  let texts = load(path);
  if (size > 0) texts = texts.slice(0, size);
  const words = wordCount(texts);
  // Warm up the JIT and compromise's lexicon on text outside the measured set.
  entitiesOf(nlp, ["Warm up in Paris with Lloyd Austin of the Pentagon.".repeat(20)]);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let rounds = 0;
  let entities = 0;
  do {
    entities = entitiesOf(nlp, texts);
    rounds++;
  } while ((performance.now() - t0) / 1000 < MIN_SECS && rounds < 50);
  const wall = (performance.now() - t0) / 1000 / rounds;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6 / rounds;
  console.log(
    JSON.stringify({
      runtime: "node",
      version: process.version,
      size,
      docs: texts.length,
      words,
      entities,
      wall,
      cpu,
      rounds,
      hwm_kib: process.resourceUsage().maxRSS,
    }),
  );
}

async function browser() {
  const texts = load(path);
  const lib = readFileSync(
    fileURLToPath(new URL("../node_modules/compromise/builds/compromise.js", import.meta.url)),
  );
  const page = `<!doctype html><meta charset="utf-8"><title>compromise bench</title>
<script src="/compromise.js"></script><script>${entitiesOf.toString()}</script>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/compromise.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      res.end(lib);
    } else if (url.pathname === "/texts.json") {
      const n = Number(url.searchParams.get("n")) || texts.length;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(texts.slice(0, n)));
    } else {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const { launch } = await import("../tests/support/browser.mjs");
  const b = await launch(["--enable-precise-memory-info"]);
  try {
    const version = b.version();
    for (const size of SIZES) {
      const p = await b.newPage();
      await p.goto(base);
      const r = await p.evaluate(
        async ({ n, minSecs }) => {
          const texts = await (await fetch(`/texts.json?n=${n}`)).json();
          const words = texts.reduce((k, t) => k + t.split(/\s+/).filter(Boolean).length, 0);
          // eslint-disable-next-line no-undef
          entitiesOf(nlp, ["Warm up in Paris with Lloyd Austin of the Pentagon.".repeat(20)]);
          let peak = performance.memory?.usedJSHeapSize ?? 0;
          const t0 = performance.now();
          let rounds = 0;
          let entities = 0;
          do {
            // In slices of 50 articles, to sample the JS heap while it works.
            entities = 0;
            for (let i = 0; i < texts.length; i += 50) {
              // eslint-disable-next-line no-undef
              entities += entitiesOf(nlp, texts.slice(i, i + 50));
              peak = Math.max(peak, performance.memory?.usedJSHeapSize ?? 0);
            }
            rounds++;
          } while ((performance.now() - t0) / 1000 < minSecs && rounds < 50);
          const wall = (performance.now() - t0) / 1000 / rounds;
          return { docs: texts.length, words, entities, wall, rounds, js_heap_bytes: peak };
        },
        { n: size, minSecs: MIN_SECS },
      );
      console.log(JSON.stringify({ runtime: "chromium", version, size, ...r }));
      await p.close();
    }
  } finally {
    await b.close();
    server.close();
  }
}

if (args.includes("--browser")) {
  await browser();
} else if (flag("--size") !== undefined) {
  await nodeSize(Number(flag("--size")));
} else {
  const me = fileURLToPath(import.meta.url);
  for (const size of SIZES) {
    const r = spawnSync(
      process.execPath,
      [me, path, "--size", String(size), "--min-secs", String(MIN_SECS)],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    if (r.status !== 0) {
      console.error(`compromise size ${size}: failed`);
      process.exit(1);
    }
  }
}
