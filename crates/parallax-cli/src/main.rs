//! `parallax`: the command line over the Parallax engine.
//!
//! ```text
//! parallax entities [-r] PATH...               one JSON object per mention per line
//! parallax analyze  [-r] [--out FILE] PATH...  the whole corpus analysis as JSON
//! parallax eval     [-r] [--json] GOLD.jsonl PATH...
//! parallax publish  [-r] OUT PATH...             a static corpus: index + one shard per story
//! ```
//!
//! A PATH is a file, `-` for standard input, or a folder. `entities` and
//! `analyze` read files as the app imports them (`parallax_core::import`, see
//! [`input`]): `.txt`, `.md`/`.markdown`, `.html`/`.htm`/`.xhtml` and saved
//! web archives `.mhtml`/`.mht` (the article found in the page), `.json` (a Parallax
//! export, a list of articles or one article) and `.jsonl`/`.ndjson` (one
//! article a line), with the app's document ids (the file name; the ids a JSON
//! file holds). A folder stands for its files with those extensions, read in
//! name order (not its sub-folders, unless `-r`/`--recursive` is given); a file
//! named on the command line with any other extension, and standard input, are
//! read as plain text, as the app reads such a file. `eval` reads a folder's
//! `.txt` files as text. Offsets in the output count Unicode scalar values of
//! the document's text: for a `.txt` file, the decoded file; for the other
//! formats, the text the import made (`analyze` prints it). A bad input (a
//! missing path, a folder without such files, an unreadable file, one the app
//! refuses: binary, empty, too large, JSON that is not Parallax's, a broken
//! `.jsonl` line) gets a one-line error on stderr naming the path (for the
//! files the app refuses, the app's sentence); the other inputs are still
//! processed and the exit status is 1. Usage errors exit with 2.

mod conll;
mod input;

use input::{import_all, read_all, InputError};
use parallax_core::eval::{predictions, score, GoldItem};
use parallax_core::export::json;
use parallax_core::{analyze, Document};
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  parallax entities [-r] PATH...               one JSON object per mention per line
  parallax analyze  [-r] [--out FILE] PATH...  whole corpus analysis as JSON
  parallax eval     [-r] [--json] GOLD.jsonl PATH...
                                               precision/recall/F1 against a gold file
                                               (a CoNLL file as PATH or GOLD: exact mentions)
  parallax publish  [-r] OUT PATH...             write the corpus into folder OUT as index.json
                                               and one shard per story (docs/publish-format.md)
PATH is a file, - (standard input) or a folder (-r, --recursive: include sub-folders).
entities, analyze and publish read files as the app imports them: .txt, .md, .markdown, .html,
.htm, .xhtml, .mhtml, .mht (saved web pages: the article is read, the rest of the page
is kept as boilerplate), .json (a Parallax export or articles), .jsonl, .ndjson (one
article a line).
A folder stands for its files with those extensions, in name order; a file named here
with another extension, and standard input, are read as plain text. Document ids are
the app's: the file name, or the ids a .json/.jsonl file holds; a repeated id gets -2.
A file the app refuses (binary, empty, over 20 MB, not a Parallax export, a bad .jsonl
line) is reported on stderr in one line naming it; the rest are analysed (exit 1).
With -r each folder is read once: a link back to one already read is reported (exit 1).
eval reads a folder's .txt files.
Offsets are Unicode scalar (char) offsets into each document's text (for a .txt file
the decoded file; analyze prints every document's text).";

/// Parsed command line.
#[derive(Debug, Default)]
struct Args {
    command: String,
    paths: Vec<PathBuf>,
    recursive: bool,
    out: Option<PathBuf>,
    json: bool,
    pretty: bool,
}

fn parse_args(raw: Vec<String>) -> Result<Args, String> {
    let mut args = Args::default();
    let mut it = raw.into_iter();
    args.command = it.next().ok_or_else(|| "no command given".to_string())?;
    let mut only_paths = false;
    while let Some(a) = it.next() {
        if only_paths || !a.starts_with('-') || a == "-" {
            args.paths.push(PathBuf::from(a));
            continue;
        }
        match a.as_str() {
            "--" => only_paths = true,
            "-r" | "--recursive" => args.recursive = true,
            "--json" if args.command == "eval" => args.json = true,
            "--pretty" if args.command == "analyze" => args.pretty = true,
            "--out" | "-o" if args.command == "analyze" => {
                let file = it.next().ok_or_else(|| format!("{a} needs a file name"))?;
                args.out = Some(PathBuf::from(file));
            }
            _ => match a.strip_prefix("--out=") {
                Some(file) if args.command == "analyze" => args.out = Some(PathBuf::from(file)),
                _ => return Err(format!("unknown option {a} for {}", args.command)),
            },
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    match raw.first().map(String::as_str) {
        None => return usage_error("no command given"),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("-V" | "--version") => {
            println!("parallax {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let args = match parse_args(raw) {
        Ok(a) => a,
        Err(e) => return usage_error(&e),
    };
    let result = match args.command.as_str() {
        "entities" | "analyze" if args.paths.is_empty() => return usage_error("no PATH given"),
        "publish" if args.paths.len() < 2 => {
            return usage_error("publish needs a folder OUT and at least one PATH")
        }
        "publish" => publish_cmd(&args),
        "entities" => entities(&args),
        "analyze" => analyze_cmd(&args),
        "eval" if args.paths.is_empty() => {
            return usage_error("eval needs GOLD.jsonl and at least one PATH (or a CoNLL file)")
        }
        "eval" => eval(&args),
        other => return usage_error(&format!("unknown command {other:?}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("parallax: {msg}\n{USAGE}");
    ExitCode::from(2)
}

/// Import every input as the app does, reporting problems as they come (the
/// `--out` file is left out of folders). Returns the documents, their paths,
/// and whether every input was fine.
fn load(args: &Args) -> (Vec<Document>, Vec<String>, bool) {
    let mut ok = true;
    let mut report = |e: InputError| {
        ok = false;
        eprintln!("parallax: {e}");
    };
    let skip = args.out.as_deref().and_then(|p| p.canonicalize().ok());
    let imported = import_all(&args.paths, args.recursive, skip.as_deref(), &mut report);
    let (docs, paths) = imported
        .into_iter()
        .map(|i| (i.doc, i.path.display().to_string()))
        .unzip();
    (docs, paths, ok)
}

/// `parallax entities`: one JSON line per mention.
fn entities(args: &Args) -> io::Result<bool> {
    let (docs, _, ok) = load(args);
    let analysis = analyze(docs);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for d in 0..analysis.documents.len() {
        for line in json::mention_lines(&analysis, d) {
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(ok)
}

/// `parallax analyze`: the whole analysis as one JSON document.
fn analyze_cmd(args: &Args) -> io::Result<bool> {
    let (docs, paths, ok) = load(args);
    let analysis = analyze(docs);
    // The comparison (matrix, similarity, claims, timeline, quotes) sits beside
    // documents and entities, with char offsets like the rest of the output.
    let value = json::analysis_export(&analysis, &parallax_core::compare(&analysis), Some(&paths));
    let write = |w: &mut dyn Write| -> io::Result<()> {
        let mut w = BufWriter::new(w);
        if args.pretty {
            serde_json::to_writer_pretty(&mut w, &value)?;
        } else {
            serde_json::to_writer(&mut w, &value)?;
        }
        w.write_all(b"\n")?;
        w.flush()
    };
    match &args.out {
        Some(file) => {
            let result = std::fs::File::create(file).and_then(|mut f| write(&mut f));
            if let Err(e) = result {
                return Err(io::Error::new(
                    e.kind(),
                    format!("{}: cannot write: {e}", file.display()),
                ));
            }
        }
        None => write(&mut io::stdout().lock())?,
    }
    Ok(ok)
}

/// `parallax publish OUT PATH...`: the corpus as a static folder the page opens
/// with `?corpus=URL`. Shards of an earlier publication in `stories/` are
/// removed first, so the folder holds exactly what the index names.
fn publish_cmd(args: &Args) -> io::Result<bool> {
    let Some((out, inputs)) = args.paths.split_first() else {
        return Ok(false);
    };
    let load_args = Args {
        paths: inputs.to_vec(),
        recursive: args.recursive,
        out: Some(out.clone()),
        ..Args::default()
    };
    let (docs, _, ok) = load(&load_args);
    let stale = out.join("stories");
    if stale.is_dir() {
        for entry in std::fs::read_dir(&stale)?.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json") {
                std::fs::remove_file(&path)?;
            }
        }
    }
    let index =
        parallax_core::publish::publish(docs, &mut parallax_core::publish::Folder(out.clone()))?;
    let bytes: usize = index.stories.iter().map(|s| s.bytes).sum();
    eprintln!(
        "parallax: published {} articles in {} stories to {} ({} bytes of shards, largest {})",
        index.articles,
        index.stories.len(),
        out.display(),
        bytes,
        index.stories.iter().map(|s| s.bytes).max().unwrap_or(0)
    );
    Ok(ok)
}

/// Read a gold JSONL file; bad lines are reported and skipped.
fn read_gold(path: &std::path::Path, text: &str, ok: &mut bool) -> Vec<GoldItem> {
    let mut gold = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<GoldItem>(line) {
            Ok(item) => gold.push(item),
            Err(e) => {
                *ok = false;
                eprintln!(
                    "parallax: {}:{}: not a gold item: {e}",
                    path.display(),
                    n + 1
                );
            }
        }
    }
    gold
}

/// `parallax eval`: document-level scores against a gold file, and exact-mention
/// scores for CoNLL files.
fn eval(args: &Args) -> io::Result<bool> {
    let mut ok = true;
    let gold_path = &args.paths[0];
    let report = |e: InputError| {
        eprintln!("parallax: {e}");
    };
    let gold_input = match input::read(gold_path) {
        Ok(i) => i,
        Err(e) => {
            report(e);
            return Ok(false);
        }
    };
    let gold_text = parallax_core::decode::decode(&gold_input.bytes);
    let mut conll_files: Vec<(String, String)> = Vec::new();
    let mut gold = Vec::new();
    if conll::looks_conll(&gold_text) {
        conll_files.push((gold_input.id.clone(), gold_text));
    } else {
        gold = read_gold(gold_path, &gold_text, &mut ok);
    }
    let mut failed = false;
    let inputs = read_all(&args.paths[1..], args.recursive, &mut |e| {
        failed = true;
        eprintln!("parallax: {e}");
    });
    ok &= !failed;
    let mut docs = Vec::new();
    for i in inputs {
        let text = parallax_core::decode::decode(&i.bytes);
        if conll::looks_conll(&text) {
            conll_files.push((i.id, text));
        } else {
            docs.push(Document::parse(i.id, &i.bytes));
        }
    }

    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut json = serde_json::Map::new();
    if !docs.is_empty() {
        if gold.is_empty() {
            eprintln!(
                "parallax: {}: no gold items to score documents against",
                gold_path.display()
            );
            ok = false;
        }
        let ids: std::collections::BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let gold: Vec<GoldItem> = gold
            .into_iter()
            .filter(|g| ids.contains(g.doc.as_str()))
            .collect();
        let missing: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| !gold.iter().any(|g| g.doc == *id))
            .collect();
        for id in &missing {
            eprintln!("parallax: {id}: no gold items for this document (scored as having none)");
        }
        let predicted: Vec<_> = docs
            .iter()
            .flat_map(|d| predictions(d, &parallax_core::extract(d)))
            .collect();
        let scores = score(&gold, &predicted);
        if args.json {
            json.insert(
                "documents".into(),
                serde_json::to_value(&scores).map_err(io::Error::other)?,
            );
        } else {
            writeln!(
                out,
                "document level: {} documents, gold {}",
                docs.len(),
                gold_path.display()
            )?;
            writeln!(out, "{}", scores.table())?;
        }
    }
    for (name, text) in &conll_files {
        let scores = conll::evaluate(name, text);
        if args.json {
            json.insert(
                format!("conll:{name}"),
                serde_json::to_value(&scores).map_err(io::Error::other)?,
            );
        } else {
            writeln!(
                out,
                "exact mentions: {name} ({} documents, {} tokens)",
                scores.documents, scores.tokens
            )?;
            writeln!(out, "{}", scores.table())?;
        }
    }
    if args.json {
        serde_json::to_writer_pretty(&mut out, &json).map_err(io::Error::other)?;
        writeln!(out)?;
    }
    if docs.is_empty() && conll_files.is_empty() {
        eprintln!("parallax: nothing to evaluate");
        ok = false;
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_parsing() {
        let a = |v: &[&str]| parse_args(v.iter().map(|s| s.to_string()).collect());
        let args = a(&["analyze", "x", "--out", "o.json", "-r", "--", "-weird"]).expect("parses");
        assert_eq!(args.paths, [PathBuf::from("x"), PathBuf::from("-weird")]);
        assert_eq!(args.out, Some(PathBuf::from("o.json")));
        assert!(args.recursive);
        assert!(a(&["entities", "--out", "o"]).is_err());
        assert!(a(&["analyze", "--out"]).is_err());
        assert_eq!(
            a(&["analyze", "--out=f.json", "p"]).expect("parses").out,
            Some(PathBuf::from("f.json"))
        );
    }
}
