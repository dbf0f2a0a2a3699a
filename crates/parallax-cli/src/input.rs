//! Finding and reading input files. Every problem becomes a one-line message
//! naming the path; the other inputs are still read.
//!
//! `entities` and `analyze` read files with [`import_all`], through
//! [`parallax_core::import`] as the app's import does: the same readers by
//! extension, the same refusals and messages, the same documents and ids. A
//! folder stands for its files with an extension the app imports
//! ([`Scan::Importable`]); a file named on the command line is read whatever its
//! extension, and one that the app has no reader for is read as plain text,
//! as [`import_file`] reads it in the app. `eval` reads text files as bytes
//! with [`read_all`] (a folder's `.txt` files).

use parallax_core::decode::decode_detailed;
use parallax_core::import::{check_size, check_text, import_file, unique_id, Article, ImportError};
use parallax_core::Document;
use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// One file to analyse.
pub struct Input {
    /// The document id: the file name.
    pub id: String,
    pub bytes: Vec<u8>,
}

/// Why a path could not be used.
#[derive(Debug)]
pub struct InputError {
    pub path: PathBuf,
    pub kind: InputErrorKind,
}

#[derive(Debug)]
#[non_exhaustive]
pub enum InputErrorKind {
    Missing,
    /// A folder without a file of the kind asked for.
    NoFiles(Scan),
    Unreadable(io::Error),
    /// A folder link leading back to a folder already being read (`-r`).
    Loop,
    /// Refused by the import, as the app refuses it.
    Import(ImportError),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            InputErrorKind::Missing => write!(f, "{path}: no such file or folder"),
            InputErrorKind::NoFiles(scan) => write!(f, "{path}: folder has no {}", scan.what()),
            InputErrorKind::Unreadable(e) => write!(f, "{path}: cannot read: {}", one_line(e)),
            InputErrorKind::Loop => write!(
                f,
                "{path}: skipped: a link to a folder already read (a loop, or the same files twice)"
            ),
            InputErrorKind::Import(e) if self.path.as_os_str() == "-" => {
                f.write_str(&e.describe("standard input"))
            }
            InputErrorKind::Import(e) => f.write_str(&e.describe(&path.to_string())),
        }
    }
}

fn one_line(e: &io::Error) -> String {
    e.to_string().replace(['\n', '\r'], " ")
}

/// Which files a folder stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scan {
    /// `.txt` files (`eval`).
    Text,
    /// Files the app imports: `.txt`, `.md`, `.markdown`, `.html`, `.htm`,
    /// `.xhtml`, `.mhtml`, `.mht`, `.json`, `.jsonl`, `.ndjson` (`entities`, `analyze`).
    Importable,
}

impl Scan {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Text => &["txt"],
            Self::Importable => &[
                "txt", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "json", "jsonl",
                "ndjson",
            ],
        }
    }

    fn what(self) -> &'static str {
        match self {
            Self::Text => ".txt files",
            Self::Importable => ".txt, .md, .html, .htm, .mhtml, .mht, .json or .jsonl files",
        }
    }

    /// Whether a folder's file is taken (extension in any case).
    fn takes(self, path: &Path) -> bool {
        path.extension()
            .is_some_and(|e| self.extensions().iter().any(|x| e.eq_ignore_ascii_case(x)))
    }
}

/// The files a path stands for: the file itself, or the files in a folder that
/// `scan` takes (sorted by name; with `recursive`, in its sub-folders too, each
/// folder read once: a link back to a folder already being read is reported
/// through `report` as a loop and skipped), leaving out `skip` (the output
/// file, already canonical).
pub fn expand(
    path: &Path,
    recursive: bool,
    scan: Scan,
    skip: Option<&Path>,
    report: &mut dyn FnMut(InputError),
) -> Result<Vec<PathBuf>, InputError> {
    let err = |kind| InputError {
        path: path.to_path_buf(),
        kind,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(err(InputErrorKind::Missing)),
        Err(e) => return Err(err(InputErrorKind::Unreadable(e))),
    };
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut walk = Walk {
        recursive,
        scan,
        seen: &mut seen,
        report,
    };
    walk.dir(path, &mut files)
        .map_err(|e| err(InputErrorKind::Unreadable(e)))?;
    if let Some(skip) = skip {
        files.retain(|f| {
            f.file_name() != skip.file_name() || f.canonicalize().ok().as_deref() != Some(skip)
        });
    }
    if files.is_empty() {
        return Err(err(InputErrorKind::NoFiles(scan)));
    }
    Ok(files)
}

/// A folder walk: the canonical folders read so far, so a link to a folder
/// above (a loop) is read once instead of until the path is too long.
struct Walk<'a> {
    recursive: bool,
    scan: Scan,
    seen: &'a mut HashSet<PathBuf>,
    report: &'a mut dyn FnMut(InputError),
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
        let canonical = dir.canonicalize()?;
        if !self.seen.insert(canonical) {
            (self.report)(InputError {
                path: dir.to_path_buf(),
                kind: InputErrorKind::Loop,
            });
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                if self.recursive {
                    // A sub-folder that cannot be listed is skipped, not fatal.
                    let _ = self.dir(&path, out);
                }
            } else if self.scan.takes(&path) {
                out.push(path);
            }
        }
        Ok(())
    }
}

/// The file name without its folder: the document id, as a browser names a file.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Read one file as bytes (`eval`).
pub fn read(path: &Path) -> Result<Input, InputError> {
    let err = |kind| InputError {
        path: path.to_path_buf(),
        kind,
    };
    let bytes = read_limited(path)?;
    check_text(&bytes).map_err(|e| err(InputErrorKind::Import(e)))?;
    Ok(Input {
        id: file_name(path),
        bytes,
    })
}

fn read_stdin() -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes)?;
    Ok(bytes)
}

/// Expand and read every path as bytes (`-` is standard input, with the id
/// `stdin`); folders stand for their `.txt` files. Problems are reported through
/// `report` and skipped.
pub fn read_all(
    paths: &[PathBuf],
    recursive: bool,
    report: &mut dyn FnMut(InputError),
) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            match read_stdin() {
                Ok(bytes) => match check_text(&bytes) {
                    Ok(_) => out.push(Input {
                        id: "stdin".into(),
                        bytes,
                    }),
                    Err(e) => report(InputError {
                        path: path.clone(),
                        kind: InputErrorKind::Import(e),
                    }),
                },
                Err(e) => report(InputError {
                    path: path.clone(),
                    kind: InputErrorKind::Unreadable(e),
                }),
            }
            continue;
        }
        match expand(path, recursive, Scan::Text, None, report) {
            Ok(files) => {
                for file in files {
                    match read(&file) {
                        Ok(input) => out.push(input),
                        Err(e) => report(e),
                    }
                }
            }
            Err(e) => report(e),
        }
    }
    out
}

/// One imported document and the file it came from.
pub struct Imported {
    pub doc: Document,
    pub path: PathBuf,
}

/// Expand every path (folders stand for the files the app imports; `skip` is
/// left out of folders) and import each file as the app does: `-` is standard
/// input, read as plain text named `stdin`. Problems are reported through
/// `report` and skipped.
///
/// Ids are the app's: the file name for a single-article file, the ids a
/// `.json`/`.jsonl` file holds (`NAME#N` where it holds none); an empty id
/// becomes `article` and a repeated id gets `-2`, `-3`, … as in the app.
/// A document read from a file's own bytes (any format but JSON) keeps the
/// file's encoding in [`Document::encoding`]; JSON text is UTF-8.
pub fn import_all(
    paths: &[PathBuf],
    recursive: bool,
    skip: Option<&Path>,
    report: &mut dyn FnMut(InputError),
) -> Vec<Imported> {
    let mut found: Vec<(Article, PathBuf, Option<parallax_core::decode::Encoding>)> = Vec::new();
    let mut add = |path: &Path, name: &str, result: Result<Vec<u8>, InputError>| {
        let bytes = match result {
            Ok(b) => b,
            Err(e) => return report(e),
        };
        match import_file(name, &bytes) {
            Ok(articles) => {
                let encoding = (!is_json(name)).then(|| decode_detailed(&bytes).encoding);
                found.extend(
                    articles
                        .into_iter()
                        .map(|a| (a, path.to_path_buf(), encoding)),
                );
            }
            Err(e) => report(InputError {
                path: path.to_path_buf(),
                kind: InputErrorKind::Import(e),
            }),
        }
    };
    for path in paths {
        if path.as_os_str() == "-" {
            let bytes = read_stdin().map_err(|e| InputError {
                path: path.clone(),
                kind: InputErrorKind::Unreadable(e),
            });
            add(path, "stdin", bytes);
            continue;
        }
        let mut loops = Vec::new();
        let files = expand(path, recursive, Scan::Importable, skip, &mut |e| {
            loops.push(e)
        });
        for e in loops {
            add(path, "", Err(e));
        }
        match files {
            Ok(files) => {
                for file in files {
                    add(&file, &file_name(&file), read_limited(&file));
                }
            }
            Err(e) => add(path, "", Err(e)),
        }
    }
    let mut taken = HashSet::new();
    found
        .into_iter()
        .map(|(mut article, path, encoding)| {
            article.id = unique_id(article.id, &mut taken);
            let mut doc = article.to_document();
            if let Some(encoding) = encoding {
                doc.encoding = encoding;
            }
            Imported { doc, path }
        })
        .collect()
}

/// Read a file, refusing it from its size first when it is over the import's limit.
fn read_limited(path: &Path) -> Result<Vec<u8>, InputError> {
    let err = |kind| InputError {
        path: path.to_path_buf(),
        kind,
    };
    let io_err = |e: io::Error| match e.kind() {
        io::ErrorKind::NotFound => err(InputErrorKind::Missing),
        _ => err(InputErrorKind::Unreadable(e)),
    };
    let size = std::fs::metadata(path).map_err(io_err)?.len();
    check_size(size).map_err(|e| err(InputErrorKind::Import(e)))?;
    std::fs::read(path).map_err(io_err)
}

/// Whether the import reads `name` as JSON (`.json`, `.jsonl`, `.ndjson`).
fn is_json(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    ["json", "jsonl", "ndjson"]
        .iter()
        .any(|x| ext.eq_ignore_ascii_case(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_unique_as_in_the_app() {
        let mut taken = HashSet::new();
        let ids: Vec<String> = ["a.txt", "a.txt", "", "a.txt", "", "a.txt-2"]
            .into_iter()
            .map(|id| unique_id(id.into(), &mut taken))
            .collect();
        assert_eq!(
            ids,
            [
                "a.txt",
                "a.txt-2",
                "article",
                "a.txt-3",
                "article-2",
                "a.txt-2-2"
            ]
        );
    }

    #[test]
    fn folders_take_what_the_app_imports() {
        for (name, text, importable) in [
            ("a.txt", true, true),
            ("a.TXT", true, true),
            ("a.html", false, true),
            ("a.Htm", false, true),
            ("page.mhtml", false, true),
            ("page.MHT", false, true),
            ("a.xhtml", false, true),
            ("a.md", false, true),
            ("a.markdown", false, true),
            ("a.json", false, true),
            ("a.jsonl", false, true),
            ("a.ndjson", false, true),
            ("a.png", false, false),
            ("a.conll", false, false),
            ("README", false, false),
        ] {
            let p = Path::new(name);
            assert_eq!(Scan::Text.takes(p), text, "{name}");
            assert_eq!(Scan::Importable.takes(p), importable, "{name}");
        }
        assert!(is_json("x.JSON") && is_json("x.ndjson") && !is_json("x.html"));
    }
}
