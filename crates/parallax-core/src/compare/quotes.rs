//! Quotes: quoted statements, their speakers resolved to entities, and
//! near-identical quotes from different articles recognised as one statement with
//! each article's wording kept.
//!
//! A quote is text between quotation marks in one body paragraph, at least four
//! words long (shorter quoted phrases are scare quotes: “lone wolves”). Its speaker
//! is, in order: a name next to a speech verb around the quote ("said Ryder",
//! "Ryder said"); for "he said", the last person named before it; the nearest
//! person named in the sentences the quote opens and closes in, when a speech verb
//! is there too; the speaker of the quote just before it in the same paragraph (a
//! quote continued after "he said."); for a paragraph opening with a quote, the
//! speaker of the previous paragraph's last quote.

use super::similarity::UnionFind;
use super::speaker::{source_in, SPEECH};
use super::text::{sentence_at, token_range, WINDOW_BYTES};
use super::{QuoteGroup, QuoteVariant, Speaker, View};
use crate::span::Span;
use crate::Label;
use std::collections::{BTreeSet, HashMap};

struct Found {
    doc: usize,
    span: Span,
    speaker: Option<Speaker>,
    words: Vec<String>,
}

/// Quoted spans of one paragraph: (content span). Curly quotes pair by direction;
/// straight quotes alternate. A quote left open runs to the paragraph's end.
fn quoted(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(p) = text.get(para.start..para.end) else {
        return out;
    };
    let mut open: Option<usize> = None;
    for (i, c) in p.char_indices() {
        let at = para.start + i;
        match (c, open) {
            // A straight mark glued to the word before it and followed by a space
            // closes a quote this paragraph never opened: not an opening.
            ('"', None)
                if p[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|b| !b.is_whitespace())
                    && p[i + 1..].chars().next().is_none_or(char::is_whitespace) => {}
            ('“' | '«' | '„', None) | ('"', None) => open = Some(at + c.len_utf8()),
            ('”' | '»', Some(o)) | ('"', Some(o)) => {
                out.push(Span::new(o, at));
                open = None;
            }
            // A new opening mark while open: the previous quote ran on unclosed.
            ('“' | '«', Some(o)) => {
                out.push(Span::new(o, at));
                open = Some(at + c.len_utf8());
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        out.push(Span::new(o, para.end));
    }
    // Trim spaces inside the marks.
    out.into_iter()
        .filter_map(|s| {
            let t = s.slice(text);
            let lead = t.len() - t.trim_start().len();
            // The comma before "he said" belongs to the report, not the statement.
            let trail = t.len() - t.trim_end().trim_end_matches(',').trim_end().len();
            let s = Span::new(s.start + lead, s.end - trail);
            (!s.is_empty()).then_some(s)
        })
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// Find the quotes of every document and group near-identical ones.
pub(crate) fn quotes(view: &View) -> Vec<QuoteGroup> {
    let mut found: Vec<Found> = Vec::new();
    for d in 0..view.n {
        let doc = &view.analysis.documents[d];
        let ex = &view.analysis.extractions[d];
        let sentences = &view.sentences[d];
        let text = doc.text.as_str();
        // The speaker of the last attributed quote of the previous paragraph: a
        // paragraph that opens with an unattributed quote continues it.
        let mut carried: Option<Speaker> = None;
        for &para in &doc.body {
            let mut last_speaker: Option<(Speaker, usize)> = None;
            let carry = carried.take();
            for q in quoted(text, para) {
                let w = words(q.slice(text));
                if w.len() < 4 {
                    continue;
                }
                let s1 = sentence_at(sentences, q.start.saturating_sub(1));
                let s2 = sentence_at(sentences, q.end);
                // Outside a sentence, the paragraph around, no further than a
                // window reads.
                let before = Span::new(
                    s1.map_or(para.start.max(q.start.saturating_sub(WINDOW_BYTES)), |i| {
                        sentences[i].start.min(q.start)
                    }),
                    q.start,
                );
                let after = Span::new(
                    q.end,
                    s2.map_or(para.end.min(q.end + WINDOW_BYTES), |i| {
                        sentences[i].end.max(q.end)
                    }),
                );
                let toks = &ex.tokens;
                let speaker = source_in(view, d, toks, token_range(toks, after), q)
                    .or_else(|| source_in(view, d, toks, token_range(toks, before), q))
                    .filter(|s| s.entity.is_some())
                    .or_else(|| {
                        // "…," he said: the person last named before the quote.
                        let pronoun = |w: Span| {
                            let (a, b) = token_range(toks, w);
                            let low: Vec<String> = toks[a..b]
                                .iter()
                                .map(|t| t.text(text).to_lowercase())
                                .collect();
                            low.windows(2).any(|p| {
                                let (x, y) = (p[0].as_str(), p[1].as_str());
                                (matches!(x, "he" | "she") && SPEECH.contains(&y))
                                    || (SPEECH.contains(&x) && matches!(y, "he" | "she"))
                            })
                        };
                        (pronoun(after) || pronoun(before))
                            .then(|| last_person_before(view, d, q.start))
                            .flatten()
                    })
                    .or_else(|| {
                        // The nearest person, when the text around says someone speaks
                        // ("…, stating, “…”"); a quotation inside narration is not theirs.
                        let cue = |w: Span| {
                            let (a, b) = token_range(toks, w);
                            toks[a..b]
                                .iter()
                                .any(|t| SPEECH.contains(&t.text(text).to_lowercase().as_str()))
                        };
                        (cue(before) || cue(after))
                            .then(|| nearest_person(view, d, before, after, q))
                            .flatten()
                    })
                    .or_else(|| {
                        // A quote continuing the previous one in this paragraph.
                        let (s, end) = last_speaker.clone()?;
                        let gap = text.get(end..q.start).unwrap_or("");
                        (gap.split_whitespace().count() <= 3
                            || s1.is_some_and(|i| i > 0 && sentences[i - 1].start <= end))
                        .then_some(s)
                    })
                    .or_else(|| {
                        let opens = text.get(para.start..q.start).is_some_and(|g| {
                            g.chars()
                                .all(|c| c.is_whitespace() || "\"“«„'‘".contains(c))
                        });
                        carry.clone().filter(|_| opens && last_speaker.is_none())
                    });
                if let Some(s) = &speaker {
                    last_speaker = Some((s.clone(), q.end));
                }
                carried = last_speaker.as_ref().map(|(s, _)| s.clone());
                found.push(Found {
                    doc: d,
                    span: q,
                    speaker,
                    words: w,
                });
            }
        }
    }
    group(view, found)
}

/// The last person named in the `within` bytes before `at`.
fn last_person_before(view: &View, d: usize, at: usize) -> Option<Speaker> {
    const WITHIN: usize = 1500;
    let ex = &view.analysis.extractions[d];
    let end = ex.mentions.partition_point(|m| m.span.end <= at);
    let (i, _) = ex.mentions[..end]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.span.end + WITHIN >= at)
        .find(|(_, m)| m.label == Label::Person)?;
    Speaker::of_mention(view, d, i)
}

/// The person named closest to the quote in the text around it.
fn nearest_person(view: &View, d: usize, before: Span, after: Span, q: Span) -> Option<Speaker> {
    let ex = &view.analysis.extractions[d];
    let mut best: Option<(usize, usize)> = None; // (distance, mention)
                                                 // Only the mentions inside the window around the quote.
    let from = ex.mentions.partition_point(|m| m.span.end <= before.start);
    let to = ex.mentions.partition_point(|m| m.span.start < after.end);
    for (i, m) in ex.mentions.iter().enumerate().take(to).skip(from) {
        if m.label != Label::Person || m.span.overlaps(&q) {
            continue;
        }
        let dist = if before.contains(&m.span) {
            q.start - m.span.end
        } else if after.contains(&m.span) {
            m.span.start - q.end
        } else {
            continue;
        };
        if best.is_none_or(|(b, _)| dist < b) {
            best = Some((dist, i));
        }
    }
    let (_, i) = best?;
    Speaker::of_mention(view, d, i)
}

/// The words sorted and deduplicated, for comparing.
fn bag<T: Ord + Clone>(words: &[T]) -> Vec<T> {
    let mut b = words.to_vec();
    b.sort_unstable();
    b.dedup();
    b
}

/// Whether two quotes (as sorted, deduplicated words) are the same statement:
/// most words shared, or one nearly inside the other.
fn near_identical<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    let small = a.len().min(b.len());
    union > 0 && (both * 10 >= union * 6 || (small >= 6 && both * 10 >= small * 9))
}

/// How many quotes before it in one shingle's list a quote is compared with, and
/// how many comparisons one quote makes in all. A phrase shared by thousands of
/// quotes ("we will not") costs each of them a bounded amount of work, so grouping
/// stays linear in the number of quotes; copies of one statement still all join,
/// since each is compared with the copies just before it and groups chain.
const LOOK_BACK: usize = 64;
const COMPARISONS_PER_QUOTE: usize = 512;

fn group(view: &View, found: Vec<Found>) -> Vec<QuoteGroup> {
    // Words as numbers: comparing two quotes and hashing a shingle compare
    // integers, not strings (this was the largest cost of comparing 10 MB of prose).
    let mut number: HashMap<&str, u32> = HashMap::new();
    let coded: Vec<Vec<u32>> = found
        .iter()
        .map(|f| {
            f.words
                .iter()
                .map(|w| {
                    let next = u32::try_from(number.len()).unwrap_or(u32::MAX);
                    *number.entry(w.as_str()).or_insert(next)
                })
                .collect()
        })
        .collect();
    let bags: Vec<Vec<u32>> = coded.iter().map(|w| bag(w)).collect();
    type Shingle = (u32, u32, u32);
    // Candidates share a three-word shingle. Each list holds quotes in order;
    // `at[x]` holds quote x's shingles with its place in each list.
    let mut shingles: HashMap<Shingle, Vec<usize>> = HashMap::new();
    let mut at: Vec<Vec<(Shingle, usize)>> = Vec::with_capacity(found.len());
    for (i, words) in coded.iter().enumerate() {
        let mut seen = std::collections::HashSet::new();
        let mut mine = Vec::new();
        for w in words.windows(3) {
            let key = (w[0], w[1], w[2]);
            if seen.insert(key) {
                let list = shingles.entry(key).or_default();
                mine.push((key, list.len()));
                list.push(i);
            }
        }
        at.push(mine);
    }
    let mut uf = UnionFind::new(found.len());
    let mut tried: std::collections::HashSet<usize> = Default::default();
    for (x, mine) in at.iter().enumerate() {
        tried.clear();
        let mut budget = COMPARISONS_PER_QUOTE;
        'shingles: for (key, pos) in mine {
            let Some(earlier) = shingles.get(key).and_then(|l| l.get(..*pos)) else {
                continue;
            };
            for &y in earlier.iter().rev().take(LOOK_BACK) {
                // Already one statement (through another copy): nothing to learn.
                if uf.find(x) == uf.find(y) || !tried.insert(y) {
                    continue;
                }
                if budget == 0 {
                    break 'shingles;
                }
                budget -= 1;
                if near_identical(&bags[x], &bags[y]) {
                    uf.union(x, y);
                }
            }
        }
    }
    let mut groups: Vec<QuoteGroup> = uf
        .groups(1)
        .into_iter()
        .map(|members| {
            let first = &found[members[0]];
            let reference: BTreeSet<&String> = first.words.iter().collect();
            let variants: Vec<QuoteVariant> = members
                .iter()
                .map(|&i| {
                    let f = &found[i];
                    let mine: BTreeSet<&String> = f.words.iter().collect();
                    let text = &view.analysis.documents[f.doc].text;
                    QuoteVariant {
                        doc: f.doc,
                        text: f.span.slice(text).to_string(),
                        start: f.span.start,
                        end: f.span.end,
                        speaker: f.speaker.clone(),
                        missing: first
                            .words
                            .iter()
                            .filter(|w| !mine.contains(w))
                            .cloned()
                            .collect(),
                        extra: f
                            .words
                            .iter()
                            .filter(|w| !reference.contains(w))
                            .cloned()
                            .collect(),
                    }
                })
                .collect();
            // The speaker most variants resolve to.
            let mut votes: HashMap<&str, (usize, &Speaker)> = HashMap::new();
            for v in &variants {
                if let Some(s) = &v.speaker {
                    let key = s.entity.as_deref().unwrap_or(s.text.as_str());
                    votes.entry(key).or_insert((0, s)).0 += 1;
                }
            }
            let best = votes
                .into_values()
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.text.cmp(&a.1.text)));
            let mut docs: Vec<usize> = variants.iter().map(|v| v.doc).collect();
            docs.dedup();
            QuoteGroup {
                speaker: best.and_then(|(_, s)| s.entity.clone()),
                name: best.map(|(_, s)| s.name.clone().unwrap_or_else(|| s.text.clone())),
                docs,
                variants,
            }
        })
        .collect();
    groups.sort_by(|a, b| {
        (
            a.name.is_none(),
            &a.name,
            &a.docs,
            a.variants.first().map(|v| v.start),
        )
            .cmp(&(
                b.name.is_none(),
                &b.name,
                &b.docs,
                b.variants.first().map(|v| v.start),
            ))
    });
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_spans() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “It is a threat,” and left.", &["It is a threat"]),
            ("\"One two\" and \"three four\"", &["One two", "three four"]),
            ("“Open to the end", &["Open to the end"]),
            ("No quotes here.", &[]),
            ("he said\" and then \"Go on now\"", &["Go on now"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = quoted(text, Span::new(0, text.len()))
                .iter()
                .map(|s| s.slice(text))
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    /// The same statement in many articles is one quote group however many
    /// articles carry it; statements that only share a common phrase stay apart.
    #[test]
    fn one_statement_in_many_articles_is_one_group() {
        let statement = "We will not forgive this attack on our people";
        struct Case {
            articles: usize,
            /// Each article also quotes a statement of its own that shares the
            /// words "we will not" with everyone else's.
            own_statements: bool,
        }
        let cases = [
            Case {
                articles: 2,
                own_statements: false,
            },
            Case {
                articles: 50,
                own_statements: false,
            },
            Case {
                articles: 51,
                own_statements: false,
            },
            Case {
                articles: 120,
                own_statements: false,
            },
            Case {
                articles: 120,
                own_statements: true,
            },
        ];
        for case in cases {
            let docs = (0..case.articles)
                .map(|i| {
                    let mut text = format!(
                        "Report number {i} from Moscow\n\
                         Gunmen attacked a concert hall in Moscow on Friday.\n\
                         \"{statement},\" Vladimir Putin said.\n"
                    );
                    if case.own_statements {
                        text.push_str(&format!(
                            "\"We will not accept alpha{i} beta{i} gamma{i} delta{i},\" \
                             said Sergei Shoigu.\n"
                        ));
                    }
                    crate::Document::parse(format!("d{i}"), text.as_bytes())
                })
                .collect();
            let analysis = crate::analyze(docs);
            let cmp = crate::compare(&analysis);
            let with_statement: Vec<&QuoteGroup> = cmp
                .quotes
                .iter()
                .filter(|g| g.variants.iter().any(|v| v.text == statement))
                .collect();
            assert_eq!(with_statement.len(), 1, "{} articles", case.articles);
            assert_eq!(
                with_statement[0].docs,
                (0..case.articles).collect::<Vec<_>>(),
                "{} articles",
                case.articles
            );
            assert!(
                with_statement[0]
                    .variants
                    .iter()
                    .all(|v| v.text == statement),
                "{} articles: another statement joined the group",
                case.articles
            );
            let groups = if case.own_statements {
                1 + case.articles
            } else {
                1
            };
            assert_eq!(cmp.quotes.len(), groups, "{} articles", case.articles);
        }
    }

    #[test]
    fn near_identical_table() {
        let w = |s: &str| bag(&words(s));
        let cases = [
            (
                "The rise in lone-wolf attacks is a concerning trend",
                "The rise in lone-wolf attacks is a concerning trend for us",
                true,
            ),
            ("We will keep after them", "Taxes must rise next year", false),
            (
                "It's something that we just have to keep after and not underestimate their ability",
                "something that we have to keep after and not underestimate their ability",
                true,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(near_identical(&w(a), &w(b)), want, "{a} / {b}");
        }
    }
}
