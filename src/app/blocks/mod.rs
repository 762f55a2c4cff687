//! The block-diagram page: any block of any zoo network, drawn from its description.

mod legend;
mod page;
mod picker;

pub use page::BlocksPage;
