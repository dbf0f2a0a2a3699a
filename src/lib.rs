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
                {move || match published.shown(library.corpus.get()) {
                    state::shards::Shown::List => ().into_any(),
                    state::shards::Shown::Starting => view! { <components::status::Starting/> }.into_any(),
                    state::shards::Shown::Corpus(corpus) => {
                        // Every page below reads this corpus; a new analysis re-renders them.
                        provide_context(corpus);
                        view! {
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::overview::Overview/>
                    <Route path=path!("/article/:id") view=pages::article::ArticlePage/>
                    <Route path=path!("/entities") view=pages::entities::EntitiesPage/>
                    <Route path=path!("/entity/:id") view=pages::entity::EntityPage/>
                    <Route path=path!("/compare") view=pages::compare::ComparePage/>
                    <Route path=path!("/facts") view=pages::facts::FactsPage/>
                    <Route path=path!("/timeline") view=pages::timeline::TimelinePage/>
                    <Route path=path!("/quotes") view=pages::quotes::QuotesPage/>
                    <Route path=path!("/search") view=pages::search::SearchPage/>
                    <Route path=path!("/map") view=pages::map::MapPage/>
                    <Route path=path!("/network") view=pages::network::NetworkPage/>
                    <Route path=path!("/library") view=pages::library::LibraryPage/>
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

/// Offline support: `sw.js` (generated per build) precaches the whole bundle.
fn register_service_worker() {
    let container = window().navigator().service_worker();
    // Relative to <base href>, so it works under any public URL.
    let _ = container.register("sw.js");
}
