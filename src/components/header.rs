//! The site header: name, navigation and the theme switch.

use crate::routes::href;
use crate::state::theme::expect_theme;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="px-header">
            <a class="px-skip" href="#main">"Skip to content"</a>
            <a class="px-header__brand" href=href("/")>"Parallax"</a>
            <nav class="px-header__nav" aria-label="Main">
                <a href=href("/")>"Articles"</a>
                <a href=href("/entities")>"Entities"</a>
                <a href=href("/compare")>"Compare"</a>
                <a href=href("/facts")>"Facts"</a>
                <a href=href("/timeline")>"Timeline"</a>
                <a href=href("/quotes")>"Quotes"</a>
                <a href=href("/network")>"Network"</a>
                <a href=href("/map")>"Map"</a>
                <a href=href("/search")>"Search"</a>
                <a href=href("/library")>"Your articles"</a>
            </nav>
            <ThemeToggle/>
        </header>
    }
}

#[component]
fn ThemeToggle() -> impl IntoView {
    let theme = expect_theme();
    view! {
        <button
            class="px-header__theme"
            type="button"
            aria-label=move || theme.get().toggle_label()
            on:click=move |_| theme.update(|t| *t = t.toggled())
        >
            {move || if theme.get() == crate::state::theme::Theme::Dark { "☀ Light" } else { "☾ Dark" }}
        </button>
    }
}
