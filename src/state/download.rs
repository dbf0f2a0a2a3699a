//! Saving a file the worker produced: a Blob and a temporary `<a download>`.

use wasm_bindgen::JsCast;

/// Offer `parts`, one after the other, as a download named `filename`: the
/// `Blob` joins them, so a large export never becomes one string in the page.
pub fn save(filename: &str, mime: &str, parts: &[String]) -> Result<(), String> {
    let fail = |_| format!("Could not save {filename}.");
    let parts: js_sys::Array = parts
        .iter()
        .map(|p| wasm_bindgen::JsValue::from_str(p))
        .collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "").map_err(fail)?;
    if let Some(body) = document.body() {
        body.append_child(&a).map_err(fail)?;
        a.click();
        a.remove();
    }
    // Revoke later: the download starts asynchronously.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    Ok(())
}
