//! What the engine worker is doing: progress of a run, and its errors.

use crate::state::corpus::expect_library;
use leptos::prelude::*;

/// A live status line while the worker analyses articles, and any error it reports.
#[component]
pub fn Status() -> impl IntoView {
    let library = expect_library();
    let progress = move || {
        library.progress.get().map(|p| {
            view! {
                <div class="px-progress" role="status">
                    <progress max=p.total value=p.done></progress>
                    <span>{format!("Analysing {} of {}: {}", p.done, p.total, p.current)}</span>
                </div>
            }
        })
    };
    let error = move || {
        library.error.get().map(|message| {
            view! {
                <div class="px-error" role="alert">
                    <span>{message}</span>
                    <button type="button" on:click=move |_| library.error.set(None)>"Dismiss"</button>
                </div>
            }
        })
    };
    view! { {progress} {error} }
}

/// Shown until the first analysis arrives.
#[component]
pub fn Starting() -> impl IntoView {
    view! { <p class="px-starting" role="status">"Analysing the articles…"</p> }
}
