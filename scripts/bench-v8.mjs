// Times a helper's answers in Node (see bench-v8.sh): the first ARTICLES lines of a
// JSONL file ({title, text}) in requests of about 50 KB of text, as the engine
// worker sends them (CHUNK_BYTES); one untimed pass first, so V8 has compiled the hot code, then RUNS timed ones.
// Prints one JSON line: the answers' total length (the same for the same engine
// output) and the passes' times in ms.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [glue, jsonl, articles = "1000", runs = "5"] = process.argv.slice(2);
const { answer } = createRequire(import.meta.url)(path.resolve(glue));
const texts = fs
  .readFileSync(jsonl, "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(0, Number(articles))
  .map((line, i) => {
    const a = JSON.parse(line);
    return { id: `a${i}`, text: `${a.title ?? ""}\n\n${a.text ?? ""}` };
  });
const requests = [];
let batch = [];
let size = 0;
for (const a of [...texts, null]) {
  if (a) {
    batch.push(a);
    size += a.text.length;
  }
  if (batch.length > 0 && (a === null || size >= 50_000)) {
    requests.push(JSON.stringify({ extract: { job: 1, chunk: requests.length, articles: batch } }));
    batch = [];
    size = 0;
  }
}
const pass = () => requests.reduce((n, r) => n + answer(r), 0);
const bytes = pass();
if (bytes === 0) throw new Error("no answer: is this the v8_speed glue?");
const times = [];
for (let r = 0; r < Number(runs); r++) {
  const t = performance.now();
  if (pass() !== bytes) throw new Error("the answers changed between passes");
  times.push(Math.round(performance.now() - t));
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ articles: texts.length, answer_bytes: bytes, median_ms: sorted[sorted.length >> 1], min_ms: sorted[0], times_ms: times }));
