//! Documents: decoded text plus metadata and structure, all as spans.
//!
//! [`Document::parse`] reads raw scraped bytes and finds, without deleting
//! anything: the title, the outlet (and the wire or site that carried it), the
//! authors, the publication date and dateline where the text states them, the
//! body paragraphs, and the boilerplate (navigation, widgets, ads, bylines,
//! source tags), each as a [`Span`] into [`Document::text`].
//!
//! ```
//! use parallax_core::Document;
//!
//! let raw = "Weather Live Markets\n\
//!            ISIS-K Claims Responsibility for Moscow Attack\n\
//!            date 2024-01-15 Dina Mahmoud (London)\n\
//!            The group said on Friday that it carried out the attack in the city.\n\
//!            Share.\n";
//! let doc = Document::parse("a.txt", raw.as_bytes());
//! assert_eq!(doc.title(), Some("ISIS-K Claims Responsibility for Moscow Attack"));
//! assert_eq!(doc.author_names(), ["Dina Mahmoud"]);
//! assert_eq!(doc.dateline(), Some("London"));
//! let date = doc.date.expect("stated date");
//! assert_eq!((date.year, date.month, date.day), (2024, Some(1), Some(15)));
//! assert_eq!(doc.body_paragraphs().collect::<Vec<_>>(),
//!            ["The group said on Friday that it carried out the attack in the city."]);
//! assert_eq!(doc.boilerplate.len(), 3); // the ticker, the byline, the share button
//! ```

use crate::boilerplate::{ad_score, normalized_words, widget_kind, Boilerplate, BoilerplateKind};
use crate::decode::{decode_detailed, Encoding};
use crate::metadata::{self, Byline, PublicationDate};
use crate::sentence::sentences;
use crate::span::Span;
use crate::token::{tokenize_into, Token, TokenKind};
use serde::{Deserialize, Serialize};

/// One article: its decoded text and what was found about it.
///
/// Every field that points into the article is a [`Span`] into [`Document::text`];
/// spans are sorted and never cross.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier, usually the file name.
    pub id: String,
    /// The decoded text (BOM removed, Windows-1252 decoded, line ends kept); every span indexes this.
    pub text: String,
    /// How the bytes were decoded.
    #[serde(default)]
    pub encoding: Encoding,
    /// The headline, or the first sentence when the article has no headline.
    #[serde(default)]
    pub title: Option<Span>,
    /// Every non-empty line, trimmed, in order: the whole text as the reader shows it.
    #[serde(default)]
    pub paragraphs: Vec<Span>,
    /// The article's own paragraphs: [`Document::paragraphs`] without the headline and
    /// boilerplate, and with a leading wire tag or dateline cut off.
    #[serde(default)]
    pub body: Vec<Span>,
    /// The outlet that published the article, where the text names it
    /// ("Khaama Press" in "(MENAFN- Khaama Press)").
    #[serde(default)]
    pub outlet: Option<Span>,
    /// The wire or site that carried it, where different from the outlet
    /// ("MENAFN" in "(MENAFN- Khaama Press)"; a site name above the headline).
    #[serde(default)]
    pub syndicator: Option<Span>,
    /// Authors named in bylines, in order, each once.
    #[serde(default)]
    pub authors: Vec<Span>,
    /// The publication date, where a byline or the header states one.
    #[serde(default)]
    pub date: Option<PublicationDate>,
    /// The place the article was filed from ("London" in "… Dina Mahmoud (London)").
    #[serde(default)]
    pub dateline: Option<Span>,
    /// Boilerplate, kept and marked, sorted by position.
    #[serde(default)]
    pub boilerplate: Vec<Boilerplate>,
}

/// Lines this far into the text can still be header (site name, headline, byline).
const HEADER_LINES: usize = 12;

impl Document {
    /// Decode `bytes` and find the document's structure. Never panics, on any bytes.
    pub fn parse(id: impl Into<String>, bytes: &[u8]) -> Self {
        let decoded = decode_detailed(bytes);
        let mut doc = Self {
            id: id.into(),
            text: decoded.text,
            encoding: decoded.encoding,
            title: None,
            paragraphs: Vec::new(),
            body: Vec::new(),
            outlet: None,
            syndicator: None,
            authors: Vec::new(),
            date: None,
            dateline: None,
            boilerplate: Vec::new(),
        };
        doc.paragraphs = lines(&doc.text);
        Parser::new(&mut doc).run();
        doc
    }

    /// The title text, if any.
    pub fn title(&self) -> Option<&str> {
        self.title
            .map(|s| s.slice(&self.text))
            .filter(|s| !s.is_empty())
    }

    /// The outlet's name, if the text states it.
    pub fn outlet(&self) -> Option<&str> {
        self.outlet
            .map(|s| s.slice(&self.text))
            .filter(|s| !s.is_empty())
    }

    /// The syndicating wire or site's name, if the text states one.
    pub fn syndicator(&self) -> Option<&str> {
        self.syndicator
            .map(|s| s.slice(&self.text))
            .filter(|s| !s.is_empty())
    }

    /// The authors' names.
    pub fn author_names(&self) -> Vec<&str> {
        self.authors.iter().map(|s| s.slice(&self.text)).collect()
    }

    /// The dateline place, if any.
    pub fn dateline(&self) -> Option<&str> {
        self.dateline
            .map(|s| s.slice(&self.text))
            .filter(|s| !s.is_empty())
    }

    /// The body paragraphs' text.
    pub fn body_paragraphs(&self) -> impl Iterator<Item = &str> + '_ {
        self.body.iter().map(|s| s.slice(&self.text))
    }

    /// Number of whitespace-separated words in the text.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }

    /// Whether `span` touches boilerplate that is not article content: navigation,
    /// widgets, ads. Bylines, source tags and datelines are marked as boilerplate
    /// too, but their names are the article's (author, outlet, place), so they do
    /// not count here; see [`Document::boilerplate_at`] for every kind.
    ///
    /// ```
    /// use parallax_core::Document;
    /// let doc = Document::parse("x", b"The talks in Brussels went on for many hours.\nblog comments powered by Disqus");
    /// let disqus = doc.text.find("Disqus").unwrap();
    /// assert!(doc.is_boilerplate(parallax_core::Span::new(disqus, disqus + 6)));
    /// assert!(!doc.is_boilerplate(parallax_core::Span::new(13, 21)));
    /// ```
    pub fn is_boilerplate(&self, span: Span) -> bool {
        self.overlapping(span).any(|b| !b.kind.is_metadata())
    }

    /// Whether `span` lies in a line that only states the article's outlet or its
    /// publication date: "Valley Post | March 3, 2025" under a title, or the outlet and
    /// date lines an import adds. Parallax reads such a line as metadata, so it is not
    /// text to take names from. A line with authors is a byline, whose names count.
    ///
    /// ```
    /// use parallax_core::{Document, Span};
    /// let doc = Document::parse("x", b"Storm hits the coast\nValley Post | March 3, 2025\n\nThe storm reached Tarsa on Monday and closed the port for two days.");
    /// let line = doc.text.find("Valley Post").unwrap();
    /// assert!(doc.is_source_line(Span::new(line, line + 11)));
    /// let tarsa = doc.text.find("Tarsa").unwrap();
    /// assert!(!doc.is_source_line(Span::new(tarsa, tarsa + 5)));
    /// ```
    pub fn is_source_line(&self, span: Span) -> bool {
        let Some(line) = self
            .paragraphs
            .get(self.paragraphs.partition_point(|p| p.end <= span.start))
            .filter(|p| p.contains(&span))
        else {
            return false;
        };
        let whole = self
            .overlapping(span)
            .any(|b| b.kind.is_metadata() && b.span.contains(line));
        let names_source = [self.outlet, self.date.map(|d| d.span)]
            .into_iter()
            .flatten()
            .any(|s| line.contains(&s));
        let authored = self.authors.iter().any(|a| line.contains(a));
        whole && names_source && !authored
    }

    /// The first boilerplate of any kind that `span` touches.
    pub fn boilerplate_at(&self, span: Span) -> Option<&Boilerplate> {
        self.overlapping(span).next()
    }

    fn overlapping(&self, span: Span) -> impl Iterator<Item = &Boilerplate> + '_ {
        // Boilerplate is sorted and disjoint, so the candidates start at the first
        // one ending after `span.start`.
        let first = self
            .boilerplate
            .partition_point(|b| b.span.end <= span.start);
        self.boilerplate[first..]
            .iter()
            .take_while(move |b| {
                b.span.start < span.end || (span.is_empty() && b.span.start <= span.start)
            })
            .filter(move |b| b.span.overlaps(&span) || (span.is_empty() && b.span.contains(&span)))
    }
}

/// Non-empty lines of `text` as spans, trimmed of surrounding whitespace. Lines
/// end at `\n`, `\r\n` or a lone `\r`.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let line = &text[from..to];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(Span::new(from + lead, from + lead + trimmed.len()));
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                push(start, i);
                start = i + 1;
            }
            b'\r' => {
                push(start, i);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    push(start, bytes.len());
    out
}

/// Words of section labels and breadcrumbs above a headline.
const SECTION_WORDS: &[&str] = &[
    "news",
    "world",
    "politics",
    "political",
    "home",
    "business",
    "sport",
    "sports",
    "opinion",
    "middle",
    "east",
    "us",
    "uk",
    "europe",
    "asia",
    "africa",
    "americas",
    "tech",
    "technology",
    "entertainment",
    "health",
    "science",
    "latest",
    "breaking",
    "local",
    "national",
    "international",
    "analysis",
    "features",
    "video",
    "live",
    "and",
    "&",
];

/// Whether a short line is a section label: only section words, at most three.
fn is_section_label(norm: &str) -> bool {
    let mut n = 0;
    for w in norm.split(' ') {
        n += 1;
        if n > 3 || !SECTION_WORDS.contains(&w) {
            return false;
        }
    }
    n > 0
}

/// The first sentence of a paragraph, without splitting all of an enormous one:
/// when a prefix holds three sentences, the first break was decided on whole
/// tokens, so the first sentence is the same in the whole paragraph.
fn first_sentence(text: &str, para: Span) -> Option<Span> {
    const PREFIX: usize = 4096;
    if para.len() > 2 * PREFIX {
        let head = Span::new(para.start, para.start + PREFIX);
        let sents = sentences(text, &[head]);
        if sents.len() >= 3 {
            return sents.first().copied();
        }
    }
    sentences(text, &[para]).first().copied()
}

/// What a line turned out to be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Unknown,
    Headline,
    Body,
    Boiler(BoilerplateKind),
}

struct Parser<'d> {
    doc: &'d mut Document,
    roles: Vec<Role>,
    tokens: Vec<Token>,
    bylines: Vec<Byline>,
    tag: Option<metadata::SourceTag>,
    brand: Option<Span>,
}

impl<'d> Parser<'d> {
    fn new(doc: &'d mut Document) -> Self {
        let n = doc.paragraphs.len();
        Self {
            doc,
            roles: vec![Role::Unknown; n],
            tokens: Vec::new(),
            bylines: Vec::new(),
            tag: None,
            brand: None,
        }
    }

    fn text(&self) -> &str {
        &self.doc.text
    }

    /// Line `i`'s text.
    fn text_of(&self, i: usize) -> &str {
        self.doc.paragraphs[i].slice(&self.doc.text)
    }

    fn tokenize(&mut self, i: usize) {
        self.tokens.clear();
        let span = self.doc.paragraphs[i];
        tokenize_into(&self.doc.text, span, &mut self.tokens);
    }

    fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count()
    }

    /// A line that reads as running text: ends like a sentence, or is long.
    fn body_like(&self, i: usize) -> bool {
        let s = self.doc.paragraphs[i].slice(&self.doc.text);
        let s = s.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
        // Counting stops at 30: a paragraph of any greater length reads the same.
        let words = s.split_whitespace().take(30).count();
        (words >= 5 && s.ends_with(['.', '!'])) || words >= 30
    }

    /// Widget, navigation or dated/"By" byline, from the line's own words.
    fn classify_furniture(&mut self, i: usize, in_header: bool) -> Option<BoilerplateKind> {
        let words = self.word_count();
        let norm = normalized_words(self.text(), &self.tokens);
        if let Some(kind) = widget_kind(&norm, words) {
            return Some(kind);
        }
        if words == 0 {
            // Only punctuation or symbols: "/", "|", "»".
            return Some(BoilerplateKind::Navigation);
        }
        // Below the header a dated line is a byline only with a full date: "In
        // March 2019" there is more likely a subheading.
        // "Valley Post | March 3, 2025" under the headline names outlet and date.
        let byline = in_header
            .then(|| metadata::outlet_date_line(self.text(), &self.tokens))
            .flatten()
            .or_else(|| {
                metadata::dated_byline(self.text(), &self.tokens)
                    .filter(|b| in_header || b.date.is_some_and(|d| d.day.is_some()))
            })
            .or_else(|| metadata::by_byline(self.text(), &self.tokens));
        if let Some(b) = byline {
            self.bylines.push(b);
            return Some(BoilerplateKind::Byline);
        }
        if in_header && metadata::opens_with_stamp(self.text_of(i)) {
            // "6m ago 18.40 EDT What we know Ana Gil": a live blog entry's head.
            return Some(BoilerplateKind::Byline);
        }
        if in_header {
            // "Tarsa, June 4" on its own line: where the story was filed, not a
            // headline. "PTI" alone: the agency's credit, not navigation.
            if let Some(place) = metadata::place_date_line(self.text(), &self.tokens) {
                self.bylines.push(metadata::Byline {
                    place: Some(place),
                    ..Default::default()
                });
                return Some(BoilerplateKind::Dateline);
            }
            if metadata::is_agency_line(self.text(), &self.tokens) {
                return Some(BoilerplateKind::SourceTag);
            }
        }
        let line = self.doc.paragraphs[i];
        if let Some(tag) = metadata::source_tag(self.text(), line, &self.tokens) {
            if in_header && tag.span.end == line.end && self.tag.is_none() {
                self.tag = Some(tag);
                return Some(BoilerplateKind::SourceTag);
            }
        }
        None
    }

    fn run(mut self) {
        let n = self.doc.paragraphs.len();
        let first_body = (0..n).find(|&i| self.body_like(i)).unwrap_or(n);
        let header_end = first_body.min(HEADER_LINES);

        // Header pass 1: furniture and dated bylines.
        let mut header_words = vec![0usize; header_end];
        for (i, words) in header_words.iter_mut().enumerate() {
            self.tokenize(i);
            *words = self.word_count();
            if let Some(kind) = self.classify_furniture(i, true) {
                self.roles[i] = Role::Boiler(kind);
            }
        }
        // Header pass 2: the headline is the first remaining line of two or more
        // words that is not a section label ("World News").
        let unknown = |roles: &[Role], i: usize| roles[i] == Role::Unknown;
        let mut headline = None;
        for (i, &words) in header_words.iter().enumerate() {
            if !unknown(&self.roles, i) || !(2..=40).contains(&words) {
                continue;
            }
            self.tokenize(i);
            if !is_section_label(&normalized_words(self.text(), &self.tokens)) {
                headline = Some(i);
                break;
            }
        }
        if let Some(h) = headline {
            self.roles[h] = Role::Headline;
        }
        // Header pass 3: short lines before the headline (or before the body) are
        // a site name or navigation; after it, a comma byline.
        let has_content_after = headline.is_some() || first_body < n;
        for (i, &words) in header_words.iter().enumerate() {
            if !unknown(&self.roles, i) {
                continue;
            }
            self.tokenize(i);
            let before_headline = headline.is_none_or(|h| i < h);
            if before_headline && has_content_after && words <= 3 {
                if self.brand.is_none() && metadata::is_brand(self.text(), &self.tokens) {
                    self.brand = self.tokens.first().map(|t| t.span);
                    self.roles[i] = Role::Boiler(BoilerplateKind::SourceTag);
                } else {
                    self.roles[i] = Role::Boiler(BoilerplateKind::Navigation);
                }
            } else if !before_headline {
                // Short lines after the headline are often facts ("Ewood Park",
                // "Tuesday, 1 March"), so only a byline is taken out here.
                if let Some(b) = metadata::comma_byline(self.text(), &self.tokens) {
                    self.bylines.push(b);
                    self.roles[i] = Role::Boiler(BoilerplateKind::Byline);
                }
            }
        }

        // Body: running text is taken as is; other lines are checked for
        // furniture, bylines and ads.
        for i in header_end..n {
            if self.body_like(i) {
                self.roles[i] = Role::Body;
                continue;
            }
            self.tokenize(i);
            if let Some(kind) = self.classify_furniture(i, false) {
                self.roles[i] = Role::Boiler(kind);
            } else if ad_score(&self.doc.text, self.doc.paragraphs[i], &self.tokens) >= 3 {
                self.roles[i] = Role::Boiler(BoilerplateKind::Ad);
            }
        }
        self.finish(headline);
    }

    fn finish(mut self, headline: Option<usize>) {
        let mut body = Vec::new();
        let mut boilerplate = Vec::new();
        let mut first_content = true;
        for (i, &role) in self.roles.iter().enumerate() {
            let span = self.doc.paragraphs[i];
            match role {
                Role::Boiler(kind) => boilerplate.push(Boilerplate { span, kind }),
                Role::Headline => {}
                Role::Unknown | Role::Body => {
                    let mut span = span;
                    if first_content {
                        first_content = false;
                        // A wire tag or dateline glued to the first paragraph.
                        // Tags are short: the line's start is enough.
                        self.tokens.clear();
                        let head = Span::new(span.start, span.end.min(span.start + 256));
                        tokenize_into(&self.doc.text, head, &mut self.tokens);
                        if let Some(tag) = metadata::source_tag(&self.doc.text, span, &self.tokens)
                        {
                            let kind = if tag.outlet.is_some() || tag.syndicator.is_some() {
                                BoilerplateKind::SourceTag
                            } else {
                                BoilerplateKind::Dateline
                            };
                            let rest = &self.doc.text[tag.span.end..span.end];
                            let lead = rest.len() - rest.trim_start().len();
                            if tag.span.end + lead < span.end && self.tag.is_none() {
                                boilerplate.push(Boilerplate {
                                    span: tag.span,
                                    kind,
                                });
                                span = Span::new(tag.span.end + lead, span.end);
                                self.tag = Some(tag);
                            }
                        }
                    }
                    body.push(span);
                }
            }
        }
        boilerplate.sort_by_key(|b| b.span.start);

        let doc = &mut *self.doc;
        doc.title = match headline {
            Some(h) => Some(doc.paragraphs[h]),
            None => body.first().and_then(|&p| first_sentence(&doc.text, p)),
        };
        // Metadata: the wire tag first, then bylines, then a site name.
        if let Some(tag) = self.tag {
            doc.outlet = tag.outlet;
            doc.syndicator = tag.syndicator;
            doc.dateline = tag.place;
            doc.date = doc.date.or(tag.date);
        }
        for b in &self.bylines {
            for &a in &b.authors {
                if !doc
                    .authors
                    .iter()
                    .any(|x| x.slice(&doc.text) == a.slice(&doc.text))
                {
                    doc.authors.push(a);
                }
            }
            doc.outlet = doc.outlet.or(b.outlet);
            doc.date = doc.date.or(b.date);
            doc.dateline = doc.dateline.or(b.place);
        }
        if let Some(brand) = self.brand {
            if doc.outlet.is_none() {
                doc.outlet = Some(brand);
            } else if doc.syndicator.is_none() {
                doc.syndicator = Some(brand);
            }
        }
        doc.authors.sort_by_key(|s| s.start);
        doc.body = body;
        doc.boilerplate = boilerplate;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        let cases: [(&str, &[&str]); 5] = [
            ("a\nb", &["a", "b"]),
            ("a\r\nb\r\n", &["a", "b"]),
            ("a\rb", &["a", "b"]),
            ("  \n\u{a0}\n x \n", &["x"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = lines(text).iter().map(|s| s.slice(text)).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn crlf_spans_index_decoded_text() {
        let doc = Document::parse(
            "x",
            b"Headline Of The Story Here\r\nBy Jane Doe\r\nThe story starts here and goes on.\r\n",
        );
        assert_eq!(doc.title(), Some("Headline Of The Story Here"));
        assert_eq!(doc.author_names(), ["Jane Doe"]);
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            ["The story starts here and goes on."]
        );
    }

    #[test]
    fn single_line_and_empty() {
        let doc = Document::parse("a", b"Alpha");
        assert_eq!(doc.title(), Some("Alpha"));
        assert_eq!(doc.body.len(), 1);
        let doc = Document::parse("e", b"");
        assert_eq!(doc.title(), None);
        assert!(doc.paragraphs.is_empty() && doc.boilerplate.is_empty());
    }

    #[test]
    fn live_blog_stamps() {
        for (line, stamp) in [
            ("6m ago 18.40 EDT What we know", true),
            ("2h ago Crews reach the coast", true),
            ("45 mins ago Update", true),
            ("18.40 EDT Rescue teams arrive", true),
            ("9.05am Ministers meet", true),
            ("10:32 pm BST The vote is in", true),
            ("2.5 million people were told to leave", false),
            ("18 dead as fires spread", false),
            ("10.30 Dollars rose", false),
            ("Ago is a word", false),
        ] {
            assert_eq!(metadata::opens_with_stamp(line), stamp, "{line}");
        }
        for (line, date) in [
            ("16 Sep 2023, 18:48 GMT+10", true),
            ("Monday 3 March 2025", true),
            ("Updated: 09:15 BST, 4 June 2024", true),
            ("3 March: the day the dam broke", false),
            ("March", false),
            ("2024 in review", false),
        ] {
            assert_eq!(metadata::is_date_stamp(line), date, "{line}");
        }
    }

    #[test]
    fn headers() {
        struct Case {
            raw: &'static str,
            title: &'static str,
            boilerplate: &'static [&'static str],
        }
        let cases = [
            Case {
                // A match report: short fact lines under the headline stay content.
                raw: "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\nHoward Webb (South Yorkshire)\n\nThe home side will be without their captain for the game.",
                title: "Blackburn v Burnley",
                boilerplate: &[],
            },
            Case {
                raw: "World News\nISIS-K claims Moscow attack\nThe group said on Friday that it did it.",
                title: "ISIS-K claims Moscow attack",
                boilerplate: &["World News"],
            },
            Case {
                raw: "Home\n|\nHuffPost\nA Headline About Something\nBy Jane Doe\nPublished: March 3, 2024\nThe story begins here, as stories do.",
                title: "A Headline About Something",
                boilerplate: &["Home", "|", "HuffPost", "By Jane Doe", "Published: March 3, 2024"],
            },
            Case {
                // A script notice above the outlet line is page furniture, not the headline.
                raw: "Please turn on JavaScript to use this feature\nLakeside Post | 2023-08-09\n\nFlames spread across the hills overnight. Crews held the line.",
                title: "Flames spread across the hills overnight.",
                boilerplate: &["Please turn on JavaScript to use this feature", "Lakeside Post | 2023-08-09"],
            },
            Case {
                // Wire copy: the agency's credit and a dateline on lines of their own
                // are neither navigation nor the headline.
                raw: "PTI\n\nTarsa, June 4\n\nThe state government revised the toll on Sunday. It fell to 41.",
                title: "The state government revised the toll on Sunday.",
                boilerplate: &["PTI", "Tarsa, June 4"],
            },
            Case {
                // A live blog: the entry's stamp and author line is not the headline.
                raw: "6m ago 18.40 EDT What we know Ana Gil\n\nFires burned across the island overnight. Crews held the line.",
                title: "Fires burned across the island overnight.",
                boilerplate: &["6m ago 18.40 EDT What we know Ana Gil"],
            },
            Case {
                // No headline: the first sentence, after a wire tag.
                raw: "(AP) — The storm hit the coast on Monday. It moved north.",
                title: "The storm hit the coast on Monday.",
                boilerplate: &["(AP) —"],
            },
        ];
        for case in cases {
            let doc = Document::parse("h", case.raw.as_bytes());
            assert_eq!(doc.title(), Some(case.title), "{:?}", case.raw);
            let boiler: Vec<&str> = doc
                .boilerplate
                .iter()
                .map(|b| b.span.slice(&doc.text))
                .collect();
            assert_eq!(boiler, case.boilerplate, "{:?}", case.raw);
        }
    }

    #[test]
    fn first_sentence_of_an_enormous_paragraph() {
        let long = format!(
            "It began in the U.S. on Monday. {}",
            "Then more. ".repeat(2000)
        );
        let doc = Document::parse("big", long.as_bytes());
        assert_eq!(doc.title(), Some("It began in the U.S. on Monday."));
        let one = "word ".repeat(5000);
        let doc = Document::parse("one", one.as_bytes());
        assert_eq!(doc.title().map(str::len), Some(one.trim_end().len()));
    }

    #[test]
    fn deserializes_without_the_newer_fields() {
        let doc: Document =
            serde_json::from_str(r#"{"id":"a","text":"Alpha","title":null,"paragraphs":[]}"#)
                .expect("old JSON");
        assert_eq!(doc.id, "a");
        assert!(doc.boilerplate.is_empty() && doc.outlet.is_none());
        let round: Document = serde_json::from_str(
            &serde_json::to_string(&Document::parse("b", b"Beta")).expect("to JSON"),
        )
        .expect("from JSON");
        assert_eq!(round, Document::parse("b", b"Beta"));
    }

    #[test]
    fn reuters_dateline() {
        let doc = Document::parse(
            "r",
            b"MOSCOW (Reuters) - Russia said on Friday that the attack was planned abroad.",
        );
        assert_eq!(doc.outlet(), Some("Reuters"));
        assert_eq!(doc.dateline(), Some("MOSCOW"));
        assert_eq!(
            doc.title(),
            Some("Russia said on Friday that the attack was planned abroad.")
        );
    }
}
