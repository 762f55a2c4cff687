//! The architecture atlas page: the papers' networks with per-layer cost and
//! receptive field, and the charts. (Being built.)

mod page;

pub use page::AtlasPage;
