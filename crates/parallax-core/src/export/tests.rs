use super::*;
use crate::{analyze, compare, Document};

#[test]
fn csv_fields() {
    let cases = [
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1", "'+1"),
        ("-2,3", "\"'-2,3\""),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("", ""),
        ("Zürich", "Zürich"),
    ];
    for (field, want) in cases {
        let mut out = String::new();
        csv_field(&mut out, field);
        assert_eq!(out, want, "{field:?}");
    }
}

#[test]
fn escaping() {
    let cases = [
        (
            "<script>alert('x')</script>",
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        ),
        ("a & \"b\"", "a &amp; &quot;b&quot;"),
        ("bell\u{7}\u{0}tab\tok", "belltab\tok"),
    ];
    for (s, want) in cases {
        let mut out = String::new();
        escape(&mut out, s);
        assert_eq!(out, want, "{s:?}");
    }
}

fn hostile() -> Analysis {
    analyze(vec![
        Document::parse(
            "<b>evil</b>.txt",
            b"Attack in Moscow <script>window.pwned=1</script> <img src=x onerror=alert(1)>\n\
              Gunmen attacked a concert hall in Moscow, Russia, and killed at least 143 people.\n\
              \"We will not forgive <b>this</b>,\" Vladimir Putin said.",
        ),
        Document::parse(
            "=cmd|' /C calc'!A0",
            b"=cmd|' /C calc'!A0 Moscow attack toll\nThe attack on a concert hall in Moscow, Russia, killed 137 people, officials said.\n\
              \"We will not forgive this,\" Vladimir Putin said.",
        ),
    ])
}

#[test]
fn report_escapes_article_text() {
    let a = hostile();
    for cmp in [compare(&a), compare(&a).to_char_offsets(&a)] {
        let html = html_report(&a, &cmp);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>evil"), "{html}");
        assert!(
            html.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            html.contains("&lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(html.contains("default-src 'none'; style-src 'unsafe-inline'"));
        assert!(
            html.contains("at least 143") && html.contains(">137<"),
            "{html}"
        );
    }
}

#[test]
fn gexf_is_escaped_and_weighted() {
    let a = analyze(vec![Document::parse(
        "a",
        b"The chief of Procter & Gamble met Defense Secretary Lloyd Austin in Kerman. Austin left Kerman on Monday.",
    )]);
    let xml = gexf(&a);
    assert!(!xml.contains(" & "));
    let austin = a
        .entities
        .iter()
        .position(|e| e.canonical == "Lloyd Austin")
        .expect("austin");
    let kerman = a
        .entities
        .iter()
        .position(|e| e.canonical == "Kerman")
        .expect("kerman");
    let (x, y) = (austin.min(kerman), austin.max(kerman));
    assert!(
        xml.contains(&format!("source=\"n{x}\" target=\"n{y}\" weight=\"2\"")),
        "{xml}"
    );
    // Dates are not nodes.
    assert!(!xml.contains("value=\"DATE\""), "{xml}");
    assert_eq!(
        xml.matches("<node ").count(),
        a.entities.iter().filter(|e| e.label != Label::Date).count()
    );
}

#[test]
fn csv_exports_guard_formulas() {
    let a = hostile();
    let cmp = compare(&a);
    let matrix = matrix_csv(&a, &cmp);
    let header = matrix.lines().next().unwrap_or("");
    assert_eq!(header, "\u{feff}entity,name,type,article,mentions");
    // Articles are named as the app names them; one that reads as a formula is guarded.
    assert!(
        matrix.contains(",'=cmd|' /C calc'!A0 Moscow attack toll,"),
        "{matrix}"
    );
    let rows = matrix.lines().count() - 1;
    let cells: usize = cmp.matrix.entities.iter().map(|e| e.counts.len()).sum();
    assert_eq!(rows, cells);
    let entities = entities_csv(&a);
    assert_eq!(entities.lines().count(), a.entities.len() + 1);
    assert!(
        entities.contains("Vladimir Putin,Person,2,2,"),
        "{entities}"
    );
}

#[test]
fn empty_analysis() {
    let a = analyze(Vec::new());
    let cmp = compare(&a);
    assert_eq!(
        entities_csv(&a),
        "\u{feff}id,name,type,mentions,articles,aliases\r\n"
    );
    assert_eq!(
        matrix_csv(&a, &cmp),
        "\u{feff}entity,name,type,article,mentions\r\n"
    );
    assert!(gexf(&a).contains("<nodes>\n</nodes>"));
    assert!(html_report(&a, &cmp).contains("Comparison of 0 articles"));
}

/// `n` articles about council meetings in different towns, each naming its own
/// mayor and a few shared officials: many names, many articles.
fn many_articles(n: usize) -> Vec<Document> {
    const FIRST: [&str; 8] = [
        "Alice", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo",
    ];
    const LAST: [&str; 8] = [
        "Lindqvist",
        "Moreau",
        "Okafor",
        "Petrov",
        "Quinn",
        "Rossi",
        "Santos",
        "Tanaka",
    ];
    const TOWN: [&str; 6] = ["Leeds", "Bristol", "Lyon", "Porto", "Kassel", "Gdansk"];
    (0..n)
        .map(|i| {
            let mayor = format!("{} {}", FIRST[i % 8], LAST[(i / 8) % 8]);
            let town = TOWN[i % 6];
            let text = format!(
                "Council meeting {i}\nMayor {mayor} told the council in {town} on Monday that 12 new schools would open. \
                 Minister Rachel Dunmore and Governor Paul Okonkwo attended, and {mayor} said \"the budget is fair to every family in {town}\"."
            );
            Document::parse(format!("meeting-{i}.txt"), text.as_bytes())
        })
        .collect()
}

#[test]
fn the_report_stays_small_and_says_what_it_left_out() {
    let small = analyze(many_articles(6));
    let html = html_report(&small, &compare(&small));
    // A few articles: the whole matrix, one column per article.
    assert!(html.contains("<th>A6</th>"), "whole matrix expected");
    assert!(!html.contains("names found in the most articles"));

    let (n, size_at) = (300, |n: usize| {
        let a = analyze(many_articles(n));
        html_report(&a, &compare(&a))
    });
    let big = size_at(n);
    // Many: the most named names with their counts, no column per article.
    assert!(!big.contains("<th>A41</th>"), "no column per article");
    assert!(
        big.contains("<th>Name</th><th>Type</th><th>Articles</th><th>Mentions</th>"),
        "top names table"
    );
    assert!(big.contains("names found in the most articles, of "));
    // Every article is still listed, and the page grows about in step with the
    // articles, not with names × articles.
    assert!(big.contains(&format!("<td>A{n}</td>")));
    let half = size_at(n / 2);
    assert!(
        big.len() < half.len() * 5 / 2,
        "{} bytes at {n} articles, {} at {}",
        big.len(),
        half.len(),
        n / 2
    );
    // Lists keep their first entries.
    assert!(big.matches(" does not name ").count() <= 50);
    assert!(
        big.matches("<blockquote>").count() <= 100 * 20 + 100 * 10 + 2 * 100 * 20,
        "blockquotes bounded"
    );
}
