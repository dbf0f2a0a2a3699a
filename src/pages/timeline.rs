//! The merged timeline: dated events with the articles that support each point,
//! where articles date the same thing differently, and what stays unresolved.

use crate::routes::{article_at_path, href};
use crate::state::corpus::expect_corpus;
use leptos::prelude::*;
use parallax_core::Span;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let corpus = expect_corpus();
    let cmp = corpus.comparison();
    let short = |d: usize| corpus.short_id(d).chars().take(3).collect::<String>();
    let mention_link = |i: usize| {
        cmp.dates.get(i).map(|m| {
            let s = short(m.doc);
            let link = href(&article_at_path(corpus.short_id(m.doc), m.sentence));
            view! { <li><a href=link>{format!("{s}: “{}”", m.text)}</a></li> }
        })
    };
    let points = cmp
        .timeline
        .iter()
        .map(|p| {
            let docs = p.docs.iter().map(|&d| short(d)).collect::<Vec<_>>().join(", ");
            let support = p.mentions.iter().filter_map(|&i| mention_link(i)).collect_view();
            view! {
                <li class="px-timeline__point">
                    <span class="px-timeline__date">{p.label.clone()}</span>
                    <div class="px-timeline__body">
                        <p class="px-timeline__event">{p.event.clone()}</p>
                        <p class="px-timeline__docs">{format!("Supported by {docs}")}</p>
                        <ul class="px-timeline__mentions" aria-label="Where the articles say it">{support}</ul>
                    </div>
                </li>
            }
        })
        .collect_view();
    let disagreements = cmp
        .timing_disagreements
        .iter()
        .map(|t| {
            let support = t
                .mentions
                .iter()
                .filter_map(|&i| mention_link(i))
                .collect_view();
            view! {
                <li>
                    <strong>{t.event.clone()}</strong>{format!(": {}", t.values.join(" vs "))}
                    <ul>{support}</ul>
                </li>
            }
        })
        .collect_view();
    let unresolved = cmp
        .dates
        .iter()
        .filter(|m| !m.resolved)
        .map(|m| {
            let link = href(&article_at_path(
                corpus.short_id(m.doc),
                if m.sentence.is_empty() {
                    Span::new(m.start, m.end)
                } else {
                    m.sentence
                },
            ));
            view! { <li><a href=link>{format!("{}: “{}”", short(m.doc), m.text)}</a></li> }
        })
        .collect_view();
    view! {
        <section class="px-timeline" aria-labelledby="timeline-heading">
            <h1 id="timeline-heading">"Timeline"</h1>
            <p class="px-lead">"Dates the articles give, on one line. Relative dates (“last week”) are placed using the article's own publication date when it states one."</p>
            <ol class="px-timeline__points" aria-label="Timeline">{points}</ol>
            <h2>"Dated differently"</h2>
            {cmp.timing_disagreements.is_empty().then(|| view! { <p>"The articles do not date any event differently."</p> })}
            <ul aria-label="Timing disagreements">{disagreements}</ul>
            <h2>"Not placed (relative, and the article states no date)"</h2>
            <ul class="px-timeline__unresolved" aria-label="Unresolved dates">{unresolved}</ul>
        </section>
    }
}
