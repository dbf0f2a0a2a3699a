//! The site header: name, navigation (behind a menu button on phones) and the
//! theme switch; and, on every navigation, the tab's title and the focus.

use crate::routes::{href, page_title, view_name};
use crate::state::theme::expect_theme;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let open = RwSignal::new(false);
    let location = use_location();
    // A new page closes the menu, names the tab after the view and moves focus to
    // the page's heading (not on the first load, where focus starts at the top).
    let library = crate::state::library::expect_library();
    let last: StoredValue<Option<String>> = StoredValue::new(None);
    Effect::new(move |_| {
        let path = location.pathname.get();
        // A new analysis (first load, an import) renames the tab but keeps focus.
        library.corpus.with(|_| ());
        let previous = last.get_value();
        let moved = previous.as_ref().is_some_and(|p| *p != path);
        if previous.as_ref() != Some(&path) {
            open.set(false);
        }
        last.set_value(Some(path.clone()));
        // A link to a place in the page (`#story-2`) keeps its scroll position.
        let anchored = !location.hash.get_untracked().is_empty();
        // The heading on screen now is the old page's when the path just changed.
        let old = if moved { main_heading() } else { None };
        announce(view_name(&path), old, moved && !anchored, 0);
    });
    view! {
        <header class="px-header">
            <a class="px-skip" href="#main">"Skip to content"</a>
            <a class="px-header__brand" href=href("/")>"Parallax"</a>
            <button type="button" class="px-header__menu" aria-controls="main-nav"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|o| *o = !*o)>
                <span aria-hidden="true">"☰ "</span>"Menu"
            </button>
            <nav id="main-nav" class=move || if open.get() { "px-header__nav px-header__nav--open" } else { "px-header__nav" } aria-label="Main">
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

fn main_heading() -> Option<web_sys::Element> {
    document().query_selector("main h1").ok().flatten()
}

/// Sets the tab's title from the view and its heading once the new page has
/// rendered (retrying a few frames while the old heading is still there or the
/// analysis is still loading), and focuses the heading when `focus`.
fn announce(view: &'static str, old: Option<web_sys::Element>, focus: bool, tries: u32) {
    request_animation_frame(move || {
        let heading = main_heading()
            .filter(|h| tries >= 60 || old.as_ref().is_none_or(|o| !o.is_same_node(Some(h))));
        match heading {
            Some(h) => {
                let text = h.text_content().unwrap_or_default();
                document().set_title(&page_title(view, text.trim()));
                if focus {
                    use wasm_bindgen::JsCast;
                    let _ = h.set_attribute("tabindex", "-1");
                    if let Ok(el) = h.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
            None if tries < 600 => announce(view, old, focus, tries + 1),
            None => document().set_title(&page_title(view, "")),
        }
    });
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
