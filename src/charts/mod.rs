//! Charts drawn with plotters on any backend (SVG for the CLI, a sketch for the app).
//!
//! A chart is built in two steps, both pure:
//! 1. a builder turns plain data into a [`Figure`] (title, panels, sources):
//!    [`network`] for per-network charts from per-layer costs, [`published`]
//!    for the papers' figures;
//! 2. [`draw_figure`] draws the figure on any `DrawingArea` with a [`ChartTheme`]
//!    (light or dark, scaled for projection).
//!
//! In the app, [`sketch_backend::figure_sketch`] draws a figure as a [`crate::sketch::Sketch`],
//! replayed on a canvas at device resolution and written out as PNG or SVG.
//!
//! [`ChartKind`] names the charts for the CLI and the app; [`adapt`] turns
//! `arch` summaries and the zoo's published figures into chart data, and
//! [`adapt::figure`] builds any chart by kind.

pub mod adapt;
pub mod bars;
pub mod figure;
pub mod groups;
pub mod kind;
pub mod labels;
pub mod legend;
pub mod network;
pub mod published;
pub mod sketch_backend;
pub mod theme;
pub mod words;
pub mod xy;

pub use figure::{draw_figure, Figure, Panel};
pub use kind::ChartKind;
pub use network::{LayerCost, LayerKind, NetworkCosts, TypeShares};
pub use published::{AccuracyGroup, AccuracyPoint, GroupsCost, GroupsError};
pub use theme::ChartTheme;
pub use words::ChartWords;
