//! The opening chapter, "why plain CNNs get expensive": a VGG-like stack's cost live,
//! and the lab's trained network's dead and correlated channels on demand.

mod controls;
mod cost_view;
mod page;
mod trained_channels;

pub use page::PlainPage;
