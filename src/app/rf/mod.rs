//! The dilated-convolution and receptive-field chapter: the receptive-field explorer
//! (a stack typed or picked, its layers' fields, the path map, the growth chart).

mod draw;
mod erf_view;
mod growth_chart;
mod layer_table;
mod page;
mod path_map;
mod stack_editor;
mod taps_view;
mod unit_sees;

pub use page::RfPage;
