use super::*;

/// The article's lines and the dropped lines of a page.
fn split(html: &str) -> (Vec<String>, Vec<(String, BoilerplateKind)>) {
    let page = read(html);
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    for line in page.text.split("\n\n") {
        let start = line.as_ptr() as usize - page.text.as_ptr() as usize;
        let span = Span::new(start, start + line.len());
        match page.boilerplate.iter().find(|b| b.span == span) {
            Some(b) => dropped.push((line.to_string(), b.kind)),
            None => kept.push(line.to_string()),
        }
    }
    (kept, dropped)
}

#[test]
fn blocks_and_inline() {
    let (kept, dropped) =
        split("<p>One <b>bold</b>\n  word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul>");
    assert_eq!(kept, ["One bold word.", "Two", "lines", "a", "b"]);
    assert!(dropped.is_empty());
}
