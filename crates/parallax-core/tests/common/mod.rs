//! Shared by the integration tests that run the engine on the bundled seeds.

use parallax_core::Document;
use std::path::Path;

/// Every `.txt` file in the repository's `seeds/`, parsed, sorted by file name.
pub fn seed_documents() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            Document::parse(name, &std::fs::read(p).expect("read seed"))
        })
        .collect()
}
