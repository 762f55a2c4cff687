//! Element-wise activations: ReLU (Nair and Hinton 2010) and ReLU6 (`min(max(x, 0), 6)`,
//! MobileNet's activation, robust in low precision).

use crate::error::Result;
use crate::nn::tensor::Tensor;

/// `y = max(x, 0)`, any shape.
pub fn relu_forward(x: &Tensor) -> Tensor {
    x.map(|v| v.max(0.0))
}

/// `dx = dout * [x > 0]`.
pub fn relu_backward(x: &Tensor, dout: &Tensor) -> Result<Tensor> {
    gate(x, dout, "relu", |v| v > 0.0)
}

/// `y = min(max(x, 0), 6)`, any shape.
pub fn relu6_forward(x: &Tensor) -> Tensor {
    x.map(|v| v.clamp(0.0, 6.0))
}

/// `dx = dout * [0 < x < 6]`.
pub fn relu6_backward(x: &Tensor, dout: &Tensor) -> Result<Tensor> {
    gate(x, dout, "relu6", |v| v > 0.0 && v < 6.0)
}

/// `dout` where `open(x)`, zero elsewhere.
fn gate(x: &Tensor, dout: &Tensor, op: &str, open: impl Fn(f32) -> bool) -> Result<Tensor> {
    x.expect_shape(op, "the output gradient", dout)?;
    let data = x
        .data()
        .iter()
        .zip(dout.data())
        .map(|(&v, &d)| if open(v) { d } else { 0.0 })
        .collect();
    Tensor::from_vec(x.shape(), data)
}
