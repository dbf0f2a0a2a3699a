// "Your articles": import, keep (IndexedDB), correct, export, bad input and XSS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { articleText, screenshot, watchErrors } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

const txt = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });

const A = txt("ankara.txt", "Ankara summit ends\n\nTurkish President Recep Tayyip Erdogan hosted Olaf Scholz in Ankara on Tuesday. Erdogan said NATO must act.");
const B = txt("lagos.txt", "Floods in Lagos\n\nHeavy rain flooded Lagos on Monday. Governor Babajide Sanwo-Olu said the Red Cross was helping.");
const HTML = {
  name: "oslo.html",
  mimeType: "text/html",
  buffer: Buffer.from(`<!doctype html><html><head><title>Oslo accord talks resume</title>
<meta property="og:site_name" content="Nordic Wire"><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Oslo accord talks resume</h1><p>Jonas Gahr Store welcomed envoys from Qatar in Oslo on Friday.</p>
<script>window.__pwned = "html-script"</script></article><footer>Copyright Nordic Wire</footer></body></html>`),
};
const PNG = { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]) };

/** A fresh browser profile (its own IndexedDB) on the library page. */
async function openLibrary() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}library`);
  await page.getByRole("heading", { name: "Your articles" }).waitFor();
  return { context, page, errors };
}

/** How many records IndexedDB holds, as a reload would find them. */
function storedCount(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open("parallax");
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("articles")) return resolve(0);
      const req = db.transaction("articles").objectStore("articles").count();
      req.onsuccess = () => { db.close(); resolve(req.result); };
    };
    open.onerror = () => resolve(-1);
  }));
}

/** How many corrections storage holds. */
function storedCorrections(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open("parallax");
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains("meta")) return resolve(0);
      const req = db.transaction("meta").objectStore("meta").get("patch");
      req.onsuccess = () => { db.close(); resolve(req.result?.corrections?.length ?? 0); };
    };
    open.onerror = () => resolve(-1);
  }));
}

/** Wait until `read(page)` gives `want` (storage writes finish a moment after the page updates). */
async function until(page, read, want) {
  const deadline = Date.now() + 20_000;
  while ((await read(page)) !== want && Date.now() < deadline) await page.waitForTimeout(50);
  assert.equal(await read(page), want);
}

/**
 * Import files through the file input and wait until the worker is done and, when
 * `stored` is true, until storage holds them (so a reload finds them).
 */
async function importFiles(page, files, expectImported, stored = true) {
  await page.setInputFiles("#px-files", files);
  if (expectImported !== undefined) {
    await page.getByText(`${expectImported} imported article`).waitFor();
    if (stored) {
      const deadline = Date.now() + 20_000;
      while ((await storedCount(page)) < expectImported && Date.now() < deadline) await page.waitForTimeout(50);
    }
  }
  await page.locator(".px-progress").waitFor({ state: "detached" });
}

function overviewItems(page) {
  return page.getByRole("list", { name: "Articles" }).getByRole("listitem");
}

async function overviewTitles(page) {
  await page.goto(app.url);
  await overviewItems(page).first().waitFor();
  return overviewItems(page).allInnerTexts();
}

test("imported files join the bundled articles, survive reloads and work offline; a binary file is refused alone", async () => {
  const { context, page, errors } = await openLibrary();
  await importFiles(page, [A, B, HTML, PNG], 3);
  await page.getByText("photo.png looks like a binary file (PNG image), not text").waitFor();
  await screenshot(page, "library-imported");
  const rows = await page.getByRole("table").locator("tbody tr").allInnerTexts();
  assert.equal(rows.length, 3);
  assert.ok(rows.every((r) => /saved in this browser/.test(r)), rows.join("\n"));

  let titles = await overviewTitles(page);
  assert.equal(titles.length, 8);
  for (const t of ["Ankara summit ends", "Floods in Lagos", "Oslo accord talks resume"]) {
    assert.ok(titles.some((x) => x.includes(t)), `overview lists ${t}`);
  }
  assert.ok(titles.some((x) => x.includes("Nordic Wire")), "the outlet from og:site_name");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  const matrix = page.getByRole("table", { name: "Entity matrix" });
  await matrix.waitFor();
  const row = matrix.locator("tbody tr").filter({ has: page.getByRole("link", { name: "Recep Tayyip Erdogan", exact: true }) });
  assert.equal(await row.count(), 1, "an imported article's entity is in the matrix");
  await screenshot(page, "library-matrix");

  await page.reload();
  assert.equal((await overviewTitles(page)).length, 8, "still there after a reload");

  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  await context.setOffline(true);
  await page.reload();
  titles = await overviewTitles(page);
  assert.equal(titles.length, 8, "still there offline");
  assert.deepEqual(errors, []);
  await context.close();
});

test("bad input: empty, too large, Latin-1, foreign JSON and a broken JSONL line each get a message; the rest imports", async () => {
  const { context, page } = await openLibrary();
  const big = { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(21_000_000, 97) };
  const latin1 = { name: "cafe.txt", mimeType: "text/plain", buffer: Buffer.from("Caf\xe9 in M\xfcnchen\n\nAngela Merkel visited a caf\xe9 in M\xfcnchen on Sunday.", "latin1") };
  await importFiles(page, [
    txt("empty.txt", "  \n "),
    big,
    latin1,
    txt("other.json", '{"foo": 1}'),
    txt("feed.jsonl", '{"id":"x","text":"Pat Ryder spoke."}\nnot json\n'),
    A,
  ], 2);
  const notices = await page.locator(".px-notice").allInnerTexts();
  const all = notices.join("\n");
  assert.match(all, /empty\.txt is empty/);
  assert.match(all, /huge\.txt is too large \(21 MB\)/);
  assert.match(all, /other\.json is not a Parallax export/);
  assert.match(all, /Line 2 of feed\.jsonl is not an article/);
  await screenshot(page, "library-bad-input");

  await page.goto(`${app.url}article/cafe`);
  await page.locator("article").waitFor();
  assert.match(await articleText(page), /Angela Merkel visited a café in München/);
  await context.close();
});

test("HTML and script in an article is shown as text and never runs", async () => {
  const { context, page, errors } = await openLibrary();
  const payload = `XSS test\n\n<script>window.__pwned = "script"</script> <img src=x onerror="window.__pwned = 'img'"> <a href="javascript:window.__pwned='link'">click</a> Emmanuel Macron spoke in Paris.`;
  await importFiles(page, [txt("xss.txt", payload), HTML], 2);
  await page.goto(`${app.url}article/xss`);
  await page.locator("article").waitFor();
  const text = await articleText(page);
  assert.match(text, /<script>window.__pwned = "script"<\/script>/, "the markup is shown as text");
  assert.equal(await page.locator(".px-article__body img, .px-article__body script, .px-article__body a[href^='javascript']").count(), 0);
  await page.goto(`${app.url}article/oslo.html`);
  await page.locator("article").waitFor();
  assert.doesNotMatch(await articleText(page), /__pwned/, "scripts in HTML files are dropped");
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing ran");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await screenshot(page, "library-xss");
  assert.deepEqual(errors, []);
  await context.close();
});

test("merging two entities is kept across a reload and can be undone", async () => {
  const { context, page } = await openLibrary();
  await page.goto(`${app.url}entity/org-isis-k`);
  await page.getByRole("heading", { name: "ISIS-K", level: 1 }).waitFor();
  await page.getByText("Correct this entity").click();
  await page.getByLabel("Same as").selectOption("org-islamic-state");
  await page.getByRole("button", { name: "Merge into it" }).click();
  await page.getByText("1 correction applied.").waitFor();
  await page.waitForURL(/entity\/org-islamic-state/);
  await page.getByText(/Also written: .*ISIS-K/).waitFor();
  await screenshot(page, "library-merged");
  await until(page, storedCorrections, 1);

  await page.reload();
  await page.getByText(/Also written: .*ISIS-K/).waitFor();
  await page.goto(`${app.url}entity/org-isis-k`);
  await page.getByRole("heading", { name: "Not found" }).or(page.getByText(/not found/i).first()).waitFor();

  await page.getByRole("button", { name: "Undo last correction" }).click();
  await page.getByRole("heading", { name: "ISIS-K", level: 1 }).waitFor();
  await until(page, storedCorrections, 0);
  await page.reload();
  await page.getByRole("heading", { name: "ISIS-K", level: 1 }).waitFor();
  await context.close();
});

test("a JSON export imported into an empty store gives the same analysis, corrections included", async () => {
  const first = await openLibrary();
  await importFiles(first.page, [A, B], 2);
  await first.page.goto(`${app.url}entity/org-isis-k`);
  await first.page.getByText("Correct this entity").click();
  await first.page.getByLabel("Name").fill("Islamic State Khorasan");
  await first.page.getByRole("button", { name: "Rename" }).click();
  await first.page.getByRole("heading", { name: "Islamic State Khorasan", level: 1 }).waitFor();
  await until(first.page, storedCorrections, 1);
  const entities = async (page) => {
    await page.goto(`${app.url}entities`);
    await page.locator("table tbody tr").first().waitFor();
    return (await page.locator("table tbody tr").allInnerTexts()).sort();
  };
  const before = await entities(first.page);
  const summaryBefore = await overviewTitles(first.page);

  await first.page.goto(`${app.url}library`);
  const download = first.page.waitForEvent("download");
  await first.page.getByRole("button", { name: "Analysis (JSON)" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "parallax-analysis.json");
  const json = await readFile(await file.path());
  const parsed = JSON.parse(json);
  assert.equal(parsed.documents.length, 7);
  assert.equal(parsed.corrections.corrections.length, 1);
  await first.context.close();

  const second = await openLibrary();
  await importFiles(second.page, [{ name: "parallax-analysis.json", mimeType: "application/json", buffer: json }], 2);
  assert.deepEqual(await entities(second.page), before);
  assert.deepEqual(await overviewTitles(second.page), summaryBefore);
  await second.context.close();
});

test("storage full: the import stays on the page, earlier data is kept", async () => {
  const { context, page } = await openLibrary();
  await importFiles(page, [A], 1);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await importFiles(page, [B], 2, false);
  await page.getByText(/Storage is full/).waitFor();
  assert.match(await page.getByRole("table").innerText(), /not saved: kept until you reload/);
  await screenshot(page, "library-quota");
  await page.reload();
  const titles = await overviewTitles(page);
  assert.equal(titles.length, 6, "the earlier import is still stored; the failed one is gone");
  assert.ok(titles.some((t) => t.includes("Ankara summit ends")));
  await context.close();
});

test("pasting an article adds it; the corpus switch shows only imported articles", async () => {
  const { context, page } = await openLibrary();
  await page.getByLabel("Title (optional)").fill("Pasted report");
  await page.getByLabel("Text").fill("Pat Ryder briefed reporters at the Pentagon on Monday about Iraq.");
  await page.getByRole("button", { name: "Add article" }).click();
  await page.getByText("1 imported article").waitFor();
  await until(page, storedCount, 1);
  await page.getByLabel("Show the bundled articles beside yours").uncheck();
  await page.goto(app.url);
  await page.waitForFunction(() => document.querySelectorAll(".px-overview__list > li").length === 1);
  const titles = await overviewItems(page).allInnerTexts();
  assert.equal(titles.length, 1);
  assert.match(titles[0], /Pasted report/);
  await screenshot(page, "library-only-mine");
  await context.close();
});

test("in the reader, a false mention is dropped and a missed name is marked by selecting it", async () => {
  const { context, page, errors } = await openLibrary();
  await importFiles(page, [txt("notes.txt", "Field notes\n\nPat Ryder met elders in the village of zarghun shahr on Monday.")], 1);
  await page.goto(`${app.url}article/notes`);
  await page.locator("article").waitFor();
  const ryder = page.locator("mark", { hasText: "Pat Ryder" });
  await ryder.waitFor();
  await ryder.getByRole("button").click();
  await page.getByRole("button", { name: "Not a name: drop this mention" }).click();
  await ryder.waitFor({ state: "detached" });
  await page.getByText("1 correction applied.").waitFor();

  // Select "zarghun shahr" in the text, as a person would with the mouse.
  await page.evaluate(() => {
    const piece = [...document.querySelectorAll(".px-article__body [data-at]")].find((n) => n.textContent.includes("zarghun shahr"));
    const node = piece.firstChild;
    const start = node.textContent.indexOf("zarghun shahr");
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + "zarghun shahr".length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    piece.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
  await page.getByText("Mark “zarghun shahr” as:").waitFor();
  await page.getByRole("group", { name: "Mark the selected words" }).getByRole("button", { name: "Place" }).click();
  const marked = page.locator('mark[data-label="LOC"]', { hasText: "zarghun shahr" });
  await marked.waitFor();
  await page.getByText("2 corrections applied.").waitFor();
  await screenshot(page, "library-reader-corrections");
  await until(page, storedCorrections, 2);
  await page.reload();
  await marked.waitFor();
  assert.equal(await page.locator("mark", { hasText: "Pat Ryder" }).count(), 0, "the dropped mention stays dropped");

  // The article changes under the corrections: they no longer fit, and the page says so.
  await page.goto(`${app.url}library`);
  await importFiles(page, [txt("notes.txt", "Field notes, revised\n\nOn Monday, Pat Ryder met elders.")], 1);
  await page.getByText("Some corrections no longer apply:").waitFor();
  assert.ok((await page.locator(".px-skipped li").count()) >= 1);
  await screenshot(page, "library-skipped");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the storage panel deletes one article or everything; an unreadable record is reported and left alone", async () => {
  const { context, page } = await openLibrary();
  await importFiles(page, [A, B], 2);
  await page.getByRole("row", { name: /Ankara summit ends/ }).getByRole("button", { name: "Delete" }).click();
  await page.getByText("1 imported article,").waitFor();
  await until(page, storedCount, 1);
  await page.reload();
  await page.getByText("1 imported article,").waitFor();
  assert.doesNotMatch(await page.getByRole("table").innerText(), /Ankara/);

  // A record written by something else (or an older version) that is not an article.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("parallax");
    open.onsuccess = () => {
      const tx = open.result.transaction("articles", "readwrite");
      tx.objectStore("articles").put({ id: "broken", words: 12 });
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await page.getByText("1 stored item(s) could not be read and were left untouched in storage.").waitFor();
  await page.getByText("1 imported article,").waitFor();
  await screenshot(page, "library-unreadable");

  await page.getByRole("button", { name: "Delete all imported articles and corrections" }).click();
  await page.getByText("No imported articles yet.").waitFor();
  await until(page, storedCount, 0);
  await page.reload();
  await page.getByText("No imported articles yet.").waitFor();
  assert.equal((await overviewTitles(page)).length, 5);
  await context.close();
});

test("1,000 files at once import with progress and the page stays usable", async () => {
  const { context, page, errors } = await openLibrary();
  const files = Array.from({ length: 1000 }, (_, i) =>
    txt(`brief-${String(i).padStart(4, "0")}.txt`, `Brief ${i}\n\nMayor Anna Lindqvist${i} opened a bridge in Uppsala on day ${i}.`));
  // The progress line can come and go between two polls: record whether it ever showed.
  await page.evaluate(() => {
    window.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector(".px-progress progress")) window.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.setInputFiles("#px-files", files);
  await page.getByText("1000 imported articles").waitFor({ timeout: 120_000 });
  assert.equal(await page.evaluate(() => window.__sawProgress), true, "a progress bar was shown");
  await screenshot(page, "library-thousand");
  await page.locator(".px-progress").waitFor({ state: "detached" });
  assert.equal(await page.locator(".px-stored tbody tr").count(), 100, "the storage table starts with 100 rows");
  await page.getByRole("button", { name: "Show all 1000" }).click();
  assert.equal(await page.locator(".px-stored tbody tr").count(), 1000);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles", exact: true }).click();
  await page.locator(".px-overview__lead").getByText(/^1005 articles\b/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a large import is shared among helper workers and gives the same analysis as small imports", async () => {
  // 100 articles made from the bundled ones (about 300 KB: over the worker's
  // PARALLEL_BYTES, 250 KB, so they go to the helpers; 50 of them stay under it),
  // each with its own first line.
  const { readdir } = await import("node:fs/promises");
  const dir = new URL("../seeds/", import.meta.url);
  const seeds = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) {
    seeds.push(await readFile(new URL(name, dir), "utf8"));
  }
  const files = Array.from({ length: 100 }, (_, i) =>
    txt(`copy-${String(i).padStart(3, "0")}.txt`, `Reporter Anna Lindqvist writes from Oslo on day ${i}.\n\n${seeds[i % seeds.length]}`));

  const exportJson = async (page) => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Analysis (JSON)" }).click();
    return JSON.parse(await readFile(await (await download).path(), "utf8"));
  };
  // All at once: the worker hands it to its helpers, one per core (up to four),
  // which the library page started.
  const big = await openLibrary();
  const cores = await big.page.evaluate(() => navigator.hardwareConcurrency);
  const helpers = cores >= 2 ? Math.min(cores, 4) : 0;
  await until(big.page, (page) => page.workers().length, 1 + helpers);
  await importFiles(big.page, files, 100);
  const together = await exportJson(big.page);
  assert.equal(together.documents.length, 105);
  await screenshot(big.page, "library-helpers");
  // After a reload the stored articles go to the helpers again, with the same result.
  await big.page.reload();
  await big.page.getByText("100 imported articles").waitFor();
  await big.page.locator(".px-progress").waitFor({ state: "detached" });
  assert.deepEqual(await exportJson(big.page), together);
  assert.deepEqual(big.errors, []);
  await big.context.close();

  // In two halves, each small enough for the worker to extract itself.
  const small = await openLibrary();
  await importFiles(small.page, files.slice(0, 50), 50);
  await importFiles(small.page, files.slice(50), 100);
  const halves = await exportJson(small.page);
  assert.deepEqual(small.errors, []);
  await small.context.close();

  assert.deepEqual(together.entities, halves.entities);
  assert.deepEqual(together.documents, halves.documents);
  assert.deepEqual(together, halves);
  const anna = together.entities.find((e) => e.canonical === "Anna Lindqvist");
  assert.equal(anna?.label, "PERSON", "the name on each added line");
});
