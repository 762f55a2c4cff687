//! The architecture atlas page: the papers' networks layer by layer, with their
//! cost and receptive field, the charts, and a second network side by side.
//! State is `crate::atlas::AtlasState`, read from the URL.

mod chart_view;
mod compare;
mod facts;
mod layer_table;
mod model_picker;
mod page;
mod shares;

pub use page::AtlasPage;
