//! A "show more" button under a list that starts capped: the list renders
//! `shown` items, the button adds `step` more until all `total` are there.

use leptos::prelude::*;

/// How many items a capped list starts with and adds per click.
pub const STEP: usize = 30;

/// The button's text, or `None` once every item is shown.
pub fn more_text(shown: usize, total: usize, step: usize) -> Option<String> {
    let left = total.checked_sub(shown).filter(|&l| l > 0)?;
    Some(format!("Show {} more ({left} not shown)", step.min(left)))
}

#[component]
pub fn ShowMore(
    shown: RwSignal<usize>,
    total: usize,
    #[prop(default = STEP)] step: usize,
) -> impl IntoView {
    move || {
        more_text(shown.get(), total, step).map(|text| {
            view! {
                <button type="button" class="px-button px-more" on:click=move |_| shown.update(|s| *s += step)>
                    {text}
                </button>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_button_counts_what_is_left() {
        for (shown, total, step, text) in [
            (30, 10, 30, None),
            (30, 30, 30, None),
            (30, 31, 30, Some("Show 1 more (1 not shown)")),
            (30, 100, 30, Some("Show 30 more (70 not shown)")),
            (0, 5, 30, Some("Show 5 more (5 not shown)")),
        ] {
            assert_eq!(
                more_text(shown, total, step).as_deref(),
                text,
                "{shown} {total}"
            );
        }
    }
}
