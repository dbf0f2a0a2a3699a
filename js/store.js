// Parallax's browser storage: imported articles and corrections in IndexedDB.
// Every write is one transaction, so a crash or a closed tab loses at most that
// write. Values cross to Rust as JSON strings; errors reject with a sentence.

const DB = "parallax";
const VERSION = 1;
let opening = null;

function explain(error, doing) {
  const name = error && error.name;
  if (name === "QuotaExceededError") {
    return `Storage is full, so ${doing} was not saved. It stays on this page until you reload; delete stored articles to make room.`;
  }
  if (name === "SecurityError" || name === "InvalidStateError") {
    return `This browser does not allow storage here (private mode or blocked site data), so ${doing} is kept only until you reload.`;
  }
  return `Could not save ${doing}: ${(error && error.message) || error}. It stays on this page until you reload.`;
}

function open() {
  if (opening) return opening;
  opening = new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(DB, VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("articles")) db.createObjectStore("articles", { keyPath: "id" });
      if (!db.objectStoreNames.contains("meta")) db.createObjectStore("meta");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException("another tab holds an older version of the storage open", "InvalidStateError"));
  });
  opening.catch(() => { opening = null; });
  return opening;
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new DOMException("the write was cancelled", "AbortError"));
  });
}

async function write(doing, body) {
  let db;
  try {
    db = await open();
  } catch (e) {
    throw explain(e, doing);
  }
  try {
    const tx = db.transaction(["articles", "meta"], "readwrite");
    const finished = done(tx);
    try {
      body(tx);
    } catch (e) {
      tx.abort();
      await finished.catch(() => {});
      throw e;
    }
    await finished;
  } catch (e) {
    throw explain(e, doing);
  }
}

/**
 * Everything stored, as JSON: `{"articles": [...], "unreadable": N, "patch": "JSON" or null}`.
 * A record that is not an article (no string id and text) is counted and left in place.
 */
export async function loadAll() {
  let db;
  try {
    db = await open();
  } catch (e) {
    throw `This browser does not allow storage here (${(e && e.name) || e}); imported articles are kept only until you reload.`;
  }
  const tx = db.transaction(["articles", "meta"], "readonly");
  const read = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const [articles, patch] = await Promise.all([
    read(tx.objectStore("articles").getAll()),
    read(tx.objectStore("meta").get("patch")),
  ]);
  const good = articles.filter((a) => a && typeof a.id === "string" && a.id !== "" && typeof a.text === "string");
  return JSON.stringify({
    articles: good,
    unreadable: articles.length - good.length,
    patch: patch === undefined ? null : JSON.stringify(patch),
  });
}

/**
 * Store articles, given as JSON arrays (the worker's batches), in one transaction:
 * all or none. Each batch is read and put from the previous batch's last success
 * callback, so the transaction stays open and no single task handles them all.
 */
export async function putArticles(batches) {
  const count = batches.reduce((n, b) => n + (b.match(/"id":/g) || []).length, 0);
  const what = count === 1 ? "1 article" : `${count} articles`;
  await write(what, (tx) => {
    const store = tx.objectStore("articles");
    const next = (i) => {
      let last = null;
      for (const a of JSON.parse(batches[i])) last = store.put(a);
      if (i + 1 < batches.length) {
        const go = () => {
          try {
            next(i + 1);
          } catch (e) {
            tx.abort();
          }
        };
        if (last) last.onsuccess = go;
        else go();
      }
    };
    next(0);
  });
}

/** Store the corrections (a JSON patch). */
export async function putPatch(json) {
  await write("the corrections", (tx) => tx.objectStore("meta").put(JSON.parse(json), "patch"));
}

/** Delete one stored article. */
export async function removeArticle(id) {
  await write("the deletion", (tx) => tx.objectStore("articles").delete(id));
}

/** Delete every stored article and the corrections. */
export async function clearAll() {
  await write("the deletion", (tx) => {
    tx.objectStore("articles").clear();
    tx.objectStore("meta").clear();
  });
}
