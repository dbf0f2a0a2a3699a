//! Markdown to the text a reader of the rendered page sees, line by line: heading
//! marks, emphasis, link and image syntax, list bullets and quote marks go; code
//! (fenced or inline) stays as text. Not a full CommonMark parser: a line-based
//! pass that cannot fail and never looks back more than one line.

/// The first `# heading` (level one), and the text.
pub(crate) fn to_text(md: &str) -> (Option<String>, String) {
    let mut title = None;
    let mut out = String::with_capacity(md.len());
    let mut fence: Option<&str> = None;
    for raw in md.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if let Some(marker) = fence {
            if trimmed.starts_with(marker) {
                fence = None;
            } else {
                push_line(&mut out, line);
            }
            continue;
        }
        if let Some(marker) = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m)) {
            fence = Some(marker);
            continue;
        }
        if is_rule(trimmed) || is_reference_definition(trimmed) {
            continue;
        }
        let (level, content) = heading(trimmed);
        let content = strip_block_marks(content);
        let text = inline(content);
        if level == 1 && title.is_none() && !text.trim().is_empty() {
            title = Some(text.trim().to_string());
        }
        push_line(&mut out, text.trim_end());
    }
    (title, out.trim_end().to_string())
}

fn push_line(out: &mut String, line: &str) {
    out.push_str(line);
    out.push('\n');
}

/// `---`, `***`, `___`, `===` (also setext underlines): three or more of one mark.
fn is_rule(line: &str) -> bool {
    let compact: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3
        && matches!(compact[0], '-' | '*' | '_' | '=')
        && compact.iter().all(|&c| c == compact[0])
}

/// `[label]: https://…`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|i| !line[1..i].contains(']') && i > 1)
}

/// Heading level (0 for none) and the heading's text without its `#` marks.
fn heading(line: &str) -> (usize, &str) {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    if (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with([' ', '\t'])) {
        let text = rest.trim().trim_end_matches('#').trim_end();
        (level, text)
    } else {
        (0, line)
    }
}

/// Quote marks (`>`) and list bullets (`-`, `*`, `+`) at the line start.
fn strip_block_marks(mut line: &str) -> &str {
    loop {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix('>') {
            line = rest;
            continue;
        }
        if let Some(rest) = t
            .strip_prefix(['-', '*', '+'])
            .filter(|r| r.starts_with([' ', '\t']))
        {
            line = rest;
            continue;
        }
        return t;
    }
}

/// Inline syntax removed: `![alt](src)` dropped, `[text](url)` and `[text][ref]`
/// → text, emphasis marks removed (an `_` inside a word, as in `snake_case`,
/// stays), backticks removed with their code kept, `\*` → `*`.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let next = Next::new(&chars);
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut code = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            code = !code;
            i += 1;
            continue;
        }
        if code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link(&chars, &next, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link(&chars, &next, i) {
                Some((text, end)) => {
                    out.push_str(&inline(&text));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' => i += 1,
            '_' => {
                let word = |k: Option<&char>| k.is_some_and(|c| c.is_alphanumeric());
                let inside = i > 0 && word(chars.get(i - 1)) && word(chars.get(i + 1));
                if inside {
                    out.push('_');
                }
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For each position of a line, where the next `]` and the next `)` are (at or
/// after it): a link is then found in constant time, so a line of thousands of
/// unclosed `[a](` is read in one pass, not one pass per bracket.
struct Next {
    bracket: Vec<usize>,
    paren: Vec<usize>,
}

impl Next {
    fn new(chars: &[char]) -> Next {
        let n = chars.len();
        let (mut bracket, mut paren) = (vec![n; n + 1], vec![n; n + 1]);
        for (i, &c) in chars.iter().enumerate().rev() {
            bracket[i] = if c == ']' { i } else { bracket[i + 1] };
            paren[i] = if c == ')' { i } else { paren[i + 1] };
        }
        Next { bracket, paren }
    }

    /// The first `c` (`]` or `)`) at or after `from`.
    fn find(&self, c: char, from: usize) -> Option<usize> {
        let list = if c == ']' { &self.bracket } else { &self.paren };
        list.get(from).copied().filter(|&i| i + 1 < list.len())
    }
}

/// A link at `chars[at] == '['`: `[text](target)` or `[text][ref]`. Returns the
/// text and the index after the link.
fn link(chars: &[char], next: &Next, at: usize) -> Option<(String, usize)> {
    let close = next.find(']', at + 1)?;
    let text: String = chars.get(at + 1..close)?.iter().collect();
    let shut = match chars.get(close + 1) {
        Some('(') => ')',
        Some('[') => ']',
        _ => return None,
    };
    let end = next.find(shut, close + 2)?;
    Some((text, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_to_text() {
        let cases: [(&str, Option<&str>, &str); 10] = [
            (
                "# Storm *hits* coast\n\nThe storm hit.",
                Some("Storm hits coast"),
                "Storm hits coast\n\nThe storm hit.",
            ),
            (
                "## Sub\nText with **bold** and _it_ and snake_case.",
                None,
                "Sub\nText with bold and it and snake_case.",
            ),
            (
                "See [the report](https://x.example/a) and ![chart](c.png) here.",
                None,
                "See the report and  here.",
            ),
            (
                "- one\n* two\n> quoted\n1. first",
                None,
                "one\ntwo\nquoted\n1. first",
            ),
            (
                "```\nlet *x* = [a](b);\n```\nafter",
                None,
                "let *x* = [a](b);\nafter",
            ),
            ("Use `a_b *c*` now", None, "Use a_b *c* now"),
            ("[a]([a]([a](x", None, "[a]([a]([a](x"),
            ("[a] (b) [c](d)e", None, "[a] (b) ce"),
            (
                "Title\n=====\n[ref]: https://x\nA [link][ref].",
                None,
                "Title\nA link.",
            ),
            (
                "unclosed [bracket and ![img and \\*star\\*",
                None,
                "unclosed [bracket and ![img and *star*",
            ),
        ];
        for (md, title, text) in cases {
            let (t, out) = to_text(md);
            assert_eq!(t.as_deref(), title, "{md:?}");
            assert_eq!(out, text, "{md:?}");
        }
    }
}
