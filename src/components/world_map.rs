//! The world outline with place points; each point links to its entity page.

use crate::generated::world::LAND_PATH;
use crate::routes::{entity_path, href};
use crate::state::map::MapPoint;
use leptos::prelude::*;

#[component]
pub fn WorldMap(points: Vec<MapPoint>, #[prop(into)] label: String) -> impl IntoView {
    let dots = points
        .into_iter()
        .map(|p| {
            let name = format!("{}: {}", p.name, crate::state::map::counts_text(p.mentions, p.articles));
            let aria = name.clone();
            // The <g> root makes the macro build an SVG <a>, not an HTML one.
            view! {
                <g>
                <a href=href(&entity_path(&p.id)) aria-label=aria class="px-map__point">
                    <circle cx=format!("{:.2}", p.x) cy=format!("{:.2}", p.y) r=format!("{:.2}", p.r)>
                        <title>{name}</title>
                    </circle>
                </a>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="px-map" viewBox="0 0 360 180" role="group" aria-label=label>
            <rect class="px-map__sea" x="0" y="0" width="360" height="180"/>
            <path class="px-map__land" d=LAND_PATH/>
            {dots}
        </svg>
    }
}
