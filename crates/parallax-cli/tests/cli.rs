//! The `parallax` binary, run as a user would: error handling, exit codes, and
//! the offset invariant `text == chars[start..end]` of the decoded file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_parallax");

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("parent dir");
    }
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("run parallax")
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Check `text == chars[start..end]` for every mention line against the files in `dir`.
fn assert_offsets(dir: &Path, mentions: &[serde_json::Value]) {
    assert!(!mentions.is_empty(), "no mentions to check");
    for m in mentions {
        let doc = m["doc"].as_str().expect("doc");
        let bytes = std::fs::read(dir.join(doc)).expect("fixture");
        let chars: Vec<char> = parallax_core::decode::decode(&bytes).chars().collect();
        let (start, end) = (
            m["start"].as_u64().expect("start") as usize,
            m["end"].as_u64().expect("end") as usize,
        );
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(
            slice,
            m["text"].as_str().expect("text"),
            "{doc} {start}..{end}"
        );
        for key in ["label", "entity", "confidence", "source"] {
            assert!(!m[key].is_null(), "{doc}: {key} missing in {m}");
        }
    }
}

#[test]
fn entities_offsets_are_char_offsets_of_the_decoded_text() {
    let dir = scratch("offsets");
    // Multi-byte UTF-8 before the names, a BOM, CRLF, and Windows-1252 bytes.
    write(
        &dir,
        "utf8.txt",
        "\u{feff}Zürich’s “talks” — 🙂 résumé\r\n\r\nDefense Secretary Lloyd Austin visited Kerman in Iran on Thursday.\r\n"
            .as_bytes(),
    );
    write(
        &dir,
        "latin1.txt",
        b"Caf\xe9 na\xefve \x93quote\x94\nPresident Vladimir Putin spoke in Moscow on Friday.\n",
    );
    let out = run(&["entities", dir.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mentions = lines(&out);
    assert_offsets(&dir, &mentions);
    // Both files yield mentions after the multi-byte and Windows-1252 prefixes
    // (which names exactly is the pipeline's business, not the command line's).
    for doc in ["utf8.txt", "latin1.txt"] {
        assert!(
            mentions
                .iter()
                .any(|m| m["doc"] == doc && m["start"].as_u64() > Some(10)),
            "no mention in {doc}"
        );
    }
}

#[test]
fn entities_on_the_seeds_keep_the_invariant() {
    let out = run(&["entities", seeds().to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    assert_offsets(&seeds(), &lines(&out));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = scratch("errors");
    let good = write(
        &dir,
        "good.txt",
        b"Defense Secretary Lloyd Austin visited Kerman on Thursday.\n",
    );
    let binary = write(&dir, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let empty_dir = dir.join("empty");
    std::fs::create_dir_all(&empty_dir).expect("empty dir");
    write(&empty_dir, "notes.md", b"not a txt file");
    let missing = dir.join("missing.txt");
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    let out = run(&[
        "entities",
        &path(&missing),
        &path(&empty_dir),
        &path(&binary),
        &path(&good),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 3, "one line per bad input: {stderr}");
    assert!(
        errors[0].contains(&path(&missing)) && errors[0].contains("no such file"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains(&path(&empty_dir)) && errors[1].contains("no .txt files"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].contains(&path(&binary)) && errors[2].contains("not a text file"),
        "{}",
        errors[2]
    );
    // The good file was still processed.
    let mentions = lines(&out);
    assert!(
        mentions.iter().any(|m| m["doc"] == "good.txt"),
        "good.txt not processed"
    );
}

#[test]
fn folders_are_read_non_recursively_unless_asked() {
    let dir = scratch("recursive");
    write(
        &dir,
        "top.txt",
        b"President Vladimir Putin spoke in Moscow on Friday.\n",
    );
    write(
        &dir,
        "sub/deep.txt",
        b"Defense Secretary Lloyd Austin visited Kerman on Thursday.\n",
    );
    write(&dir, "skip.md", b"Angela Merkel in Berlin.\n");
    let d = dir.to_str().expect("utf-8 path");
    let docs = |out: &Output| {
        let mut v: Vec<String> = lines(out)
            .iter()
            .filter_map(|m| m["doc"].as_str().map(String::from))
            .collect();
        v.dedup();
        v
    };
    assert_eq!(docs(&run(&["entities", d])), ["top.txt"]);
    assert_eq!(docs(&run(&["entities", "-r", d])), ["deep.txt", "top.txt"]);
}

#[test]
fn analyze_writes_the_corpus_with_char_offsets() {
    let dir = scratch("analyze");
    let file = dir.join("out.json");
    let out = run(&[
        "analyze",
        seeds().to_str().expect("utf-8 path"),
        "--out",
        file.to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("output file")).expect("valid JSON");
    assert_eq!(json["schema"], "parallax-analysis/1");
    let docs = json["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 5);
    assert!(!json["entities"].as_array().expect("entities").is_empty());
    for doc in docs {
        let chars: Vec<char> = doc["text"].as_str().expect("text").chars().collect();
        let mut spans: Vec<&serde_json::Value> = Vec::new();
        spans.extend(doc["mentions"].as_array().expect("mentions"));
        spans.extend(doc["boilerplate"].as_array().expect("boilerplate"));
        spans.extend(doc["authors"].as_array().expect("authors"));
        spans.extend(doc.get("title").filter(|t| !t.is_null()));
        assert!(!spans.is_empty());
        for s in spans {
            let (start, end) = (
                s["start"].as_u64().expect("start") as usize,
                s["end"].as_u64().expect("end") as usize,
            );
            assert_eq!(
                chars[start..end].iter().collect::<String>(),
                s["text"].as_str().expect("text")
            );
        }
    }
    // An output file that cannot be written is an error naming it.
    let bad = dir.join("no-such-dir").join("out.json");
    let out = run(&[
        "analyze",
        seeds().to_str().expect("utf-8 path"),
        "--out",
        bad.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-dir"));
}

#[test]
fn eval_scores_the_seeds() {
    let gold =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/seeds-gold.jsonl");
    if !gold.exists() {
        eprintln!("skipping: {} not found", gold.display());
        return;
    }
    let out = run(&[
        "eval",
        gold.to_str().expect("utf-8 path"),
        seeds().to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("micro3"), "{stdout}");
    let out = run(&[
        "eval",
        "--json",
        gold.to_str().expect("utf-8 path"),
        seeds().to_str().expect("utf-8 path"),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON scores");
    assert!(json["documents"]["micro"]["tp"].as_u64().expect("tp") > 0);
}

#[test]
fn eval_scores_a_conll_file_by_exact_mentions() {
    let dir = scratch("conll");
    let conll = write(
        &dir,
        "mini.conll",
        b"-DOCSTART- -X- -X- O\n\nPresident NNP B-NP O\nVladimir NNP I-NP B-PER\nPutin NNP I-NP I-PER\nspoke VBD B-VP O\nin IN B-PP O\nMoscow NNP B-NP B-LOC\n. . O O\n",
    );
    let out = run(&["eval", conll.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("exact mentions: mini.conll"), "{stdout}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &[][..],
        &["frobnicate", "x"],
        &["entities"],
        &["entities", "--bogus", "x"],
        &["eval"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("usage"),
            "{args:?}"
        );
    }
    assert!(run(&["--help"]).status.success());
}

#[test]
fn standard_input_is_a_document() {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(["entities", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn parallax");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("Zürich: President Vladimir Putin spoke in Moscow on Friday.".as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let mentions = lines(&out);
    assert!(!mentions.is_empty() && mentions.iter().all(|m| m["doc"] == "stdin"));
}
