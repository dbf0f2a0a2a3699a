//! Shown for any URL the app does not know.

use crate::routes::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="px-notfound">
            <h1>"Not found"</h1>
            <p>"There is no page at this address. It may point to an article that is not loaded."</p>
            <p><a href=href("/")>"Back to all articles"</a></p>
        </section>
    }
}
