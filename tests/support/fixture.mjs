// One server and one browser per test file, closed when the file's tests end.
import { after, before } from "node:test";
import { launch } from "./browser.mjs";
import { startServer } from "./server.mjs";

/** `mounts`: extra folders served under the base (see `startServer`). */
export function useApp(mounts = {}) {
  const app = { url: "", browser: null };
  let server;
  before(async () => {
    server = await startServer(undefined, mounts);
    app.url = server.url;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await server?.close();
  });
  return app;
}

/** The five bundled seed articles, by id, with a sentence from each body. */
export const SEEDS = [
  ["000_470187996c9c87b0", "U.S. Defense Secretary Lloyd Austin warned"],
  ["001_3865350ff5dea67c", null],
  ["002_75bee4fe07456ff4", null],
  ["003_f9f493a80d7dad98", null],
  ["004_81935e7c5571fa78", "ISIS-K, a terrorist group historically active in Afghanistan"],
];
