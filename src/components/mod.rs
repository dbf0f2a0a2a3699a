//! Reusable pieces shared by pages.

pub mod correct;
pub mod header;
pub mod status;
pub mod world_map;
