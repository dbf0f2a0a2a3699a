//! The map: every place the articles name, as a point sized by its mentions.

use crate::components::world_map::WorldMap;
use crate::routes::{entity_path, href};
use crate::state::corpus::expect_corpus;
use crate::state::map;
use leptos::prelude::*;

#[component]
pub fn MapPage() -> impl IntoView {
    let corpus = expect_corpus();
    let points = map::points(corpus.analysis());
    let list = points
        .iter()
        .map(|p| {
            view! {
                <li><a href=href(&entity_path(&p.id))>{p.name.clone()}</a>{format!(" · {}", crate::state::map::counts_text(p.mentions, p.articles))}</li>
            }
        })
        .collect_view();
    let n = points.len();
    view! {
        <section class="px-mappage" aria-labelledby="map-heading">
            <h1 id="map-heading">"Map"</h1>
            <p class="px-lead">{format!("{n} places with known coordinates. Larger points are mentioned more often.")}</p>
            <WorldMap points=points label="Places named in the articles"/>
            <p class="px-note">"Outline: Natural Earth (public domain) via world-atlas. Coordinates: GeoNames (CC BY 4.0) and world-countries (ODbL)."</p>
            <h2>"Places"</h2>
            <ul class="px-map__list" aria-label="Places">{list}</ul>
        </section>
    }
}
