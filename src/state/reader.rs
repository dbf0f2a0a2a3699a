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
    /// Inside the span the URL points at (`?at=START-END`), e.g. a fact's sentence.
    pub focus: bool,
}

/// Cut `para` into pieces at mention and boilerplate boundaries. `mentions` must
/// be sorted and non-crossing (the engine guarantees it); pieces cover `para`
/// exactly, in order, so concatenating their text gives back the paragraph.
pub fn pieces(
    para: Span,
    mentions: &[Mention],
    boilerplate: &[Span],
    focus: Option<Span>,
) -> Vec<Piece> {
    let mut cuts = vec![para.start, para.end];
    let inside = |s: &Span| s.start < para.end && para.start < s.end;
    let focus_spans: Vec<Span> = focus.into_iter().collect();
    for s in mentions
        .iter()
        .map(|m| &m.span)
        .chain(boilerplate)
        .chain(&focus_spans)
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
        let focus = focus.is_some_and(|f| f.contains(&span));
        match out.last_mut() {
            Some(last)
                if last.mention.is_none()
                    && mention.is_none()
                    && last.boilerplate == boilerplate
                    && last.focus == focus =>
            {
                last.span.end = span.end;
            }
            _ => out.push(Piece {
                span,
                mention,
                boilerplate,
                focus,
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

pub fn paragraphs(
    doc: &Document,
    mentions: &[Mention],
    focus: Option<Span>,
) -> Vec<ReaderParagraph> {
    let bp: Vec<Span> = doc.boilerplate.iter().map(|b| b.span).collect();
    doc.paragraphs
        .iter()
        .map(|&p| ReaderParagraph {
            pieces: pieces(p, mentions, &bp, focus),
            boilerplate: bp.iter().any(|b| b.contains(&p)),
        })
        .collect()
}

/// The span a reader URL points at: `?at=START-END` (byte offsets), if well formed.
pub fn parse_at(query: &str) -> Option<Span> {
    let (a, b) = query.split_once('-')?;
    let span = Span::new(a.trim().parse().ok()?, b.trim().parse().ok()?);
    (!span.is_empty()).then_some(span)
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
        let ps = pieces(Span::new(0, text.len()), &mentions, &bp, None);
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
        let ps = pieces(Span::new(8, text.len()), &mentions, &[], None);
        let joined: String = ps.iter().map(|p| p.span.slice(text)).collect();
        assert_eq!(joined, "Kerman and Shiraz.");
        let marked: Vec<usize> = ps.iter().filter_map(|p| p.mention).collect();
        assert_eq!(marked, [1, 2]);
    }

    #[test]
    fn a_focus_span_cuts_pieces_and_marks_them() {
        let text = "Before. At least 143 people died. After.";
        let mentions = [m(21, 27, Label::Date)];
        let ps = pieces(Span::new(0, text.len()), &mentions, &[], parse_at("8-33"));
        let focused: String = ps
            .iter()
            .filter(|p| p.focus)
            .map(|p| p.span.slice(text))
            .collect();
        assert_eq!(focused, "At least 143 people died.");
        assert!(
            ps.iter().any(|p| p.focus && p.mention == Some(0)),
            "mentions keep their marks inside the focus"
        );
        for (q, span) in [
            ("8-33", Some(Span::new(8, 33))),
            ("33-8", None),
            ("x-3", None),
            ("", None),
            ("5-5", None),
        ] {
            assert_eq!(parse_at(q), span, "{q:?}");
        }
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

/// The byte offset in `text` of a DOM offset counted in UTF-16 code units, when it
/// falls on a character boundary.
pub fn utf16_to_byte(text: &str, units: usize) -> Option<usize> {
    let mut seen = 0;
    for (byte, c) in text.char_indices() {
        if seen == units {
            return Some(byte);
        }
        if seen > units {
            return None;
        }
        seen += c.len_utf16();
    }
    (seen == units).then_some(text.len())
}

#[cfg(test)]
mod utf16_tests {
    use super::utf16_to_byte;

    #[test]
    fn dom_offsets_become_byte_offsets() {
        let text = "Café 😀 Kabul";
        for (units, byte) in [
            (0, Some(0)),
            (3, Some(3)),
            (4, Some(5)),
            (5, Some(6)),
            (7, Some(10)),
            (6, None),
            (13, Some(text.len())),
            (14, None),
        ] {
            assert_eq!(utf16_to_byte(text, units), byte, "{units}");
        }
    }
}
