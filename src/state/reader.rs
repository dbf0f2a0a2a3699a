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
    label.name()
}

/// The popover's line in plain words: "Person · named in 4 of 5 articles · also
/// called Putin, Vladimir Putin" ("named in this article" when it is the only one).
pub fn popover_line(
    label: Label,
    named_in: usize,
    total: usize,
    canonical: &str,
    surfaces: &[String],
) -> String {
    let mut line = label_name(label).to_owned();
    if total <= 1 {
        line.push_str(" · named in this article");
    } else {
        line.push_str(&format!(" · named in {named_in} of {total} articles"));
    }
    let mut others: Vec<&str> = Vec::new();
    for s in surfaces {
        if s != canonical && !others.contains(&s.as_str()) {
            others.push(s);
        }
    }
    if !others.is_empty() {
        line.push_str(" · also called ");
        line.push_str(&others.join(", "));
    }
    line
}

/// Where a mention sits on screen, in CSS pixels from the viewport's top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub bottom: f64,
}

/// Widest a popover gets, in CSS pixels (26rem).
const POP_WIDTH: f64 = 416.0;
/// Room a popover needs below its mention before it opens above instead.
const POP_ROOM: f64 = 280.0;
/// Gap between the mention and its popover, and to the viewport's edges.
const POP_GAP: f64 = 6.0;

/// The popover's position (a `style` value): just below the mention and aligned
/// with its left edge, kept inside the viewport; above it when the room below is
/// short and there is more above.
pub fn popover_style(at: Rect, width: f64, height: f64) -> String {
    let pop_w = POP_WIDTH.min(width - 2.0 * POP_GAP).max(0.0);
    let left = at.left.min(width - pop_w - POP_GAP).max(POP_GAP);
    let below = height - at.bottom;
    if below < POP_ROOM && at.top > below {
        let bottom = (height - at.top + POP_GAP).max(POP_GAP);
        format!(
            "left:{left:.0}px;bottom:{bottom:.0}px;top:auto;max-height:{:.0}px",
            (at.top - 2.0 * POP_GAP).max(120.0)
        )
    } else {
        let top = at.bottom + POP_GAP;
        format!(
            "left:{left:.0}px;top:{top:.0}px;bottom:auto;max-height:{:.0}px",
            (below - 2.0 * POP_GAP).max(120.0)
        )
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
    use super::*;

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

    #[test]
    fn popover_lines_speak_plainly() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        for (label, n, total, surfaces, line) in [
            (
                Label::Person,
                4,
                5,
                s(&["Ana Lima", "Lima"]),
                "Person · named in 4 of 5 articles · also called Lima",
            ),
            (
                Label::Loc,
                1,
                1,
                s(&["Porto"]),
                "Place · named in this article",
            ),
            (
                Label::Org,
                2,
                3,
                s(&["Bay Council", "the Council", "the Council"]),
                "Organization · named in 2 of 3 articles · also called the Council",
            ),
        ] {
            let canonical = surfaces.first().cloned().unwrap_or_default();
            assert_eq!(popover_line(label, n, total, &canonical, &surfaces), line);
        }
    }

    #[test]
    fn popovers_open_next_to_their_mention_inside_the_viewport() {
        let at = |left: f64, top: f64| Rect {
            left,
            top,
            bottom: top + 20.0,
        };
        for (rect, w, h, style) in [
            // Room below: just under the mention, at its left edge.
            (
                at(100.0, 100.0),
                1280.0,
                800.0,
                "left:100px;top:126px;bottom:auto;max-height:668px",
            ),
            // Near the right edge: moved left to stay on screen.
            (
                at(1200.0, 100.0),
                1280.0,
                800.0,
                "left:858px;top:126px;bottom:auto;max-height:668px",
            ),
            // Near the bottom: above the mention.
            (
                at(100.0, 700.0),
                1280.0,
                800.0,
                "left:100px;bottom:106px;top:auto;max-height:688px",
            ),
            // A phone: as wide as the screen allows.
            (
                at(300.0, 200.0),
                390.0,
                844.0,
                "left:6px;top:226px;bottom:auto;max-height:612px",
            ),
        ] {
            assert_eq!(popover_style(rect, w, h), style, "{rect:?}");
        }
    }
}
