//! The channel lessons (point-wise, group, depth-wise, separable, Xception): one
//! page component that every lesson uses with its own preset, prose and extras.

mod bottleneck;
mod connections;
mod controls;
mod cost_chart;
mod cost_panel;
mod draw;
mod feature_maps;
mod page;
mod pixel_view;
mod shuffle_steps;
mod shuffle_view;
mod table3;
mod weight_blocks;

pub use bottleneck::Bottleneck;
pub use page::{ChannelState, ChannelsPage};
pub use pixel_view::PixelView;
pub use shuffle_view::ShuffleView;
pub use table3::Table3View;
