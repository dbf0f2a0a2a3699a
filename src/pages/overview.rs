//! The overview: the story (or the list of stories) in a sentence or two, every
//! loaded article with its title, outlet and length, and where the figures differ.

use crate::components::show_more::{ShowMore, STEP};
use crate::routes::{article_at_path, article_path, entity_path, href};
use crate::state::compare::summary;
use crate::state::corpus::{expect_corpus, ArticleSummary};
use crate::state::entities::{rows, EntityFilter, SortKey};
use crate::state::facts::{figure_text, group_title, lead, stories, StoryView};
use crate::state::reader;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let corpus = expect_corpus();
    let summaries = corpus.summaries();
    let count = summaries.len();
    let show_all = RwSignal::new(false);
    let cmp = corpus.comparison();
    let stories = stories(cmp);
    let lead = lead(count, &stories);
    let one = match stories.as_slice() {
        [one] => (!one.summary.is_empty()).then(|| {
            let link = href(&format!("/facts#{}", one.anchor));
            view! { <p class="px-overview__story">{one.summary.clone()}" "<a href=link>"Figures over time →"</a></p> }
        }),
        _ => None,
    };
    let several = stories.len() > 1;
    let n_stories = stories.len();
    let shown_stories = RwSignal::new(STEP);
    let story_list = several.then(|| {
        view! {
            <h2 id="stories-heading" class="px-overview__stories-heading">"Stories"</h2>
            <ul class="px-overview__stories" aria-labelledby="stories-heading">
                {move || stories.iter().take(shown_stories.get()).map(story_item).collect_view()}
            </ul>
            <ShowMore shown=shown_stories total=n_stories/>
        }
    });
    let lines = summary(cmp)
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    let top = rows(
        corpus.analysis(),
        &EntityFilter { sort: SortKey::Articles, ..Default::default() },
    )
    .into_iter()
    .take(12)
    .map(|r| {
        view! {
            <li>
                <span class=format!("px-chip {}", reader::label_class(r.label))>{reader::label_tag(r.label)}</span>" "
                <a href=href(&entity_path(&r.id))>{r.name}</a>
                {format!(" · {} of {count} articles", r.articles)}
            </li>
        }
    })
    .collect_view();
    let conflicts = cmp
        .discrepancies
        .iter()
        .map(|g| {
            let claims = g
                .claims
                .iter()
                .map(|c| {
                    let short = corpus.short_id(c.doc).to_owned();
                    let span = cmp.claims.get(c.claim).map_or(parallax_core::Span::new(c.start, c.end), |cl| cl.sentence);
                    let name = corpus.article_name(c.doc).to_string();
                    view! {
                        <li><a href=href(&article_at_path(&short, span))>{format!("{name}: “{}”", c.text)}</a>{format!(" ({})", figure_text(c.low, c.high))}</li>
                    }
                })
                .collect_view();
            view! { <li><strong>{group_title(cmp, g)}</strong><ul>{claims}</ul></li> }
        })
        .collect_view();
    view! {
        <section class="px-overview" aria-labelledby="overview-heading">
            <h1 id="overview-heading">"Articles"</h1>
            <p class="px-overview__lead">{lead}</p>
            {one}
            {story_list}
            <ul class="px-overview__summary" aria-label="Summary">{lines}</ul>
            <ul class="px-overview__list" aria-label="Articles">
                {move || {
                    let shown = if show_all.get() { count } else { count.min(CARDS) };
                    summaries.iter().take(shown).cloned().map(|s| view! { <ArticleCard summary=s/> }).collect_view()
                }}
            </ul>
            {move || (count > CARDS && !show_all.get()).then(|| view! {
                <button type="button" class="px-button" on:click=move |_| show_all.set(true)>
                    {format!("Show all {count} articles")}
                </button>
            })}
            <div class="px-overview__panels">
                <section aria-labelledby="top-heading">
                    <h2 id="top-heading">"Most named"</h2>
                    <ul class="px-overview__top" aria-label="Most named entities">{top}</ul>
                </section>
                <section aria-labelledby="conflicts-heading">
                    <h2 id="conflicts-heading">"Where the figures differ"</h2>
                    <ul class="px-overview__conflicts" aria-label="Discrepancies">{conflicts}</ul>
                    <p><a href=href("/facts")>"All facts →"</a></p>
                </section>
            </div>
        </section>
    }
}

fn story_item(s: &StoryView) -> impl IntoView {
    let link = href(&format!("/facts#{}", s.anchor));
    let meta = s.meta();
    view! {
        <li class="px-overview__story-item">
            <a href=link>{s.name.clone()}</a>
            <span class="px-overview__story-meta">{format!(" · {meta}")}</span>
            {(!s.summary.is_empty()).then(|| view! { <p class="px-overview__story-summary">{s.summary.clone()}</p> })}
        </li>
    }
}

/// Article cards shown before "Show all": a page of thousands would take long to build.
const CARDS: usize = 60;

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
                {summary.date.map(|d| view! { <span class="px-card__date">{d}</span>" · " })}
                <span class="px-card__words">{format!("{} words", summary.words)}</span>
                " · "
                <span class="px-card__id">{summary.short_id}</span>
            </p>
        </li>
    }
}
