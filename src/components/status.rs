//! What the engine worker is doing: progress of a run, messages, and undo.

use crate::state::library::expect_library;
use leptos::prelude::*;

/// A live progress line while the worker analyses articles, the messages for the
/// person (each dismissable), and the undo button for the last correction.
#[component]
pub fn Status() -> impl IntoView {
    let library = expect_library();
    // The line is made once per run and its bar and words follow each step: a run
    // posts about a hundred steps, and a status region made anew for each would be
    // laid out and announced anew.
    let running = Memo::new(move |_| library.progress.with(Option::is_some));
    let step = move |f: fn(&crate::state::library::Progress) -> String| {
        move || {
            library
                .progress
                .with(|p| p.as_ref().map(f).unwrap_or_default())
        }
    };
    let progress = move || {
        running.get().then(|| {
            view! {
                <div class="px-progress" role="status">
                    <progress max=step(|p| p.total.to_string()) value=step(|p| p.done.to_string())></progress>
                    <span>{step(|p| format!("Analysing {} of {}: {}", p.done, p.total, p.current))}</span>
                </div>
            }
        })
    };
    let notices = move || {
        library
            .notices
            .get()
            .into_iter()
            .map(|n| {
                let id = n.id;
                // An import's notice is news, not an error: a status inside the list item
                // (a role on the item itself would take it out of the list).
                let (li_role, span_role, link) = if n.added {
                    (None, Some("status"), Some(view! { " " <a href=crate::routes::href("/") on:click=move |_| request_animation_frame(move || library.close_notice(id))>"See the overview →"</a> }))
                } else {
                    (Some("alert"), None, None)
                };
                view! {
                    <li class="px-notice" role=li_role>
                        <span role=span_role>{n.text}{link}</span>
                        <button type="button" class="px-button" on:click=move |_| library.dismiss(id)>"Dismiss"</button>
                    </li>
                }
            })
            .collect_view()
    };
    let undo = move || {
        let count = library.patch.with(|p| p.corrections.len());
        (count > 0).then(|| {
            view! {
                <div class="px-undo">
                    <span>{format!("{count} correction{} applied.", if count == 1 { "" } else { "s" })}</span>
                    <button type="button" class="px-button" on:click=move |_| library.undo()>"Undo last correction"</button>
                </div>
            }
        })
    };
    // Corrections that no longer fit the text (e.g. a dropped mention whose article changed).
    let skipped = move || {
        let reasons = library.skipped.get();
        (!reasons.is_empty()).then(|| {
            let items = reasons
                .into_iter()
                .map(|r| view! { <li>{r}</li> })
                .collect_view();
            view! {
                <div class="px-notice" role="status">
                    <span>"Some corrections no longer apply:"</span>
                    <ul class="px-skipped">{items}</ul>
                </div>
            }
        })
    };
    view! { {progress} <ul class="px-notices" aria-live="polite">{notices}</ul> {undo} {skipped} }
}

/// Shown until the first analysis arrives.
#[component]
pub fn Starting() -> impl IntoView {
    view! { <p class="px-starting" role="status">"Analysing the articles…"</p> }
}
