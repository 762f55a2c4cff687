//! Charts drawn with plotters on any backend (SVG for the CLI, canvas for the app).
//!
//! A chart is built in two steps, both pure:
//! 1. a builder turns plain data into a [`Figure`] (title, panels, sources):
//!    [`network`] for per-network charts from per-layer costs, [`published`]
//!    for the papers' figures;
//! 2. [`draw_figure`] draws the figure on any `DrawingArea` with a [`ChartTheme`]
//!    (light or dark, scaled for projection).
//!
//! On the web, `canvas::draw_on_canvas` (wasm only) draws a figure on an HTML canvas at device resolution.
//!
//! [`ChartKind`] names the charts for the CLI and the app; [`adapt`] turns
//! `arch` summaries and the zoo's published figures into chart data, and
//! [`adapt::figure`] builds any chart by kind.

pub mod adapt;
pub mod bars;
#[cfg(target_arch = "wasm32")]
pub mod canvas;
pub mod figure;
pub mod groups;
pub mod kind;
pub mod labels;
pub mod legend;
pub mod network;
pub mod published;
pub mod theme;
pub mod words;
pub mod xy;

pub use figure::{draw_figure, Figure, Panel};
pub use kind::ChartKind;
pub use network::{LayerCost, LayerKind, NetworkCosts, TypeShares};
pub use published::{AccuracyGroup, AccuracyPoint, GroupsCost, GroupsError};
pub use theme::ChartTheme;
pub use words::ChartWords;
