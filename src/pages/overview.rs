//! The overview: a brief above the fold (the story or the stories, outlets and
//! dates, each figure track in a line, contested points, names some leave out,
//! each linked to its evidence), then every article with its title, outlet and length.

use crate::components::show_more::{ShowMore, STEP};
use crate::routes::{article_at_path, article_path, entity_path, href};
use crate::state::compare::summary;
use crate::state::corpus::{expect_corpus, ArticleSummary, Corpus};
use crate::state::entities::{rows, EntityFilter, SortKey};
use crate::state::facts::{stories as stories_of, StoryView};
use crate::state::overview::{articles_text, brief, list_text, Contested, Evidence, TrackLine};
use crate::state::reader;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let corpus = expect_corpus();
    let summaries = corpus.summaries();
    let count = summaries.len();
    let show_all = RwSignal::new(false);
    let cmp = corpus.comparison();
    let b = brief(&corpus);
    let stories = b.stories.clone();
    let one = match stories_of(cmp).as_slice() {
        [one] if !one.summary.is_empty() => Some(one.summary.clone()),
        _ => None,
    };
    let n_stories = stories.len();
    let shown_stories = RwSignal::new(STEP);
    let story_list = (n_stories > 1).then(|| {
        view! {
            <h2 id="stories-heading" class="px-brief__heading">"Stories"</h2>
            <ul class="px-overview__stories" aria-labelledby="stories-heading">
                {move || stories.iter().take(shown_stories.get()).map(story_item).collect_view()}
            </ul>
            <ShowMore shown=shown_stories total=n_stories/>
        }
    });
    let tracks = (!b.tracks.is_empty()).then(|| {
        let items = b.tracks.iter().map(|t| track_item(&corpus, t)).collect_view();
        view! {
            <h2 id="tracks-heading" class="px-brief__heading">"Figures"</h2>
            <ul class="px-brief__list px-brief__tracks" aria-labelledby="tracks-heading">{items}</ul>
        }
    });
    let left_out = (!b.left_out.is_empty()).then(|| {
        let items = b
            .left_out
            .iter()
            .map(|l| {
                view! {
                    <li>
                        <a href=href(&entity_path(&l.entity))>{l.name.clone()}</a>
                        {format!(" · named in {} · not in {}", articles_text(l.named_by), list_text(&l.left_out_by, 3))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2 id="left-out-heading" class="px-brief__heading">"Left out by some"</h2>
            <ul class="px-brief__list" aria-labelledby="left-out-heading">{items}</ul>
        }
    });
    let contested = (!b.contested.is_empty()).then(|| {
        let items = b.contested.iter().map(|c| contested_item(&corpus, c)).collect_view();
        view! {
            <h2 id="conflicts-heading" class="px-brief__heading">"Where the figures differ"</h2>
            <ul class="px-brief__list px-overview__conflicts" aria-labelledby="conflicts-heading">{items}</ul>
        }
    });
    let empty = (count == 0).then(|| {
        view! {
            <p class="px-brief__empty">"No articles yet — import some on "<a href=href("/library")>"Your articles"</a>
            " (saved web pages, text, Markdown or JSON), or switch the bundled examples back on there."</p>
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
                {format!(" · {} of {}", r.articles, articles_text(count))}
            </li>
        }
    })
    .collect_view();
    view! {
        <section class="px-overview" aria-labelledby="overview-heading">
            <div class="px-brief">
                <h1 id="overview-heading">{b.title.clone()}</h1>
                <p class="px-overview__lead">{b.meta.clone()}</p>
                {empty}
                {one.map(|s| view! { <p class="px-overview__story">{s}</p> })}
                {story_list}
                {tracks}
                {contested}
                {left_out}
                {(count > 0).then(|| view! { <p class="px-brief__more"><a href=href("/facts")>"All figures →"</a>" "<a href=href("/compare")>"Who names whom →"</a></p> })}
            </div>
            {(count > 0).then(|| view! { <h2 id="articles-heading">{format!("The {}", articles_text(count))}</h2> })}
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
                <section aria-labelledby="shared-heading">
                    <h2 id="shared-heading">"What they share"</h2>
                    <ul class="px-overview__summary" aria-label="Summary">{lines}</ul>
                </section>
            </div>
        </section>
    }
}

fn evidence_link(corpus: &Corpus, e: &Evidence) -> impl IntoView {
    let link = href(&article_at_path(corpus.short_id(e.doc), e.sentence));
    view! { <a href=link>{format!("{}, {}", e.figure, e.article)}</a> }
}

fn track_item(corpus: &Corpus, t: &TrackLine) -> impl IntoView {
    let facts = href(&format!("/facts#track-{}-heading", t.track));
    let latest = t
        .latest
        .as_ref()
        .map(|e| view! { " · latest " {evidence_link(corpus, e)} });
    let stale = (!t.stale.is_empty()).then(|| format!(" · stale: {}", list_text(&t.stale, 2)));
    view! {
        <li class="px-brief__track">
            <a href=facts><strong>{t.label.clone()}</strong></a>
            {latest}
            {format!(" · {}", t.moved)}
            {stale}
        </li>
    }
}

fn contested_item(corpus: &Corpus, c: &Contested) -> impl IntoView {
    let sides = c
        .claims
        .iter()
        .enumerate()
        .map(|(i, e)| view! { {(i > 0).then_some(" vs ")}{evidence_link(corpus, e)} })
        .collect_view();
    let more = (c.more > 0).then(|| format!(" (+{} more)", c.more));
    view! {
        <li><strong>{c.title.clone()}</strong>": "{sides}{more}</li>
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
    // An unknown outlet is left unsaid rather than printed as "Unknown outlet".
    let outlet = summary
        .outlet
        .map(|o| view! { <span class="px-card__outlet">{o}</span>" · " });
    view! {
        <li class="px-card">
            <h2 class="px-card__title">
                <a href=link>{summary.title}</a>
            </h2>
            {summary.opening.map(|o| view! { <p class="px-card__opening">{o}</p> })}
            <p class="px-card__meta">
                {outlet}
                {summary.date.map(|d| view! { <span class="px-card__date">{d}</span>" · " })}
                <span class="px-card__words">{format!("{} words", summary.words)}</span>
                " · "
                <span class="px-card__id">{summary.short_id}</span>
            </p>
        </li>
    }
}
