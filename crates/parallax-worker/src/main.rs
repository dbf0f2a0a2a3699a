//! `wasm32` glue: receives requests from the app's main thread, hands them to
//! [`parallax_worker::Worker`] and posts every response back as a JSON string.

#[cfg(target_arch = "wasm32")]
fn main() {
    use parallax_worker::{Request, Response, Worker};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let worker = RefCell::new(Worker::default());
    let post_scope = scope.clone();
    let post = move |r: Response| {
        let json = serde_json::to_string(&r).unwrap_or_else(|e| {
            format!(r#"{{"type":"failed","message":"cannot encode a response: {e}"}}"#)
        });
        let _ = post_scope.post_message(&JsValue::from_str(&json));
    };
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let request = js_sys::Reflect::get(&data, &JsValue::from_str("request"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let files = read_files(&data);
        let mut post = post.clone();
        match serde_json::from_str::<Request>(&request) {
            Ok(req) => worker.borrow_mut().handle(req, files, &mut post),
            Err(e) => post(Response::Failed {
                message: format!("The worker did not understand a request: {e}"),
            }),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope.post_message(&JsValue::from_str(r#"{"type":"ready"}"#));

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
