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
    // Articles are headed by their names; one that reads as a formula is guarded.
    assert!(
        header.starts_with("\u{feff}entity,name,type,Attack in Moscow"),
        "{header}"
    );
    assert!(
        header.ends_with(",'=cmd|' /C calc'!A0 Moscow attack toll"),
        "{header}"
    );
    let rows = matrix.lines().count() - 1;
    assert_eq!(rows, cmp.matrix.entities.len());
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
    assert_eq!(matrix_csv(&a, &cmp), "\u{feff}entity,name,type\r\n");
    assert!(gexf(&a).contains("<nodes>\n</nodes>"));
    assert!(html_report(&a, &cmp).contains("Comparison of 0 articles"));
}
