//! One module per route.

pub mod article;
pub mod not_found;
pub mod overview;
