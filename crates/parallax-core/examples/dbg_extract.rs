//! Print every mention and quantity the pipeline finds in the given files.
//! `cargo run -p parallax-core --example dbg_extract -- seeds/*.txt`
//!
//! With `PX_WHERE=1` each mention line starts with its file and byte offset, so that
//! two runs over a corpus can be compared mention by mention.
fn main() {
    let located = std::env::var_os("PX_WHERE").is_some();
    for p in std::env::args().skip(1) {
        let bytes = std::fs::read(&p).unwrap_or_default();
        let doc = parallax_core::Document::parse(p.clone(), &bytes);
        let ex = parallax_core::extract(&doc);
        for m in &ex.mentions {
            let s = m.span.slice(&doc.text);
            if located {
                print!("{p}\t{}\t", m.span.start);
            }
            println!("{:?}\t{:?}\t{:.2}\t{s}", m.label, m.source, m.confidence);
        }
        if located {
            continue;
        }
        for q in &ex.quantities {
            println!(
                "Q\t{:?}\t{:?}\t{:?}\t{}",
                q.hedge,
                q.low,
                q.high,
                q.span.slice(&doc.text)
            );
        }
    }
}
