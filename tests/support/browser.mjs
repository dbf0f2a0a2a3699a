// Launches Debian's Chromium through playwright-core and saves screenshots.
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));

/** Headless Debian Chromium with the flags this machine's closed network needs; `extraArgs` add to them. */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** Saves a full-page screenshot as tests/artifacts/NAME.png. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/**
 * Collects page errors (a panic in WASM shows up here) and console errors. The 404
 * status of a deep link is expected: GitHub Pages answers it with 404.html.
 */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 404/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** The text of the article body as a reader sees it, without the type tags on marks. */
export function articleText(page) {
  return page.locator(".px-article__body").evaluate((body) => {
    const copy = body.cloneNode(true);
    copy.querySelectorAll(".px-mark__tag, .px-visually-hidden, .px-pop").forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, " ");
  });
}
