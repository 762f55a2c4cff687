//! The inference core: tensors and neural-network operations in plain Rust,
//! with no web dependency, so it is tested natively and shared by the app and the CLI.
//!
//! - [`tensor`]: a dense f32 tensor (NCHW feature maps, OIHW weights);
//! - [`conv`]: conv2d shape and cost maths, the naive reference, the fast kernels
//!   (im2col + blocked GEMM, depth-wise, point-wise) behind [`conv::conv2d`], and the backward pass;
//! - [`ops`]: every other layer as an `x_forward` / `x_backward` pair;
//! - [`exec`]: runs an [`crate::arch::Model`] forward and backward; [`train`] trains and
//!   evaluates it with an [`optim`] optimiser; [`erf`] takes its effective receptive field;
//! - [`limits`], [`rng`], [`init`], [`data`], [`scratch`]: budgets, the seeded RNG, Kaiming
//!   init, a synthetic image set, reusable kernel buffers.

pub mod conv;
pub mod data;
pub mod digits;
pub mod erf;
pub mod exec;
pub mod init;
pub mod limits;
pub mod ops;
pub mod optim;
pub mod rng;
pub mod scratch;
pub mod tensor;
pub mod train;
pub mod weights;
