//! The engine as the views see it, provided once as a typed context: the corpus on
//! screen, the worker's progress, messages for the person, what is stored in the
//! browser, and the corrections with their undo.
//!
//! Flow: storage is read, the worker gets the bundled and stored articles, and every
//! analysis it posts replaces the corpus. Imports go to the worker; the articles it
//! reads come back and are written to storage in one transaction. A failed write
//! leaves the articles on the page (memory only) and earlier data untouched.

use crate::engine::{self, Assembler, Engine, ExportKind, Request, Response};
use crate::state::corpus::Corpus;
use crate::state::store;
use gloo::storage::Storage as _;
use leptos::prelude::*;
use leptos::task::spawn_local;
use parallax_core::corrections::Correction;
use parallax_core::import::Article;
use parallax_core::Patch;
use std::collections::BTreeSet;

/// Where the corpus switch is remembered (a preference, not data: localStorage).
const SHOW_SEEDS_KEY: &str = "parallax-show-seeds";

/// How far the worker is with the current run.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub current: String,
}

/// A message for the person: a file that could not be imported, a failed write.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
    /// A finished import's notice: says what was added and links to the overview.
    pub added: bool,
}

/// The engine, storage and corrections, for every view.
#[derive(Clone, Copy)]
pub struct Library {
    pub corpus: RwSignal<Option<Corpus>>,
    pub progress: RwSignal<Option<Progress>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Ids of the imported articles in the corpus, in order.
    pub imported: RwSignal<Vec<String>>,
    /// Imported articles that could not be stored: they live until the page closes.
    pub unsaved: RwSignal<BTreeSet<String>>,
    /// Whether browser storage works here at all.
    pub storage_ok: RwSignal<bool>,
    pub show_seeds: RwSignal<bool>,
    pub patch: RwSignal<Patch>,
    /// Corrections that no longer apply, in words.
    pub skipped: RwSignal<Vec<String>>,
    next_notice: StoredValue<u32>,
    assembler: StoredValue<Assembler, LocalStorage>,
    /// The batches of an import on their way to storage: ids and JSON arrays.
    storing: StoredValue<(Vec<String>, Vec<String>)>,
    /// The imported ids when the person's current import began, to tell what it added.
    import_base: StoredValue<Option<Vec<String>>>,
    /// The worker was asked to start its helpers (once is enough).
    prepared: StoredValue<bool>,
    /// The parts of the export on its way ([`Response::ExportPart`]).
    export_parts: StoredValue<Vec<String>>,
    engine: StoredValue<Option<Engine>, LocalStorage>,
}

impl Library {
    fn send(&self, request: &Request, files: Vec<(String, js_sys::Uint8Array)>) {
        self.engine.with_value(|e| match e {
            Some(engine) => engine.send(request, files),
            None => self.notify("The analysis worker is not running.".into()),
        });
    }

    /// Show a message until it is dismissed.
    pub fn notify(&self, text: String) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice {
                id,
                text,
                added: false,
            })
        });
    }

    /// Say what the current import added (one notice, updated as parts arrive).
    fn announce_added(&self, names: Vec<String>) {
        let Some(text) = crate::state::overview::import_notice(&names) else {
            return;
        };
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.retain(|x| !x.added);
            n.push(Notice {
                id,
                text,
                added: true,
            });
        });
    }

    /// Close a notice that needs no follow-up (the import notice, once followed).
    pub fn close_notice(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    fn begin_import(&self) {
        self.import_base
            .set_value(Some(self.imported.get_untracked()));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Import files (name, bytes); too-large files are refused before being read.
    pub fn import_files(&self, files: Vec<(String, js_sys::Uint8Array)>) {
        if !files.is_empty() {
            self.begin_import();
            self.send(&Request::Import, files);
        }
    }

    /// The import page is open: let the worker start its helpers before files come.
    pub fn prepare(&self) {
        if !self.prepared.get_value() {
            self.prepared.set_value(true);
            self.send(&Request::Prepare, Vec::new());
        }
    }

    pub fn paste(&self, article: Article) {
        self.begin_import();
        self.send(&Request::Paste { article }, Vec::new());
    }

    pub fn remove(&self, id: String) {
        let this = *self;
        self.unsaved.update(|u| {
            u.remove(&id);
        });
        self.send(&Request::Remove { id: id.clone() }, Vec::new());
        spawn_local(async move {
            if let Err(e) = store::remove_article(&id).await {
                this.notify(e);
            }
        });
    }

    /// Delete every imported article and correction, here and in storage.
    pub fn clear(&self) {
        let this = *self;
        self.unsaved.set(BTreeSet::new());
        self.patch.set(Patch::default());
        self.show_seeds.set(true);
        self.send(&Request::ClearImported, Vec::new());
        spawn_local(async move {
            if let Err(e) = store::clear_all().await {
                this.notify(e);
            }
        });
    }

    pub fn set_show_seeds(&self, on: bool) {
        self.show_seeds.set(on);
        let _ = gloo::storage::LocalStorage::set(SHOW_SEEDS_KEY, on);
        self.send(&Request::ShowSeeds { on }, Vec::new());
    }

    pub fn export(&self, kind: ExportKind) {
        self.send(&Request::Export { kind }, Vec::new());
    }

    /// Apply a correction on top of the extraction, and keep it.
    pub fn correct(&self, correction: Correction) {
        self.patch.update(|p| p.corrections.push(correction));
        self.patch_changed();
    }

    /// Take back the last correction.
    pub fn undo(&self) {
        self.patch.update(|p| {
            p.corrections.pop();
        });
        self.patch_changed();
    }

    fn patch_changed(&self) {
        let patch = self.patch.get_untracked();
        self.send(
            &Request::SetPatch {
                patch: patch.clone(),
            },
            Vec::new(),
        );
        self.save_patch(patch);
    }

    fn save_patch(&self, patch: Patch) {
        let this = *self;
        spawn_local(async move {
            if let Err(e) = store::put_patch(&patch).await {
                this.notify(e);
            }
        });
    }

    fn receive(&self, response: Response) {
        match response {
            Response::Progress {
                done,
                total,
                current,
            } => self.progress.set(Some(Progress {
                done,
                total,
                current,
            })),
            Response::Rejected { message, .. } => self.notify(message),
            Response::Imported {
                ids,
                articles,
                last,
            } => {
                self.storing.update_value(|(all_ids, batches)| {
                    all_ids.extend(ids);
                    batches.push(articles);
                });
                if !last {
                    return;
                }
                let (ids, batches) = self
                    .storing
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                let this = *self;
                spawn_local(async move {
                    if let Err(e) = store::put_articles_json(&batches).await {
                        this.unsaved.update(|u| u.extend(ids));
                        this.notify(e);
                    }
                });
            }
            Response::PatchImported { patch } => {
                self.patch.set(patch.clone());
                self.save_patch(patch);
            }
            Response::Analysis { part } => {
                // Each part is its own message (and task); only the last completes.
                let Some(done) = self.assembler.try_update_value(|a| a.push(part)).flatten() else {
                    return;
                };
                self.progress.set(None);
                let base = self.import_base.get_value();
                let corpus = Corpus::from_parts(done.analysis, done.comparison);
                if let Some(base) = base {
                    let added: Vec<String> = done
                        .imported
                        .iter()
                        .filter(|id| !base.contains(id))
                        .filter_map(|id| corpus.documents().iter().position(|d| &d.id == id))
                        .map(|d| corpus.name(d).to_owned())
                        .collect();
                    self.announce_added(added);
                }
                self.imported.set(done.imported);
                self.skipped.set(done.skipped);
                self.corpus.set(Some(corpus));
            }
            Response::ExportPart { part } => self.export_parts.update_value(|p| p.push(part)),
            Response::Exported {
                filename,
                mime,
                content,
            } => {
                let mut parts = self
                    .export_parts
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                parts.push(content);
                if let Err(e) = crate::state::download::save(&filename, &mime, &parts) {
                    self.notify(e);
                }
            }
            Response::Failed { message } => {
                self.progress.set(None);
                self.notify(message);
            }
            // Between the worker and its helpers; never posted to the page.
            Response::Dispatch { .. } => {}
        }
    }
}

/// Start the engine worker, read storage, give the worker the bundled and stored
/// articles, and provide the [`Library`].
pub fn provide_library() -> Library {
    let library = Library {
        corpus: RwSignal::new(None),
        progress: RwSignal::new(None),
        notices: RwSignal::new(Vec::new()),
        imported: RwSignal::new(Vec::new()),
        unsaved: RwSignal::new(BTreeSet::new()),
        storage_ok: RwSignal::new(true),
        show_seeds: RwSignal::new(
            gloo::storage::LocalStorage::get::<bool>(SHOW_SEEDS_KEY).unwrap_or(true),
        ),
        patch: RwSignal::new(Patch::default()),
        skipped: RwSignal::new(Vec::new()),
        next_notice: StoredValue::new(0),
        assembler: StoredValue::new_local(Assembler::default()),
        storing: StoredValue::new((Vec::new(), Vec::new())),
        import_base: StoredValue::new(None),
        prepared: StoredValue::new(false),
        export_parts: StoredValue::new(Vec::new()),
        engine: StoredValue::new_local(None),
    };
    provide_context(library);
    match Engine::spawn(move |r| library.receive(r)) {
        Ok(engine) => library.engine.set_value(Some(engine)),
        // The bundled articles' analysis still shows: it ships with the app.
        Err(message) => library.notify(message),
    }
    spawn_local(async move {
        let stored = match store::load_all().await {
            Ok(stored) => {
                if stored.unreadable > 0 {
                    library.notify(format!(
                        "{} stored item(s) could not be read and were left untouched in storage.",
                        stored.unreadable
                    ));
                }
                stored
            }
            Err(e) => {
                library.storage_ok.set(false);
                library.notify(e);
                store::Stored::default()
            }
        };
        library.patch.set(stored.patch.clone());
        // With nothing imported, the bundled articles are all there is to show.
        let show_seeds = library.show_seeds.get_untracked() || stored.articles.is_empty();
        library.show_seeds.set(show_seeds);
        if stored.articles.is_empty() && stored.patch.corrections.is_empty() {
            // The bundled articles alone: their analysis was made when the app was built.
            for response in engine::bundled_answer() {
                library.receive(response);
            }
            if library.engine.with_value(Option::is_none) {
                return;
            }
            library.send(
                &Request::StartShown {
                    seeds: engine::bundled_seeds(),
                },
                Vec::new(),
            );
            return;
        }
        library.send(
            &Request::Start {
                seeds: engine::bundled_seeds(),
                show_seeds,
                stored: stored.articles,
                patch: stored.patch,
            },
            Vec::new(),
        );
    });
    library
}

pub fn expect_library() -> Library {
    expect_context::<Library>()
}
