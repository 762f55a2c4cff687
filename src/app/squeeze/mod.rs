//! The SqueezeNet chapter: the Fire module against a plain 3×3 layer, downsampling late
//! through the network, and the paper's three variants.

mod fire_widget;
mod late_table;
mod page;
mod variant_diagram;
mod variants_table;

pub use page::SqueezePage;
