//! Each crate's modules import one another without a cycle: a newcomer can read the
//! engine bottom up (words and tokens, the gazetteer, the rules, the pipeline, the
//! corpus, the comparison) and a change low down cannot depend on what sits above it.
//!
//! Reads each crate's `src/`: a module is a file (`a/b.rs` or `a/b/mod.rs` is `a::b`;
//! `lib.rs`, or `main.rs` where there is no `lib.rs`, is the crate root); it imports
//! the deepest module a `crate::…` or `super::…` path (or each item of a braced group)
//! names. A module reading its own ancestors is Rust's usual way of sharing a parent's
//! private types and is not counted; test modules and comments are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`["rules", "context"]`, the crate root `[]`) → its source file.
fn modules(src: &Path) -> BTreeMap<Vec<String>, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(src).expect("inside src/");
            let mut parts: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let root_file = match parts.last().map(String::as_str) {
                Some("mod" | "lib") => true,
                Some("main") if parts.len() == 1 => !src.join("lib.rs").exists(),
                _ => false,
            };
            if parts.len() == 1 && parts[0] == "main" && !root_file {
                continue; // a binary beside a library: it uses the library by name
            }
            if root_file {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.insert(parts, text);
        }
    }
    out
}

/// The code of a file without comments and from its first test module on.
fn code(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        out.push_str(line.split("//").next().unwrap_or(""));
        out.push('\n');
    }
    out
}

fn ident(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (&s[..end], &s[end..])
}

/// The paths a piece of code names after `crate::` or `super::`, as written
/// (`super` kept), one per item of a braced group.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (at, root) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        if at > 0
            && code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
        {
            continue; // part of a longer path or word, read from its start
        }
        let mut path = vec![root.trim_end_matches("::").to_string()];
        let mut rest = &code[at + root.len()..];
        loop {
            if let Some(group) = rest.strip_prefix('{') {
                let body = group.split('}').next().unwrap_or("");
                for item in body.split(',') {
                    let mut p = path.clone();
                    for piece in item.trim().split("::") {
                        let (name, _) = ident(piece.trim());
                        if name.is_empty() || name == "self" {
                            break;
                        }
                        p.push(name.to_string());
                    }
                    out.push(p);
                }
                break;
            }
            let (name, after) = ident(rest);
            if name.is_empty() {
                break;
            }
            path.push(name.to_string());
            match after.strip_prefix("::") {
                Some(more) => rest = more,
                None => break,
            }
        }
        out.push(path);
    }
    out
}

/// Module `from` imports: the deepest existing module each path names, but not
/// `from` itself nor one of its ancestors.
fn imports(
    from: &[String],
    code: &str,
    all: &BTreeMap<Vec<String>, String>,
) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    for path in paths(code) {
        let mut base: Vec<String> = Vec::new();
        let mut words = path.iter().peekable();
        if words.peek().is_some_and(|w| *w == "crate") {
            words.next();
        } else {
            base = from.to_vec();
            // In `a/b.rs`, `super` is `a`; each further `super` climbs one more.
            while words.peek().is_some_and(|w| *w == "super") {
                words.next();
                base.pop();
            }
        }
        let mut deepest = None;
        for w in words {
            base.push(w.clone());
            if all.contains_key(&base) {
                deepest = Some(base.clone());
            }
        }
        if let Some(m) = deepest {
            if !from.starts_with(&m) {
                out.insert(m);
            }
        }
    }
    out
}

/// The modules of the crate at `src` on an import cycle, and how many imports it has.
fn cycles(src: &Path) -> (Vec<String>, usize) {
    let all = modules(src);
    let graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = all
        .iter()
        .map(|(m, text)| (m.clone(), imports(m, &code(text), &all)))
        .collect();
    let edges = graph.values().map(BTreeSet::len).sum();
    // A module on a cycle reaches itself; walk from each (a hundred modules at most).
    let mut on_cycle = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&Vec<String>> = graph[start].iter().collect();
        while let Some(m) = todo.pop() {
            if m == start {
                on_cycle.push(start.join("::"));
                break;
            }
            if seen.insert(m) {
                todo.extend(graph.get(m).into_iter().flatten());
            }
        }
    }
    (on_cycle, edges)
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut edges = 0;
    for krate in [
        "crates/parallax-core/src",
        "crates/parallax-ner/src",
        "crates/parallax-worker/src",
        "crates/parallax-cli/src",
        "crates/parallax-train/src",
        "src",
    ] {
        let (on_cycle, n) = cycles(&root.join(krate));
        assert!(
            on_cycle.is_empty(),
            "{krate}: modules on an import cycle: {on_cycle:?}"
        );
        edges += n;
    }
    assert!(edges > 200, "the imports are read ({edges})");
}

/// The reader itself: paths, groups and `super` resolve as the compiler would.
#[test]
fn imports_are_read_as_the_compiler_reads_them() {
    let all: BTreeMap<Vec<String>, String> = [
        vec![],
        vec!["rules".to_string()],
        vec!["rules".to_string(), "sport".to_string()],
        vec!["rules".to_string(), "context".to_string()],
        vec!["words".to_string()],
    ]
    .into_iter()
    .map(|m| (m, String::new()))
    .collect();
    let context = vec!["rules".to_string(), "context".to_string()];
    let code = "use super::sport::{plays, TEAMS};\nuse crate::{words, rules::sport};\nlet x = crate::words::lower(w); // crate::nothing\nuse super::Cand;\n";
    let got = imports(&context, code, &all);
    let want: BTreeSet<Vec<String>> = [
        vec!["rules".to_string(), "sport".to_string()],
        vec!["words".to_string()],
    ]
    .into_iter()
    .collect();
    assert_eq!(got, want);
}
