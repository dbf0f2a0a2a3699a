//! Reusable pieces shared by pages.

pub mod header;
pub mod world_map;
