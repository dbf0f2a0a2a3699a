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

/** Everything stored: `{"articles": [raw records], "patch": raw or null}` as JSON. */
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
  return JSON.stringify({ articles, patch: patch === undefined ? null : patch });
}

/** Store these articles (a JSON array) in one transaction: all or none. */
export async function putArticles(json) {
  const articles = JSON.parse(json);
  const what = articles.length === 1 ? "1 article" : `${articles.length} articles`;
  await write(what, (tx) => {
    const store = tx.objectStore("articles");
    for (const a of articles) store.put(a);
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
