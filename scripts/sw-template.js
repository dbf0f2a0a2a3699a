// Parallax service worker. Generated per build by scripts/postbuild.py from
// scripts/sw-template.js: do not edit the copy in dist/.
// Precaches the whole bundle so the app works offline after the first load;
// the cache name carries the build's content hash, so a new build replaces it.
const VERSION = "__VERSION__";
const CACHE = `parallax-${VERSION}`;
// Published corpora (`?corpus=URL`): each index and story the person opened, kept
// across builds so an opened story works offline. Shard names carry a hash of their
// bytes, so a cached shard is never stale; the index is refreshed when online.
const CORPUS = "parallax-corpus";
const PRECACHE = [
  __PRECACHE__
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("parallax-") && key !== CACHE && key !== CORPUS)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // Every route is the same app shell; the router reads the path.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match("./"))
        .then((shell) => shell || fetch(request)),
    );
    return;
  }
  const path = new URL(request.url).pathname;
  const inBundle = PRECACHE.some((p) => p !== "./" && path.endsWith(`/${p}`));
  if (path.endsWith(".json") && !inBundle) {
    event.respondWith(corpusFile(request, /\/stories\/[^/]+\.json$/.test(path)));
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});

/** A corpus file: a shard from the cache when there, an index from the network when online. */
async function corpusFile(request, isShard) {
  const cache = await caches.open(CORPUS);
  if (isShard) {
    const hit = await cache.match(request);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw offline;
  }
}
