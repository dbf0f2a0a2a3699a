//! The network: entities named in the same sentences, force-directed, with type,
//! weight and size (`limit`) filters in the URL, zoom buttons, and nodes you can
//! drag. It reads the corpus signal, so a correction redraws the graph and keeps
//! the zoom and the dragged nodes.

use crate::routes::{entity_path, href};
use crate::state::corpus::use_corpus;
use crate::state::network::{self, SIZE};
use crate::state::reader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use parallax_core::Label;

#[component]
pub fn NetworkPage() -> impl IntoView {
    let corpus = use_corpus();
    let query = use_query_map();
    let types =
        Memo::new(move |_| network::parse_types(&query.read().get("types").unwrap_or_default()));
    let min = Memo::new(move |_| {
        query
            .read()
            .get("min")
            .and_then(|m| m.parse().ok())
            .unwrap_or(1usize)
            .clamp(1, 10)
    });
    let limit = Memo::new(move |_| network::parse_limit(query.read().get("limit").as_deref()));
    let graph = Memo::new(move |_| {
        corpus.with(|c| network::graph(c.analysis(), &types.get(), min.get(), limit.get()))
    });
    // Where the person dragged nodes to, by entity index; the layout places the rest.
    let dragged = RwSignal::new(std::collections::BTreeMap::<usize, (f32, f32)>::new());
    let zoom = RwSignal::new(1.0f32);
    let dragging = RwSignal::new(None::<usize>);
    let moved = RwSignal::new(false);

    let link_with = move |types: &[Label], min: usize, limit: usize| {
        let t: Vec<&str> = types.iter().map(|l| l.as_str()).collect();
        let limit = if limit == network::DEFAULT_LIMIT {
            String::new()
        } else {
            format!("&limit={limit}")
        };
        href(&format!("/network?types={}&min={min}{limit}", t.join(",")))
    };
    let link = move |types: &[Label], min: usize| link_with(types, min, limit.get());
    let type_filters = move || {
        let current = types.get();
        [Label::Person, Label::Org, Label::Loc, Label::Norp]
            .into_iter()
            .map(|l| {
                let on = current.contains(&l);
                let next: Vec<Label> = if on { current.iter().copied().filter(|x| *x != l).collect() } else { current.iter().copied().chain([l]).collect() };
                view! {
                    <li><a href=link(&next, min.get()) role="switch" aria-checked=if on { "true" } else { "false" } class=format!("px-legend__item {}", reader::label_class(l))>
                        <span class="px-legend__tag">{reader::label_tag(l)}</span>{format!(" {}", reader::label_name(l))}
                    </a></li>
                }
            })
            .collect_view()
    };
    let weight_filters = move || {
        (1..=4)
            .map(|w| view! { <li><a href=link(&types.get(), w) aria-current=(w == min.get()).then_some("true")>{format!("≥ {w}")}</a></li> })
            .collect_view()
    };

    let to_svg = move |ev: &leptos::ev::PointerEvent| -> Option<(f32, f32)> {
        // Events are delegated, so find the drawing itself rather than the current target.
        let el = document().query_selector(".px-net").ok()??;
        let rect = el.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return None;
        }
        let view = SIZE / zoom.get_untracked();
        let origin = (SIZE - view) / 2.0;
        let x = origin + (ev.client_x() as f32 - rect.left() as f32) / rect.width() as f32 * view;
        let y = origin + (ev.client_y() as f32 - rect.top() as f32) / rect.height() as f32 * view;
        Some((x, y))
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let (Some(entity), Some(p)) = (dragging.get_untracked(), to_svg(&ev)) {
            moved.set(true);
            dragged.update(|d| {
                d.insert(entity, p);
            });
        }
    };
    let stop = move |_| dragging.set(None);

    let drawing = move || {
        let g = graph.get();
        let edges_corpus = corpus.get();
        let moved_to = dragged.get();
        let at = |i: usize| {
            g.nodes.get(i).map_or((SIZE / 2.0, SIZE / 2.0), |n| {
                moved_to.get(&n.entity).copied().unwrap_or((n.x, n.y))
            })
        };
        // One path per line width, not one element per link: two thousand links are
        // five elements for the page to build and draw.
        let edges = network::edge_paths(&g, at)
            .into_iter()
            .map(|(w, d)| view! { <path class="px-net__edge" d=d stroke-width=w/> })
            .collect_view();
        let nodes = g
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let e = edges_corpus.analysis().entities.get(n.entity)?;
                let (x, y) = at(i);
                let r = 6.0 + (n.degree as f32).sqrt() * 3.0;
                let entity = n.entity;
                let name = e.canonical.clone();
                let aria = format!(
                    "{name}, {}, linked to {} others",
                    reader::label_name(e.label),
                    n.degree
                );
                // The <g> root makes the macro build an SVG <a>, not an HTML one.
                Some(view! {
                    <g>
                    <a
                        href=href(&entity_path(&e.id))
                        class=format!("px-net__node {}", reader::label_class(e.label))
                        aria-label=aria
                        on:pointerdown=move |ev: leptos::ev::PointerEvent| {
                            moved.set(false);
                            dragging.set(Some(entity));
                            ev.prevent_default();
                        }
                        on:click=move |ev: leptos::ev::MouseEvent| {
                            if moved.get_untracked() {
                                ev.prevent_default();
                                moved.set(false);
                            }
                        }
                    >
                        <circle cx=x cy=y r=r/>
                        <text x=x + r + 3.0 y=y + 4.0>{name}</text>
                    </a>
                    </g>
                })
            })
            .collect_view();
        let left_out = g.total.saturating_sub(g.nodes.len());
        let counts = if left_out == 0 {
            format!("{} entities, {} links", g.nodes.len(), g.edges.len())
        } else {
            format!(
                "The {} most linked entities of {}, {} links; {} left out.",
                g.nodes.len(),
                g.total,
                g.edges.len(),
                left_out
            )
        };
        let more = (left_out > 0 && g.nodes.len() < network::MAX_LIMIT).then(|| {
            let next = (g.nodes.len() * 2).min(network::MAX_LIMIT).min(g.total);
            view! {
                " "
                <a href=link_with(&types.get_untracked(), min.get_untracked(), next)>{format!("Show {next}")}</a>
            }
        });
        view! {
            <p class="px-note" role="status">{counts}{more}</p>
            <svg
                class="px-net"
                viewBox=move || {
                    let view = SIZE / zoom.get();
                    let o = (SIZE - view) / 2.0;
                    format!("{o} {o} {view} {view}")
                }
                role="group"
                aria-label="Entity network"
                on:pointermove=on_move
                on:pointerup=stop
                on:pointercancel=stop
            >
                <g>{edges}</g>
                <g>{nodes}</g>
            </svg>
        }
    };

    view! {
        <section class="px-network" aria-labelledby="network-heading">
            <h1 id="network-heading">"Network"</h1>
            <p class="px-lead">"Entities named in the same sentence are linked; thicker lines, more shared sentences. Drag a node to move it; click it to open the entity."</p>
            <ul class="px-legend" aria-label="Entity types shown">{type_filters}</ul>
            <nav class="px-facets" aria-label="Minimum shared sentences"><ul>{weight_filters}</ul></nav>
            <div class="px-net__zoom">
                <button type="button" on:click=move |_| zoom.update(|z| *z = (*z * 1.4).min(6.0))>"Zoom in"</button>
                <button type="button" on:click=move |_| zoom.update(|z| *z = (*z / 1.4).max(1.0))>"Zoom out"</button>
            </div>
            {drawing}
        </section>
    }
}
