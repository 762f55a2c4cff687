//! Inverted dropout (Srivastava et al. 2014): in training each element is zeroed with
//! probability `p` and the survivors scaled by `1/(1-p)`, so evaluation is the identity.

use crate::error::{Error, Result};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

/// `y = x * mask`, `mask[i] = 1/(1-p)` with probability `1-p`, else 0. Returns (y, mask).
/// With `training = false` the mask is all ones.
pub fn dropout_forward(
    x: &Tensor,
    p: f32,
    training: bool,
    rng: &mut Rng,
) -> Result<(Tensor, Tensor)> {
    if !(0.0..1.0).contains(&p) {
        return Err(Error::param(
            "dropout",
            format!("drop probability is {p}"),
            "0 <= p < 1",
        ));
    }
    let keep = 1.0 / (1.0 - p);
    let mask: Vec<f32> = (0..x.data().len())
        .map(|_| match training {
            false => 1.0,
            true if rng.uniform() >= p => keep,
            true => 0.0,
        })
        .collect();
    let y = x.data().iter().zip(&mask).map(|(a, m)| a * m).collect();
    let (y, mask) = (
        Tensor::from_vec(x.shape(), y)?,
        Tensor::from_vec(x.shape(), mask)?,
    );
    Ok((y, mask))
}

/// `dx = dout * mask`.
pub fn dropout_backward(mask: &Tensor, dout: &Tensor) -> Result<Tensor> {
    mask.expect_shape("dropout", "the output gradient", dout)?;
    Tensor::from_vec(
        mask.shape(),
        mask.data()
            .iter()
            .zip(dout.data())
            .map(|(m, d)| m * d)
            .collect(),
    )
}
