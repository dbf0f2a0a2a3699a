//! A helper's work in V8 without a browser, for `scripts/bench-v8.sh`: one export
//! that answers an extraction request exactly as a helper does (parse the JSON, find
//! the mentions, write the answer), so Node can time the engine's WebAssembly, built
//! as the worker is, in one thread and without the browser's scheduling noise.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// The length of the helper's answer to `message` (a `Chunk::Extract` as JSON);
    /// 0 when it is not one.
    #[wasm_bindgen]
    pub fn answer(message: &str) -> usize {
        parallax_worker::Chunk::answer(message).map_or(0, |json| json.len())
    }
}
