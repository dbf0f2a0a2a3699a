// Parallax service worker. Generated per build by scripts/postbuild.py from
// scripts/sw-template.js: do not edit the copy in dist/.
// Precaches the whole bundle so the app works offline after the first load;
// the cache name carries the build's content hash, so a new build replaces it.
const VERSION = "__VERSION__";
const CACHE = `parallax-${VERSION}`;
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
            .filter((key) => key.startsWith("parallax-") && key !== CACHE)
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
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
  );
});
