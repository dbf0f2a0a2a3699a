//! The Parallax browser app (placeholder while the shell is written).
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! { <p>"Parallax"</p> }
}
