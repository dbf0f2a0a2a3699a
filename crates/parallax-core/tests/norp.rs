//! NORP through the whole pipeline: demonyms from the gazetteer, the religious and
//! political groups of the alias lexicon, and where a longer name wins.

use parallax_core::{extract, Document, Label};

fn norps(text: &str) -> Vec<String> {
    let doc = Document::parse("t", text.as_bytes());
    extract(&doc)
        .mentions
        .iter()
        .filter(|m| m.label == Label::Norp)
        .map(|m| m.span.slice(&doc.text).to_string())
        .collect()
}

#[test]
fn norp_table() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Iranian cities of Kerman and Shiraz were hit.",
            &["Iranian"],
        ),
        (
            "a 19-year-old Austrian who had pledged allegiance",
            &["Austrian"],
        ),
        (
            "Iranian-backed militia attacks on American troops",
            &["Iranian", "American"],
        ),
        ("captured by Kurdish-led forces", &["Kurdish"]),
        // A man or woman of a nation is named by nationality, not as a person.
        (
            "The Welshman scored twice before the Frenchwoman levelled.",
            &["Welshman", "Frenchwoman"],
        ),
        (
            "perpetrated by radical Islamists in Muslim countries",
            &["Islamists", "Muslim"],
        ),
        (
            "Sunni and Shia leaders met Christians and Jews.",
            &["Sunni", "Shia", "Christians", "Jews"],
        ),
        (
            "Western interventions worried European and Asian allies.",
            &["Western", "European", "Asian"],
        ),
        (
            "The Tories and Labour clashed; Democrats and Republicans too.",
            &["Tories", "Democrats", "Republicans"],
        ),
        (
            "Uzbek nationals and Chinese adventurism",
            &["Uzbek", "Chinese"],
        ),
        // A longer name wins: no NORP inside an organisation or a place.
        ("Kurdish-led Syrian Democratic Forces (SDF)", &["Kurdish"]),
        ("Sara Harmouch, American University, The Conversation", &[]),
        ("the Islamic State and Islamic centers", &["Islamic"]),
        (
            "South African and New Zealander players",
            &["South African", "New Zealander"],
        ),
        // Languages and lower-case words are not nationalities.
        ("He speaks Arabic. The western side of the town.", &[]),
        (
            "The decree, in French and English-language copies, angered French farmers.",
            &["French"],
        ),
        (
            "attacks in Iranian-backed areas and in Muslim countries",
            &["Iranian", "Muslim"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(norps(text), *want, "{text}");
    }
}
