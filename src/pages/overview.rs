//! The overview: every loaded article with its title, outlet and length.

use crate::routes::{article_path, href};
use crate::state::corpus::{expect_corpus, ArticleSummary};
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let summaries = expect_corpus().summaries();
    let count = summaries.len();
    view! {
        <section class="px-overview" aria-labelledby="overview-heading">
            <h1 id="overview-heading">"Articles"</h1>
            <p class="px-overview__lead">
                {format!("{count} articles about the same story, compared in your browser.")}
            </p>
            <ul class="px-overview__list" aria-label="Articles">
                {summaries.into_iter().map(|s| view! { <ArticleCard summary=s/> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ArticleCard(summary: ArticleSummary) -> impl IntoView {
    let link = href(&article_path(&summary.short_id));
    let outlet = summary
        .outlet
        .unwrap_or_else(|| "Unknown outlet".to_owned());
    view! {
        <li class="px-card">
            <h2 class="px-card__title">
                <a href=link>{summary.title}</a>
            </h2>
            <p class="px-card__meta">
                <span class="px-card__outlet">{outlet}</span>
                " · "
                <span class="px-card__words">{format!("{} words", summary.words)}</span>
                " · "
                <span class="px-card__id">{summary.short_id}</span>
            </p>
        </li>
    }
}
