//! Boilerplate: page furniture that scrapers leave in article text.
//!
//! Boilerplate is kept and marked, never deleted: every [`Boilerplate`] is a span
//! into the document's text with a [`BoilerplateKind`]. Navigation, widgets and
//! ads are not article content, and entities inside them are not article entities
//! ([`crate::Document::is_boilerplate`]). Bylines, source tags and datelines are
//! marked too, but they carry the article's metadata (author, outlet, place), so
//! names in them are real mentions ([`BoilerplateKind::is_metadata`]).

use crate::span::Span;
use crate::token::{Token, TokenKind};
use serde::{Deserialize, Serialize};

/// What a piece of boilerplate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Menus, breadcrumbs, section labels, paging: "Politics", "/",
    /// "swipe to next page", "...continued", "Published in Political News".
    Navigation,
    /// Share buttons, comment boxes, tickers: "Share.", "Exit mobile version",
    /// "Weather Live Markets", "blog comments powered by Disqus".
    Widget,
    /// Advertising inside the body: "Sig P320FS OWB Holster - USA Made - …".
    Ad,
    /// Author and date credit lines: "date 2024-01-15 Dina Mahmoud (London)",
    /// "Sara Harmouch, American University, The Conversation".
    Byline,
    /// Outlet or wire tags: "(MENAFN- Khaama Press)", a site name above the headline.
    SourceTag,
    /// The place an article was filed from, at the start of the body: "KABUL —".
    Dateline,
}

impl BoilerplateKind {
    /// Whether this kind carries the article's own metadata (bylines, source tags,
    /// datelines): names in it are real mentions of the article, unlike those in
    /// navigation, widgets and ads.
    ///
    /// ```
    /// use parallax_core::boilerplate::BoilerplateKind;
    /// assert!(BoilerplateKind::Byline.is_metadata());
    /// assert!(!BoilerplateKind::Ad.is_metadata());
    /// ```
    pub const fn is_metadata(self) -> bool {
        matches!(self, Self::Byline | Self::SourceTag | Self::Dateline)
    }

    /// A short lowercase name, as used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Navigation => "navigation",
            Self::Widget => "widget",
            Self::Ad => "ad",
            Self::Byline => "byline",
            Self::SourceTag => "source_tag",
            Self::Dateline => "dateline",
        }
    }
}

/// One marked piece of boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Boilerplate {
    /// Where it lies in the document's text.
    pub span: Span,
    /// What it is.
    pub kind: BoilerplateKind,
}

/// Lowercased words of a line (Word and Number tokens), joined by one space.
pub(crate) fn normalized_words(text: &str, tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in t.span.slice(text).chars() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whole short lines that are page furniture, after [`normalized_words`].
const WIDGET_LINES: &[(&str, BoilerplateKind)] = {
    use BoilerplateKind::{Navigation as N, Widget as W};
    &[
        ("share", W),
        ("share this", W),
        ("share this article", W),
        ("share this story", W),
        ("share on facebook", W),
        ("share on twitter", W),
        ("exit mobile version", W),
        ("weather live markets", W),
        ("comments", W),
        ("comment", W),
        ("leave a comment", W),
        ("leave a reply", W),
        ("advertisement", W),
        ("advertisements", W),
        ("advertisment", W),
        ("sponsored", W),
        ("sponsored content", W),
        ("print", W),
        ("email", W),
        ("tweet", W),
        ("facebook", W),
        ("twitter", W),
        ("whatsapp", W),
        ("linkedin", W),
        ("copy link", W),
        ("loading", W),
        ("subscribe", W),
        ("sign up", W),
        ("newsletter", W),
        ("scroll to continue with content", W),
        ("story continues below advertisement", W),
        ("article continues below advertisement", W),
        ("continue reading", N),
        ("continued", N),
        ("swipe to next page", N),
        ("next page", N),
        ("previous page", N),
        ("next", N),
        ("previous", N),
        ("back to top", N),
        ("skip to content", N),
        ("skip to main content", N),
        ("home", N),
        ("menu", N),
        ("search", N),
        ("related", N),
        ("related articles", N),
        ("related stories", N),
        ("read more", N),
        ("more", N),
        ("most read", N),
        ("most popular", N),
        ("trending", N),
        ("top stories", N),
        ("latest news", N),
        ("you may also like", N),
        ("recommended", N),
        ("recommended for you", N),
    ]
};

/// Starts of short lines that are page furniture.
const WIDGET_PREFIXES: &[(&str, BoilerplateKind)] = {
    use BoilerplateKind::{Navigation as N, Widget as W};
    &[
        ("blog comments powered by", W),
        ("comments powered by", W),
        ("please enable javascript", W),
        ("sign up for", W),
        ("subscribe to", W),
        ("follow us on", W),
        ("click here", W),
        ("all rights reserved", W),
        ("copyright", W),
        ("share on", W),
        ("published in", N),
        ("posted in", N),
        ("filed under", N),
        ("read more", N),
        ("related", N),
        ("see also", N),
        ("tags", N),
        ("topics", N),
    ]
};

/// Starts of the browser notices a saved page keeps ("Please turn on JavaScript to use
/// this feature"): longer than widgets, never content.
const NOTICE_PREFIXES: &[&str] = &[
    "please enable javascript",
    "please turn on javascript",
    "javascript is disabled",
    "javascript is required",
    "you need to enable javascript",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
];

/// Whether a line is a browser notice ("Please turn on JavaScript to use this
/// feature"), as a saved page's `<title>` sometimes is: never a headline.
pub(crate) fn is_notice(line: &str) -> bool {
    let toks = crate::token::tokenize(line, Span::new(0, line.len()));
    let norm = normalized_words(line, &toks);
    let words = norm.split(' ').filter(|w| !w.is_empty()).count();
    words <= 16 && NOTICE_PREFIXES.iter().any(|p| norm.starts_with(p))
}

/// Whether a short line is a known piece of page furniture.
///
/// `norm` is the line's [`normalized_words`]; `word_count` its number of words.
pub(crate) fn widget_kind(norm: &str, word_count: usize) -> Option<BoilerplateKind> {
    if word_count <= 16 && NOTICE_PREFIXES.iter().any(|p| norm.starts_with(p)) {
        return Some(BoilerplateKind::Widget);
    }
    if word_count > 8 {
        return None;
    }
    if let Some(&(_, kind)) = WIDGET_LINES.iter().find(|(p, _)| *p == norm) {
        return Some(kind);
    }
    if word_count > 6 {
        return None;
    }
    WIDGET_PREFIXES
        .iter()
        .find(|(p, _)| {
            norm.strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .map(|&(_, kind)| kind)
}

/// Words that sell.
const COMMERCE: &[&str] = &[
    "buy", "shop", "sale", "price", "deal", "deals", "discount", "order", "made", "fits",
    "shipping", "free", "offer", "save", "holster", "warranty",
];

/// How much a body line looks like an ad: product listings glued into the text
/// ("Sig P320FS OWB Holster - USA Made - Fits Sig 320FS, X5, …"). A line is an ad
/// at 3 or more. Lines that end like sentences score 0.
pub(crate) fn ad_score(text: &str, line: Span, tokens: &[Token]) -> u32 {
    let s = line.slice(text).trim_end();
    if s.ends_with(['.', '!', '?', '"', '”', ':']) {
        return 0;
    }
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| t.span.slice(text))
        .collect();
    if words.len() < 6 {
        return 0;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count();
    if capitalised * 2 < words.len() {
        return 0;
    }
    let mut score = 0;
    let mut strong = false;
    let separators = s.matches(" - ").count() + s.matches(" | ").count() + s.matches(" – ").count();
    score += separators.min(2) as u32;
    let codes = words
        .iter()
        .filter(|w| {
            w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().any(|b| b.is_ascii_alphabetic())
        })
        .count();
    if codes >= 2 {
        score += 1;
        strong = true;
    }
    if words
        .iter()
        .any(|w| COMMERCE.iter().any(|c| w.eq_ignore_ascii_case(c)))
        || s.contains('$')
    {
        score += 1;
        strong = true;
    }
    // Truncated listings: long and cut mid-word.
    if s.len() > 100 && s.ends_with(|c: char| c.is_alphanumeric()) {
        score += 1;
    }
    // Separators and truncation alone also fit award lists and match reports;
    // an ad names products or sells.
    if strong {
        score
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn norm(s: &str) -> (String, usize) {
        let toks = tokenize(s, Span::new(0, s.len()));
        let n = normalized_words(s, &toks);
        let count = n.split(' ').filter(|w| !w.is_empty()).count();
        (n, count)
    }

    #[test]
    fn widget_lines() {
        use BoilerplateKind::*;
        let cases = [
            ("Weather\u{a0} \u{a0}Live Markets", Some(Widget)),
            ("Share.", Some(Widget)),
            ("Exit mobile version", Some(Widget)),
            ("swipe to next page", Some(Navigation)),
            ("...continued", Some(Navigation)),
            ("Comments", Some(Widget)),
            ("blog comments powered by Disqus", Some(Widget)),
            ("Published in Political News", Some(Navigation)),
            (
                "Please turn on JavaScript to use this feature",
                Some(Widget),
            ),
            (
                "This website uses cookies to improve your experience of our pages",
                Some(Widget),
            ),
            ("Moscow terror attack showed growing reach", None),
            ("Share prices fell sharply on Monday after the attack", None),
        ];
        for (line, want) in cases {
            let (n, count) = norm(line);
            assert_eq!(widget_kind(&n, count), want, "{line:?}");
        }
    }

    #[test]
    fn ad_scores() {
        let cases = [
            ("Sig P320FS OWB Holster - USA Made - Fits Sig 320FS, X5, X5 Legion, and M17 - Signature OWB Holster by Blade-Tech Holsters, Outside Waistband Open Carr", true),
            ("ISIS-K Claims Responsibility for Moscow Concert Hall Attack", false),
            ("Despite significant setbacks to ISIS in Iraq and Syria, the group remain active.", false),
            ("The Rise of ISIS-K in Central Asia - Analysis", false),
            ("Buy Now - Best Deals on Model X5 and M17 - Free Shipping", true),
            ("Factual - Serious Desert Interactive Bafta - King Arthur International category - 8 Simple Rules for Dating my Teenage Daughter", false),
        ];
        for (line, is_ad) in cases {
            let toks = tokenize(line, Span::new(0, line.len()));
            assert_eq!(
                ad_score(line, Span::new(0, line.len()), &toks) >= 3,
                is_ad,
                "{line:?}"
            );
        }
    }
}
