// The BBC corpus as every benchmark script reads it: distinct articles (by title
// and text), headline on the first line, a blank line, then the text, in corpus
// order. Research-only: read where it lies, never written into the repository.
import { readFileSync } from "node:fs";

export function loadBbc(file) {
  const seen = new Set();
  const texts = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    let v;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    const title = v.title ?? "";
    const text = v.text ?? "";
    const key = JSON.stringify([title, text]);
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(`${title}\n\n${text}`);
  }
  return texts;
}

/** Whitespace-separated words, as `Document::word_count` counts them. */
export const wordCount = (texts) =>
  texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

/**
 * The benchmark scripts' command line: the corpus is the first bare argument,
 * and `flag("--name")` is the word after `--name`.
 */
export function commandLine(args) {
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const path = args.find((a) => !a.startsWith("--")) ?? "../shared/data/news/bbc/bbc.jsonl";
  return { path, flag };
}
