//! Long lists and tables that render only the rows in view.
//!
//! [`VirtualTable`] and [`VirtualList`] are a scroll container of bounded height
//! (`.px-virtual--windowed`, at most 70 % of the viewport) holding rows of one
//! fixed height (`--px-row-h`). Up to [`RENDER_ALL_UP_TO`] rows they render
//! everything in the page's flow instead, looking like the plain table or list. Spacers above and below stand in for the rows that are not
//! rendered, so the scroll bar shows the whole length; only the rows in view plus
//! an overscan on each side are in the DOM. Which rows that is comes from
//! [`window`], a pure function.
//!
//! Rows are keyed by index, so a row that stays in view keeps its DOM node: a
//! keyboard user tabbing through the links scrolls the container, rows enter
//! below and the focused link is never re-created. Callers re-create the whole
//! component when the data behind the indexes changes (a new filter).
//!
//! Screen readers still learn the full size: tables carry `aria-rowcount` and
//! each row its `aria-rowindex`; lists carry `aria-setsize`/`aria-posinset`.

use leptos::html;
use leptos::prelude::*;
use std::ops::Range;

/// Rows rendered beyond each edge of the viewport.
pub const OVERSCAN: usize = 8;

/// Lists this short render whole, in the page's own flow, exactly as plain
/// lists do: a few hundred rows cost little, and find-in-page sees them all.
pub const RENDER_ALL_UP_TO: usize = 200;

/// The rows to render out of `count`: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub count: usize,
}

impl Window {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Height of the spacer standing in for the rows above the window.
    pub fn before(self, row_height: f64) -> f64 {
        self.start as f64 * row_height
    }

    /// Height of the spacer standing in for the rows below the window.
    pub fn after(self, row_height: f64) -> f64 {
        self.count.saturating_sub(self.end) as f64 * row_height
    }
}

/// Which of `count` rows of `row_height` pixels a viewport of `viewport` pixels,
/// scrolled down by `scroll_top`, shows, widened by `overscan` rows each way.
///
/// Scroll positions past either end (elastic scrolling, a list that just shrank)
/// are clamped, so the window is never empty while there are rows. A row height
/// that is not a positive number renders every row rather than none.
pub fn window(
    scroll_top: f64,
    viewport: f64,
    row_height: f64,
    overscan: usize,
    count: usize,
) -> Window {
    if !(row_height.is_finite() && row_height > 0.0) {
        return Window {
            start: 0,
            end: count,
            count,
        };
    }
    let finite = |v: f64| if v.is_finite() { v.max(0.0) } else { 0.0 };
    let viewport = finite(viewport);
    let max_top = (count as f64 * row_height - viewport).max(0.0);
    let top = finite(scroll_top).min(max_top);
    let first = (top / row_height).floor() as usize;
    // The last row that shows even a sliver, and at least one row.
    let last = (((top + viewport) / row_height).ceil() as usize).max(first + 1);
    Window {
        start: first.saturating_sub(overscan).min(count),
        end: last.saturating_add(overscan).min(count),
        count,
    }
}

/// Scroll position and viewport of a container, read on each scroll, and the
/// window of rows they show.
fn use_window(count: usize, row_height: f64) -> (NodeRef<html::Div>, Memo<Window>, impl Fn()) {
    let node = NodeRef::<html::Div>::new();
    let scroll_top = RwSignal::new(0.0);
    // Until the container has been measured, assume it is as tall as the window:
    // the CSS caps it below that, so the first render covers what is visible.
    let initial = window_height();
    let viewport = RwSignal::new(initial);
    let win = Memo::new(move |_| {
        if count <= RENDER_ALL_UP_TO {
            return Window {
                start: 0,
                end: count,
                count,
            };
        }
        window(
            scroll_top.get(),
            viewport.get(),
            row_height,
            OVERSCAN,
            count,
        )
    });
    let on_scroll = move || {
        if let Some(el) = node.get_untracked() {
            scroll_top.set(f64::from(el.scroll_top()));
            viewport.set(f64::from(el.client_height()));
        }
    };
    (node, win, on_scroll)
}

/// The container's classes: `--windowed` (bounded height, fixed rows) past the
/// lists that render whole.
fn container_class(base: &str, count: usize) -> String {
    if count > RENDER_ALL_UP_TO {
        format!("{base} px-virtual--windowed")
    } else {
        base.to_owned()
    }
}

fn window_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(900.0)
}

/// A `<table>` whose body renders only the rows in view. `head` is the header
/// row's cells; `row(i)` the cells of row `i` (the component makes the `<tr>`).
#[component]
pub fn VirtualTable<H, HV, R, RV>(
    /// Number of body rows.
    count: usize,
    /// Height of one body row in CSS pixels; the stylesheet reads it as `--px-row-h`.
    row_height: f64,
    /// Columns, for the spacer cells.
    columns: usize,
    /// Accessible name of the table (and of its scroll region).
    #[prop(into)]
    label: String,
    /// Extra class on the `<table>`.
    #[prop(into, optional)]
    class: String,
    head: H,
    row: R,
) -> impl IntoView
where
    H: Fn() -> HV + Send + 'static,
    HV: IntoView + 'static,
    R: Fn(usize) -> RV + Send + Sync + Clone + 'static,
    RV: IntoView + 'static,
{
    let (node, win, on_scroll) = use_window(count, row_height);
    let region = format!("{label}, table");
    let spacer = move |height: f64| {
        (height > 0.0).then(|| {
            view! {
                <tr class="px-virtual__spacer" aria-hidden="true">
                    <td colspan=columns style=format!("height: {height}px")></td>
                </tr>
            }
        })
    };
    view! {
        <div
            class=container_class("px-table-wrap px-virtual", count)
            role="region"
            aria-label=region
            tabindex="0"
            style=format!("--px-row-h: {row_height}px")
            node_ref=node
            on:scroll=move |_| on_scroll()
        >
            <table class=format!("px-table {class}") aria-label=label aria-rowcount=count + 1>
                <thead><tr aria-rowindex="1">{head()}</tr></thead>
                <tbody>
                    {move || spacer(win.get().before(row_height))}
                    <For
                        each=move || win.get().range()
                        key=|i| *i
                        children=move |i| view! { <tr aria-rowindex=i + 2>{row(i)}</tr> }
                    />
                    {move || spacer(win.get().after(row_height))}
                </tbody>
            </table>
        </div>
    }
}

/// A `<ul>` that renders only the items in view; `item(i)` is the content of
/// item `i` (the component makes the `<li>`, with class `item_class`).
#[component]
pub fn VirtualList<R, RV>(
    count: usize,
    /// Height of one item in CSS pixels; the stylesheet reads it as `--px-row-h`.
    row_height: f64,
    /// Accessible name of the list (and of its scroll region).
    #[prop(into)]
    label: String,
    /// Extra class on the `<ul>`.
    #[prop(into, optional)]
    class: String,
    #[prop(into, optional)] item_class: String,
    item: R,
) -> impl IntoView
where
    R: Fn(usize) -> RV + Send + Sync + Clone + 'static,
    RV: IntoView + 'static,
{
    let (node, win, on_scroll) = use_window(count, row_height);
    // A short list is a plain list: no scroll box, so no region to tab to.
    let windowed = count > RENDER_ALL_UP_TO;
    let region = format!("{label}, list");
    let padding = move || {
        let w = win.get();
        format!(
            "padding-top: {}px; padding-bottom: {}px",
            w.before(row_height),
            w.after(row_height)
        )
    };
    view! {
        <div
            class=container_class("px-virtual", count)
            role=windowed.then_some("region")
            aria-label=windowed.then_some(region)
            tabindex=windowed.then_some("0")
            style=format!("--px-row-h: {row_height}px")
            node_ref=node
            on:scroll=move |_| on_scroll()
        >
            <ul class=format!("px-virtual__list {class}") aria-label=label style=move || windowed.then(padding)>
                <For
                    each=move || win.get().range()
                    key=|i| *i
                    children=move |i| {
                        view! {
                            <li class=item_class.clone() aria-setsize=count aria-posinset=i + 1>{item(i)}</li>
                        }
                    }
                />
            </ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_covers_the_viewport_and_the_overscan() {
        // (case, scroll top, viewport, row height, overscan, count, rows rendered)
        let nan = f64::NAN;
        for (name, top, viewport, row, overscan, count, expect) in [
            ("empty list", 0.0, 400.0, 40.0, 8, 0, 0..0),
            ("fewer rows than fit", 0.0, 400.0, 40.0, 8, 5, 0..5),
            ("top of a long list", 0.0, 400.0, 40.0, 8, 10_000, 0..18),
            ("no overscan", 0.0, 400.0, 40.0, 0, 10_000, 0..10),
            ("whole rows in", 4000.0, 400.0, 40.0, 8, 10_000, 92..118),
            ("half a row in", 4020.0, 400.0, 40.0, 0, 10_000, 100..111),
            ("odd viewport", 0.0, 410.0, 40.0, 0, 10_000, 0..11),
            ("bottom", 399_600.0, 400.0, 40.0, 8, 10_000, 9982..10_000),
            ("past the bottom", 1e9, 400.0, 40.0, 8, 10_000, 9982..10_000),
            ("rubber band above", -120.0, 400.0, 40.0, 2, 100, 0..12),
            ("list shrank", 4000.0, 400.0, 40.0, 2, 3, 0..3),
            ("unmeasured viewport", 80.0, 0.0, 40.0, 1, 100, 1..4),
            ("zero row height", 0.0, 400.0, 0.0, 8, 50, 0..50),
            ("NaN row height", 0.0, 400.0, nan, 8, 50, 0..50),
            ("NaN scroll", nan, 400.0, 40.0, 0, 50, 0..10),
        ] {
            let w = window(top, viewport, row, overscan, count);
            assert_eq!(w.range(), expect, "{name}");
            assert_eq!(w.count, count, "{name}");
        }
    }

    #[test]
    fn spacers_and_rows_add_up_to_the_full_height() {
        for (scroll_top, count) in [(0.0, 0), (0.0, 3), (1234.0, 500), (1e9, 500)] {
            let w = window(scroll_top, 300.0, 36.0, OVERSCAN, count);
            let rows = w.range().len() as f64 * 36.0;
            assert_eq!(w.before(36.0) + rows + w.after(36.0), count as f64 * 36.0);
        }
    }
}
