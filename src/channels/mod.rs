//! The channel lessons' pure logic: one convolution layer's channel connectivity
//! and cost (standard, grouped, depth-wise, separable), feature maps run through the
//! core with a channel knocked out, and channel shuffle across stacked groups.
//! No web dependency; the app draws it and the tests check it against the core.

pub mod chart;
pub mod layer;
pub mod maps;
pub mod published;
pub mod shuffle;
pub mod state;
