//! One article's text, paragraph by paragraph.

use crate::engine;
use crate::pages::not_found::NotFound;
use crate::routes::href;
use crate::state::corpus::expect_corpus;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let corpus = expect_corpus();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        match corpus.find(&id) {
            Some(doc) => {
                let title = doc.title().unwrap_or(engine::short_id(&doc.id)).to_owned();
                let outlet = engine::outlet(doc).map(str::to_owned);
                let words = doc.word_count();
                let paragraphs: Vec<String> = doc
                    .paragraphs
                    .iter()
                    .map(|p| p.slice(&doc.text).to_owned())
                    .collect();
                view! {
                    <article class="px-article" aria-labelledby="article-title">
                        <p class="px-article__back"><a href=href("/")>"← All articles"</a></p>
                        <h1 id="article-title">{title}</h1>
                        <p class="px-article__meta">
                            {outlet.unwrap_or_else(|| "Unknown outlet".to_owned())}
                            {format!(" · {words} words · {id}")}
                        </p>
                        <div class="px-article__body">
                            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        </div>
                    </article>
                }
                .into_any()
            }
            None => view! { <NotFound/> }.into_any(),
        }
    }
}
