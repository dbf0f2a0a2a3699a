//! View state of the entity index and entity pages: rows, filters, sorting and
//! keyword-in-context lines. Plain types, tested natively.

use parallax_core::{Analysis, Entity, Label, Span};

/// One row of the entity index.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityRow {
    pub id: String,
    pub name: String,
    pub label: Label,
    pub aliases: Vec<String>,
    pub articles: usize,
    pub mentions: usize,
}

impl EntityRow {
    pub fn from_entity(e: &Entity) -> Self {
        Self {
            id: e.id.clone(),
            name: e.canonical.clone(),
            label: e.label,
            aliases: e
                .surfaces
                .iter()
                .filter(|s| **s != e.canonical)
                .cloned()
                .collect(),
            articles: e.docs.len(),
            mentions: e.mentions.len(),
        }
    }

    fn matches(&self, needle: &str) -> bool {
        needle.is_empty()
            || self.name.to_lowercase().contains(needle)
            || self
                .aliases
                .iter()
                .any(|a| a.to_lowercase().contains(needle))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Mentions,
    Articles,
    Name,
}

impl SortKey {
    pub fn parse(s: &str) -> Self {
        match s {
            "articles" => Self::Articles,
            "name" => Self::Name,
            _ => Self::Mentions,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mentions => "mentions",
            Self::Articles => "articles",
            Self::Name => "name",
        }
    }
}

/// The index's filters, as the URL query states them (`?q=isis&type=ORG&doc=2&sort=name`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityFilter {
    pub query: String,
    pub label: Option<Label>,
    /// Only entities named by this document (index).
    pub doc: Option<usize>,
    pub sort: SortKey,
}

impl EntityFilter {
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.is_empty() {
            parts.push(format!("q={}", encode(&self.query)));
        }
        if let Some(l) = self.label {
            parts.push(format!("type={}", l.as_str()));
        }
        if let Some(d) = self.doc {
            parts.push(format!("doc={d}"));
        }
        if self.sort != SortKey::default() {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Percent-encode a query value (everything but unreserved ASCII).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The rows an index shows for `filter`, sorted.
pub fn rows(analysis: &Analysis, filter: &EntityFilter) -> Vec<EntityRow> {
    let needle = filter.query.trim().to_lowercase();
    let mut rows: Vec<EntityRow> = analysis
        .entities
        .iter()
        .filter(|e| filter.label.is_none_or(|l| e.label == l))
        .filter(|e| filter.doc.is_none_or(|d| e.docs.contains(&d)))
        .map(EntityRow::from_entity)
        .filter(|r| r.matches(&needle))
        .collect();
    match filter.sort {
        SortKey::Mentions => rows.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then(b.articles.cmp(&a.articles))
                .then(a.name.cmp(&b.name))
        }),
        SortKey::Articles => rows.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.name.cmp(&b.name))
        }),
        SortKey::Name => rows.sort_by_key(|r| r.name.to_lowercase()),
    }
    rows
}

/// Count of entities per label, for the facet buttons.
pub fn label_counts(analysis: &Analysis) -> Vec<(Label, usize)> {
    Label::ALL
        .iter()
        .map(|&l| (l, analysis.entities.iter().filter(|e| e.label == l).count()))
        .collect()
}

/// One keyword-in-context line: the text before, the mention, the text after.
#[derive(Clone, Debug, PartialEq)]
pub struct Kwic {
    pub doc: usize,
    pub mention: usize,
    pub left: String,
    pub hit: String,
    pub right: String,
}

/// Every mention of `entity` in its sentence, in document order.
pub fn kwic(analysis: &Analysis, entity: &Entity) -> Vec<Kwic> {
    (0..entity.mentions.len())
        .filter_map(|i| kwic_at(analysis, entity, i))
        .collect()
}

/// The keyword-in-context line of the entity's `i`-th mention, made on demand so
/// a page can show thousands of mentions by building only the lines in view.
pub fn kwic_at(analysis: &Analysis, entity: &Entity, i: usize) -> Option<Kwic> {
    let r = entity.mentions.get(i)?;
    let doc = analysis.documents.get(r.doc)?;
    let ex = analysis.extractions.get(r.doc)?;
    let m = ex.mentions.get(r.mention)?;
    let sentence = ex
        .sentences
        .iter()
        .find(|s| s.contains(&m.span))
        .copied()
        .unwrap_or(m.span);
    Some(Kwic {
        doc: r.doc,
        mention: r.mention,
        left: Span::new(sentence.start, m.span.start)
            .slice(&doc.text)
            .to_owned(),
        hit: m.span.slice(&doc.text).to_owned(),
        right: Span::new(m.span.end, sentence.end)
            .slice(&doc.text)
            .to_owned(),
    })
}

/// How many of `entity`'s mentions each of its documents holds, in `entity.docs` order.
pub fn mentions_per_doc(entity: &Entity) -> Vec<(usize, usize)> {
    let mut counts: std::collections::HashMap<usize, usize> = Default::default();
    for m in &entity.mentions {
        *counts.entry(m.doc).or_insert(0) += 1;
    }
    entity
        .docs
        .iter()
        .map(|&d| (d, counts.get(&d).copied().unwrap_or(0)))
        .collect()
}

/// Entities named in the same sentences as `entity`, most shared first.
pub fn co_occurring<'a>(analysis: &'a Analysis, entity: &Entity) -> Vec<(&'a Entity, usize)> {
    let mut counts = vec![0usize; analysis.entities.len()];
    let me = analysis.entities.iter().position(|e| e.id == entity.id);
    for r in &entity.mentions {
        let (Some(ex), Some(ents)) = (
            analysis.extractions.get(r.doc),
            analysis.mention_entity.get(r.doc),
        ) else {
            continue;
        };
        let Some(m) = ex.mentions.get(r.mention) else {
            continue;
        };
        let Some(sentence) = ex.sentences.iter().find(|s| s.contains(&m.span)) else {
            continue;
        };
        for (i, other) in ex.mentions.iter().enumerate() {
            if sentence.contains(&other.span) {
                if let Some(&e) = ents.get(i) {
                    if Some(e) != me {
                        if let Some(c) = counts.get_mut(e) {
                            *c += 1;
                        }
                    }
                }
            }
        }
    }
    let mut out: Vec<(&Entity, usize)> = counts
        .iter()
        .enumerate()
        .filter(|(_, &c)| c > 0)
        .filter_map(|(i, &c)| analysis.entities.get(i).map(|e| (e, c)))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.canonical.cmp(&b.0.canonical)));
    out
}

/// The entities an entity can be merged into, for the merge form: those of its own
/// type first, then the others, each by name; never dates (a name is not a date).
pub fn merge_choices<'a>(analysis: &'a Analysis, entity: &Entity) -> Vec<&'a Entity> {
    let mut out: Vec<&Entity> = analysis
        .entities
        .iter()
        .filter(|e| e.id != entity.id && e.label != Label::Date)
        .collect();
    out.sort_by_cached_key(|e| (e.label != entity.label, e.canonical.to_lowercase()));
    out
}

/// One merge the linker made, in words for the entity page.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeLine {
    /// The form that joined, which a split can take off again.
    pub form: String,
    pub text: String,
}

/// Why the entity's forms were joined: one line per merge the linker made across
/// articles, e.g. "“Sergey Lavrov” and “Sergei Lavrov”: a transliteration or typo of
/// the same name (a letter apart)".
pub fn merge_lines(entity: &Entity) -> Vec<MergeLine> {
    entity
        .merged
        .iter()
        .map(|n| MergeLine {
            form: n.form.clone(),
            text: format!(
                "“{}” and “{}”: {} ({})",
                n.form,
                n.with,
                n.rule.describe(),
                n.evidence
            ),
        })
        .collect()
}

/// Entities the linker thought may be the same as this one but did not merge, most
/// mentioned first, with the reason.
pub fn suggestions<'a>(analysis: &'a Analysis, entity: &Entity) -> Vec<(&'a Entity, String)> {
    let mut out: Vec<(&Entity, String)> = entity
        .maybe
        .iter()
        .filter_map(|s| {
            let other = analysis.entities.iter().find(|e| e.id == s.entity)?;
            Some((other, s.reason.clone()))
        })
        .collect();
    out.sort_by(|a, b| {
        b.0.mentions
            .len()
            .cmp(&a.0.mentions.len())
            .then(a.0.canonical.cmp(&b.0.canonical))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, Document};

    fn sample() -> Analysis {
        analyze(vec![
            Document::parse(
                "a.txt",
                b"Lloyd Austin spoke in Brussels on Thursday. NATO met in Brussels.",
            ),
            Document::parse(
                "b.txt",
                b"Austin said NATO must act. Vladimir Putin spoke in Moscow.",
            ),
        ])
    }

    #[test]
    fn filters_by_type_document_and_text() {
        let a = sample();
        let all = rows(&a, &EntityFilter::default());
        assert_eq!(all.len(), a.entities.len());
        for (filter, expect_some, check) in [
            (
                EntityFilter {
                    label: Some(Label::Loc),
                    ..Default::default()
                },
                true,
                &(|r: &EntityRow| r.label == Label::Loc) as &dyn Fn(&EntityRow) -> bool,
            ),
            (
                EntityFilter {
                    query: "bruss".into(),
                    ..Default::default()
                },
                true,
                &|r: &EntityRow| r.name == "Brussels",
            ),
            (
                EntityFilter {
                    query: "zzz".into(),
                    ..Default::default()
                },
                false,
                &|_: &EntityRow| false,
            ),
            (
                EntityFilter {
                    doc: Some(1),
                    ..Default::default()
                },
                true,
                &|r: &EntityRow| r.name != "Brussels",
            ),
        ] {
            let got = rows(&a, &filter);
            assert_eq!(!got.is_empty(), expect_some, "{filter:?}");
            assert!(got.iter().all(check), "{filter:?}: {got:?}");
        }
    }

    #[test]
    fn sorts_by_mentions_then_name() {
        let a = sample();
        let by_mentions = rows(&a, &EntityFilter::default());
        assert!(by_mentions
            .windows(2)
            .all(|w| w[0].mentions >= w[1].mentions));
        let by_name = rows(
            &a,
            &EntityFilter {
                sort: SortKey::Name,
                ..Default::default()
            },
        );
        assert!(by_name
            .windows(2)
            .all(|w| w[0].name.to_lowercase() <= w[1].name.to_lowercase()));
    }

    #[test]
    fn filter_queries_round_trip_what_differs() {
        for (filter, query) in [
            (EntityFilter::default(), ""),
            (
                EntityFilter {
                    query: "isis k".into(),
                    ..Default::default()
                },
                "?q=isis%20k",
            ),
            (
                EntityFilter {
                    label: Some(Label::Org),
                    sort: SortKey::Name,
                    doc: Some(2),
                    ..Default::default()
                },
                "?type=ORG&doc=2&sort=name",
            ),
        ] {
            assert_eq!(filter.to_query(), query);
        }
    }

    #[test]
    fn kwic_lines_rebuild_their_sentence() {
        let a = sample();
        let brussels = a
            .entities
            .iter()
            .find(|e| e.canonical == "Brussels")
            .expect("Brussels is found");
        let lines = kwic(&a, brussels);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            format!("{}{}{}", lines[0].left, lines[0].hit, lines[0].right),
            "Lloyd Austin spoke in Brussels on Thursday."
        );
        assert_eq!(lines[1].hit, "Brussels");
        assert_eq!(kwic_at(&a, brussels, 1).as_ref(), lines.get(1));
        assert_eq!(kwic_at(&a, brussels, 2), None);
        assert_eq!(
            mentions_per_doc(brussels)
                .iter()
                .map(|&(_, n)| n)
                .sum::<usize>(),
            2
        );
        let with = co_occurring(&a, brussels);
        assert!(with.iter().any(|(e, _)| e.canonical == "NATO"), "{with:?}");
    }

    #[test]
    fn the_merge_form_offers_the_same_type_first_and_never_dates() {
        let a = analyze(vec![
            Document::parse("a.txt", b"Joe Biden met Jill Biden in Delaware on Monday."),
            Document::parse("b.txt", b"Vladimir Putin spoke in Moscow on Tuesday."),
        ]);
        let Some(jill) = a.entities.iter().find(|e| e.canonical == "Jill Biden") else {
            panic!("no Jill Biden in {:?}", a.entities);
        };
        let choices = merge_choices(&a, jill);
        let names: Vec<&str> = choices.iter().map(|e| e.canonical.as_str()).collect();
        assert_eq!(
            names.get(..2),
            Some(&["Joe Biden", "Vladimir Putin"][..]),
            "{names:?}"
        );
        assert!(choices
            .iter()
            .all(|e| e.label != Label::Date && e.id != jill.id));
        assert!(
            names.contains(&"Moscow") && names.contains(&"Delaware"),
            "{names:?}"
        );
    }

    #[test]
    fn merges_and_suggestions_read_as_sentences() {
        let a = analyze(vec![
            Document::parse(
                "a.txt",
                b"Foreign Minister Sergei Lavrov spoke in Geneva on Monday.",
            ),
            Document::parse("b.txt", b"Sergey Lavrov said the talks would go on."),
            Document::parse(
                "c.txt",
                b"Visit\n\nJoe Biden met Jill Biden in Delaware. Joe Biden left.",
            ),
            Document::parse(
                "d.txt",
                b"School\n\nJill Biden spoke in Dover on Tuesday. Joe Biden did not attend.",
            ),
            Document::parse("e.txt", b"Aid\n\nBiden said the aid would come soon."),
        ]);
        let Some(lavrov) = a
            .entities
            .iter()
            .find(|e| e.surfaces.iter().any(|s| s == "Sergey Lavrov"))
        else {
            panic!("no Lavrov");
        };
        let lines = merge_lines(lavrov);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].text.contains("Sergei Lavrov") && lines[0].text.contains("Sergey Lavrov"));
        assert!(
            lines[0].text.contains("transliteration"),
            "{}",
            lines[0].text
        );
        let Some(biden) = a.entities.iter().find(|e| e.canonical == "Biden") else {
            panic!(
                "no lone Biden: {:?}",
                a.entities
                    .iter()
                    .map(|e| (&e.id, &e.surfaces))
                    .collect::<Vec<_>>()
            );
        };
        let names: Vec<&str> = suggestions(&a, biden)
            .iter()
            .map(|(e, _)| e.canonical.as_str())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"Joe Biden") && names.contains(&"Jill Biden"));
    }
}
