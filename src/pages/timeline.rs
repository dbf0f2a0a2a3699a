//! The timeline of events: each point says when, what happened (linked to the
//! sentence that states it), who and where, which articles report it by name, and
//! the other dates some articles give for it; then what stays unresolved.

use crate::routes::{article_at_path, article_path, href};
use crate::state::corpus::expect_corpus;
use crate::state::timeline::{articles_text, event_rows, Source};
use leptos::prelude::*;
use parallax_core::Span;

fn source_href(s: &Source) -> String {
    href(&match s.at {
        Some(at) => article_at_path(&s.short_id, at),
        None => article_path(&s.short_id),
    })
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let corpus = expect_corpus();
    let cmp = corpus.comparison();
    let rows = event_rows(corpus.analysis(), cmp);
    let points = rows
        .into_iter()
        .map(|r| {
            let outlets = r
                .reported_by
                .iter()
                .map(|s| view! { <li><a href=source_href(s)>{s.name.clone()}</a></li> })
                .collect_view();
            let who = (!r.actors.is_empty()).then(|| {
                view! { <p class="px-timeline__who"><span class="px-timeline__key">"Who: "</span>{r.actors.join(", ")}</p> }
            });
            let place = (!r.places.is_empty()).then(|| {
                view! { <p class="px-timeline__who"><span class="px-timeline__key">"Where: "</span>{r.places.join(", ")}</p> }
            });
            let other = r
                .disagreements
                .iter()
                .map(|o| {
                    let by = o
                        .by
                        .iter()
                        .map(|s| view! { <a href=source_href(s)>{s.name.clone()}</a>" " })
                        .collect_view();
                    view! { <li>{format!("{} according to ", o.when)}{by}</li> }
                })
                .collect_view();
            let disagree = (!r.disagreements.is_empty()).then(|| {
                view! {
                    <div class="px-timeline__disagree">
                        <p class="px-timeline__key">"Dated differently:"</p>
                        <ul aria-label="Other dates given">{other}</ul>
                    </div>
                }
            });
            let class = if r.main {
                "px-timeline__point px-timeline__point--main"
            } else {
                "px-timeline__point"
            };
            let count = articles_text(r.reported_by.len());
            view! {
                <li class=class>
                    <span class="px-timeline__date">{r.when.clone()}</span>
                    <div class="px-timeline__body">
                        {r.main.then(|| view! { <p class="px-timeline__main">"Main event"</p> })}
                        <p class="px-timeline__event">
                            <a href=source_href(&r.statement)>{r.what.clone()}</a>
                        </p>
                        {who}
                        {place}
                        <p class="px-timeline__docs">{format!("Reported by {count}:")}</p>
                        <ul class="px-timeline__outlets" aria-label="Articles reporting it">{outlets}</ul>
                        {disagree}
                    </div>
                </li>
            }
        })
        .collect_view();
    let unresolved = cmp
        .dates
        .iter()
        .filter(|m| !m.resolved)
        .map(|m| {
            let name = corpus.article_name(m.doc).label;
            let link = href(&article_at_path(
                corpus.short_id(m.doc),
                if m.sentence.is_empty() {
                    Span::new(m.start, m.end)
                } else {
                    m.sentence
                },
            ));
            view! { <li><a href=link>{format!("{name}: “{}”", m.text)}</a></li> }
        })
        .collect_view();
    view! {
        <section class="px-timeline" aria-labelledby="timeline-heading">
            <h1 id="timeline-heading">"Timeline"</h1>
            <p class="px-lead">"Events the articles date, in order: what happened, who and where, and which articles report it. One happening told by several articles is one event. Relative dates (“last week”, “the fourth anniversary”) are placed using the article's own publication date when it states one."</p>
            <ol class="px-timeline__points" aria-label="Timeline">{points}</ol>
            {cmp.timing_disagreements.is_empty().then(|| view! { <p>"The articles do not date any event differently."</p> })}
            <h2>"Not placed (relative, and the article states no date)"</h2>
            <ul class="px-timeline__unresolved" aria-label="Unresolved dates">{unresolved}</ul>
        </section>
    }
}
