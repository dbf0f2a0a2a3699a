//! One entity: its name, type, aliases, the articles that name it, every mention
//! in context (linking to the exact place in the reader) and what it appears with.

use crate::components::virtual_list::VirtualList;
use crate::engine;
use crate::pages::not_found::NotFound;
use crate::routes::{article_path, entity_path, href};
use crate::state::corpus::expect_corpus;
use crate::state::entities;
use crate::state::library::expect_library;
use crate::state::reader;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use parallax_core::corrections::Correction;

/// Heights of one article line and one keyword-in-context line, in CSS pixels.
const ARTICLE_HEIGHT: f64 = 32.0;
const KWIC_HEIGHT: f64 = 36.0;

#[component]
pub fn EntityPage() -> impl IntoView {
    let corpus = expect_corpus();
    let library = expect_library();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let analysis = corpus.analysis();
        let Some(entity) = corpus.entity(&id) else {
            return view! { <NotFound/> }.into_any();
        };
        let per_doc = std::sync::Arc::new(entities::mentions_per_doc(entity));
        let n_articles = per_doc.len();
        let docs_corpus = corpus.clone();
        let article = move |i: usize| {
            let &(d, n) = per_doc.get(i)?;
            let doc = docs_corpus.documents().get(d)?;
            let s = engine::short_id(&doc.id).to_owned();
            let name = docs_corpus.name(d).to_owned();
            Some(view! {
                <a href=href(&article_path(&s))>{name}</a>{format!(" · {n} mention{}", if n == 1 { "" } else { "s" })}
            })
        };
        let n_lines = entity.mentions.len();
        let kwic_corpus = corpus.clone();
        let entity_index = analysis.entities.iter().position(|e| e.id == entity.id);
        let line = move |i: usize| {
            let k = entities::kwic_at(
                kwic_corpus.analysis(),
                kwic_corpus.analysis().entities.get(entity_index?)?,
                i,
            )?;
            let short = kwic_corpus.short_id(k.doc).to_owned();
            let link = format!("{}#m-{}", href(&article_path(&short)), k.mention);
            let doc = kwic_corpus.name(k.doc).to_owned();
            let label = format!("Open mention in {doc}");
            Some(view! {
                <a class="px-kwic__doc" href=link aria-label=label>{doc}</a>
                <span class="px-kwic__left">{k.left}</span>
                <mark class="px-kwic__hit">{k.hit}</mark>
                <span class="px-kwic__right">{k.right}</span>
            })
        };
        let with = entities::co_occurring(analysis, entity)
            .into_iter()
            .take(15)
            .map(|(e, n)| view! { <li><a href=href(&entity_path(&e.id))>{e.canonical.clone()}</a>{format!(" ({n})")}</li> })
            .collect_view();
        let aliases = entity.surfaces.join(", ");
        // Why its forms were joined across articles, each with a way back.
        let merges = entities::merge_lines(entity);
        let merges = (!merges.is_empty()).then(|| {
            let items = merges
                .into_iter()
                .map(|m| {
                    let (id, form) = (entity.id.clone(), m.form.clone());
                    let label = format!("Split off “{}”", m.form);
                    view! {
                        <li>
                            {m.text}" "
                            <button type="button" class="px-button px-button--small" on:click=move |_| library.correct(Correction::SplitAlias {
                                entity: id.clone(),
                                surface: form.clone(),
                            })>{label}</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="px-entity__merges" aria-labelledby="merges-heading">
                    <h2 id="merges-heading">"How its names were joined"</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        // Likely duplicates the linker was not sure of: one click merges.
        let maybe = entities::suggestions(analysis, entity);
        let maybe = (!maybe.is_empty()).then(|| {
            let items = maybe
                .into_iter()
                .map(|(other, why)| {
                    let (from, into) = (entity.id.clone(), other.id.clone());
                    let label = format!("Same as “{}”: merge", other.canonical);
                    let navigate = use_navigate();
                    view! {
                        <li>
                            <a href=href(&entity_path(&other.id))>{other.canonical.clone()}</a>
                            {format!(" ({} mentions): {why} ", other.mentions.len())}
                            <button type="button" class="px-button px-button--small" on:click=move |_| {
                                library.correct(Correction::Merge {
                                    from: from.clone(),
                                    into: into.clone(),
                                });
                                navigate(&entity_path(&into), Default::default());
                            }>{label}</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="px-entity__maybe" aria-labelledby="maybe-heading">
                    <h2 id="maybe-heading">"Possibly the same as"</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        let place = entity.geo.as_ref().map(|g| {
            let country = g.country_name.clone().unwrap_or_else(|| g.country.clone());
            format!(
                "Located at {:.2}°, {:.2}°{}",
                g.lat,
                g.lon,
                if country.is_empty() {
                    String::new()
                } else {
                    format!(", in {country}")
                }
            )
        });
        // A place says its country with its coordinates above; a nationality here.
        let country = entity.country.as_ref().filter(|_| entity.geo.is_none()).map(|c| {
            let name = corpus.entity(c).map_or_else(|| c.clone(), |e| e.canonical.clone());
            let link = corpus.entity(c).map(|e| href(&entity_path(&e.id)));
            view! { <p class="px-entity__country">"Country: " {match link { Some(l) => view! { <a href=l>{name}</a> }.into_any(), None => view! { <span>{name}</span> }.into_any() }}</p> }
        });
        let pin = crate::state::map::point(entity).map(|p| {
            view! { <crate::components::world_map::WorldMap points=vec![p] label=format!("Where {} is", entity.canonical)/> }
        });
        view! {
            <article class="px-entity" aria-labelledby="entity-heading">
                <p><a href=href("/entities")>"← All entities"</a></p>
                <h1 id="entity-heading">{entity.canonical.clone()}</h1>
                <p class="px-entity__meta">
                    <span class=format!("px-chip {}", reader::label_class(entity.label))>{reader::label_tag(entity.label)}</span>
                    {format!(" {} · {} mentions in {} articles", reader::label_name(entity.label), entity.mentions.len(), entity.docs.len())}
                </p>
                <p class="px-entity__aliases">{format!("Also written: {aliases}")}</p>
                {maybe}
                {merges}
                {place.map(|p| view! { <p>{p}</p> })}
                {pin}
                {country}
                <crate::components::correct::EntityCorrections id=entity.id.clone()/>
                <h2>"Articles"</h2>
                <VirtualList count=n_articles row_height=ARTICLE_HEIGHT label="Articles naming this entity" class="px-entity__articles" item=article/>
                <h2>"Every mention"</h2>
                <VirtualList count=n_lines row_height=KWIC_HEIGHT label="Mentions in context" class="px-kwic" item_class="px-kwic__line" item=line/>
                <h2>"Named in the same sentences"</h2>
                <ul class="px-entity__with" aria-label="Co-occurring entities">{with}</ul>
            </article>
        }
        .into_any()
    }
}
