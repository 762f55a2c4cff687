//! ConvAtlas: an interactive atlas of efficient convolution design.
//!
//! `nn` is the inference core (tensors, kernels, training) and `arch` the model
//! descriptions with their shape, cost and receptive-field maths; neither knows
//! anything of the web. `zoo` holds the papers' networks, `charts` draws them on
//! any plotters backend, and the app (wasm32) and the CLI (native) sit on top.

pub mod arch;
pub mod atlas;
pub mod block;
pub mod budget;
pub mod channels;
pub mod charts;
pub mod embed;
pub mod error;
pub mod exercises;
pub mod factor;
pub mod format;
pub mod geometry;
pub mod glossary;
pub mod i18n;
pub mod lab;
pub mod mobilenet;
pub mod nn;
pub mod pages;
pub mod plain;
pub mod playground;
pub mod query;
pub mod rfield;
pub mod run;
pub mod shufflenet;
pub mod sketch;
pub mod squeeze;
pub mod zoo;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
