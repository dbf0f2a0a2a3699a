//! Full-text search across the loaded articles: sentences that hold every word of
//! the query (a quoted phrase as written), ranked, and entities whose names match. Plain functions, tested natively.

use parallax_core::{Analysis, Entity, Span};

/// Byte offsets of every case-insensitive occurrence of `needle` in `text`
/// (ASCII letters fold; other characters must match exactly). Never splits a
/// character: matches start and end on char boundaries.
pub fn find_all(text: &str, needle: &str) -> Vec<Span> {
    let n = needle.as_bytes();
    let t = text.as_bytes();
    if n.is_empty() || n.len() > t.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i + n.len() <= t.len() {
        if t[i..i + n.len()].eq_ignore_ascii_case(n)
            && text.is_char_boundary(i)
            && text.is_char_boundary(i + n.len())
        {
            out.push(Span::new(i, i + n.len()));
            i += n.len();
        } else {
            i += 1;
        }
    }
    out
}

/// What a query asks for: words, each to be found at the start of a word, and
/// phrases in double quotes, found as written. All of them must be in one sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<String>,
}

impl Query {
    /// `Green Lahaina` → two words; `"Josh Green" Maui` → a phrase and a word. An
    /// unclosed quote runs to the end. Terms repeat once at most.
    pub fn parse(query: &str) -> Self {
        let mut terms: Vec<String> = Vec::new();
        let mut push = |t: &str| {
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            if !t.is_empty() && !terms.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
                terms.push(t);
            }
        };
        for (i, part) in query.split('"').enumerate() {
            if i % 2 == 1 {
                push(part);
            } else {
                part.split_whitespace().for_each(&mut push);
            }
        }
        Self { terms }
    }

    /// Too short to search: under two letters in all.
    pub fn is_too_short(&self) -> bool {
        self.terms.iter().map(|t| t.chars().count()).sum::<usize>() < 2
    }
}

/// One hit: a sentence holding every term of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub doc: usize,
    /// Where the terms are, in order, inside `context`.
    pub spans: Vec<Span>,
    /// The sentence (or the line, outside sentences).
    pub context: Span,
    /// Lower ranks first: 0 when the query's words stand together as typed.
    pub rank: usize,
}

/// Is `at` the start of a word in `text` (not inside one)?
fn word_start(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The sentences of document `d`, and its lines that hold no sentence (titles,
/// captions), in text order.
fn units(analysis: &Analysis, d: usize) -> Vec<Span> {
    let sentences = analysis
        .extractions
        .get(d)
        .map_or(&[][..], |e| &e.sentences[..]);
    let paragraphs = analysis
        .documents
        .get(d)
        .map_or(&[][..], |doc| &doc.paragraphs[..]);
    let mut out = Vec::with_capacity(sentences.len() + paragraphs.len());
    let mut s = 0;
    for p in paragraphs {
        while sentences.get(s).is_some_and(|x| x.end <= p.start) {
            out.extend(sentences.get(s).copied());
            s += 1;
        }
        let holds = sentences.get(s).is_some_and(|x| x.start < p.end);
        if !holds {
            out.push(*p);
        }
    }
    out.extend(sentences.iter().skip(s).copied());
    out
}

/// Hits for `query` in every document, at most `limit`: sentences that hold all
/// of its words (each at the start of a word, any case) and phrases. Sentences
/// where the words stand together as typed come first, then those where they are
/// closest; ties in document order.
pub fn search(analysis: &Analysis, query: &str, limit: usize) -> Vec<Hit> {
    let q = Query::parse(query);
    if q.is_too_short() {
        return Vec::new();
    }
    let whole = q.terms.join(" ");
    let mut hits = Vec::new();
    for (d, doc) in analysis.documents.iter().enumerate() {
        for unit in units(analysis, d) {
            let Some(sentence) = doc.text.get(unit.start..unit.end) else {
                continue;
            };
            let mut spans = Vec::with_capacity(q.terms.len());
            let mut all = true;
            for term in &q.terms {
                let found: Vec<Span> = find_all(sentence, term)
                    .into_iter()
                    .filter(|s| word_start(sentence, s.start))
                    .map(|s| Span::new(s.start + unit.start, s.end + unit.start))
                    .collect();
                if found.is_empty() {
                    all = false;
                    break;
                }
                spans.extend(found);
            }
            if !all {
                continue;
            }
            spans.sort_by_key(|s| s.start);
            spans.dedup_by(|b, a| b.start < a.end);
            let together = q.terms.len() > 1 && !find_all(sentence, &whole).is_empty();
            let spread = match (spans.first(), spans.last()) {
                (Some(a), Some(b)) => b.end - a.start,
                _ => 0,
            };
            hits.push(Hit {
                doc: d,
                spans,
                context: unit,
                rank: if together || q.terms.len() == 1 {
                    0
                } else {
                    1 + spread
                },
            });
        }
    }
    // Stable: document order within a rank.
    hits.sort_by_key(|h| h.rank);
    hits.truncate(limit);
    hits
}

/// The sentence of a hit cut into plain and matched pieces, in order.
pub fn pieces(hit: &Hit) -> Vec<(Span, bool)> {
    let mut out = Vec::new();
    let mut at = hit.context.start;
    for s in &hit.spans {
        if s.start > at {
            out.push((Span::new(at, s.start), false));
        }
        out.push((*s, true));
        at = s.end;
    }
    if at < hit.context.end {
        out.push((Span::new(at, hit.context.end), false));
    }
    out
}

/// Entities whose name holds the whole query first, then those whose name holds
/// one of its words (at a word's start), most named first within each.
pub fn suggestions<'a>(analysis: &'a Analysis, query: &str, limit: usize) -> Vec<&'a Entity> {
    let q = Query::parse(query);
    if q.is_too_short() {
        return Vec::new();
    }
    let whole = q.terms.join(" ").to_lowercase();
    let names = |e: &Entity| {
        std::iter::once(e.canonical.to_lowercase())
            .chain(e.surfaces.iter().map(|s| s.to_lowercase()))
            .collect::<Vec<_>>()
    };
    let has_word = |name: &str, term: &str| {
        find_all(name, term)
            .iter()
            .any(|s| word_start(name, s.start))
    };
    let mut out: Vec<(bool, &Entity)> = analysis
        .entities
        .iter()
        .filter_map(|e| {
            let names = names(e);
            if names.iter().any(|n| n.contains(&whole)) {
                Some((true, e))
            } else if q.terms.len() > 1
                && q.terms.iter().any(|t| names.iter().any(|n| has_word(n, t)))
            {
                Some((false, e))
            } else {
                None
            }
        })
        .collect();
    out.sort_by(|(wa, a), (wb, b)| {
        wb.cmp(wa)
            .then(b.docs.len().cmp(&a.docs.len()))
            .then(b.mentions.len().cmp(&a.mentions.len()))
    });
    out.truncate(limit);
    out.into_iter().map(|(_, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, Document};

    #[test]
    fn finds_every_occurrence_without_splitting_characters() {
        for (text, needle, found) in [
            (
                "ISIS and Isis and isis",
                "isis",
                vec![(0, 4), (9, 13), (18, 22)],
            ),
            ("café Café CAFÉ", "café", vec![(0, 5), (6, 11)]),
            ("aaaa", "aa", vec![(0, 2), (2, 4)]),
            ("short", "longer than text", vec![]),
            ("anything", "", vec![]),
        ] {
            let got: Vec<(usize, usize)> = find_all(text, needle)
                .iter()
                .map(|s| (s.start, s.end))
                .collect();
            assert_eq!(got, found, "{needle:?} in {text:?}");
        }
    }

    #[test]
    fn queries_split_into_words_and_quoted_phrases() {
        for (query, terms) in [
            ("Green Lahaina", vec!["Green", "Lahaina"]),
            ("  \"Josh Green\"   Maui ", vec!["Josh Green", "Maui"]),
            ("\"unclosed phrase here", vec!["unclosed phrase here"]),
            ("echo Echo", vec!["echo"]),
            ("\"\"", vec![]),
        ] {
            assert_eq!(Query::parse(query).terms, terms, "{query:?}");
        }
        assert!(Query::parse("a").is_too_short());
        assert!(!Query::parse("ab").is_too_short());
    }

    #[test]
    fn every_word_must_be_in_one_sentence_and_phrases_rank_first() {
        let a = analyze(vec![
            Document::parse(
                "a.txt",
                b"The mayor toured the harbour on Monday. Rain kept the harbour closed while the mayor waited.",
            ),
            Document::parse(
                "b.txt",
                b"The harbour mayor resigned. Nobody else spoke about the mayor.",
            ),
            Document::parse("c.txt", b"The evergreen harbourmaster left. A mayor left too."),
        ]);
        let texts = |q: &str| -> Vec<(usize, String)> {
            search(&a, q, 10)
                .iter()
                .map(|h| (h.doc, h.context.slice(&a.documents[h.doc].text).to_owned()))
                .collect()
        };
        // Both words in one sentence, the sentence where they stand together first;
        // "harbourmaster" counts (a word's start), a word in another sentence does not.
        assert_eq!(
            texts("harbour mayor"),
            [
                (1, "The harbour mayor resigned.".to_owned()),
                (0, "The mayor toured the harbour on Monday.".to_owned()),
                (
                    0,
                    "Rain kept the harbour closed while the mayor waited.".to_owned()
                ),
            ]
        );
        // A quoted phrase is found as written only.
        assert_eq!(
            texts("\"harbour mayor\""),
            [(1, "The harbour mayor resigned.".to_owned())]
        );
        // A word is not found inside another word.
        assert_eq!(texts("green"), []);
        assert_eq!(
            texts("harbourmaster"),
            [(2, "The evergreen harbourmaster left.".to_owned())]
        );
        assert_eq!(
            search(&a, "a", 10),
            vec![],
            "one letter is too short to search"
        );
        assert_eq!(search(&a, "mayor", 2).len(), 2);
        // Pieces mark each word and cover the sentence.
        let hit = &search(&a, "harbour mayor", 1)[0];
        let text = &a.documents[hit.doc].text;
        let marked: Vec<&str> = pieces(hit)
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.slice(text))
            .collect();
        assert_eq!(marked, ["harbour", "mayor"]);
        let joined: String = pieces(hit).iter().map(|p| p.0.slice(text)).collect();
        assert_eq!(joined, hit.context.slice(text));
    }

    #[test]
    fn entities_holding_the_whole_query_come_before_those_holding_a_word() {
        let a = analyze(vec![
            Document::parse("a.txt", b"Lloyd Austin spoke in Brussels. Nothing else."),
            Document::parse(
                "b.txt",
                b"Later, Austin flew home from Brussels to Washington.",
            ),
        ]);
        let names = |q: &str| -> Vec<String> {
            suggestions(&a, q, 5)
                .iter()
                .map(|e| e.canonical.clone())
                .collect()
        };
        assert!(
            names("aust").contains(&"Lloyd Austin".to_owned()),
            "{:?}",
            names("aust")
        );
        let both = names("Austin Brussels");
        assert!(
            both.contains(&"Lloyd Austin".to_owned()) && both.contains(&"Brussels".to_owned()),
            "{both:?}"
        );
        assert_eq!(names("x"), Vec::<String>::new());
    }
}
