// What the first visit downloads: raw, gzip (level 9) and brotli (quality 11)
// bytes of every file in a bundle, and which of them the service worker
// precaches (read from the bundle's sw.js, which is itself fetched too). Node's
// zlib has brotli, so this does not depend on Python's optional `brotli` module.
//   node scripts/bench-payload.mjs [dist]   # one JSON line on stdout
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

const files = [...walk(root)].map((p) => {
  const data = readFileSync(p);
  return {
    file: relative(root, p).split("\\").join("/"),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
});

// sw.js lists its precache as `const PRECACHE = ["a", "b", …];` ("./" is index.html).
let precache = [];
try {
  const sw = readFileSync(join(root, "sw.js"), "utf8");
  const list = /const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)?.[1];
  precache = list ? JSON.parse(list).map((u) => (u === "./" ? "index.html" : u)) : [];
} catch {
  // No service worker: the first load is then every file but 404.html.
}
const firstLoad = new Set(
  precache.length ? [...precache, "sw.js"] : files.map((f) => f.file).filter((f) => f !== "404.html"),
);
for (const f of files) f.first_load = firstLoad.has(f.file);
const sum = (rows) =>
  rows.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
console.log(
  JSON.stringify({
    part: "payload",
    files,
    total: sum(files),
    first_load: sum(files.filter((f) => f.first_load)),
    precached: precache.length,
  }),
);
