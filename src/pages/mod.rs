//! One module per route.

pub mod article;
pub mod compare;
pub mod entities;
pub mod entity;
pub mod facts;
pub mod library;
pub mod map;
pub mod network;
pub mod not_found;
pub mod overview;
pub mod quotes;
pub mod search;
pub mod shards;
pub mod timeline;
