//! The only door from the app into the engine. The engine runs in a Web Worker
//! (`crates/parallax-worker`); this module starts it, sends it [`Request`]s and hands
//! its [`Response`]s to a callback. Only small, model-free helpers of `parallax-core`
//! run on the main thread, so the main WASM stays small and the page never blocks.

use parallax_core::import::Article;
use parallax_core::Document;
pub use parallax_worker::transfer::Assembler;
pub use parallax_worker::{ExportKind, Request, Response};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}

/// The file names of the articles bundled at build time, in order.
pub fn bundled_names() -> impl Iterator<Item = &'static str> {
    bundled::SEEDS.iter().map(|(name, _)| *name)
}

/// The bundled articles, decoded, to send to the worker.
pub fn bundled_seeds() -> Vec<Article> {
    bundled::SEEDS
        .iter()
        .map(|(name, bytes)| parallax_worker::bundled_article(name, bytes))
        .collect()
}

/// What the worker answers to [`Request::Start`] with the bundled articles alone, made
/// when the app was built (`build.rs`, by [`parallax_worker::start_answer`]): a first
/// visit shows them without waiting for the worker.
pub fn bundled_answer() -> impl Iterator<Item = Response> {
    bundled::ANSWER
        .iter()
        .filter_map(|json| serde_json::from_str(json).ok())
}

/// The worker script trunk builds from `crates/parallax-worker` (relative to `<base href>`).
const WORKER_URL: &str = "parallax-worker_loader.js";

/// How far the worker that `index.html` started before the app's WASM had got.
enum Early {
    Starting,
    Ready,
    Failed(String),
}

/// Takes the worker `index.html` started as the page loaded (`window.pxWorker`), so the
/// worker's WASM loads beside the app's instead of after it. Its `ready` (or its error),
/// if it came before the app was running, was noted on the object by the page's script.
fn early_worker() -> Option<(web_sys::Worker, Early)> {
    let window: JsValue = web_sys::window()?.into();
    let key = JsValue::from_str("pxWorker");
    let worker = js_sys::Reflect::get(&window, &key)
        .ok()?
        .dyn_into::<web_sys::Worker>()
        .ok()?;
    // Taken once: a second engine starts its own worker.
    let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key);
    let flag = |name: &str| js_sys::Reflect::get(&worker, &JsValue::from_str(name)).ok();
    let state = if let Some(message) = flag("pxError").and_then(|v| v.as_string()) {
        Early::Failed(message)
    } else if flag("pxReady").and_then(|v| v.as_bool()) == Some(true) {
        Early::Ready
    } else {
        Early::Starting
    };
    Some((worker, state))
}

/// Messages waiting for the worker to start: `None` once it has.
type Pending = Rc<RefCell<Option<Vec<(js_sys::Object, js_sys::Array)>>>>;

/// A running engine worker.
///
/// Messages sent before the worker's WASM is ready would be dropped (its handler
/// is not installed yet), so they wait in `pending` until it says `ready`.
pub struct Engine {
    worker: web_sys::Worker,
    pending: Pending,
    // Kept alive as long as the worker is.
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Engine {
    /// Start the worker; `on_response` gets every response, in order.
    pub fn spawn(on_response: impl Fn(Response) + 'static) -> Result<Self, String> {
        let (worker, early) = match early_worker() {
            Some(early) => early,
            None => (
                web_sys::Worker::new(WORKER_URL)
                    .map_err(|e| format!("cannot start the analysis worker: {e:?}"))?,
                Early::Starting,
            ),
        };
        if let Early::Failed(message) = early {
            return Err(format!("the analysis worker stopped: {message}"));
        }
        let on_response = Rc::new(on_response);
        let handler = on_response.clone();
        let pending: Pending = Rc::new(RefCell::new(match early {
            Early::Ready => None,
            _ => Some(Vec::new()),
        }));
        let queue = pending.clone();
        let ready_worker = worker.clone();
        let onmessage = Closure::<dyn FnMut(_)>::new(move |e: web_sys::MessageEvent| {
            let Some(json) = e.data().as_string() else {
                return;
            };
            if json == r#"{"type":"ready"}"# {
                for (message, transfer) in queue.borrow_mut().take().unwrap_or_default() {
                    let _ = ready_worker.post_message_with_transfer(&message, &transfer);
                }
                return;
            }
            match serde_json::from_str::<Response>(&json) {
                Ok(r) => handler(r),
                Err(e) => handler(Response::Failed {
                    message: format!("unreadable answer from the analysis worker: {e}"),
                }),
            }
        });
        let onerror = Closure::<dyn FnMut(_)>::new(move |e: web_sys::ErrorEvent| {
            on_response(Response::Failed {
                message: format!("the analysis worker stopped: {}", e.message()),
            })
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Ok(Self {
            worker,
            pending,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }

    /// Send a request; `files` (name, bytes) are transferred, not copied.
    pub fn send(&self, request: &Request, files: Vec<(String, js_sys::Uint8Array)>) {
        let json = serde_json::to_string(request).unwrap_or_default();
        let message = js_sys::Object::new();
        let list = js_sys::Array::new();
        let transfer = js_sys::Array::new();
        for (name, bytes) in files {
            let f = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&f, &"name".into(), &name.into());
            let _ = js_sys::Reflect::set(&f, &"bytes".into(), &bytes);
            transfer.push(&bytes.buffer());
            list.push(&f);
        }
        let _ = js_sys::Reflect::set(&message, &"request".into(), &json.into());
        let _ = js_sys::Reflect::set(&message, &"files".into(), &list);
        match self.pending.borrow_mut().as_mut() {
            Some(queue) => queue.push((message, transfer)),
            None => {
                let _ = self.worker.post_message_with_transfer(&message, &transfer);
            }
        }
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

pub use parallax_core::names::short_id;

/// The publication date a document states, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn date(doc: &Document) -> Option<String> {
    parallax_core::names::iso_date(doc)
}

/// The outlet a document states, if the engine found one.
pub fn outlet(doc: &Document) -> Option<&str> {
    doc.outlet()
}

/// Native analysis of the bundled articles, for the app's unit tests.
#[cfg(test)]
pub fn bundled_documents() -> Vec<Document> {
    bundled::SEEDS
        .iter()
        .map(|(name, bytes)| Document::parse(*name, bytes))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `.txt` file in `seeds/` at test time is bundled, and nothing else.
    /// `scripts/test.sh` runs this once more with a temporary extra seed file.
    #[test]
    fn bundles_every_seed_file() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("seeds/ exists")
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let bundled: Vec<&str> = bundled_names().collect();
        assert_eq!(bundled, on_disk);
        assert!(bundled.len() >= 5, "the five seed articles are bundled");
        for (name, bytes) in bundled::SEEDS {
            let disk = std::fs::read(format!("{dir}/{name}")).expect("readable");
            assert_eq!(*bytes, disk.as_slice(), "{name} is bundled byte for byte");
        }
        let seeds = bundled_seeds();
        assert_eq!(seeds.len(), bundled.len());
        assert!(
            seeds.iter().all(|s| !s.text.is_empty()),
            "seeds decode to text"
        );
    }

    /// The answer built into the app is the whole analysis of the bundled articles,
    /// as the worker would send it (the extra seed file of `scripts/test.sh` included).
    #[test]
    fn the_bundled_answer_is_the_analysis_of_every_bundled_article() {
        let mut assembler = Assembler::default();
        let shown = bundled_answer()
            .filter_map(|r| match r {
                Response::Analysis { part } => assembler.push(part),
                _ => None,
            })
            .last()
            .expect("a complete analysis");
        let ids: Vec<&str> = shown
            .analysis
            .documents
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ids, bundled_names().collect::<Vec<_>>());
        assert!(shown.imported.is_empty());
        assert!(
            shown
                .analysis
                .entities
                .iter()
                .any(|e| e.canonical == "Vladimir Putin"),
            "the seeds' people are found"
        );
        assert_eq!(
            bundled::ANSWER.len(),
            bundled_answer().count(),
            "every message reads back"
        );
    }

    #[test]
    fn short_ids_drop_the_extension() {
        for (id, short) in [("000_abc.txt", "000_abc"), ("notes", "notes"), (".txt", "")] {
            assert_eq!(short_id(id), short);
        }
    }
}
