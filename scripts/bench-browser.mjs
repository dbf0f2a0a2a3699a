// The in-browser part of scripts/bench.sh: the release bundle in dist/, served
// at /parallax/ the way GitHub Pages serves it, driven through its real UI in
// headless Debian Chromium. One JSON line per measurement on stdout:
//   load     cold loads of the seeds' overview (a fresh browser context each)
//   import   BBC articles imported at once through the file picker, per size
//   search   typing in search with all the articles loaded
//   profile  where the main thread's longest task of the largest import goes
//
//   node scripts/bench-browser.mjs BBC.jsonl [--loads 5] [--sizes 100,500,0] [--queries government,caliphate]
//                                  [--no-profile] [--trace-out FILE] [--wasm-names DIR]
//   node scripts/bench-browser.mjs --analyse-trace FILE [--wasm-names DIR] [--dist dist]
//     only summarises a kept trace
//   PX_TIMELINE=1 node scripts/bench-browser.mjs …
//     also prints, for each import, every worker message and long task (ms after `change`) to stderr
//
// The corpus is research-only: texts are read where they lie and handed to the
// page as in-memory files, never written into the repository.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { commandLine, loadBbc, wordCount } from "./bbc.mjs";
import { launch } from "../tests/support/browser.mjs";
import { startServer } from "../tests/support/server.mjs";

const args = process.argv.slice(2);
const { path, flag } = commandLine(args);
const LOADS = Number(flag("--loads") ?? 5);
// Article counts; 0 is all of them.
const SIZES = (flag("--sizes") ?? "100,500,0").split(",").map(Number);
// A common word (the search stops at its first 200 matches) and a rare one (every text is scanned).
const QUERIES = (flag("--queries") ?? "government,caliphate").split(",");
const PROFILE = !args.includes("--no-profile");
// Where to keep the profiled run's Chromium trace (for chrome://tracing or DevTools).
const TRACE_OUT = flag("--trace-out");
// A folder with the bundle's WebAssembly optimised again with the name section kept
// (bench.sh makes them with wasm-opt -g); each is used only if its code is byte for
// byte the shipped module's.
const WASM_NAMES = flag("--wasm-names");
const SEEDS = 5;
// Generous: a slow import is a figure to report, not a reason to give up.
const TIMEOUT = 15 * 60 * 1000;

const emit = (o) => console.log(JSON.stringify(o));
const log = (s) => console.error(`bench-browser: ${s}`);

/**
 * Installed before any page script runs. Records, on the page's own clock
 * (`performance.now()`, from navigation start): every long task (> 50 ms), the
 * JS heap every 100 ms, each message the engine worker posts, when the overview
 * and the file picker's change event happen, and when an awaited state shows.
 */
function instrument() {
  const px = {
    longtasks: [],
    heapPeak: 0,
    posted: [],
    received: {},
    marks: {},
    timeline: [],
  };
  window.__px = px;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) px.longtasks.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: "longtask", buffered: true });
  setInterval(() => {
    px.heapPeak = Math.max(px.heapPeak, performance.memory?.usedJSHeapSize ?? 0);
  }, 100);
  // The engine worker's messages are JSON strings whose first key is the type
  // (a type without fields is a bare JSON string).
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...a) {
      super(...a);
      this.addEventListener("message", (e) => {
        const s = typeof e.data === "string" ? e.data : "";
        const type = /^\{?"([a-z_]+)"/.exec(s)?.[1] ?? "other";
        if (px.timeline.length < 5000) px.timeline.push([Math.round(performance.now()), type, s.length, s.slice(0, 40)]);
        const r = (px.received[type] ??= { first: performance.now(), count: 0, bytes: 0 });
        r.last = performance.now();
        r.count++;
        r.bytes = Math.max(r.bytes, s.length);
      });
    }
    postMessage(...a) {
      px.posted.push(performance.now());
      return super.postMessage(...a);
    }
  };
  addEventListener(
    "change",
    (e) => {
      if (e.target?.id === "px-files") px.marks.change = performance.now();
    },
    true,
  );
  addEventListener("input", (e) => {
    if (e.target?.type === "search") (px.inputs ??= []).push(performance.now());
  }, true);
  // `when(name, test)`: mark the first moment `test()` holds, checked after every DOM change.
  px.when = (name, test) => {
    const check = () => {
      if (px.marks[name] === undefined && test()) {
        px.marks[name] = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    check();
  };
  const overview = () =>
    document.querySelector("#overview-heading") && document.querySelector(".px-overview__list > li");
  if (document.documentElement) px.when("overview", overview);
  else addEventListener("DOMContentLoaded", () => px.when("overview", overview));
}

const mark = (page, name) =>
  page.waitForFunction((n) => window.__px?.marks[n] !== undefined, name, {
    timeout: TIMEOUT,
    polling: 50,
  });

/** Long tasks that started inside [from, to] on the page's clock. */
function tasksIn(px, from, to = Infinity) {
  const t = px.longtasks.filter((x) => x.start >= from && x.start <= to);
  return {
    longest_task_ms: t.reduce((m, x) => Math.max(m, x.dur), 0),
    tasks_over_50ms: t.length,
    tasks_over_100ms: t.filter((x) => x.dur > 100).length,
    long_task_total_ms: t.reduce((s, x) => s + x.dur, 0),
  };
}

const snapshot = (page) =>
  page.evaluate(() => {
    const { when: _, ...px } = window.__px;
    return JSON.parse(JSON.stringify(px));
  });

/**
 * DevTools sessions to the page and to its engine worker (auto-attached; the
 * worker is addressed through `Target.sendMessageToTarget`, which playwright-core's
 * session allows).
 */
async function devtools(context, page) {
  const cdp = await context.newCDPSession(page);
  const workers = [];
  const waiting = new Map();
  let next = 1e6;
  cdp.on("Target.attachedToTarget", (e) => {
    if (e.targetInfo.type === "worker") workers.push(e.sessionId);
  });
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  });
  await cdp.send("Target.setAutoAttach", {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const inWorker = (method, params = {}) =>
    new Promise((resolve, reject) => {
      if (!workers.length) return reject(new Error("no worker attached"));
      const id = ++next;
      waiting.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      cdp
        .send("Target.sendMessageToTarget", {
          sessionId: workers[0],
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  const inPage = (method, params = {}) => cdp.send(method, params);
  return { cdp, page: inPage, worker: inWorker };
}

/**
 * Bytes of every WebAssembly memory in one thread. Linear memory only ever
 * grows, so after a run this is the run's peak.
 */
async function wasmBytes(send) {
  await send("Runtime.enable");
  const proto = await send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const all = await send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const r = await send("Runtime.callFunctionOn", {
    objectId: all.objects.objectId,
    functionDeclaration: "function () { return this.reduce((s, m) => s + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return r.result.value;
}

/** The browser's renderer processes (the page, its worker, and perhaps a spare). */
async function rendererPids(browser) {
  const s = await browser.newBrowserCDPSession();
  const { processInfo } = await s.send("SystemInfo.getProcessInfo");
  await s.detach();
  return processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
}

const procKib = (pid, field) => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(
      readFileSync(`/proc/${pid}/status`, "utf8"),
    );
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
};

/** A fresh browser and context (no HTTP cache, storage or service worker), instrumented. */
async function fresh() {
  const browser = await launch(["--enable-precise-memory-info"]);
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { browser, context, page, errors };
}

async function coldLoads(url) {
  const browser = await launch(["--enable-precise-memory-info"]);
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(url, { waitUntil: "commit" });
      await mark(page, "overview");
      const wall = performance.now() - t0;
      // Long tasks are reported a moment after they end.
      await page.waitForTimeout(200);
      const px = await snapshot(page);
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        return { response_end: n.responseEnd, dom_content_loaded: n.domContentLoadedEventEnd };
      });
      const transferred = await page.evaluate(() =>
        performance.getEntriesByType("resource").reduce((s, r) => s + r.encodedBodySize, 0),
      );
      emit({
        part: "load",
        run: i + 1,
        wall_ms: wall,
        page_ms: px.marks.overview,
        ...nav,
        worker_ready_ms: px.received.ready?.first,
        first_analysis_ms: px.received.analysis?.first,
        bytes_fetched: transferred,
        ...tasksIn(px, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

/** The articles as the files a person would pick, named bbc-0001.txt …. */
const asFiles = (texts) =>
  texts.map((t, i) => ({
    name: `bbc-${String(i + 1).padStart(4, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(t, "utf8"),
  }));

/**
 * Opens the library page, picks `texts` as files and waits until the import is
 * complete: the progress line is gone and the stored-articles table lists them
 * all. With `tracing`, records a Chromium trace of the import instead of
 * sampling memory, for the profile part.
 */
async function importRun(url, texts, { tracing = false, search = false } = {}) {
  const { browser, context, page, errors } = await fresh();
  try {
    const dev = await devtools(context, page);
    await page.goto(`${url}library`, { waitUntil: "commit" });
    await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor({ timeout: TIMEOUT });
    const pids = await rendererPids(browser);
    const files = asFiles(texts);
    const n = files.length;
    await page.evaluate((n) => {
      window.__px.when(
        "imported",
        () =>
          !document.querySelector(".px-progress") &&
          (document.querySelector(".px-stored")?.textContent ?? "").includes(`${n} imported article`),
      );
      window.__px.when("progress", () => document.querySelector(".px-progress"));
    }, n);
    let rssPeak = 0;
    const sampler = setInterval(() => {
      for (const pid of pids) rssPeak = Math.max(rssPeak, procKib(pid, "VmRSS"));
    }, 100);
    if (tracing) {
      await browser.startTracing(page, {
        categories: [
          "toplevel",
          "devtools.timeline",
          "disabled-by-default-devtools.timeline",
          "v8.execute",
          "disabled-by-default-v8.cpu_profiler",
          "disabled-by-default-v8.gc",
        ],
      });
    }
    const start = await page.evaluate(() => performance.now());
    await page.setInputFiles("#px-files", files);
    await mark(page, "imported");
    clearInterval(sampler);
    const trace = tracing ? await browser.stopTracing() : null;
    await page.waitForTimeout(300);
    const px = await snapshot(page);
    if (process.env.PX_TIMELINE) {
      for (const t of px.posted) console.error("timeline", Math.round(t - px.marks.change), "posted");
      for (const l of px.longtasks) console.error("timeline", Math.round(l.start - px.marks.change), "longtask", Math.round(l.dur));
      for (const e of px.timeline) console.error("timeline", Math.round(e[0] - px.marks.change), e[1], e[2], e[3]);
    }
    const result = {
      size: n,
      words: wordCount(texts),
      // The engine worker and its helpers (one per core, up to four).
      cores: await page.evaluate(() => navigator.hardwareConcurrency),
      workers: page.workers().length,
      e2e_ms: px.marks.imported - start,
      from_change_ms: px.marks.imported - px.marks.change,
      upload_ms: px.marks.change - start,
      read_files_ms: (px.posted.findLast((t) => t >= px.marks.change) ?? NaN) - px.marks.change,
      worker_ms: px.received.analysis.last - (px.posted.findLast((t) => t >= px.marks.change) ?? NaN),
      first_progress_ms: px.marks.progress - start,
      // Files posted to the worker until its last progress message: reading the files and
      // extracting every article (the like-for-like figure against compromise's tagging).
      extract_ms: (px.received.progress?.last ?? NaN) - (px.posted.findLast((t) => t >= px.marks.change) ?? NaN),
      render_ms: px.marks.imported - px.received.analysis.last,
      // The largest message from the worker: a part of the analysis, or the imported articles for storage.
      largest_message_bytes: Math.max(...Object.values(px.received).map((r) => r.bytes)),
      progress_messages: px.received.progress?.count ?? 0,
      // Playwright builds the File objects in the page (base64 decoded in one task)
      // and fires `change` at the end of that task: it is the harness's, not the app's.
      handover_task_ms: px.longtasks
        .filter((x) => x.start <= px.marks.change && x.start + x.dur >= px.marks.change)
        .reduce((m, x) => Math.max(m, x.dur), 0),
      ...tasksIn(px, px.marks.change + 1),
      errors,
    };
    if (trace) return { result, trace: JSON.parse(trace.toString("utf8")) };

    result.js_heap_peak_bytes = px.heapPeak;
    result.renderer_rss_peak_kib = rssPeak;
    result.renderer_hwm_kib = Math.max(...pids.map((pid) => procKib(pid, "VmHWM")));
    result.renderer_pids = pids.length;
    const mem = async (name, f) => {
      try {
        result[name] = await f();
      } catch (e) {
        result[name] = null;
        result[`${name}_error`] = String(e.message ?? e);
      }
    };
    await mem("main_wasm_bytes", () => wasmBytes(dev.page));
    await mem("worker_wasm_bytes", () => wasmBytes(dev.worker));
    await mem("worker_js_heap_bytes", async () => (await dev.worker("Runtime.getHeapUsage")).usedSize);
    // The overview, opened from the menu, lists the seeds and the imported articles.
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles", exact: true }).click();
    // The overview states the count and lists the first cards (the rest behind "Show all").
    await page
      .locator(".px-overview__lead")
      .filter({ hasText: new RegExp(`^${n + SEEDS} articles `) })
      .waitFor({ timeout: TIMEOUT });
    await page.locator(".px-overview__list > li").first().waitFor({ timeout: TIMEOUT });
    result.overview_items = await page.locator(".px-overview__list > li").count();
    result.overview_ms = (await page.evaluate(() => performance.now())) - t0;
    result.overview_longest_task_ms = tasksIn(await snapshot(page), t0).longest_task_ms;
    if (search) {
      result.search = [];
      for (const q of QUERIES) result.search.push(await typeSearch(page, q));
    }
    return { result };
  } finally {
    await browser.close();
  }
}

/** Opens search from the menu and types `query`, a key every 50 ms. */
async function typeSearch(page, query) {
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  const box = page.getByRole("searchbox", { name: "Search the articles" });
  await box.waitFor({ timeout: TIMEOUT });
  await page.waitForURL(/\/search$/);
  const open = (await page.evaluate(() => performance.now())) - t0;
  await page.evaluate((q) => {
    window.__px.inputs = [];
    delete window.__px.marks.results;
    window.__px.when("results", () => {
      const marks = document.querySelectorAll(".px-kwic .px-kwic__hit");
      return (
        new URLSearchParams(location.search).get("q") === q &&
        marks.length > 0 &&
        [...marks].every((m) => m.textContent.toLowerCase() === q)
      );
    });
  }, query);
  await box.focus();
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.type(query, { delay: 50 });
  await mark(page, "results");
  await page.waitForTimeout(300);
  const px = await snapshot(page);
  const inputs = px.inputs;
  return {
    query,
    open_page_ms: open,
    keys: query.length,
    inputs: inputs.length,
    typing_ms: inputs.at(-1) - inputs[0],
    results_after_last_key_ms: px.marks.results - inputs.at(-1),
    matches: await page.locator(".px-kwic > li").count(),
    status: await page.locator(".px-searchpage p[role=status]").innerText(),
    ...tasksIn(px, start),
  };
}

/** An unsigned LEB128 number at `i`: [value, index after it]. */
function leb128(bytes, i) {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[i++];
    v += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [v, i];
  }
}

/** A WebAssembly module's sections: id, the name of a custom one, and its bytes (after the name). */
function wasmSections(bytes) {
  const out = [];
  for (let i = 8; i < bytes.length; ) {
    const id = bytes[i];
    const [size, start] = leb128(bytes, i + 1);
    let name = null;
    let body = bytes.subarray(start, start + size);
    if (id === 0) {
      const [n, at] = leb128(bytes, start);
      name = bytes.subarray(at, at + n).toString("utf8");
      body = bytes.subarray(at + n, start + size);
    }
    out.push({ id, name, body });
    i = start + size;
  }
  return out;
}

/**
 * Function names (index → name, without the mangling hash) from the module
 * `named`, if its code section is byte for byte `shipped`'s; otherwise null.
 */
function wasmNames(named, shipped) {
  const a = wasmSections(readFileSync(named));
  const b = wasmSections(readFileSync(shipped));
  const code = (secs) => secs.find((x) => x.id === 10)?.body;
  const body = a.find((x) => x.name === "name")?.body;
  if (!body || !code(a) || !code(b) || !code(a).equals(code(b))) return null;
  const names = new Map();
  for (let i = 0; i < body.length; ) {
    const sub = body[i];
    const [size, start] = leb128(body, i + 1);
    if (sub === 1) {
      let [count, j] = leb128(body, start);
      for (; count > 0; count--) {
        const [index, k] = leb128(body, j);
        const [n, m] = leb128(body, k);
        // Without the symbol hash and the crates' disambiguators (`dlmalloc[e24a…]`).
        const name = body.subarray(m, m + n).toString("utf8");
        names.set(index, name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, ""));
        j = m + n;
      }
    }
    i = start + size;
  }
  return names;
}

/** The crate a demangled Rust path starts with (`<serde_json::de::… as …>` → serde_json). */
const crateOf = (name) =>
  (/^(?:[<&\s]|mut |dyn )*([A-Za-z_][A-Za-z0-9_]*)::/.exec(name) ?? /([A-Za-z_][A-Za-z0-9_]*)::/.exec(name))?.[1] ??
  name;

/**
 * CPU profile samples of one thread inside [from, to) (trace microseconds): time by
 * kind of code, by leaf function, and for WebAssembly named by `names` (a map per
 * module file name), by crate and by Rust function including its callees.
 */
function samplesOf(events, pid, tid, from, to, names) {
  const nodes = new Map();
  const byKind = new Map();
  const byFunction = new Map();
  const byCrate = new Map();
  const inclusive = new Map();
  const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
  const rustName = (f) => {
    const index = /^wasm-function\[(\d+)\]$/.exec(f?.functionName ?? "")?.[1];
    const table = names?.get((f?.url ?? "").split("/").pop());
    return index === undefined || !table ? null : (table.get(Number(index)) ?? null);
  };
  // A thread's profile is announced on that thread; its chunks come from the
  // profiler's own thread, under the same id.
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
  let t = profile?.args.data.startTime ?? 0;
  for (const e of events) {
    if (!profile || e.name !== "ProfileChunk" || e.pid !== pid || e.id !== profile.id) continue;
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const next = t + (deltas[i + 1] ?? 0);
      if (t < from || t >= to) continue;
      const node = nodes.get(samples[i]);
      const f = node?.callFrame ?? {};
      if (f.functionName === "(idle)") continue;
      const file = (f.url ?? "").split("/").pop();
      const us = Math.max(0, Math.min(next, to) - t);
      const rust = rustName(f);
      add(byFunction, `${rust ?? (f.functionName || "(anonymous)")}${file ? ` (${file})` : ""}`, us);
      if (rust) add(byCrate, crateOf(rust), us);
      const kind =
        f.codeType === "wasm"
          ? `WebAssembly (${file || "?"})`
          : /\.wasm$/.test(file)
            ? "JS↔WebAssembly wrappers"
            : file
              ? `JavaScript (${file})`
              : f.functionName?.startsWith("(")
                ? f.functionName
                : "browser built-ins";
      add(byKind, kind, us);
      // Every named Rust function on the sample's stack, once.
      const onStack = new Set();
      for (let n = node; n; n = nodes.get(n.parent)) {
        const r = rustName(n.callFrame);
        if (r) onStack.add(r);
      }
      for (const r of onStack) add(inclusive, r, us);
    }
  }
  return {
    kinds: top(byKind, 8),
    functions: top(byFunction, 12),
    named: byCrate.size > 0,
    crates: top(byCrate, 10),
    inclusive: top(inclusive, 25),
  };
}

const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, us]) => ({ name, ms: us / 1e3 }));

/**
 * The longest main-thread task in a trace and where its time went (trace events
 * by self time, CPU samples), and where the worker's time went during the import.
 */
function longestTask(trace, names = null) {
  const events = trace.traceEvents ?? trace;
  const threads = new Map();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const main = [...threads].filter(([, n]) => n === "CrRendererMain").map(([k]) => k);
  const onMain = (e) => main.includes(`${e.pid}:${e.tid}`);
  const all = events.filter(
    (e) => e.ph === "X" && /^(RunTask|ThreadControllerImpl::RunTask)$/.test(e.name) && onMain(e),
  );
  // The task that fired the file picker's `change` is playwright handing the files over.
  const change = events.find(
    (e) => e.name === "EventDispatch" && e.args?.data?.type === "change" && onMain(e),
  );
  const tasks = change ? all.filter((e) => e.ts > change.ts) : all;
  const handover = change
    ? all.filter((e) => e.ts <= change.ts && e.ts + e.dur >= change.ts).reduce((m, e) => Math.max(m, e.dur), 0)
    : null;
  if (!tasks.length) return null;
  const task = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  const [pid, tid] = [task.pid, task.tid];
  const end = task.ts + task.dur;
  // Self time per event name inside the task: complete events, nested by time.
  const inside = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.ts >= task.ts && e.ts < end && e !== task)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let covered = 0;
  const add = (name, us) => self.set(name, (self.get(name) ?? 0) + us);
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) add(stack.at(-1).name, -Math.min(e.dur ?? 0, stack.at(-1).ts + stack.at(-1).dur - e.ts));
    else covered += e.dur ?? 0;
    add(e.name, e.dur ?? 0);
    stack.push(e);
  }
  add("(task itself)", task.dur - covered);
  // The engine worker and its helpers (all dedicated workers of the page's renderer),
  // from the change event to the end of the trace. A helper is a thread with
  // `Chunk::answer` on its stacks (named builds only); the engine worker is the other one.
  const traceEnd = events.reduce((m, e) => Math.max(m, (e.ts ?? 0) + (e.dur ?? 0)), 0);
  const workers = [...threads]
    .filter(([k, n]) => n === "DedicatedWorker thread" && k.startsWith(`${pid}:`))
    .map(([k]) => samplesOf(events, pid, Number(k.split(":")[1]), change?.ts ?? 0, traceEnd, names))
    .filter((w) => w.kinds.length > 0);
  const helperOf = (w) => w.inclusive.some((f) => f.name.includes("Chunk::answer"));
  const worker = workers.find((w) => !helperOf(w)) ?? workers[0] ?? null;
  return {
    task_ms: task.dur / 1e3,
    handover_task_ms: handover === null ? null : handover / 1e3,
    main_thread_tasks_over_100ms: tasks.filter((x) => x.dur > 1e5).length,
    events: top(self, 10),
    ...samplesOf(events, pid, tid, task.ts, end, names),
    worker,
    helpers: workers.filter((w) => w !== worker),
  };
}

/**
 * Names for the shipped WebAssembly modules, by their file name in dist/, from the
 * named builds in the --wasm-names folder (parallax_bg.wasm, parallax-worker_bg.wasm).
 */
function shippedWasmNames(namedDir, distDir) {
  if (!namedDir) return null;
  const names = new Map();
  for (const shipped of readdirSync(distDir).filter((f) => f.endsWith("_bg.wasm"))) {
    const named = /^parallax-[0-9a-f]+_bg\.wasm$/.test(shipped) ? "parallax_bg.wasm" : shipped;
    let table = null;
    try {
      table = wasmNames(join(namedDir, named), join(distDir, shipped));
    } catch {
      // No named build of this module.
    }
    if (table) names.set(shipped, table);
    else log(`no named build matches ${shipped}: its functions stay unnamed`);
  }
  return names;
}

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

if (flag("--analyse-trace")) {
  // Only re-read a kept trace.
  const names = shippedWasmNames(WASM_NAMES, flag("--dist") ?? DIST);
  emit(longestTask(JSON.parse(readFileSync(flag("--analyse-trace"), "utf8")), names));
  process.exit(0);
}

const texts = loadBbc(path);
const server = await startServer();
try {
  log(`${LOADS} cold loads of the seeds' overview`);
  await coldLoads(server.url);
  for (const size of SIZES) {
    const some = size > 0 ? texts.slice(0, size) : texts;
    log(`importing ${some.length} articles`);
    const last = size === SIZES.at(-1);
    const { result } = await importRun(server.url, some, { search: last });
    const { search, ...rest } = result;
    emit({ part: "import", ...rest });
    for (const s of search ?? []) emit({ part: "search", size: some.length, ...s });
  }
  if (PROFILE) {
    const size = SIZES.at(-1);
    const some = size > 0 ? texts.slice(0, size) : texts;
    log(`tracing an import of ${some.length} articles (profiled run, not timed)`);
    const { result, trace } = await importRun(server.url, some, { tracing: true });
    if (TRACE_OUT) writeFileSync(TRACE_OUT, JSON.stringify(trace));
    emit({
      part: "profile",
      size: some.length,
      traced_e2e_ms: result.e2e_ms,
      ...longestTask(trace, shippedWasmNames(WASM_NAMES, DIST)),
    });
  }
} finally {
  await server.close();
}
