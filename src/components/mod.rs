//! Reusable pieces shared by pages.

pub mod correct;
pub mod header;
pub mod show_more;
pub mod status;
pub mod virtual_list;
pub mod world_map;
