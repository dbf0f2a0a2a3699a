//! Browser storage (IndexedDB, through `js/store.js`): imported articles and corrections.
//!
//! Records are parsed one by one: a record that no longer parses is counted and left
//! where it is, never deleted, and everything else still loads.

use parallax_core::import::Article;
use parallax_core::Patch;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/store.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = loadAll)]
    async fn load_all_js() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = putArticles)]
    async fn put_articles_js(batches: Vec<JsValue>) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = putPatch)]
    async fn put_patch_js(json: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = removeArticle)]
    async fn remove_article_js(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = clearAll)]
    async fn clear_all_js() -> Result<JsValue, JsValue>;
}

/// What storage holds.
#[derive(Debug, Default, PartialEq)]
pub struct Stored {
    pub articles: Vec<Article>,
    pub patch: Patch,
    /// Records that did not parse (left in storage).
    pub unreadable: usize,
}

/// Parse what `loadAll` returned: `{"articles": [...], "unreadable": N, "patch": "JSON" | null}`
/// (`js/store.js` has already set aside records that are not articles).
pub fn parse_stored(json: &str) -> Stored {
    #[derive(serde::Deserialize)]
    struct Raw {
        /// Parsed one by one below, so one bad record hides only itself.
        #[serde(default)]
        articles: Vec<serde_json::Value>,
        #[serde(default)]
        unreadable: usize,
        #[serde(default)]
        patch: Option<String>,
    }
    let Ok(raw) = serde_json::from_str::<Raw>(json) else {
        return Stored {
            unreadable: 1,
            ..Stored::default()
        };
    };
    let mut stored = Stored {
        articles: Vec::with_capacity(raw.articles.len()),
        patch: Patch::default(),
        unreadable: raw.unreadable,
    };
    for record in raw.articles {
        match serde_json::from_value::<Article>(record) {
            Ok(article) => stored.articles.push(article),
            Err(_) => stored.unreadable += 1,
        }
    }
    match raw.patch.map(|p| serde_json::from_str::<Patch>(&p)) {
        None => {}
        Some(Ok(p)) => stored.patch = p,
        Some(Err(_)) => stored.unreadable += 1,
    }
    stored
}

fn message(e: JsValue) -> String {
    e.as_string().unwrap_or_else(|| {
        "Storage failed; your articles stay on this page until you reload.".into()
    })
}

pub async fn load_all() -> Result<Stored, String> {
    let json = load_all_js().await.map_err(message)?;
    Ok(parse_stored(&json.as_string().unwrap_or_default()))
}

/// Store articles given as JSON arrays (the worker's batches), in one transaction.
pub async fn put_articles_json(batches: &[String]) -> Result<(), String> {
    let batches = batches.iter().map(|b| JsValue::from_str(b)).collect();
    put_articles_js(batches).await.map(|_| ()).map_err(message)
}

pub async fn put_patch(patch: &Patch) -> Result<(), String> {
    let json = serde_json::to_string(patch).map_err(|e| e.to_string())?;
    put_patch_js(&json).await.map(|_| ()).map_err(message)
}

pub async fn remove_article(id: &str) -> Result<(), String> {
    remove_article_js(id).await.map(|_| ()).map_err(message)
}

pub async fn clear_all() -> Result<(), String> {
    clear_all_js().await.map(|_| ()).map_err(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_records_are_counted_and_the_rest_load() {
        let cases = [
            (
                r#"{"articles":[],"unreadable":0,"patch":null}"#,
                &[][..],
                0,
                0,
            ),
            (
                r#"{"articles":[{"id":"a","text":"x"}],"unreadable":2,"patch":null}"#,
                &["a"][..],
                0,
                2,
            ),
            (
                r#"{"articles":[{"id":"a","text":"x"}],"unreadable":0,"patch":"{\"version\":1,\"corrections\":[{\"op\":\"rename\",\"entity\":\"e\",\"name\":\"N\"}]}"}"#,
                &["a"][..],
                1,
                0,
            ),
            (
                r#"{"articles":[],"unreadable":0,"patch":"{\"nope\":true}"}"#,
                &[][..],
                0,
                1,
            ),
            ("not json", &[][..], 0, 1),
            // A record that is an object but not an article hides only itself.
            (
                r#"{"articles":[{"id":"a","text":"x"},{"id":"b","title":5,"text":"y"},{"id":"c","text":"z"}],"unreadable":0,"patch":null}"#,
                &["a", "c"][..],
                0,
                1,
            ),
            (
                r#"{"articles":[{"id":"a"},{"id":"b","text":"y"},7,null],"unreadable":1,"patch":null}"#,
                &["b"][..],
                0,
                4,
            ),
        ];
        for (json, articles, corrections, unreadable) in cases {
            let s = parse_stored(json);
            let ids: Vec<&str> = s.articles.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(ids, articles, "{json}");
            assert_eq!(s.patch.corrections.len(), corrections, "{json}");
            assert_eq!(s.unreadable, unreadable, "{json}");
        }
    }
}
