//! Layer operations beyond convolution, each as an `x_forward` / `x_backward` pair:
//! forward caches what backward needs, backward takes `dout = dL/dout` and returns
//! the gradients of the inputs (and parameters). Feature maps are (N,C,H,W).

pub mod activation;
pub mod batchnorm;
pub mod concat;
pub mod dropout;
pub mod linear;
pub mod pool;
pub mod shuffle;
pub mod softmax;
