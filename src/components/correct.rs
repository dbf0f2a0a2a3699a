//! Corrections: the forms on an entity page (rename, relabel, merge, split an alias)
//! and the reader's "mark a missed name" bar. Each sends one [`Correction`] to the
//! library, which re-applies every correction over the extraction and stores them.

use crate::routes::entity_path;
use crate::state::corpus::expect_corpus;
use crate::state::library::expect_library;
use crate::state::reader;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use parallax_core::corrections::Correction;
use parallax_core::Label;

/// The correction forms for one entity.
#[component]
pub fn EntityCorrections(id: String) -> impl IntoView {
    let library = expect_library();
    let corpus = expect_corpus();
    let navigate = use_navigate();
    let Some(entity) = corpus.entity(&id).cloned() else {
        return ().into_any();
    };
    let name = RwSignal::new(entity.canonical.clone());
    let label = RwSignal::new(entity.label.as_str().to_owned());
    let target = RwSignal::new(String::new());

    let rename_id = id.clone();
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = name.get_untracked().trim().to_owned();
        if !name.is_empty() {
            library.correct(Correction::Rename {
                entity: rename_id.clone(),
                name,
            });
        }
    };
    let relabel_id = id.clone();
    let relabel = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(label) = Label::parse(&label.get_untracked()) {
            library.correct(Correction::Relabel {
                entity: relabel_id.clone(),
                label,
            });
        }
    };
    let merge_id = id.clone();
    let merge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let into = target.get_untracked();
        if !into.is_empty() && into != merge_id {
            library.correct(Correction::Merge {
                from: merge_id.clone(),
                into: into.clone(),
            });
            navigate(&entity_path(&into), Default::default());
        }
    };
    let label_options = Label::ALL
        .iter()
        .map(|l| view! { <option value=l.as_str()>{reader::label_name(*l)}</option> })
        .collect_view();
    // Its own type first, never dates.
    let others: Vec<(String, String)> =
        crate::state::entities::merge_choices(corpus.analysis(), &entity)
            .into_iter()
            .map(|e| {
                (
                    e.id.clone(),
                    format!("{} ({})", e.canonical, reader::label_name(e.label)),
                )
            })
            .collect();
    let merge_options = others
        .into_iter()
        .map(|(id, name)| view! { <option value=id>{name}</option> })
        .collect_view();
    let splits = (entity.surfaces.len() > 1).then(|| {
        let buttons = entity
            .surfaces
            .iter()
            .filter(|s| **s != entity.canonical)
            .map(|s| {
                let surface = s.clone();
                let entity = id.clone();
                view! {
                    <li>
                        <button type="button" class="px-button" on:click=move |_| library.correct(Correction::SplitAlias {
                            entity: entity.clone(),
                            surface: surface.clone(),
                        })>{format!("Split off “{s}”")}</button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>"A name that is a different thing: split it into its own entity."</p>
            <ul class="px-inline-list" aria-label="Split an alias off">{buttons}</ul>
        }
    });
    view! {
        <details class="px-correct">
            <summary>"Correct this entity"</summary>
            <form on:submit=rename>
                <label>"Name"<input type="text" name="name" bind:value=name/></label>
                <button type="submit" class="px-button">"Rename"</button>
            </form>
            <form on:submit=relabel>
                <label>"Type"
                    <select name="label" prop:value=move || label.get() on:change=move |ev| label.set(event_target_value(&ev))>
                        {label_options}
                    </select>
                </label>
                <button type="submit" class="px-button">"Change type"</button>
            </form>
            <form on:submit=merge>
                <label>"Same as"
                    <select name="into" on:change=move |ev| target.set(event_target_value(&ev))>
                        <option value="">"Choose an entity…"</option>
                        {merge_options}
                    </select>
                </label>
                <button type="submit" class="px-button">"Merge into it"</button>
            </form>
            {splits}
        </details>
    }
    .into_any()
}

/// What is selected in the reader: a byte span of the document and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Marked {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The bar under the reader's controls: select words in the article, then choose
/// their type to add a name the engine missed.
#[component]
pub fn MarkBar(doc_id: String, selection: RwSignal<Option<Marked>>) -> impl IntoView {
    let library = expect_library();
    move || {
        let Some(m) = selection.get() else {
            return view! {
                <p class="px-markbar px-note">"Missed a name? Select it in the text to mark it."</p>
            }
            .into_any();
        };
        let buttons = Label::ALL
            .iter()
            .map(|&label| {
                let doc = doc_id.clone();
                let (start, end) = (m.start, m.end);
                view! {
                    <li>
                        <button type="button" class=format!("px-button {}", reader::label_class(label)) on:click=move |_| {
                            library.correct(Correction::AddMention { doc: doc.clone(), start, end, label, entity: None });
                            selection.set(None);
                        }>{reader::label_name(label)}</button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="px-markbar" role="group" aria-label="Mark the selected words">
                <span>{format!("Mark “{}” as:", m.text)}</span>
                <ul class="px-inline-list">{buttons}</ul>
            </div>
        }
        .into_any()
    }
}

/// The selection in the page as a byte span of the document, when it lies inside
/// one plain-text piece of the reader (`<span data-at=BYTE>`).
pub fn reader_selection() -> Option<Marked> {
    let selection = window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() != 1 {
        return None;
    }
    let anchor = selection.anchor_node()?;
    let focus = selection.focus_node()?;
    if anchor != focus {
        return None;
    }
    let piece = anchor.parent_element()?;
    let at: usize = piece.get_attribute("data-at")?.parse().ok()?;
    let text = anchor.text_content()?;
    let (a, b) = (selection.anchor_offset(), selection.focus_offset());
    let (from, to) = (a.min(b) as usize, a.max(b) as usize);
    let (start, end) = (
        reader::utf16_to_byte(&text, from)?,
        reader::utf16_to_byte(&text, to)?,
    );
    let picked = text.get(start..end)?;
    let trimmed = picked.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lead = picked.len() - picked.trim_start().len();
    Some(Marked {
        start: at + start + lead,
        end: at + start + lead + trimmed.len(),
        text: trimmed.to_owned(),
    })
}
