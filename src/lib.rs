//! The Parallax browser app: compares how several news articles report the same story.
//!
//! `main.rs` only mounts [`App`]; pages live in `pages/` (one per route), reusable
//! pieces in `components/`, typed contexts in `state/`, and `engine.rs` is the only
//! door into `parallax-core`.

pub mod components;
pub mod engine;
pub mod generated;
pub mod pages;
pub mod routes;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app: header, routes, and the contexts every page reads.
#[component]
pub fn App() -> impl IntoView {
    state::theme::provide_theme();
    let library = state::library::provide_library();
    let published = state::shards::provide_published();
    // The views show a published story once one is open, else the library's articles
    // (`state::shards::choose`). That corpus is one signal, provided once; the routes
    // are built when there is first something to show and never again, so a new
    // analysis or another story updates the views in place.
    let shown = Signal::derive(move || match published.shown(library.corpus.get()) {
        state::shards::Shown::Corpus(corpus) => Some(corpus),
        state::shards::Shown::List | state::shards::Shown::Starting => None,
    });
    state::corpus::provide_corpus(shown);
    let mode = Memo::new(move |_| match published.shown(library.corpus.get()) {
        state::shards::Shown::List => Mode::List,
        state::shards::Shown::Starting => Mode::Starting,
        state::shards::Shown::Corpus(_) => Mode::Views,
    });
    let base = routes::router_base(&routes::document_base_path());
    routes::provide_base(base.clone());
    register_service_worker();
    // The static "Loading…" line in index.html stays until the app is on screen.
    Effect::new(move |_| {
        if let Ok(Some(boot)) = document().query_selector(".px-boot") {
            boot.remove();
        }
    });

    view! {
        <Router base=base>
            <components::header::Header/>
            <main id="main" class="px-main" tabindex="-1">
                <components::status::Status/>
                <pages::shards::PublishedCorpus/>
                {move || match mode.get() {
                    Mode::List => ().into_any(),
                    Mode::Starting => view! { <components::status::Starting/> }.into_any(),
                    Mode::Views => {
                        view! {
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=|| live(pages::overview::Overview)/>
                    <Route path=path!("/article/:id") view=|| live(pages::article::ArticlePage)/>
                    <Route path=path!("/entities") view=|| live(pages::entities::EntitiesPage)/>
                    <Route path=path!("/entity/:id") view=|| live(pages::entity::EntityPage)/>
                    <Route path=path!("/compare") view=|| live(pages::compare::ComparePage)/>
                    <Route path=path!("/facts") view=|| live(pages::facts::FactsPage)/>
                    <Route path=path!("/timeline") view=|| live(pages::timeline::TimelinePage)/>
                    <Route path=path!("/quotes") view=|| live(pages::quotes::QuotesPage)/>
                    <Route path=path!("/search") view=|| live(pages::search::SearchPage)/>
                    <Route path=path!("/map") view=|| live(pages::map::MapPage)/>
                    <Route path=path!("/network") view=pages::network::NetworkPage/>
                    <Route path=path!("/library") view=|| live(pages::library::LibraryPage)/>
                </Routes>
                        }.into_any()
                    }
                }}
            </main>
            <footer class="px-footer">
                "Parallax runs entirely in your browser: nothing you read or add leaves this page."
            </footer>
        </Router>
    }
}

/// What the main area shows: a published corpus's story list alone, the engine
/// starting, or the views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    List,
    Starting,
    Views,
}

/// A page that takes the corpus whole ([`state::corpus::expect_corpus`]): it is
/// rendered again, inside its route, when a new analysis arrives. Pages that read
/// [`state::corpus::use_corpus`] themselves (the network) keep their state instead.
fn live<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    let corpus = state::corpus::use_corpus();
    move || {
        provide_context(corpus.get());
        page()
    }
}

/// Offline support: `sw.js` (generated per build) precaches the whole bundle.
fn register_service_worker() {
    let container = window().navigator().service_worker();
    // Relative to <base href>, so it works under any public URL.
    let _ = container.register("sw.js");
}
