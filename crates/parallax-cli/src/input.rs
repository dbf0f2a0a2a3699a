//! Finding and reading input files. Every problem becomes a one-line message
//! naming the path; the other inputs are still read.

use parallax_core::decode::looks_binary;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// One file to analyse.
pub struct Input {
    /// The document id: the file name.
    pub id: String,
    pub path: PathBuf,
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
    NoTextFiles,
    Unreadable(io::Error),
    Binary,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            InputErrorKind::Missing => write!(f, "{path}: no such file or folder"),
            InputErrorKind::NoTextFiles => write!(f, "{path}: folder has no .txt files"),
            InputErrorKind::Unreadable(e) => write!(f, "{path}: cannot read: {}", one_line(e)),
            InputErrorKind::Binary => write!(f, "{path}: not a text file (binary bytes)"),
        }
    }
}

fn one_line(e: &io::Error) -> String {
    e.to_string().replace(['\n', '\r'], " ")
}

/// Whether `path` names a `.txt` file (case-insensitive).
fn is_txt(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// The `.txt` files a path stands for: the file itself, or the `.txt` files in a
/// folder (sorted by name; with `recursive`, in its sub-folders too).
pub fn expand(path: &Path, recursive: bool) -> Result<Vec<PathBuf>, InputError> {
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
    collect_dir(path, recursive, &mut files).map_err(|e| err(InputErrorKind::Unreadable(e)))?;
    if files.is_empty() {
        return Err(err(InputErrorKind::NoTextFiles));
    }
    Ok(files)
}

fn collect_dir(dir: &Path, recursive: bool, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if recursive {
                // A sub-folder that cannot be listed is skipped, not fatal.
                let _ = collect_dir(&path, recursive, out);
            }
        } else if is_txt(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Read one file.
pub fn read(path: &Path) -> Result<Input, InputError> {
    let err = |kind| InputError {
        path: path.to_path_buf(),
        kind,
    };
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => err(InputErrorKind::Missing),
        _ => err(InputErrorKind::Unreadable(e)),
    })?;
    if looks_binary(&bytes) {
        return Err(err(InputErrorKind::Binary));
    }
    let id = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Input {
        id,
        path: path.to_path_buf(),
        bytes,
    })
}

/// Expand and read every path (`-` is standard input, with the id `stdin`);
/// problems are reported through `report` and skipped.
pub fn read_all(
    paths: &[PathBuf],
    recursive: bool,
    report: &mut dyn FnMut(InputError),
) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes) {
                Ok(_) if looks_binary(&bytes) => report(InputError {
                    path: path.clone(),
                    kind: InputErrorKind::Binary,
                }),
                Ok(_) => out.push(Input {
                    id: "stdin".into(),
                    path: path.clone(),
                    bytes,
                }),
                Err(e) => report(InputError {
                    path: path.clone(),
                    kind: InputErrorKind::Unreadable(e),
                }),
            }
            continue;
        }
        match expand(path, recursive) {
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
