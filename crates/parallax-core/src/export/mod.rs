//! Exports: what the app's Export menu produces and the command line prints.
//!
//! - [`json`]: the `parallax analyze` JSON (documents, entities and comparison,
//!   char offsets);
//! - [`entities_csv`] and [`matrix_csv`]: spreadsheets of the entities and of
//!   the presence matrix;
//! - [`gexf`]: the entity co-occurrence network for Gephi;
//! - [`html_report`]: one self-contained, script-free HTML page of the comparison.
//!
//! Every function reads an [`Analysis`] (and [`Comparison`]) and returns text;
//! article text is always escaped for the format it lands in.

pub mod json;
mod offsets;
