//! The ShuffleNet chapter's own widgets, shown after the channel lesson's views: the
//! unit from the zoo, one unit's cost against ResNet's and ResNeXt's, and the paper's
//! Tables 2, 3 and 5.

mod extras;
mod page;
mod scale_chart;
mod tables;
mod unit_cost;
mod unit_view;

pub use page::ShuffleNetPage;
