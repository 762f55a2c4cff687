//! The tiny-models lab: draw or pick a digit, see every channel of a tiny network,
//! its dead channels and channel correlation, train it in a Web Worker, and the
//! papers' claims checked in miniature.

mod ablation_view;
mod correlation_view;
mod draw;
mod draw_pad;
mod erf_view;
mod feature_maps;
mod page;
mod prediction_view;
mod train_panel;
mod worker;

pub use correlation_view::CorrelationView;
pub use feature_maps::FeatureMaps;
pub use page::{Lab, LabPage, Status};
