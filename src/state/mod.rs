//! Typed contexts and the plain view-state types the pages render.

pub mod chart;
pub mod compare;
pub mod corpus;
pub mod download;
pub mod entities;
pub mod facts;
pub mod figures;
pub mod force;
pub mod library;
pub mod map;
pub mod network;
pub mod overview;
pub mod reader;
pub mod search;
pub mod shards;
pub mod store;
pub mod theme;
pub mod timeline;
