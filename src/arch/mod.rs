//! Model descriptions and their pure maths: shape inference, cost and receptive fields.

pub mod model;

pub use model::{Layer, Merge, Model, Op, Pool2dSpec};
