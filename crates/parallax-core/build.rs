//! Embeds the data files without their comment lines: they document the files for
//! whoever edits them, and the bundle need not carry them (the first line, each file's
//! magic, stays).

use std::{env, fs, io, path::Path};

const FILES: &[&str] = &[
    "aliases.tsv",
    "gazetteer.tsv",
    "first_names.txt",
    "common_words.txt",
];

fn main() -> io::Result<()> {
    let out = env::var_os("OUT_DIR").ok_or_else(|| io::Error::other("OUT_DIR is not set"))?;
    for name in FILES {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src)?;
        let mut kept = String::with_capacity(text.len());
        for (i, line) in text.lines().enumerate() {
            if i == 0 || !(line.starts_with('#') || line.trim().is_empty()) {
                kept.push_str(line);
                kept.push('\n');
            }
        }
        fs::write(Path::new(&out).join(name), kept)?;
    }
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
