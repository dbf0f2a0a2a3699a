//! Full-text search across the articles, with highlighted hits and matching entities.

use crate::routes::{article_at_path, entity_path, href};
use crate::state::corpus::expect_corpus;
use crate::state::entities::encode;
use crate::state::reader;
use crate::state::search;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const LIMIT: usize = 200;

#[component]
pub fn SearchPage() -> impl IntoView {
    let corpus = expect_corpus();
    let query = use_query_map();
    let q = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let path = if v.is_empty() {
            "/search".to_owned()
        } else {
            format!("/search?q={}", encode(&v))
        };
        navigate(
            &path,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    };
    let results = move || {
        let q = q.get();
        let analysis = corpus.analysis();
        let suggestions = search::suggestions(analysis, &q, 8)
            .into_iter()
            .map(|e| {
                view! {
                    <li>
                        <span class=format!("px-chip {}", reader::label_class(e.label))>{reader::label_tag(e.label)}</span>" "
                        <a href=href(&entity_path(&e.id))>{e.canonical.clone()}</a>
                    </li>
                }
            })
            .collect_view();
        let hits = search::search(analysis, &q, LIMIT);
        let n = hits.len();
        let lines = hits
            .into_iter()
            .map(|h| {
                let text = &analysis.documents[h.doc].text;
                let short = corpus.short_id(h.doc).to_owned();
                let name = corpus.name(h.doc).to_owned();
                let parts = search::pieces(&h)
                    .into_iter()
                    .map(|(span, hit)| {
                        let words = span.slice(text).to_owned();
                        if hit {
                            view! { <mark class="px-kwic__hit">{words}</mark> }.into_any()
                        } else {
                            view! { <span>{words}</span> }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <li class="px-kwic__line">
                        <a class="px-kwic__doc" href=href(&article_at_path(&short, h.context))>{name}</a>
                        " "
                        {parts}
                    </li>
                }
            })
            .collect_view();
        let status = if search::Query::parse(&q).is_too_short() {
            "Type at least two letters. Every word must be in one sentence; put a phrase in \"quotes\".".to_owned()
        } else if n >= LIMIT {
            format!("The first {LIMIT} matches")
        } else {
            format!(
                "{n} sentence{} with every word",
                if n == 1 { "" } else { "s" }
            )
        };
        view! {
            <h2>"Entities"</h2>
            <ul class="px-search__suggestions" aria-label="Matching entities">{suggestions}</ul>
            <h2>"In the text"</h2>
            <p role="status">{status}</p>
            <ul class="px-kwic" aria-label="Matches">{lines}</ul>
        }
    };
    view! {
        <section class="px-searchpage" aria-labelledby="search-heading">
            <h1 id="search-heading">"Search"</h1>
            <label class="px-search">
                <span>"Search the articles"</span>
                <input type="search" prop:value=move || q.get() on:input=on_input placeholder="e.g. Putin Ukraine, \"death toll\""/>
            </label>
            {results}
        </section>
    }
}
