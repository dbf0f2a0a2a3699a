//! Reusable pieces shared by pages.

pub mod header;
