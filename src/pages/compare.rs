//! Compare: the article × entity matrix, the similarity heat map, and two
//! articles side by side. Filters and the chosen pair live in the URL.

use crate::components::virtual_list::VirtualTable;
use crate::routes::{entity_path, href};
use crate::state::compare::{self, Cell, CoverFilter};
use crate::state::corpus::expect_corpus;
use crate::state::reader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Height of one matrix row, in CSS pixels.
const ROW_HEIGHT: f64 = 40.0;

/// Whether the page is phone-narrow: the matrix and the heat map are cards
/// there (the stylesheet's breakpoint), with fewer articles per page.
fn narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 600px)").ok().flatten())
        .is_some_and(|m| m.matches())
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let corpus = expect_corpus();
    let query = use_query_map();
    move || {
        let q = query.read();
        let cover = CoverFilter::parse(&q.get("cover").unwrap_or_default());
        let n = corpus.documents().len();
        let a = q
            .get("a")
            .and_then(|v| v.parse().ok())
            .filter(|&v: &usize| v < n)
            .unwrap_or(0);
        let b = q
            .get("b")
            .and_then(|v| v.parse().ok())
            .filter(|&v: &usize| v < n)
            .unwrap_or(n.saturating_sub(1));
        let from = q.get("from").and_then(|v| v.parse().ok()).unwrap_or(0);
        // On a phone each matrix row is a card with a line per article, so a
        // page holds fewer articles and the rows are as tall as the cards.
        let narrow = narrow();
        let size = if narrow {
            compare::CARD_PAGE
        } else {
            compare::COLUMN_PAGE
        };
        let page = compare::column_page(n, from, size);
        let row_height = if narrow {
            compare::card_height(page.len())
        } else {
            ROW_HEIGHT
        };
        drop(q);
        let cmp = corpus.comparison();
        // Articles by name (outlet and date, else a short title), never by id.
        let short = |d: usize| corpus.name(d).to_owned();
        let link = |cover: CoverFilter, a: usize, b: usize, from: usize| {
            let mut parts = vec![format!("a={a}"), format!("b={b}")];
            if cover != CoverFilter::Any {
                parts.push(format!("cover={}", cover.as_query()));
            }
            if from > 0 {
                parts.push(format!("from={from}"));
            }
            href(&format!("/compare?{}", parts.join("&")))
        };

        let facets = CoverFilter::ALL
            .iter()
            .map(|&f| {
                let count = cmp.matrix.entities.iter().filter(|p| f.keeps(p)).count();
                view! {
                    <li><a href=link(f, a, b, page.start) aria-current=(f == cover).then_some("true")>{format!("{} ({count})", f.title())}</a></li>
                }
            })
            .collect_view();
        let head_page = page.clone();
        let head_corpus = corpus.clone();
        let head = move || {
            view! {
                <th scope="col">"Entity"</th>
                {head_page.clone().map(|d| {
                    let name = head_corpus.name(d).to_owned();
                    let title = name.clone();
                    view! { <th scope="col" class="px-matrix__col" title=title><span>{name}</span></th> }
                }).collect_view()}
            }
        };
        let order = std::sync::Arc::new(compare::matrix_order(cmp, cover));
        let count = order.len();
        let row_corpus = corpus.clone();
        let row_page = page.clone();
        let row = move |i: usize| {
            let cmp = row_corpus.comparison();
            let p = order.get(i).and_then(|&e| cmp.matrix.entities.get(e))?;
            // Each cell carries its article's name, which labels it on a phone card.
            let cells = compare::cells(cmp, p, row_page.clone())
                .into_iter()
                .zip(row_page.clone())
                .map(|(c, d)| {
                    let name = row_corpus.name(d).to_owned();
                    match c {
                        Cell::Count(k) => view! { <td class="px-matrix__cell px-matrix__cell--named" data-label=name>{k}</td> }.into_any(),
                        Cell::Omitted => view! {
                            <td class="px-matrix__cell px-matrix__cell--omitted" data-label=name>"✕"<span class="px-visually-hidden">" omitted"</span></td>
                        }
                        .into_any(),
                        Cell::Absent => view! { <td class="px-matrix__cell" data-label=name>"·"</td> }.into_any(),
                    }
                })
                .collect_view();
            Some(view! {
                <th scope="row">
                    <span class=format!("px-chip {}", reader::label_class(p.label))>{reader::label_tag(p.label)}</span>" "
                    <a href=href(&entity_path(&p.entity))>{p.name.clone()}</a>
                </th>
                {cells}
            })
        };
        let pages = (n > size).then(|| {
            let prev = (page.start > 0).then(|| {
                let to = page.start.saturating_sub(size);
                view! { <li><a href=link(cover, a, b, to)>{format!("← Articles {}–{}", to + 1, page.start)}</a></li> }
            });
            let next = (page.end < n).then(|| {
                let to = compare::column_page(n, page.end, size);
                view! { <li><a href=link(cover, a, b, to.start)>{format!("Articles {}–{} →", to.start + 1, to.end)}</a></li> }
            });
            view! {
                <nav class="px-facets px-compare__pages" aria-label="Articles shown">
                    <ul>
                        <li>{format!("Showing articles {}–{} of {n}", page.start + 1, page.end)}</li>
                        {prev}
                        {next}
                    </ul>
                </nav>
            }
        });

        // The heat map shows the same page of articles against each other.
        let heat_head = page
            .clone()
            .map(|d| view! { <th scope="col" class="px-matrix__col"><span>{short(d)}</span></th> })
            .collect_view();
        let heat_rows = page
            .clone()
            .map(|r| {
                let cells = page
                    .clone()
                    .map(|c| {
                        let s = compare::cosine(cmp, r, c);
                        let class = format!("px-heat px-heat--{}", compare::heat_bucket(s));
                        view! { <td class=class data-label=short(c)>{format!("{s:.2}")}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{short(r)}</th>{cells}</tr> }
            })
            .collect_view();

        let pick = |which: &'static str, current: usize| {
            page.clone()
                .map(|d| {
                    let (na, nb) = if which == "a" { (d, b) } else { (a, d) };
                    view! { <li><a href=link(cover, na, nb, page.start) aria-current=(d == current).then_some("true")>{short(d)}</a></li> }
                })
                .collect_view()
        };
        let [shared, only_a, only_b] = compare::side_by_side(cmp, a, b);
        let names = |list: Vec<&parallax_core::compare::Presence>| {
            list.into_iter()
                .map(|p| view! { <li><a href=href(&entity_path(&p.entity))>{p.name.clone()}</a></li> })
                .collect_view()
        };
        let (ns, na, nb) = (shared.len(), only_a.len(), only_b.len());
        let facts = compare::differing_facts(cmp, a, b)
            .into_iter()
            .map(|g| {
                let says = g
                    .claims
                    .iter()
                    .filter(|c| c.doc == a || c.doc == b)
                    .map(|c| format!("{}: “{}”", short(c.doc), c.text))
                    .collect::<Vec<_>>()
                    .join(" vs ");
                view! { <li><strong>{format!("{} — {}", g.measure, g.event)}</strong>": "{says}</li> }
            })
            .collect_view();

        view! {
            <section class="px-compare" aria-labelledby="compare-heading">
                <h1 id="compare-heading">"Compare"</h1>
                <h2 id="matrix-heading">"Who names whom"</h2>
                <nav class="px-facets" aria-label="Filter the matrix"><ul>{facets}</ul></nav>
                {pages}
                <VirtualTable count=count row_height=row_height columns=page.len() + 1 label="Entity matrix" class="px-matrix" head=head row=row/>
                <p class="px-note">"Numbers are mentions; ✕ marks an entity most other articles name but this one leaves out."</p>
                <h2 id="heat-heading">"How alike the articles are"</h2>
                <div class="px-table-wrap" role="region" aria-labelledby="heat-heading" tabindex="0">
                    <table class="px-table px-heatmap" aria-label="Similarity heat map">
                        <thead><tr><th scope="col"></th>{heat_head}</tr></thead>
                        <tbody>{heat_rows}</tbody>
                    </table>
                </div>
                <p class="px-note">"Cosine similarity of the articles' words (TF-IDF), from 0 (nothing shared) to 1."</p>
                <h2 id="pair-heading">"Side by side"</h2>
                <nav class="px-facets" aria-label="First article"><ul><li>"First: "</li>{pick("a", a)}</ul></nav>
                <nav class="px-facets" aria-label="Second article"><ul><li>"Second: "</li>{pick("b", b)}</ul></nav>
                <div class="px-pair">
                    <section aria-label="Named by both"><h3>{format!("Both ({ns})")}</h3><ul>{names(shared)}</ul></section>
                    <section aria-label=format!("Only in {}", short(a))><h3>{format!("Only {} ({na})", short(a))}</h3><ul>{names(only_a)}</ul></section>
                    <section aria-label=format!("Only in {}", short(b))><h3>{format!("Only {} ({nb})", short(b))}</h3><ul>{names(only_b)}</ul></section>
                </div>
                <h3>"Figures they disagree on"</h3>
                <ul class="px-pair__facts" aria-label="Differing facts">{facts}</ul>
            </section>
        }
    }
}
