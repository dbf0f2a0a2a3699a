//! "Your articles": import (paste, choose or drop files), what is stored, the corpus
//! switch, and the exports.

use crate::engine::ExportKind;
use crate::state::corpus::expect_corpus;
use crate::state::library::{expect_library, Library};
use leptos::prelude::*;
use leptos::task::spawn_local;
use parallax_core::import::{check_size, Article};
use wasm_bindgen::JsCast;

#[component]
pub fn LibraryPage() -> impl IntoView {
    expect_library().prepare();
    view! {
        <h1>"Your articles"</h1>
        <p class="px-lead">
            "Add your own articles: they are analysed here, in this browser, and kept in its storage. Nothing leaves your computer."
        </p>
        <div class="px-library">
            <FilePicker/>
            <PasteForm/>
        </div>
        <Stored/>
        <Exports/>
    }
}

/// Read the chosen files, all at once, and hand them to the worker; files over
/// the size limit are refused before being read, and a file that cannot be read
/// is named while the others go on.
fn import_list(library: Library, files: web_sys::FileList) {
    let mut names = Vec::new();
    let reads = js_sys::Array::new();
    for file in (0..files.length()).filter_map(|i| files.get(i)) {
        let name = file.name();
        match check_size(file.size() as u64) {
            Ok(()) => {
                reads.push(&file.array_buffer());
                names.push(name);
            }
            Err(e) => library.notify(e.describe(&name)),
        }
    }
    spawn_local(async move {
        let settled = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&reads))
            .await
            .map(|v| js_sys::Array::from(&v))
            .unwrap_or_default();
        let mut read = Vec::with_capacity(names.len());
        for (i, name) in names.into_iter().enumerate() {
            let value = js_sys::Reflect::get(&settled.get(i as u32), &"value".into())
                .ok()
                .filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>());
            match value {
                Some(buffer) => read.push((name, js_sys::Uint8Array::new(&buffer))),
                None => library.notify(format!("{name} could not be read.")),
            }
        }
        library.import_files(read);
    });
}

#[component]
fn FilePicker() -> impl IntoView {
    let library = expect_library();
    let dragging = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(files) = input.files() {
            import_list(library, files);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            import_list(library, files);
        }
    };
    view! {
        <section
            class="px-drop"
            class:px-drop-active=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2>"Files"</h2>
            <p>"Drop files here, or choose them: .txt, .md, saved web pages (.html, .mhtml), and .json or .jsonl exported by Parallax. Many at once is fine."</p>
            <label class="px-button" for="px-files">"Choose files…"</label>
            <input
                id="px-files"
                class="px-visually-hidden"
                type="file"
                multiple
                accept=".txt,.md,.markdown,.html,.htm,.xhtml,.mhtml,.mht,.json,.jsonl,.ndjson,text/plain,text/html,application/json,multipart/related,message/rfc822"
                on:change=on_change
            />
        </section>
    }
}

#[component]
fn PasteForm() -> impl IntoView {
    let library = expect_library();
    let title = RwSignal::new(String::new());
    let outlet = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let opt = |s: RwSignal<String>| {
        let v = s.get_untracked();
        (!v.trim().is_empty()).then_some(v)
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        library.paste(Article {
            id: String::new(),
            title: opt(title),
            outlet: opt(outlet),
            date: opt(date),
            url: opt(url),
            text: text.get_untracked(),
            ..Article::default()
        });
        for s in [title, outlet, date, url, text] {
            s.set(String::new());
        }
    };
    view! {
        <form class="px-paste" on:submit=submit>
            <h2>"Paste an article"</h2>
            <label>"Title (optional)"<input type="text" bind:value=title/></label>
            <label>"Outlet (optional)"<input type="text" bind:value=outlet/></label>
            <label>"Date (optional)"<input type="date" bind:value=date/></label>
            <label>"Address (optional)"<input type="url" bind:value=url/></label>
            <label>"Text"<textarea rows="8" bind:value=text></textarea></label>
            <button type="submit" class="px-button">"Add article"</button>
        </form>
    }
}

/// What is stored in this browser: one row per imported article, with delete.
#[component]
fn Stored() -> impl IntoView {
    let library = expect_library();
    let corpus = expect_corpus();
    let ids = library.imported.get_untracked();
    let index: std::collections::HashMap<&str, usize> = corpus
        .documents()
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let rows: Vec<(String, String, usize)> = ids
        .iter()
        .filter_map(|id| index.get(id.as_str()).map(|&i| (id, i)))
        .map(|(id, i)| {
            let doc = &corpus.documents()[i];
            (
                id.clone(),
                doc.title().unwrap_or(&doc.id).to_owned(),
                doc.text.len(),
            )
        })
        .collect();
    let total: usize = rows.iter().map(|r| r.2).sum();
    let count = rows.len();
    let show_all = RwSignal::new(false);
    let body = move || {
        let shown = if show_all.get() {
            count
        } else {
            count.min(SHOWN)
        };
        rows.iter()
        .take(shown)
        .cloned()
        .map(|(id, title, bytes)| {
            let saved = {
                let id = id.clone();
                move || {
                    if library.unsaved.with(|u| u.contains(&id)) {
                        "not saved: kept until you reload"
                    } else if library.storage_ok.get() {
                        "saved in this browser"
                    } else {
                        "not saved: storage unavailable"
                    }
                }
            };
            let remove_id = id.clone();
            view! {
                <tr>
                    <td>{title}</td>
                    <td><code>{id}</code></td>
                    <td class="px-num">{size_text(bytes)}</td>
                    <td>{saved}</td>
                    <td>
                        <button type="button" class="px-button" on:click=move |_| library.remove(remove_id.clone())>
                            "Delete"
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view()
    };
    let more = move || {
        (count > SHOWN && !show_all.get()).then(|| {
            view! {
                <button type="button" class="px-button" on:click=move |_| show_all.set(true)>
                    {format!("Show all {count}")}
                </button>
            }
        })
    };
    view! {
        <section class="px-stored" aria-labelledby="px-stored-h">
            <h2 id="px-stored-h">"Stored in this browser"</h2>
            <label class="px-switch">
                <input
                    type="checkbox"
                    prop:checked=move || library.show_seeds.get()
                    on:change=move |ev| library.set_show_seeds(event_target_checked(&ev))
                />
                " Show the bundled articles beside yours"
            </label>
            {if count == 0 {
                view! { <p>"No imported articles yet."</p> }.into_any()
            } else {
                view! {
                    <p>{format!("{count} imported article{}, {} of text.", if count == 1 { "" } else { "s" }, size_text(total))}</p>
                    <table class="px-table">
                        <thead><tr><th>"Title"</th><th>"Id"</th><th>"Size"</th><th>"Storage"</th><th></th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                    {more}
                    <button type="button" class="px-button px-danger" on:click=move |_| library.clear()>
                        "Delete all imported articles and corrections"
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}

/// Rows of the storage table shown before "Show all".
const SHOWN: usize = 100;

fn size_text(bytes: usize) -> String {
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.1} kB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

#[component]
fn Exports() -> impl IntoView {
    let library = expect_library();
    let buttons = ExportKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <li><button type="button" class="px-button" on:click=move |_| library.export(kind)>{kind.label()}</button></li>
            }
        })
        .collect_view();
    view! {
        <section class="px-exports" aria-labelledby="px-exports-h">
            <h2 id="px-exports-h">"Export"</h2>
            <ul class="px-inline-list">
                {buttons}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::size_text;

    #[test]
    fn sizes_read_naturally() {
        for (b, s) in [
            (0, "0 B"),
            (999, "999 B"),
            (1_500, "1.5 kB"),
            (2_300_000, "2.3 MB"),
        ] {
            assert_eq!(size_text(b), s);
        }
    }
}
