//! The entity index: every entity, searchable, filterable by type and article, sortable.
//! All of it lives in the URL (`?q=&type=&doc=&sort=`), so a link reproduces the view.

use crate::components::virtual_list::VirtualTable;
use crate::routes::{entity_path, href};
use crate::state::corpus::expect_corpus;
use crate::state::entities::{self, EntityFilter, SortKey};
use crate::state::reader;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use parallax_core::Label;

/// Height of one row of the index, in CSS pixels (one line of text and a chip).
const ROW_HEIGHT: f64 = 40.0;

/// Most articles the "Filter by article" links list before they become a select.
const DOC_LINKS_UP_TO: usize = 20;

#[component]
pub fn EntitiesPage() -> impl IntoView {
    let corpus = expect_corpus();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let q = query.read();
        EntityFilter {
            query: q.get("q").unwrap_or_default(),
            label: q.get("type").as_deref().and_then(Label::parse),
            doc: q.get("doc").and_then(|d| d.parse().ok()),
            sort: SortKey::parse(&q.get("sort").unwrap_or_default()),
        }
    });
    let base = href("/entities");
    let navigate = use_navigate();
    let navigate_doc = navigate.clone();
    // `navigate` adds the router's base itself, unlike plain hrefs.
    let on_search = move |ev: leptos::ev::Event| {
        let f = EntityFilter {
            query: event_target_value(&ev),
            ..filter.get_untracked()
        };
        navigate(
            &format!("/entities{}", f.to_query()),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    };
    let counts = entities::label_counts(corpus.analysis());
    // Articles by name (outlet and date, else a short title), as every view names them.
    let docs: Vec<String> = (0..corpus.documents().len())
        .map(|d| corpus.name(d).to_owned())
        .collect();

    let table_corpus = corpus.clone();
    let facet_base = base.clone();
    let facets = move || {
        let f = filter.get();
        let all = EntityFilter {
            label: None,
            ..f.clone()
        };
        let mut items = vec![(
            format!("All ({})", counts.iter().map(|c| c.1).sum::<usize>()),
            all.to_query(),
            f.label.is_none(),
        )];
        for &(label, n) in &counts {
            let g = EntityFilter {
                label: Some(label),
                ..f.clone()
            };
            items.push((
                format!("{} ({n})", reader::label_name(label)),
                g.to_query(),
                f.label == Some(label),
            ));
        }
        items
            .into_iter()
            .map(|(text, q, current)| {
                view! {
                    <li><a href=format!("{facet_base}{q}") aria-current=if current { Some("true") } else { None }>{text}</a></li>
                }
            })
            .collect_view()
    };
    // Past a screenful of articles a link per article would bury the table: a select instead.
    let many_docs = docs.len() > DOC_LINKS_UP_TO;
    let option_docs = docs.clone();
    let doc_options = move || {
        let current = filter.get().doc;
        let all = view! { <option value="" selected=current.is_none()>"any article"</option> };
        let each = option_docs
            .iter()
            .enumerate()
            .map(|(i, d)| view! { <option value=i.to_string() selected=current == Some(i)>{d.clone()}</option> })
            .collect_view();
        view! { {all} {each} }
    };
    let on_doc = move |ev: leptos::ev::Event| {
        let f = EntityFilter {
            doc: event_target_value(&ev).parse().ok(),
            ..filter.get_untracked()
        };
        navigate_doc(
            &format!("/entities{}", f.to_query()),
            NavigateOptions::default(),
        );
    };
    let doc_base = base.clone();
    let doc_facets = move || {
        let f = filter.get();
        let mut items = vec![(
            "All articles".to_owned(),
            EntityFilter {
                doc: None,
                ..f.clone()
            }
            .to_query(),
            f.doc.is_none(),
        )];
        for (i, d) in docs.iter().enumerate() {
            items.push((
                d.clone(),
                EntityFilter {
                    doc: Some(i),
                    ..f.clone()
                }
                .to_query(),
                f.doc == Some(i),
            ));
        }
        items
            .into_iter()
            .map(|(text, q, current)| {
                view! {
                    <li><a href=format!("{doc_base}{q}") aria-current=if current { Some("true") } else { None }>{text}</a></li>
                }
            })
            .collect_view()
    };
    let sort_base = base.clone();
    let header = move |key: SortKey, text: &'static str| {
        let f = filter.get();
        let link = format!(
            "{sort_base}{}",
            EntityFilter {
                sort: key,
                ..f.clone()
            }
            .to_query()
        );
        let sorted = if f.sort == key {
            if key == SortKey::Name {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        view! { <th scope="col" aria-sort=sorted><a href=link>{text}</a></th> }
    };
    let table = move || {
        let rows = std::sync::Arc::new(entities::rows(table_corpus.analysis(), &filter.get()));
        let n = rows.len();
        let head = header.clone();
        let row = move |i: usize| {
            rows.get(i).map(|r| {
                view! {
                    <td><a href=href(&entity_path(&r.id))>{r.name.clone()}</a></td>
                    <td><span class=format!("px-chip {}", reader::label_class(r.label))>{reader::label_tag(r.label)}</span></td>
                    <td class="px-num">{r.articles}</td>
                    <td class="px-num">{r.mentions}</td>
                    <td class="px-entities__aliases">{r.aliases.join(", ")}</td>
                }
            })
        };
        view! {
            <p class="px-entities__count" role="status">{format!("{n} entities")}</p>
            <VirtualTable count=n row_height=ROW_HEIGHT columns=5 label="Entities" class="px-entities__table"
                head=move || view! {
                    {head(SortKey::Name, "Name")}
                    <th scope="col">"Type"</th>
                    {head(SortKey::Articles, "Articles")}
                    {head(SortKey::Mentions, "Mentions")}
                    <th scope="col">"Also written"</th>
                }
                row=row
            />
        }
    };

    view! {
        <section class="px-entities" aria-labelledby="entities-heading">
            <h1 id="entities-heading">"Entities"</h1>
            <label class="px-search">
                <span>"Search entities"</span>
                <input type="search" prop:value=move || filter.get().query on:input=on_search placeholder="e.g. ISIS, Moscow, Austin"/>
            </label>
            <nav class="px-facets" aria-label="Filter by type"><ul>{facets}</ul></nav>
            {if many_docs {
                view! {
                    <label class="px-search px-entities__doc">
                        <span>"Only entities named by"</span>
                        <select on:change=on_doc>{doc_options}</select>
                    </label>
                }
                .into_any()
            } else {
                view! { <nav class="px-facets" aria-label="Filter by article"><ul>{doc_facets}</ul></nav> }.into_any()
            }}
            {table}
        </section>
    }
}
