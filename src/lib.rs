//! ConvAtlas: an interactive atlas of efficient convolution design.
//!
//! `nn` is the inference core (tensors, kernels, training); it knows nothing of
//! the web. The app (`app`, wasm32 only) and the CLI are built on top of it.

pub mod error;
pub mod nn;
