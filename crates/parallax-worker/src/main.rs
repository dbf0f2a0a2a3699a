//! `wasm32` glue: receives requests from the app's main thread, hands them to
//! [`parallax_worker::Worker`] and posts every response back as a JSON string.
//!
//! The same script also runs as a helper: the worker starts up to one helper per
//! core (nested workers) when the import page opens or a large batch comes in, posts them
//! [`parallax_worker::Chunk::Extract`] messages as JSON strings and hands their
//! answers back to its [`parallax_worker::Worker`]. A helper that cannot start or
//! stops with an error is reported as [`parallax_worker::Request::HelperFailed`].

#[cfg(target_arch = "wasm32")]
fn main() {
    use parallax_worker::{Chunk, Request, Response, Worker};
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// One helper: the same script, started by this worker when first given work.
    /// Messages wait in `backlog` until it says it is ready.
    enum Helper {
        Starting(web_sys::Worker, Vec<String>),
        Ready(web_sys::Worker),
        Gone,
    }

    /// The glue's state: the worker, its helpers, and requests to handle once the
    /// current one is done (a helper that cannot start is reported that way).
    struct Glue {
        scope: DedicatedWorkerGlobalScope,
        worker: RefCell<Worker>,
        helpers: RefCell<Vec<Helper>>,
        later: RefCell<VecDeque<Request>>,
    }

    impl Glue {
        /// Handle a request, then every request it left for later.
        fn run(self: &Rc<Self>, request: Request, files: Vec<(String, Vec<u8>)>) {
            let mut post = |r: Response| self.post(r);
            self.worker.borrow_mut().handle(request, files, &mut post);
            self.run_later();
        }

        /// Hand a helper's message to the worker.
        fn from_helper(self: &Rc<Self>, h: usize, message: &str) {
            let mut post = |r: Response| self.post(r);
            self.worker.borrow_mut().from_helper(h, message, &mut post);
            self.run_later();
        }

        fn run_later(self: &Rc<Self>) {
            let mut post = |r: Response| self.post(r);
            loop {
                let next = self.later.borrow_mut().pop_front();
                let Some(request) = next else { break };
                self.worker
                    .borrow_mut()
                    .handle(request, Vec::new(), &mut post);
            }
        }

        /// To the page, or, for a dispatch, to a helper.
        fn post(self: &Rc<Self>, r: Response) {
            if let Response::Dispatch { helper, message } = r {
                return self.to_helper(helper, message);
            }
            let json = serde_json::to_string(&r).unwrap_or_else(|e| {
                parallax_worker::encode_failed(&format!("cannot encode a response: {e}"))
            });
            let _ = self.scope.post_message(&JsValue::from_str(&json));
        }

        fn start_helpers(self: &Rc<Self>, count: usize) {
            let mut helpers = self.helpers.borrow_mut();
            while helpers.len() < count {
                let at = helpers.len();
                helpers.push(self.spawn(at));
            }
        }

        fn to_helper(self: &Rc<Self>, h: usize, message: String) {
            self.start_helpers(h + 1);
            let mut helpers = self.helpers.borrow_mut();
            match &mut helpers[h] {
                Helper::Starting(_, backlog) => backlog.push(message),
                Helper::Ready(w) => {
                    if w.post_message(&JsValue::from_str(&message)).is_err() {
                        helpers[h] = Helper::Gone;
                        self.later
                            .borrow_mut()
                            .push_back(Request::HelperFailed { helper: h });
                    }
                }
                Helper::Gone => self
                    .later
                    .borrow_mut()
                    .push_back(Request::HelperFailed { helper: h }),
            }
        }

        /// Start helper `h` from this worker's own script.
        fn spawn(self: &Rc<Self>, h: usize) -> Helper {
            let url = self.scope.location().href();
            let Ok(w) = web_sys::Worker::new(&url) else {
                return Helper::Gone;
            };
            let glue = Rc::clone(self);
            let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let text = e.data().as_string().unwrap_or_default();
                if text == READY {
                    glue.ready(h);
                    return;
                }
                // Anything but an answer means the helper is not working: stop it.
                if text.starts_with(r#"{"extracted":"#) {
                    glue.from_helper(h, &text);
                } else {
                    glue.fail(h);
                }
            });
            let glue = Rc::clone(self);
            let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                glue.fail(h);
            });
            w.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
            w.set_onerror(Some(onerror.as_ref().unchecked_ref()));
            onmessage.forget();
            onerror.forget();
            Helper::Starting(w, Vec::new())
        }

        fn ready(self: &Rc<Self>, h: usize) {
            let mut helpers = self.helpers.borrow_mut();
            let Some(slot) = helpers.get_mut(h) else {
                return;
            };
            if let Helper::Starting(w, backlog) = std::mem::replace(slot, Helper::Gone) {
                let sent = backlog
                    .iter()
                    .all(|m| w.post_message(&JsValue::from_str(m)).is_ok());
                *slot = Helper::Ready(w);
                if !sent {
                    drop(helpers);
                    self.fail(h);
                }
            }
        }

        /// Stop helper `h`; the worker finds its chunks elsewhere.
        fn fail(self: &Rc<Self>, h: usize) {
            let old = self
                .helpers
                .borrow_mut()
                .get_mut(h)
                .map(|slot| std::mem::replace(slot, Helper::Gone));
            match old {
                Some(Helper::Starting(w, _)) | Some(Helper::Ready(w)) => {
                    w.terminate();
                    self.run(Request::HelperFailed { helper: h }, Vec::new());
                }
                _ => {}
            }
        }
    }

    const READY: &str = r#"{"type":"ready"}"#;

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // One helper per core, up to four; a single core gets none.
    let cores = scope.navigator().hardware_concurrency() as usize;
    let helpers = if cores >= 2 { cores.min(4) } else { 0 };
    let glue = Rc::new(Glue {
        scope: scope.clone(),
        worker: RefCell::new(Worker::with_helpers(helpers)),
        helpers: RefCell::new(Vec::new()),
        later: RefCell::new(VecDeque::new()),
    });
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        // From the worker that started this one as its helper: a chunk to extract.
        if let Some(message) = data.as_string() {
            if let Some(answer) = Chunk::answer(&message) {
                let _ = glue.scope.post_message(&JsValue::from_str(&answer));
            }
            return;
        }
        // From the page: `{request, files}`.
        let request = js_sys::Reflect::get(&data, &JsValue::from_str("request"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let files = read_files(&data);
        match serde_json::from_str::<Request>(&request) {
            Ok(req) => glue.run(req, files),
            Err(e) => glue.post(Response::Failed {
                message: format!("The worker did not understand a request: {e}"),
            }),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
    // The page started this worker as it loaded and is still starting itself: load the
    // model and word lists now, not when its first request comes.
    parallax_worker::warm_up();

    /// `data.files`: an array of `{name, bytes: Uint8Array}`.
    fn read_files(data: &JsValue) -> Vec<(String, Vec<u8>)> {
        let Ok(files) = js_sys::Reflect::get(data, &JsValue::from_str("files")) else {
            return Vec::new();
        };
        if !js_sys::Array::is_array(&files) {
            return Vec::new();
        }
        js_sys::Array::from(&files)
            .iter()
            .map(|f| {
                let name = js_sys::Reflect::get(&f, &JsValue::from_str("name"))
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                let bytes = js_sys::Reflect::get(&f, &JsValue::from_str("bytes"))
                    .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                    .unwrap_or_default();
                (name, bytes)
            })
            .collect()
    }
}

/// The worker only runs in a browser; natively there is nothing to do.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "parallax-worker runs inside the Parallax web app; see parallax-cli for the command line"
    );
}
