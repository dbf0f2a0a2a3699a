//! Readers for the CoNLL-style corpora under `shared/data/ner`.

use std::path::Path;

use parallax_core::ner::decode::bilou_from_iob;
use parallax_core::ner::NerLabel;

/// One sentence: tokens and gold BILOU tags.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<u8>,
}

impl Sentence {
    pub fn token_refs(&self) -> Vec<&str> {
        self.tokens.iter().map(String::as_str).collect()
    }
}

/// Column layout of a corpus file.
#[derive(Clone, Copy, Debug)]
pub enum Format {
    /// `token POS chunk NER` (CoNLL-2003), or `token NER` (wikigold): token first, tag last.
    Conll,
    /// `en:token<TAB>tag` (WikiANN).
    WikiAnn,
    /// `token<TAB>tag` with WNUT-17 types (person, location, corporation, group, ...).
    Wnut,
    /// `index<TAB>token<TAB>tag` (WikiNEuRal; evaluation only).
    WikiNeural,
}

fn parse_tag(tag: &str, format: Format) -> Option<(NerLabel, bool)> {
    let (prefix, typ) = tag.split_once('-')?;
    let begin = prefix == "B";
    let label = match format {
        Format::Wnut => match typ {
            "person" => NerLabel::Person,
            "location" => NerLabel::Loc,
            "corporation" | "group" => NerLabel::Org,
            _ => return None,
        },
        _ => NerLabel::from_conll(typ)?,
    };
    Some((label, begin))
}

/// Reads a corpus file into sentences (document separators are dropped).
pub fn read(path: &Path, format: Format) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    let mut labels = Vec::new();
    let mut flush = |tokens: &mut Vec<String>, labels: &mut Vec<Option<(NerLabel, bool)>>| {
        if !tokens.is_empty() {
            out.push(Sentence {
                tokens: std::mem::take(tokens),
                tags: bilou_from_iob(labels),
            });
            labels.clear();
        }
    };
    for line in text.lines() {
        let line = line.trim_start_matches('\u{feff}');
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut tokens, &mut labels);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush(&mut tokens, &mut labels);
            continue;
        }
        if cols.len() < 2 || (matches!(format, Format::WikiNeural) && cols.len() < 3) {
            continue;
        }
        let mut tok = cols[0];
        if let Format::WikiNeural = format {
            tok = cols[1];
        }
        if let Format::WikiAnn = format {
            tok = tok.strip_prefix("en:").unwrap_or(tok);
        }
        let tag = cols[cols.len() - 1];
        tokens.push(tok.to_string());
        labels.push(parse_tag(tag, format));
    }
    flush(&mut tokens, &mut labels);
    Ok(out)
}
