//! The only door from the app into the engine (`parallax-core`).

use parallax_core::{Analysis, Comparison, Document};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}

/// The file names of the articles bundled at build time, in order.
pub fn bundled_names() -> impl Iterator<Item = &'static str> {
    bundled::SEEDS.iter().map(|(name, _)| *name)
}

/// Parse every bundled article.
pub fn bundled_documents() -> Vec<Document> {
    bundled::SEEDS
        .iter()
        .map(|(name, bytes)| Document::parse(*name, bytes))
        .collect()
}

/// The short id shown in URLs: the file name without `.txt`.
pub fn short_id(doc_id: &str) -> &str {
    doc_id.strip_suffix(".txt").unwrap_or(doc_id)
}

/// Extract mentions and link entities across `docs`.
pub fn analyze(docs: Vec<Document>) -> Analysis {
    parallax_core::analyze(docs)
}

/// Compare the analysed documents: presence matrix, similarity, facts, timeline, quotes.
pub fn compare(analysis: &Analysis) -> Comparison {
    parallax_core::compare(analysis)
}

/// The publication date a document states, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn date(doc: &Document) -> Option<String> {
    doc.date.as_ref().map(|d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    })
}

/// The outlet a document states, if the engine found one.
pub fn outlet(doc: &Document) -> Option<&str> {
    doc.outlet()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `.txt` file in `seeds/` at test time is bundled, and nothing else.
    /// `scripts/test.sh` runs this once more with a temporary extra seed file.
    #[test]
    fn bundles_every_seed_file() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("seeds/ exists")
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let bundled: Vec<&str> = bundled_names().collect();
        assert_eq!(bundled, on_disk);
        assert!(bundled.len() >= 5, "the five seed articles are bundled");
        for (name, bytes) in bundled::SEEDS {
            let disk = std::fs::read(format!("{dir}/{name}")).expect("readable");
            assert_eq!(*bytes, disk.as_slice(), "{name} is bundled byte for byte");
        }
    }

    #[test]
    fn short_ids_drop_the_extension() {
        for (id, short) in [("000_abc.txt", "000_abc"), ("notes", "notes"), (".txt", "")] {
            assert_eq!(short_id(id), short);
        }
    }
}
