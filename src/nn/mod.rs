//! The inference core: tensors and neural-network operations in plain Rust,
//! with no web dependency, so it is tested natively and shared by the app and the CLI.
//!
//! - [`tensor`]: a dense f32 tensor (NCHW feature maps, OIHW weights);
//! - [`conv`]: conv2d shape and cost maths, the naive reference, the fast kernels
//!   (im2col + blocked GEMM, depth-wise, point-wise) behind [`conv::conv2d`], and the backward pass;
//! - [`ops`]: every other layer as an `x_forward` / `x_backward` pair;
//! - [`optim`]: the optimisers; [`rng`], [`init`], [`data`], [`scratch`]: the seeded
//!   RNG, Kaiming init, labelled image sets, reusable kernel buffers. Sizes and costs are
//!   checked against `crate::budget`, the one budget the analysis checks models against.
//!
//! It knows nothing of the model descriptions (`arch`): both build on `crate::geometry`.
//! Running a description (the executor, training, the effective receptive field, weight
//! files) is `crate::run`, above both.

pub mod conv;
pub mod data;
pub mod digits;
pub mod init;
pub mod ops;
pub mod optim;
pub mod rng;
pub mod scratch;
pub mod tensor;
