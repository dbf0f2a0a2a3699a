//! Readers for the CoNLL-style corpora under `shared/data/ner`.

use std::path::Path;
use std::sync::Arc;

use parallax_core::ner::features::DocContext;

use parallax_core::ner::decode::bilou_from_iob;
use parallax_core::ner::NerLabel;

/// One sentence: tokens, gold BILOU tags and its document's context.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub tags: Vec<u8>,
    /// The document it belongs to (`-DOCSTART-` to `-DOCSTART-`; a sentence is its
    /// own document in a file without them), as the tagger reads it.
    pub doc: Arc<DocContext>,
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

/// Reads a corpus file into sentences, each with its document's context.
pub fn read(path: &Path, format: Format) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    // (tokens, tags, document number)
    let mut out: Vec<(Vec<String>, Vec<u8>, usize)> = Vec::new();
    let mut tokens = Vec::new();
    let mut labels = Vec::new();
    let mut doc = 0usize;
    let mut docstarts = false;
    let mut flush =
        |tokens: &mut Vec<String>, labels: &mut Vec<Option<(NerLabel, bool)>>, doc: usize| {
            if !tokens.is_empty() {
                out.push((std::mem::take(tokens), bilou_from_iob(labels), doc));
                labels.clear();
            }
        };
    for line in text.lines() {
        let line = line.trim_start_matches('\u{feff}');
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut tokens, &mut labels, doc);
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            flush(&mut tokens, &mut labels, doc);
            doc += 1;
            docstarts = true;
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
    flush(&mut tokens, &mut labels, doc);
    if !docstarts {
        for (i, s) in out.iter_mut().enumerate() {
            s.2 = i;
        }
    }
    let mut sentences = Vec::with_capacity(out.len());
    let mut rest = out.into_iter().peekable();
    while let Some(first) = rest.next() {
        let d = first.2;
        let mut group = vec![first];
        while let Some(s) = rest.next_if(|s| s.2 == d) {
            group.push(s);
        }
        let mut b = DocContext::builder();
        for (toks, _, _) in &group {
            let refs: Vec<&str> = toks.iter().map(String::as_str).collect();
            b.sentence(&refs);
        }
        let ctx = Arc::new(b.build());
        sentences.extend(group.into_iter().map(|(tokens, tags, _)| Sentence {
            tokens,
            tags,
            doc: ctx.clone(),
        }));
    }
    Ok(sentences)
}
