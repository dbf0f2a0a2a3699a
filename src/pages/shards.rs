//! A published corpus (`?corpus=URL`): fetches its index, lists its stories, and
//! fetches a story's shard only when the person opens it (`&story=ID`); the open
//! story then becomes the corpus every view shows. Same origin only; the logic is
//! in `state/shards.rs`.

use crate::routes::{document_base_path, href};
use crate::state::corpus::Corpus;
use crate::state::shards::{
    check_location, expect_published, heading, index_url, read_index, refusal_other_origin, rows,
    shard_url, Load, Published, Want,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use parallax_core::publish::{Shard, SHARD_FORMAT};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// GET a same-origin URL as text.
async fn fetch_text(url: &str) -> Result<String, String> {
    let failed = |what: &str| format!("{url} could not be fetched ({what}).");
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| failed("offline, or the server did not answer"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed("no response"))?;
    if !response.ok() {
        return Err(failed(&format!("status {}", response.status())));
    }
    keep_offline(url, &response);
    let text = response.text().map_err(|_| failed("unreadable"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("unreadable"))
}

/// Keep a corpus file in the cache the service worker answers from offline
/// (`scripts/sw-template.js`), also when it was fetched before the worker took
/// charge of the page. Best effort: without the Cache API it only works online.
fn keep_offline(url: &str, response: &web_sys::Response) {
    let (Ok(caches), Ok(copy)) = (window().caches(), response.clone()) else {
        return;
    };
    let url = url.to_owned();
    spawn_local(async move {
        if let Ok(cache) = JsFuture::from(caches.open(CORPUS_CACHE)).await {
            if let Ok(cache) = cache.dyn_into::<web_sys::Cache>() {
                let _ = JsFuture::from(cache.put_with_str(&url, &copy)).await;
            }
        }
    });
}

/// The cache `sw.js` keeps published corpus files in.
const CORPUS_CACHE: &str = "parallax-corpus";

/// The corpus value resolved against the app's base, on this origin only.
fn resolve(value: &str) -> Result<String, String> {
    let origin = window().location().origin().unwrap_or_default();
    let checked = check_location(value, &origin)?;
    let base = format!("{origin}{}", document_base_path());
    let url = web_sys::Url::new_with_base(&checked, &base)
        .map_err(|_| "The corpus address is not a web address.".to_owned())?;
    if url.origin() != origin {
        return Err(refusal_other_origin(&url.origin()));
    }
    Ok(url.href())
}

/// Fetch the index at `value` unless it is the one already loaded; then the story.
fn open(published: Published, want: Want) {
    let Some(value) = want.corpus.clone() else {
        return;
    };
    let url = match resolve(&value) {
        Ok(resolved) => index_url(&resolved),
        Err(message) => {
            published.index.set(Load::Failed(message));
            return;
        }
    };
    let loaded = published.index.with_untracked(|i| match i {
        Load::Ready((u, index)) if *u == url => Some(index.clone()),
        _ => None,
    });
    match loaded {
        Some(index) => open_story(published, &url, &index, want.story),
        None => {
            published.index.set(Load::Loading);
            spawn_local(async move {
                let result = fetch_text(&url).await.and_then(|json| read_index(&json));
                match result {
                    Ok(index) => {
                        let index = Arc::new(index);
                        published
                            .index
                            .set(Load::Ready((url.clone(), index.clone())));
                        open_story(published, &url, &index, want.story);
                    }
                    Err(message) => published.index.set(Load::Failed(message)),
                }
            });
        }
    }
}

/// Fetch and show story `id`'s shard, unless it is the one open.
fn open_story(
    published: Published,
    index_url: &str,
    index: &parallax_core::publish::Index,
    id: Option<String>,
) {
    let Some(id) = id else {
        return;
    };
    let open_already = published
        .story
        .with_untracked(|s| matches!(s, Load::Ready((open, _)) if *open == id));
    if open_already {
        return;
    }
    let Some(entry) = index.stories.iter().find(|s| s.id == id) else {
        published
            .story
            .set(Load::Failed(format!("This corpus has no story {id}.")));
        return;
    };
    let Some(url) = shard_url(index_url, &entry.shard) else {
        published.story.set(Load::Failed(format!(
            "The index names story {id}'s file outside the corpus folder; it was not fetched."
        )));
        return;
    };
    published.story.set(Load::Loading);
    spawn_local(async move {
        let shard = fetch_text(&url).await.and_then(|json| {
            serde_json::from_str::<Shard>(&json)
                .ok()
                .filter(|s| s.format == SHARD_FORMAT)
                .ok_or_else(|| format!("{url} is not a story of a Parallax corpus."))
        });
        match shard {
            Ok(shard) => {
                let corpus = Corpus::from_parts(shard.analysis, shard.comparison);
                published.story.set(Load::Ready((id, corpus)));
            }
            Err(message) => published.story.set(Load::Failed(message)),
        }
    });
}

/// The published corpus's part of the page: the story list while `?corpus=` is
/// given without a story, a line while a story loads, a bar naming the open story.
#[component]
pub fn PublishedCorpus() -> impl IntoView {
    let published = expect_published();
    let query = use_query_map();
    // Talks to the network: what the URL asks for is fetched.
    Effect::new(move |_| {
        let want = query.with(|q| Want {
            corpus: q.get("corpus").filter(|c| !c.is_empty()),
            story: q.get("story").filter(|s| !s.is_empty()),
        });
        published.want.set(want.clone());
        open(published, want);
    });
    move || {
        let want = published.want.get();
        let Some(corpus) = want.corpus.clone() else {
            return view! { {open_bar(published)} }.into_any();
        };
        let index = published.index.get();
        match (index, want.story) {
            (Load::Failed(message), _) => view! {
                <section class="px-shards" aria-labelledby="shards-heading">
                    <h1 id="shards-heading">"Published corpus"</h1>
                    <p class="px-shards__error" role="alert">{message}</p>
                </section>
            }
            .into_any(),
            (Load::Ready((_, index)), None) => story_list(&corpus, &index).into_any(),
            (Load::Ready(_), Some(_)) => match published.story.get() {
                Load::Failed(message) => view! {
                    <p class="px-shards__error" role="alert">{message}" "
                        <a href=list_href(&corpus)>"All stories"</a>
                    </p>
                }
                .into_any(),
                Load::Ready(_) => view! { {open_bar(published)} }.into_any(),
                _ => view! { <p class="px-starting" role="status">"Opening the story…"</p> }
                    .into_any(),
            },
            _ => {
                view! { <p class="px-starting" role="status">"Loading the corpus…"</p> }.into_any()
            }
        }
    }
}

fn list_href(corpus: &str) -> String {
    format!("{}?corpus={}", href("/"), encode(corpus))
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s)
        .as_string()
        .unwrap_or_default()
}

/// The story list of an index.
fn story_list(corpus: &str, index: &parallax_core::publish::Index) -> impl IntoView {
    let title = heading(index);
    let items = rows(index)
        .into_iter()
        .map(|r| {
            let link = format!("{}&story={}", list_href(corpus), encode(&r.id));
            let meta = [r.articles, r.outlets, r.dates]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <li class="px-card px-shards__story">
                    <h2 class="px-card__title"><a href=link>{r.name}</a></h2>
                    <p class="px-card__meta">{meta}</p>
                    {(!r.names.is_empty()).then(|| view! { <p class="px-card__meta">"Names: "{r.names}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="px-shards" aria-labelledby="shards-heading">
            <h1 id="shards-heading">"Published corpus"</h1>
            <p class="px-shards__meta">{title}". Open a story to compare its articles; each story loads on its own."</p>
            <ul class="px-shards__list" aria-label="Stories">{items}</ul>
        </section>
    }
}

/// "Story from a published corpus: NAME · All stories · Close", while one is open.
fn open_bar(published: Published) -> impl IntoView {
    move || {
        let Load::Ready((id, _)) = published.story.get() else {
            return None;
        };
        let (corpus, name) = published.index.with(|i| match i {
            Load::Ready((url, index)) => (
                Some(url.clone()),
                index
                    .stories
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
            ),
            _ => (None, String::new()),
        });
        Some(view! {
            <p class="px-shards__bar" role="note">
                "A story from a published corpus: "<strong>{name}</strong>
                {corpus.map(|c| view! { " · "<a href=list_href(&c)>"All stories"</a> })}
                " · "
                <a href=href("/") on:click=move |_| published.close()>"Close"</a>
            </p>
        })
    }
}
