//! Channel shuffle (ShuffleNet, Zhang et al. 2017): with `C = g*n` channels, reshape
//! to (g, n), transpose to (n, g) and flatten, so each group of the next grouped
//! convolution sees channels from every group of the previous one.
//! 9 channels, 3 groups: order 0 3 6 1 4 7 2 5 8.

use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// `y[:, j*g + i] = x[:, i*n + j]` for group `i < g` and member `j < n = C/g`.
pub fn channel_shuffle_forward(x: &Tensor, groups: usize) -> Result<Tensor> {
    let [_, c, _, _] = x.dims4("channel_shuffle")?;
    if groups == 0 || c % groups != 0 {
        return Err(Error::param(
            "channel_shuffle",
            format!("{c} channels into {groups} groups"),
            "groups >= 1 dividing the channels",
        ));
    }
    Ok(permute(x, groups, c / groups))
}

/// The inverse permutation: a shuffle with `C/g` groups.
pub fn channel_shuffle_backward(dout: &Tensor, groups: usize) -> Result<Tensor> {
    let [_, c, _, _] = dout.dims4("channel_shuffle")?;
    if groups == 0 || c % groups != 0 {
        return Err(Error::param(
            "channel_shuffle",
            format!("{c} channels into {groups} groups"),
            "groups >= 1 dividing the channels",
        ));
    }
    Ok(permute(dout, c / groups, groups))
}

fn permute(x: &Tensor, g: usize, n: usize) -> Tensor {
    let s = x.shape();
    let plane = s[2] * s[3];
    let mut y = x.clone();
    for (xb, yb) in x
        .data()
        .chunks_exact(g * n * plane)
        .zip(y.data_mut().chunks_exact_mut(g * n * plane))
    {
        for i in 0..g {
            for j in 0..n {
                yb[(j * g + i) * plane..][..plane]
                    .copy_from_slice(&xb[(i * n + j) * plane..][..plane]);
            }
        }
    }
    y
}
