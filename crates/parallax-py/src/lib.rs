//! The Parallax engine for Python: the native module `parallax._parallax`,
//! wrapped by the `parallax` package (`python/parallax/`).
//!
//! Every function here is a thin layer over `parallax_core`, so Python gets
//! exactly what the app and the `parallax` command line compute:
//!
//! - [`read`]: a file's bytes and name in, documents out, through the app's
//!   import ([`parallax_core::import::import_file`], which runs
//!   [`parallax_core::import::check_text`] first); a refused file raises
//!   `ValueError` with the app's sentence.
//! - [`extract`]: one document's mentions, quantities and layout, in the shape
//!   of a document of `parallax analyze`.
//! - [`analyze`]: the whole `parallax analyze` JSON (without file paths).
//! - [`features`]: the sets the engine's story grouping reads (the Spark job
//!   finds stories with them).
//! - [`publish_json`]: stories of documents written as the static shards the
//!   page opens ([`parallax_core::publish::publish_stories`]).
//!
//! Results cross into Python as JSON text that the wrapper turns into dicts
//! and lists with `json.loads`: the very serializer of the command line, so the
//! two cannot drift apart, and no second conversion layer to keep in step with
//! PyO3. The engine runs with the GIL released.

use parallax_core::compare::similarity::story_features;
use parallax_core::decode::decode_detailed;
use parallax_core::export::json;
use parallax_core::import::{import_file, unique_id, Article};
use parallax_core::publish::{publish_stories, Folder, StoryDocs};
use parallax_core::Document;
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use std::collections::HashSet;

/// One article, as the engine reads it.
#[pyclass(module = "parallax", name = "Document", frozen)]
#[derive(Clone)]
pub struct PyDocument {
    inner: Document,
}

#[pymethods]
impl PyDocument {
    /// A document from an article's text and its metadata, read as a line of
    /// a `.jsonl` import is: given metadata wins over what the text says.
    #[new]
    #[pyo3(signature = (text, id = "", title = None, outlet = None, date = None, url = None))]
    fn new(
        text: String,
        id: &str,
        title: Option<String>,
        outlet: Option<String>,
        date: Option<String>,
        url: Option<String>,
    ) -> Self {
        let article = Article {
            id: if id.is_empty() {
                "article".into()
            } else {
                id.into()
            },
            title,
            outlet,
            date,
            url,
            text,
            ..Article::default()
        };
        PyDocument {
            inner: article.to_document(),
        }
    }

    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    #[getter]
    fn outlet(&self) -> Option<&str> {
        self.inner.outlet()
    }

    /// The publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[getter]
    fn date(&self) -> Option<String> {
        self.inner.date.map(|d| match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
            (Some(m), None) => format!("{:04}-{m:02}", d.year),
            _ => format!("{:04}", d.year),
        })
    }

    /// Pickling (Spark ships documents between processes): the document as JSON.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let state = to_json(&slf.get().inner)?;
        Ok((slf.getattr("_from_json")?, (state,)))
    }

    /// A document from what `__reduce__` wrote.
    #[staticmethod]
    fn _from_json(state: &str) -> PyResult<Self> {
        serde_json::from_str(state)
            .map(|inner| PyDocument { inner })
            .map_err(|e| PyValueError::new_err(format!("not a pickled parallax.Document: {e}")))
    }

    fn __repr__(&self) -> String {
        let chars = self.inner.text.chars().count();
        format!(
            "<parallax.Document {:?}, {chars} characters>",
            self.inner.id
        )
    }
}

/// Import a file's bytes as the app does, by its name's extension.
#[pyfunction]
fn read(py: Python<'_>, data: &[u8], name: &str) -> PyResult<Vec<PyDocument>> {
    let result = py.detach(|| {
        let articles = import_file(name, data)?;
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        let is_json = ["json", "jsonl", "ndjson"]
            .iter()
            .any(|x| ext.eq_ignore_ascii_case(x));
        let encoding = (!is_json).then(|| decode_detailed(data).encoding);
        let mut taken = HashSet::new();
        Ok(articles
            .into_iter()
            .map(|mut a| {
                a.id = unique_id(std::mem::take(&mut a.id), &mut taken);
                let mut inner = a.to_document();
                if let Some(encoding) = encoding {
                    inner.encoding = encoding;
                }
                PyDocument { inner }
            })
            .collect())
    });
    result.map_err(|e: parallax_core::import::ImportError| PyValueError::new_err(e.describe(name)))
}

fn to_json<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// One document's extraction as JSON text.
#[pyfunction]
fn extract_json(py: Python<'_>, doc: &PyDocument) -> PyResult<String> {
    let doc = &doc.inner;
    py.detach(|| to_json(&json::extraction_out(doc, &parallax_core::extract(doc))))
}

/// The `parallax analyze` JSON of the documents, in order.
#[pyfunction]
fn analyze_json(py: Python<'_>, docs: Vec<PyRef<'_, PyDocument>>) -> PyResult<String> {
    let docs: Vec<Document> = docs.iter().map(|d| d.inner.clone()).collect();
    py.detach(|| {
        let analysis = parallax_core::analyze(docs);
        let comparison = parallax_core::compare(&analysis);
        to_json(&json::analysis_export(&analysis, &comparison, None))
    })
}

/// The story features of one document, analysed alone, as JSON text.
#[pyfunction]
fn features_json(py: Python<'_>, doc: &PyDocument) -> PyResult<String> {
    let doc = doc.inner.clone();
    py.detach(|| {
        let analysis = parallax_core::analyze(vec![doc]);
        to_json(&story_features(&analysis, 0))
    })
}

/// Publish stories as static shards into the folder `out`: each story's
/// documents are extracted, linked and compared on their own, as
/// `parallax publish` does for the stories it finds. Returns the index as JSON.
#[pyfunction]
fn publish_json(
    py: Python<'_>,
    out: std::path::PathBuf,
    stories: Vec<Vec<PyRef<'_, PyDocument>>>,
) -> PyResult<String> {
    let stories: Vec<Vec<Document>> = stories
        .iter()
        .map(|s| s.iter().map(|d| d.inner.clone()).collect())
        .collect();
    py.detach(|| {
        let grouped = stories.into_iter().map(|documents| {
            let extractions = documents.iter().map(parallax_core::extract).collect();
            StoryDocs {
                documents,
                extractions,
            }
        });
        let index = publish_stories(grouped, &mut Folder(out))
            .map_err(|e| PyOSError::new_err(e.to_string()))?;
        to_json(&index)
    })
}

#[pymodule]
fn _parallax(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDocument>()?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(features_json, m)?)?;
    m.add_function(wrap_pyfunction!(publish_json, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
