//! Quotes: who said what, across articles, with wording differences marked.

use crate::components::show_more::{ShowMore, STEP};
use crate::routes::{article_at_path, entity_path, href};
use crate::state::corpus::expect_corpus;
use leptos::prelude::*;
use parallax_core::Span;

#[component]
pub fn QuotesPage() -> impl IntoView {
    let corpus = expect_corpus();
    let total = corpus.comparison().quotes.len();
    // Thousands of articles can hold thousands of quotes: start with a page.
    let shown = RwSignal::new(STEP);
    let groups = move || {
        let cmp = corpus.comparison();
        let short = |d: usize| corpus.name(d).to_owned();
        cmp.quotes
        .iter()
        .take(shown.get())
        .map(|g| {
            let speaker = g.name.clone().unwrap_or_else(|| "Unattributed".to_owned());
            let who = match &g.speaker {
                Some(id) => view! { <a href=href(&entity_path(id))>{speaker.clone()}</a> }.into_any(),
                None => view! { <span>{speaker.clone()}</span> }.into_any(),
            };
            let variants = g
                .variants
                .iter()
                .map(|v| {
                    let link = href(&article_at_path(corpus.short_id(v.doc), Span::new(v.start, v.end)));
                    let missing = (!v.missing.is_empty()).then(|| view! { <p class="px-quote__diff">"Lacks: "<del>{v.missing.join(" ")}</del></p> });
                    let extra = (!v.extra.is_empty()).then(|| view! { <p class="px-quote__diff">"Adds: "<ins>{v.extra.join(" ")}</ins></p> });
                    view! {
                        <li class="px-quote__variant">
                            <blockquote>{format!("“{}”", v.text)}</blockquote>
                            <p class="px-quote__source"><a href=link>{format!("in {}", short(v.doc))}</a></p>
                            {missing}
                            {extra}
                        </li>
                    }
                })
                .collect_view();
            let n = g.docs.len();
            view! {
                <article class="px-quote" aria-label=format!("Quote by {speaker}")>
                    <h2 class="px-quote__speaker">{who}{format!(" · {n} article{}", if n == 1 { "" } else { "s" })}</h2>
                    <ul class="px-quote__variants">{variants}</ul>
                </article>
            }
        })
        .collect_view()
    };
    view! {
        <section class="px-quotes" aria-labelledby="quotes-heading">
            <h1 id="quotes-heading">"Quotes"</h1>
            <p class="px-lead">"Quoted statements and their speakers. The same quote in several articles is shown once, with each article's wording."</p>
            {groups}
            <ShowMore shown=shown total=total/>
        </section>
    }
}
