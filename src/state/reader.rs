//! View state of the article reader: text pieces with their marks, and which
//! entity types are shown. Plain types, tested natively; the page only renders.

use parallax_core::{Document, Label, Mention, Span};

/// A run of text in a paragraph: plain, or one mention (by index into the
/// extraction's mentions), possibly inside boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub mention: Option<usize>,
    pub boilerplate: bool,
}

/// Cut `para` into pieces at mention and boilerplate boundaries. `mentions` must
/// be sorted and non-crossing (the engine guarantees it); pieces cover `para`
/// exactly, in order, so concatenating their text gives back the paragraph.
pub fn pieces(para: Span, mentions: &[Mention], boilerplate: &[Span]) -> Vec<Piece> {
    let mut cuts = vec![para.start, para.end];
    let inside = |s: &Span| s.start < para.end && para.start < s.end;
    for s in mentions
        .iter()
        .map(|m| &m.span)
        .chain(boilerplate)
        .filter(|s| inside(s))
    {
        cuts.push(s.start.clamp(para.start, para.end));
        cuts.push(s.end.clamp(para.start, para.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let first = mentions.partition_point(|m| m.span.end <= para.start);
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let span = Span::new(w[0], w[1]);
        let mention = mentions[first..]
            .iter()
            .take_while(|m| m.span.start < para.end)
            .position(|m| m.span.contains(&span))
            .map(|i| i + first);
        let boilerplate = boilerplate.iter().any(|b| b.contains(&span));
        match out.last_mut() {
            Some(last)
                if last.mention.is_none()
                    && mention.is_none()
                    && last.boilerplate == boilerplate =>
            {
                last.span.end = span.end;
            }
            _ => out.push(Piece {
                span,
                mention,
                boilerplate,
            }),
        }
    }
    out
}

/// A paragraph of the reader: its pieces and whether it is boilerplate as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct ReaderParagraph {
    pub pieces: Vec<Piece>,
    pub boilerplate: bool,
}

pub fn paragraphs(doc: &Document, mentions: &[Mention]) -> Vec<ReaderParagraph> {
    let bp: Vec<Span> = doc.boilerplate.iter().map(|b| b.span).collect();
    doc.paragraphs
        .iter()
        .map(|&p| ReaderParagraph {
            pieces: pieces(p, mentions, &bp),
            boilerplate: bp.iter().any(|b| b.contains(&p)),
        })
        .collect()
}

/// Short, human names of the labels, for legends and marks.
pub fn label_name(label: Label) -> &'static str {
    match label {
        Label::Person => "Person",
        Label::Org => "Organization",
        Label::Loc => "Place",
        Label::Norp => "Group (nationality, religion, politics)",
        Label::Date => "Date",
    }
}

/// The tag printed on a mark, so types are not told by colour alone.
pub fn label_tag(label: Label) -> &'static str {
    match label {
        Label::Person => "PER",
        Label::Org => "ORG",
        Label::Loc => "LOC",
        Label::Norp => "NORP",
        Label::Date => "DATE",
    }
}

pub fn label_class(label: Label) -> &'static str {
    match label {
        Label::Person => "px-mark--person",
        Label::Org => "px-mark--org",
        Label::Loc => "px-mark--loc",
        Label::Norp => "px-mark--norp",
        Label::Date => "px-mark--date",
    }
}

/// Which types are hidden, as the `hide` query parameter says (`hide=DATE,NORP`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HiddenLabels(u8);

impl HiddenLabels {
    pub fn parse(query: &str) -> Self {
        let mut bits = 0;
        for part in query.split(',') {
            if let Some(i) =
                Label::parse(part.trim()).and_then(|l| Label::ALL.iter().position(|x| *x == l))
            {
                bits |= 1 << i;
            }
        }
        Self(bits)
    }

    fn bit(label: Label) -> u8 {
        Label::ALL
            .iter()
            .position(|x| *x == label)
            .map_or(0, |i| 1 << i)
    }

    pub fn is_hidden(self, label: Label) -> bool {
        self.0 & Self::bit(label) != 0
    }

    pub fn toggled(self, label: Label) -> Self {
        Self(self.0 ^ Self::bit(label))
    }

    /// The query value, `""` when nothing is hidden.
    pub fn to_query(self) -> String {
        Label::ALL
            .iter()
            .filter(|l| self.is_hidden(**l))
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::Source;

    fn m(start: usize, end: usize, label: Label) -> Mention {
        Mention {
            span: Span::new(start, end),
            label,
            confidence: 0.9,
            source: Source::Model,
        }
    }

    #[test]
    fn pieces_cover_the_paragraph_and_mark_mentions() {
        let text = "Ad here. Lloyd Austin met NATO.";
        let mentions = [m(9, 21, Label::Person), m(26, 30, Label::Org)];
        let bp = [Span::new(0, 8)];
        let ps = pieces(Span::new(0, text.len()), &mentions, &bp);
        let shown: Vec<(&str, Option<usize>, bool)> = ps
            .iter()
            .map(|p| (p.span.slice(text), p.mention, p.boilerplate))
            .collect();
        assert_eq!(
            shown,
            [
                ("Ad here.", None, true),
                (" ", None, false),
                ("Lloyd Austin", Some(0), false),
                (" met ", None, false),
                ("NATO", Some(1), false),
                (".", None, false),
            ]
        );
    }

    #[test]
    fn pieces_only_use_mentions_of_their_paragraph() {
        let text = "Moscow.\nKerman and Shiraz.";
        let mentions = [
            m(0, 6, Label::Loc),
            m(8, 14, Label::Loc),
            m(19, 25, Label::Loc),
        ];
        let ps = pieces(Span::new(8, text.len()), &mentions, &[]);
        let joined: String = ps.iter().map(|p| p.span.slice(text)).collect();
        assert_eq!(joined, "Kerman and Shiraz.");
        let marked: Vec<usize> = ps.iter().filter_map(|p| p.mention).collect();
        assert_eq!(marked, [1, 2]);
    }

    #[test]
    fn hidden_labels_round_trip_through_the_query() {
        for (query, canonical) in [
            ("", ""),
            ("DATE", "DATE"),
            ("NORP,DATE", "NORP,DATE"),
            ("DATE, PERSON, bogus", "PERSON,DATE"),
        ] {
            let hidden = HiddenLabels::parse(query);
            assert_eq!(hidden.to_query(), canonical, "query {query:?}");
        }
        let h = HiddenLabels::default().toggled(Label::Org);
        assert!(h.is_hidden(Label::Org));
        assert!(!h.is_hidden(Label::Person));
        assert!(!h.toggled(Label::Org).is_hidden(Label::Org));
    }
}
