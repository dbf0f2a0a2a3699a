//! # parallax-core
//!
//! The Parallax analysis engine: pure Rust, no web dependencies, built for
//! `wasm32-unknown-unknown` (the browser app) and for the host (the `parallax` CLI).
//!
//! Data flows one way, and every derived thing keeps a [`Span`] (byte range) into
//! the decoded text of its [`Document`]:
//!
//! raw bytes → [`Document`] (metadata, paragraphs, boilerplate spans) → tokens and
//! sentences → mentions → entities → comparison.
//!
//! A person's fixes are a [`Patch`] of [`Correction`]s laid over the entities by
//! [`corrections::apply`]; a [`Session`] keeps one extraction per document so the
//! browser re-extracts only what it imports.
//!
//! At the edges, [`import`] turns a user's files (text, Markdown, HTML, JSON) or
//! pasted text into [`import::Article`]s and documents, and [`export`] writes the
//! results as JSON, CSV, GEXF or a standalone HTML report.
//!
//! ```
//! use parallax_core::Document;
//!
//! let doc = Document::parse("000.txt", b"ISIS-K claims Moscow attack\nThe group said on Friday.");
//! assert_eq!(doc.title(), Some("ISIS-K claims Moscow attack"));
//! assert_eq!(doc.word_count(), 9);
//! ```

#![warn(missing_docs)]

pub mod analysis;
pub mod boilerplate;
pub mod calendar;
pub mod compare;
pub mod corrections;
pub mod decode;
pub mod document;
pub mod entities;
pub mod eval;
pub mod export;
pub(crate) mod fxhash;
pub mod gazetteer;
pub mod import;
pub mod mention;
pub mod metadata;
pub mod names;
/// The sequence tagger, its own crate so the worker can build it for speed
/// (see the `worker` profile in the workspace `Cargo.toml`).
pub use parallax_ner as ner;
pub mod pipeline;
pub mod publish;
pub(crate) mod rules;
pub mod sentence;
pub mod session;
pub mod span;
pub mod token;
pub(crate) mod words;

pub use analysis::{analyze, analyze_with, Analysis};
pub use boilerplate::{Boilerplate, BoilerplateKind};
pub use compare::{compare, Comparison};
pub use corrections::{Correction, Patch};
pub use document::Document;
pub use entities::Entity;
pub use mention::{DateValue, Label, Mention, Quantity, Source};
pub use metadata::PublicationDate;
pub use pipeline::{extract, extract_with, Extraction};
pub use sentence::sentences;
pub use session::Session;
pub use span::Span;
pub use token::{tokenize, Token, TokenKind};
