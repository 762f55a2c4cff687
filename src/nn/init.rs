//! Weight initialisation.

use crate::error::{Error, Result};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

/// Kaiming (He et al. 2015) normal init for ReLU networks:
/// `w ~ N(0, 2 / fan_in)`, with `fan_in = C/groups * KH * KW` for a conv (OIHW)
/// and the input features for a linear layer (out, in). `fan_in` is the product
/// of every dimension but the first.
pub fn kaiming_normal(shape: &[usize], rng: &mut Rng) -> Result<Tensor> {
    let mut t = Tensor::zeros(shape)?; // checks the size first, so the product below cannot overflow
    let fan_in: usize = shape.iter().skip(1).product();
    if shape.is_empty() || fan_in == 0 {
        return Err(Error::shape(
            "kaiming_normal",
            format!("cannot take the fan-in of shape {shape:?}"),
        ));
    }
    let std = (2.0 / fan_in as f32).sqrt();
    for v in t.data_mut() {
        *v = rng.normal() * std;
    }
    Ok(t)
}
