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
    write(&empty_dir, "notes.csv", b"not a file the app imports");
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
        errors[1].contains(&path(&empty_dir))
            && errors[1].contains("no .txt, .md, .html, .htm, .mhtml, .mht, .json or .jsonl files"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2]
            == format!(
                "parallax: {} looks like a binary file (PNG image), not text",
                path(&binary)
            ),
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
    write(&dir, "skip.csv", b"Angela Merkel in Berlin.\n");
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
    assert!(gold.exists(), "{} must exist", gold.display());
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

/// Run `parallax analyze` on `args` into `dir/name`; the output and the JSON.
fn analyze_into(dir: &Path, name: &str, args: &[&str]) -> (Output, serde_json::Value) {
    let file = dir.join(name);
    let mut all = vec!["analyze", "--out", file.to_str().expect("utf-8 path")];
    all.extend_from_slice(args);
    let out = run(&all);
    let json =
        serde_json::from_slice(&std::fs::read(&file).expect("output file")).expect("valid JSON");
    (out, json)
}

fn ids(json: &serde_json::Value) -> Vec<String> {
    json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect()
}

fn doc<'a>(json: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id}"))
}

/// What the app's import makes of `files` in one batch: each file through
/// `import_file`, in order, and the documents' ids and texts.
fn app_documents(files: &[(&str, &[u8])]) -> Vec<(String, String)> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (name, bytes) in files {
        for mut article in parallax_core::import::import_file(name, bytes).expect("imports") {
            // The worker's rule for a repeated id within an import.
            let base = article.id.clone();
            let mut n = 2;
            while taken.contains(&article.id) {
                article.id = format!("{base}-{n}");
                n += 1;
            }
            taken.push(article.id.clone());
            out.push((article.id.clone(), article.to_document().text));
        }
    }
    out
}

const HTML_PAGE: &[u8] = br#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bridge opens in Aarhus</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<script>var tracker = "Robert Smith";</script><style>p { color: red }</style>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><p>Mayor Clara Jensen opened the new bridge in Aarhus on Tuesday.</p>
<p>Engineers from Nordic Steel built it over two years, the council said.</p></article>
</body></html>
"#;

#[test]
fn a_folder_of_every_format_is_imported_as_the_app_imports_it() {
    let dir = scratch("formats");
    let files: [(&str, &[u8]); 5] = [
        // Windows-1252 bytes: the encoding is still reported.
        (
            "a.txt",
            b"Mayor Clara Jensen cut the ribbon by the caf\xe9 in Aarhus on Tuesday.\n",
        ),
        ("b.html", HTML_PAGE),
        (
            "c.md",
            b"# Ferry strike ends\n\nThe union said on **Friday** that ferry crews in Bergen would return to work.\n",
        ),
        (
            "d.jsonl",
            b"{\"id\":\"a.txt\",\"title\":\"Copy\",\"text\":\"A copy of the bridge story from Aarhus.\"}\n\n{\"text\":\"Rain delayed the regatta in Kiel on Sunday.\"}\n",
        ),
        (
            "e.json",
            br#"{"schema":"parallax-analysis/1","documents":[
                {"id":"old-1.txt","path":"x/old-1.txt","title":{"start":0,"end":12,"text":"Harbour fire"},
                 "outlet":null,"date":{"start":0,"end":10,"text":"2024-02-03","year":2024,"month":2,"day":3},
                 "text":"Harbour fire\n\nA fire broke out at the harbour in Gdansk, firefighter Ola Nowak said."}],
                "entities":[]}"#,
        ),
    ];
    for (name, bytes) in files {
        write(&dir, name, bytes);
    }
    write(
        &dir,
        "f.csv",
        b"Not imported: a folder takes what the app imports.\n",
    );
    write(&dir, "sub/g.txt", b"Not read without -r.\n");
    let d = dir.to_str().expect("utf-8 path");
    let out_dir = scratch("formats-out");
    let (out, json) = analyze_into(&out_dir, "out.json", &[d]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The app's documents, ids and texts, in name order.
    let want = app_documents(&files);
    let got: Vec<(String, String)> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let text = d["text"].as_str().expect("text").to_string();
            (d["id"].as_str().expect("id").to_string(), text)
        })
        .collect();
    assert_eq!(got, want);
    assert_eq!(
        ids(&json),
        [
            "a.txt",
            "b.html",
            "c.md",
            "a.txt-2",
            "d.jsonl#3",
            "old-1.txt"
        ]
    );

    // Title, outlet and date from the page's <title> and <meta>; none of its script or menu.
    let page = doc(&json, "b.html");
    assert_eq!(page["title"]["text"], "Bridge opens in Aarhus");
    assert_eq!(page["outlet"]["text"], "The Harbour Gazette");
    assert_eq!(
        (
            &page["date"]["year"],
            &page["date"]["month"],
            &page["date"]["day"]
        ),
        (&2024.into(), &5.into(), &14.into())
    );
    let text = page["text"].as_str().expect("text");
    assert!(text.contains("Mayor Clara Jensen opened the new bridge"));
    for absent in ["tracker", "Robert Smith", "color"] {
        assert!(!text.contains(absent), "{absent} in {text:?}");
    }
    // The menu stays in the text, marked as navigation and out of the body.
    let home = text
        .find("Home")
        .map(|b| text[..b].chars().count())
        .expect("menu kept");
    let marked = page["boilerplate"]
        .as_array()
        .expect("boilerplate")
        .iter()
        .any(|b| {
            b["kind"] == "navigation"
                && b["start"].as_u64().is_some_and(|s| s as usize <= home)
                && b["end"].as_u64().is_some_and(|e| e as usize > home)
        });
    assert!(marked, "{}", page["boilerplate"]);
    assert_eq!(doc(&json, "c.md")["title"]["text"], "Ferry strike ends");
    assert!(!doc(&json, "c.md")["text"]
        .as_str()
        .expect("text")
        .contains("**"));
    assert_eq!(doc(&json, "old-1.txt")["title"]["text"], "Harbour fire");
    assert_eq!(doc(&json, "old-1.txt")["date"]["month"], 2);
    assert_eq!(doc(&json, "a.txt")["encoding"], "windows1252");
    assert_eq!(doc(&json, "d.jsonl#3")["encoding"], "utf8");
    let paths: Vec<&str> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["path"].as_str().expect("path"))
        .collect();
    assert!(paths[3].ends_with("d.jsonl") && paths[4].ends_with("d.jsonl"));

    // `entities` gives the same ids, offsets into the same texts.
    let out = run(&["entities", d]);
    assert!(out.status.success());
    let mentions = lines(&out);
    for id in ["a.txt", "b.html", "c.md", "d.jsonl#3", "old-1.txt"] {
        assert!(
            mentions.iter().any(|m| m["doc"] == id),
            "no mention in {id}"
        );
    }
    for m in &mentions {
        let text = doc(&json, m["doc"].as_str().expect("doc"))["text"]
            .as_str()
            .expect("text");
        let chars: Vec<char> = text.chars().collect();
        let (start, end) = (
            m["start"].as_u64().expect("start") as usize,
            m["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(chars[start..end].iter().collect::<String>(), m["text"]);
    }

    // With -r the sub-folder's file comes after the folder's own files.
    let (_, json) = analyze_into(&out_dir, "deep.json", &["-r", d]);
    assert_eq!(ids(&json).last().map(String::as_str), Some("g.txt"));
}

#[test]
fn files_the_app_refuses_get_its_sentence_and_the_rest_are_analysed() {
    let dir = scratch("refused");
    let good: &[u8] = b"Mayor Clara Jensen opened the new bridge in Aarhus on Tuesday.\n";
    let cases: [(&str, &[u8], &str); 6] = [
        (
            "broken.jsonl",
            b"{\"text\":\"Rain delayed the regatta in Kiel.\"}\n{\"text\": oops\n",
            "Line 2 of {} is not an article: it is not valid JSON",
        ),
        (
            "empty.md",
            b" \n\n",
            "{} is empty: there is no text to import",
        ),
        (
            "foo.json",
            br#"{"foo":1}"#,
            "{} is not a Parallax export: expected an analysis export or a list of articles with a \"text\" field",
        ),
        (
            "invalid.json",
            b"{\"text\":\n oops}",
            "{} is not valid JSON (the error is at line 2, column 2)",
        ),
        (
            "nul.txt",
            b"text\0with\0NUL bytes",
            "{} looks like a binary file, not text",
        ),
        (
            "photo.html",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "{} looks like a binary file (PNG image), not text",
        ),
    ];
    for (name, bytes, _) in &cases {
        write(&dir, name, bytes);
    }
    write(&dir, "good.txt", good);
    // Refused from its size, before it is read (a sparse file: nothing is written).
    let big = dir.join("big.txt");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(25_000_000))
        .expect("sparse file");

    let d = dir.to_str().expect("utf-8 path");
    for command in ["entities", "analyze"] {
        let out = run(&[command, d]);
        assert_eq!(out.status.code(), Some(1), "{command}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let got: Vec<&str> = stderr.lines().collect();
        let path = |name: &str| dir.join(name).display().to_string();
        let mut want = vec![format!(
            "parallax: {} is too large (25 MB); files up to 20 MB can be imported",
            path("big.txt")
        )];
        for (name, bytes, sentence) in &cases {
            let line = format!("parallax: {}", sentence.replace("{}", &path(name)));
            // The app's own sentence for these bytes.
            let app = parallax_core::import::import_file(name, bytes)
                .expect_err("refused")
                .describe(&path(name));
            assert_eq!(line, format!("parallax: {app}"));
            want.push(line);
        }
        assert_eq!(got, want, "{command}");
        if command == "entities" {
            let mentions = lines(&out);
            assert!(!mentions.is_empty());
            assert!(mentions.iter().all(|m| m["doc"] == "good.txt"));
        } else {
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
            assert_eq!(ids(&json), ["good.txt"]);
        }
    }
}

#[test]
fn a_named_file_of_another_kind_is_text_and_the_output_file_is_not_read_back() {
    let dir = scratch("named");
    let log = write(
        &dir,
        "notes.log",
        b"<p>Mayor Clara Jensen</p> opened the bridge in Aarhus.\n",
    );
    write(&dir, "a.html", HTML_PAGE);
    let out = run(&["analyze", log.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(ids(&json), ["notes.log"]);
    // Plain text: the tags are kept as written.
    assert!(doc(&json, "notes.log")["text"]
        .as_str()
        .expect("text")
        .starts_with("<p>Mayor"));

    // An export written into the folder is not imported by the next run there.
    let d = dir.to_str().expect("utf-8 path");
    for _ in 0..2 {
        let (out, json) = analyze_into(&dir, "out.json", &[d]);
        assert!(out.status.success());
        assert_eq!(ids(&json), ["a.html"]);
    }
}

#[test]
fn every_command_refuses_what_the_app_refuses_and_follows_no_folder_loop() {
    let dir = scratch("input-check");
    let good = "Mayor Clara Jensen opened the new bridge in Aarhus on Tuesday.\n";
    write(&dir, "good.txt", good.as_bytes());
    // UTF-16 without a byte-order mark is text, not "binary".
    let utf16: Vec<u8> = good.encode_utf16().flat_map(u16::to_le_bytes).collect();
    write(&dir, "utf16.txt", &utf16);
    // Bytes that are not text, without a single NUL: random-looking control bytes.
    let noise: Vec<u8> = (0u32..3000)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 % 31 + 1)
        .collect();
    let refused: [(&str, &[u8]); 4] = [
        ("blank.txt", b" \n\t \n"),
        ("bom.txt", b"\xEF\xBB\xBF"),
        ("empty.txt", b""),
        ("noise.txt", &noise),
    ];
    for (name, bytes) in &refused {
        write(&dir, name, bytes);
    }
    let path = |name: &str| dir.join(name).display().to_string();
    // The app's sentence for each refused file, in name order.
    let want: Vec<String> = refused
        .iter()
        .map(|(name, bytes)| {
            let app = parallax_core::import::import_file(name, bytes)
                .expect_err("refused")
                .describe(&path(name));
            format!("parallax: {app}")
        })
        .collect();
    let d = dir.to_str().expect("utf-8 path");

    let (out, json) = analyze_into(&scratch("input-check-out"), "out.json", &[d]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().collect::<Vec<_>>(), want);
    assert_eq!(ids(&json), ["good.txt", "utf16.txt"]);
    assert_eq!(doc(&json, "utf16.txt")["text"], good);

    // eval reads .txt files through the same check.
    let gold = write(
        &scratch("input-check-gold"),
        "gold.jsonl",
        concat!(
            r#"{"doc":"good.txt","text":"Clara Jensen","label":"PERSON"}"#,
            "\n",
            r#"{"doc":"utf16.txt","text":"Clara Jensen","label":"PERSON"}"#
        )
        .as_bytes(),
    );
    let out = run(&["eval", gold.to_str().expect("utf-8 path"), d]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().collect::<Vec<_>>(), want, "eval");

    // A link back up the tree is read once and reported, not followed until the
    // path is too long.
    #[cfg(unix)]
    {
        let tree = scratch("input-check-loop");
        write(&tree, "top.txt", good.as_bytes());
        write(&tree, "sub/deep.txt", good.as_bytes());
        std::os::unix::fs::symlink("..", tree.join("sub/up")).expect("symlink");
        let out = run(&["entities", "-r", tree.to_str().expect("utf-8 path")]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let loop_line = format!(
            "parallax: {}: skipped: a link to a folder already read (a loop, or the same files twice)",
            tree.join("sub/up").display()
        );
        assert_eq!(stderr.lines().collect::<Vec<_>>(), [loop_line.as_str()]);
        let mut docs: Vec<String> = lines(&out)
            .iter()
            .filter_map(|m| m["doc"].as_str().map(String::from))
            .collect();
        docs.dedup();
        assert_eq!(docs, ["deep.txt", "top.txt"]);
    }
}

/// `publish` writes an index naming one shard per story, every shard on disk,
/// and replaces the shards of an earlier publication.
#[test]
fn publish_writes_an_index_and_the_shards_it_names() {
    let out = scratch("publish");
    write(&out, "stories/s0009-old.json", b"{}");
    let seeds = seeds();
    let result = run(&[
        "publish",
        out.to_str().expect("utf-8"),
        seeds.to_str().expect("utf-8"),
    ]);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("index.json")).expect("index written"))
            .expect("index is JSON");
    assert_eq!(index["format"], "parallax-corpus/1");
    let stories = index["stories"].as_array().expect("stories");
    assert!(!stories.is_empty());
    let articles: u64 = stories
        .iter()
        .map(|s| s["articles"].as_u64().expect("count"))
        .sum();
    let on_disk = std::fs::read_dir(&seeds).expect("seeds").count() as u64;
    assert_eq!(articles, on_disk, "every seed article is in one story");
    let mut named: Vec<String> = Vec::new();
    for s in stories {
        let path = s["shard"].as_str().expect("shard path");
        let bytes = std::fs::read(out.join(path)).expect("shard written");
        assert_eq!(bytes.len() as u64, s["bytes"].as_u64().expect("bytes"));
        let shard: serde_json::Value = serde_json::from_slice(&bytes).expect("shard is JSON");
        assert_eq!(shard["format"], "parallax-story/1");
        named.push(path.trim_start_matches("stories/").to_string());
    }
    let mut files: Vec<String> = std::fs::read_dir(out.join("stories"))
        .expect("stories folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    files.sort();
    named.sort();
    assert_eq!(
        files, named,
        "the old shard is gone, every new one is named"
    );
    let usage = run(&["publish", out.to_str().expect("utf-8")]);
    assert_eq!(usage.status.code(), Some(2));
}
