// A static server that behaves like GitHub Pages for a project site: the bundle
// lives under /parallax/, and a missing path gets 404.html with status 404.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const BASE = "/parallax/";
const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

async function file(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server on a free loopback port, serving `dist` (the bundle in dist/
 * unless another is given); resolves to { url, close }. `mounts` maps a folder
 * name under the base (`"corpus/"`) to a folder on disk served there, read at
 * request time (a test may fill it in its own `before`).
 */
export async function startServer(dist = DIST, mounts = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(BASE)) {
      res.writeHead(302, { location: BASE }).end();
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(BASE.length)) || "index.html";
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, "");
    const mount = Object.keys(mounts).find((m) => rel.startsWith(m));
    const body = await file(mount ? join(mounts[mount], rel.slice(mount.length)) : join(dist, rel));
    if (body) {
      res.writeHead(200, {
        "content-type": TYPES[extname(rel)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(body);
      return;
    }
    const notFound = await file(join(dist, "404.html"));
    res.writeHead(404, { "content-type": TYPES[".html"] });
    res.end(notFound ?? "not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
