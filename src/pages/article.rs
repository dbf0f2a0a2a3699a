//! The article reader: the text with entity mentions highlighted by type, a
//! legend that toggles types, boilerplate dimmed or hidden, and a popover per mention.

use crate::components::correct::{reader_selection, MarkBar};
use crate::engine;
use crate::pages::not_found::NotFound;
use crate::routes::{article_path, entity_path, href};
use crate::state::corpus::{expect_corpus, Corpus};
use crate::state::library::expect_library;
use crate::state::reader::{self, HiddenLabels, Piece};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};
use parallax_core::corrections::Correction;
use parallax_core::{Label, Source};

#[component]
pub fn ArticlePage() -> impl IntoView {
    let corpus = expect_corpus();
    let params = use_params_map();
    let query = use_query_map();
    let hash = use_location().hash;
    let search = use_location().search;
    // A link to `#m-12` (from an entity page or a fact) scrolls to that mention and
    // marks it: this talks to the DOM after rendering, nothing else.
    Effect::new(move |_| {
        let target = hash.get();
        let at = search.get().contains("at=");
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(target.trim_start_matches('#')) {
                el.scroll_into_view();
                let _ = el.class_list().add_1("px-mark--target");
            } else if at {
                if let Ok(Some(el)) = document().query_selector(".px-reader__focus") {
                    el.scroll_into_view();
                }
            }
        });
    });
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let hidden = HiddenLabels::parse(&query.read().get("hide").unwrap_or_default());
        let hide_boilerplate = query.read().get("boilerplate").as_deref() == Some("hide");
        let focus = reader::parse_at(&query.read().get("at").unwrap_or_default());
        match corpus.find_index(&id) {
            Some(index) => view! {
                <Reader corpus=corpus.clone() index=index short_id=id hidden=hidden hide_boilerplate=hide_boilerplate focus=focus/>
            }
            .into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// The query string for a reader state, `""` when it is the default.
fn reader_query(hidden: HiddenLabels, hide_boilerplate: bool) -> String {
    let mut parts = Vec::new();
    let h = hidden.to_query();
    if !h.is_empty() {
        parts.push(format!("hide={h}"));
    }
    if hide_boilerplate {
        parts.push("boilerplate=hide".to_owned());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[component]
fn Reader(
    corpus: Corpus,
    index: usize,
    short_id: String,
    hidden: HiddenLabels,
    hide_boilerplate: bool,
    focus: Option<parallax_core::Span>,
) -> impl IntoView {
    let doc = &corpus.documents()[index];
    let extraction = &corpus.analysis().extractions[index];
    let title = doc.title().unwrap_or(engine::short_id(&doc.id)).to_owned();
    let authors = doc.author_names();
    let byline = (!authors.is_empty()).then(|| format!("By {}", authors.join(", ")));
    let meta = [
        byline,
        engine::outlet(doc).map(str::to_owned),
        engine::date(doc),
        Some(format!("{} words", doc.word_count())),
        Some(short_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let base = href(&article_path(&short_id));
    let selection = RwSignal::new(None);
    let on_select = move || selection.set(reader_selection());

    let legend = Label::ALL
        .iter()
        .map(|&label| {
            let count = extraction
                .mentions
                .iter()
                .filter(|m| m.label == label)
                .count();
            let shown = !hidden.is_hidden(label);
            let link = format!(
                "{base}{}",
                reader_query(hidden.toggled(label), hide_boilerplate)
            );
            view! {
                <li>
                    <a
                        class=format!("px-legend__item {}", reader::label_class(label))
                        href=link
                        role="switch"
                        aria-checked=if shown { "true" } else { "false" }
                    >
                        <span class="px-legend__tag">{reader::label_tag(label)}</span>
                        {format!(" {} ({count})", reader::label_name(label))}
                    </a>
                </li>
            }
        })
        .collect_view();
    let boilerplate_link = format!("{base}{}", reader_query(hidden, !hide_boilerplate));

    let paragraphs = reader::paragraphs(doc, &extraction.mentions, focus)
        .into_iter()
        .filter(|p| !(hide_boilerplate && p.boilerplate))
        .map(|p| {
            let class = if p.boilerplate {
                "px-reader__para px-reader__para--boilerplate"
            } else {
                "px-reader__para"
            };
            let pieces = p
                .pieces
                .into_iter()
                .filter(|piece| !(hide_boilerplate && piece.boilerplate))
                .map(|piece| {
                    let view = render_piece(&corpus, index, piece, hidden);
                    if piece.focus {
                        view! { <span class="px-reader__focus">{view}</span> }.into_any()
                    } else {
                        view
                    }
                })
                .collect_view();
            view! { <p class=class>{pieces}</p> }
        })
        .collect_view();

    view! {
        <article class="px-article" aria-labelledby="article-title">
            <p class="px-article__back"><a href=href("/")>"← All articles"</a></p>
            <h1 id="article-title">{title}</h1>
            <p class="px-article__meta">{meta}</p>
            <div class="px-reader__controls">
                <ul class="px-legend" aria-label="Entity types">{legend}</ul>
                <a class="px-reader__bp-toggle" href=boilerplate_link role="switch" aria-checked=if hide_boilerplate { "true" } else { "false" }>
                    "Hide boilerplate (ads, bylines, widgets)"
                </a>
            </div>
            <MarkBar doc_id=doc.id.clone() selection=selection/>
            <div class="px-article__body" on:mouseup=move |_| on_select() on:keyup=move |_| on_select()>{paragraphs}</div>
        </article>
    }
}

fn render_piece(corpus: &Corpus, doc: usize, piece: Piece, hidden: HiddenLabels) -> AnyView {
    let text = &corpus.documents()[doc].text;
    let words = piece.span.slice(text).to_owned();
    let class = if piece.boilerplate {
        "px-reader__boilerplate"
    } else {
        "px-reader__text"
    };
    let Some(mi) = piece.mention else {
        // `data-at`: where this text starts in the document, for marking missed names.
        return view! { <span class=class data-at=piece.span.start>{words}</span> }.into_any();
    };
    let Some(mention) = corpus.analysis().extractions[doc].mentions.get(mi).copied() else {
        return view! { <span class=class>{words}</span> }.into_any();
    };
    if hidden.is_hidden(mention.label) {
        return view! { <span class=class>{words}</span> }.into_any();
    }
    let entity = corpus
        .analysis()
        .mention_entity
        .get(doc)
        .and_then(|m| m.get(mi))
        .and_then(|&e| corpus.analysis().entities.get(e));
    let pop_id = format!("pop-{mi}");
    let doc_id = corpus.documents()[doc].id.clone();
    let label = mention.label;
    // Read aloud as "Lloyd Austin, Person"; the printed tag is for the eye.
    let spoken = format!(", {}", reader::label_name(label));
    let source = match mention.source {
        Source::Model => "statistical model",
        Source::Gazetteer => "gazetteer",
        Source::Rule => "rule",
        Source::User => "your correction",
    };
    let total = corpus.documents().len();
    let why = format!(
        "Found by the {source} as {} ({}), confidence {:.0}%.",
        reader::label_name(label),
        label.as_str(),
        mention.confidence * 100.0
    );
    let popover = match entity {
        Some(e) => {
            let line = reader::popover_line(label, e.docs.len(), total, &e.canonical, &e.surfaces);
            let place = e.geo.as_ref().and_then(|g| g.country_name.clone());
            view! {
                <span class="px-pop__title">{e.canonical.clone()}</span>
                <span class="px-pop__row">{line}</span>
                {place.map(|c| view! { <span class="px-pop__row">{format!("In {c}")}</span> })}
                <a class="px-pop__link" href=href(&entity_path(&e.id))>"Every mention →"</a>
                <details class="px-pop__why"><summary>"Why"</summary><span>{why}</span></details>
                {drop_button(doc_id.clone(), mention.span)}
            }
            .into_any()
        }
        None => view! {
            <span class="px-pop__title">{words.clone()}</span>
            <span class="px-pop__row">{reader::label_name(label)}</span>
            <details class="px-pop__why"><summary>"Why"</summary><span>{why}</span></details>
            {drop_button(doc_id.clone(), mention.span)}
        }
        .into_any(),
    };
    let anchor_pop = pop_id.clone();
    view! {
        <mark id=format!("m-{mi}") class=format!("px-mark {}", reader::label_class(label)) data-label=label.as_str()>
            <button type="button" class="px-mark__btn" popovertarget=pop_id.clone()
                on:click=move |ev| place_popover(&ev, &anchor_pop)>
                {words}
                <span class="px-mark__tag" aria-hidden="true">{reader::label_tag(label)}</span>
                <span class="px-visually-hidden">{spoken}</span>
            </button>
        </mark>
        <span id=pop_id popover="auto" class="px-pop" role="dialog" aria-label=format!("About {}", piece.span.slice(text))>{popover}</span>
    }
    .into_any()
}

/// Puts a mention's popover next to the mention (below it, or above when there is
/// no room below), before the browser opens it.
fn place_popover(ev: &leptos::ev::MouseEvent, pop_id: &str) {
    use wasm_bindgen::JsCast;
    let Some(button) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let rect = button.get_bounding_client_rect();
    let win = window();
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (w, h) = (size(win.inner_width()), size(win.inner_height()));
    let style = reader::popover_style(
        reader::Rect {
            left: rect.left(),
            top: rect.top(),
            bottom: rect.bottom(),
        },
        w,
        h,
    );
    if let Some(pop) = document().get_element_by_id(pop_id) {
        let _ = pop.set_attribute("style", &style);
    }
}

/// "Not a name": drop this mention (a correction, undoable).
fn drop_button(doc: String, span: parallax_core::Span) -> impl IntoView {
    let library = expect_library();
    view! {
        <button type="button" class="px-button px-pop__drop" on:click=move |_| library.correct(Correction::DropMention {
            doc: doc.clone(),
            start: span.start,
            end: span.end,
        })>"Not a name: drop this mention"</button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_queries_only_say_what_differs_from_the_default() {
        let none = HiddenLabels::default();
        for (hidden, bp, query) in [
            (none, false, ""),
            (none, true, "?boilerplate=hide"),
            (none.toggled(Label::Date), false, "?hide=DATE"),
            (
                none.toggled(Label::Date).toggled(Label::Org),
                true,
                "?hide=ORG,DATE&boilerplate=hide",
            ),
        ] {
            assert_eq!(reader_query(hidden, bp), query);
        }
    }
}
