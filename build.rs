//! Bundles every `.txt` file in `seeds/` into the app at build time, with the
//! worker's answer to them.
//!
//! Generates `$OUT_DIR/seeds.rs`: `SEEDS`, one `(file name, bytes)` entry per file,
//! sorted by name (adding a file to `seeds/` and rebuilding adds it; no code edit),
//! and `ANSWER`, the analysis messages the engine's worker posts when it starts
//! with those articles alone (`parallax_worker::start_answer`, run here natively),
//! so a first visit shows them before the worker has loaded.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    println!("cargo:rerun-if-changed={}", seeds.display());
    let mut names: Vec<String> = std::fs::read_dir(&seeds)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut out =
        String::from("/// Every `.txt` file in `seeds/`, as (file name, bytes), sorted by name.\n");
    out.push_str("pub static SEEDS: &[(&str, &[u8])] = &[\n");
    let mut articles = Vec::new();
    for name in &names {
        let path = seeds.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({name:?}, include_bytes!({:?})),",
            path.display().to_string()
        );
        match std::fs::read(&path) {
            Ok(bytes) => articles.push(parallax_worker::bundled_article(name, &bytes)),
            Err(e) => panic!("cannot read {}: {e}", path.display()),
        }
    }
    out.push_str("];\n");
    out.push_str(
        "/// The worker's analysis messages for `SEEDS` alone (`parallax_worker::start_answer`).\n",
    );
    out.push_str("pub static ANSWER: &[&str] = &[\n");
    for message in parallax_worker::start_answer(articles) {
        let _ = writeln!(out, "    {message:?},");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("seeds.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
