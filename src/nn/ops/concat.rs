//! Joining branches: concatenation along channels (Inception, SqueezeNet's Fire
//! expand, ShuffleNet's stride-2 unit), element-wise addition (residual connections),
//! and flatten to (N, F) before a linear layer.

use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// Concatenates (N, C_i, H, W) tensors into (N, sum C_i, H, W).
pub fn concat_forward(parts: &[&Tensor]) -> Result<Tensor> {
    let first = parts.first().ok_or_else(|| {
        Error::shape("concat", "nothing to concatenate; give at least one tensor")
    })?;
    let [n, _, h, w] = first.dims4("concat")?;
    let mut total = 0;
    for p in parts {
        let [pn, pc, ph, pw] = p.dims4("concat")?;
        if [pn, ph, pw] != [n, h, w] {
            return Err(Error::shape(
                "concat",
                format!(
                    "cannot join {:?} with {:?}; N, H and W must agree",
                    first.shape(),
                    p.shape()
                ),
            ));
        }
        total += pc;
    }
    let mut y = Tensor::zeros(&[n, total, h, w])?;
    let mut off = 0;
    for p in parts {
        let len = p.shape()[1] * h * w;
        for (b, src) in p.data().chunks_exact(len).enumerate() {
            y.data_mut()[b * total * h * w + off..][..len].copy_from_slice(src);
        }
        off += len;
    }
    Ok(y)
}

/// Splits the gradient of a concatenation back into parts of `channels[i]` channels.
pub fn concat_backward(dout: &Tensor, channels: &[usize]) -> Result<Vec<Tensor>> {
    let [n, c, h, w] = dout.dims4("concat")?;
    if channels.iter().sum::<usize>() != c {
        return Err(Error::shape(
            "concat",
            format!("parts of {channels:?} channels do not add up to the gradient's {c}"),
        ));
    }
    let mut off = 0;
    channels
        .iter()
        .map(|&ci| {
            let len = ci * h * w;
            let data = (0..n)
                .flat_map(|b| dout.data()[b * c * h * w + off..][..len].iter().copied())
                .collect();
            off += len;
            Tensor::from_vec(&[n, ci, h, w], data)
        })
        .collect()
}

/// `y = a + b`, same shapes.
pub fn add_forward(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    a.expect_shape("add", "the second operand", b)?;
    Tensor::from_vec(
        a.shape(),
        a.data().iter().zip(b.data()).map(|(x, y)| x + y).collect(),
    )
}

/// Both operands receive `dout` unchanged.
pub fn add_backward(dout: &Tensor) -> (Tensor, Tensor) {
    (dout.clone(), dout.clone())
}

/// (N, C, H, W) (or any rank >= 2) to (N, C*H*W).
pub fn flatten_forward(x: &Tensor) -> Result<Tensor> {
    let n = *x
        .shape()
        .first()
        .ok_or_else(|| Error::shape("flatten", "a 0-D tensor has no batch dimension"))?;
    let f = x.shape()[1..].iter().product();
    x.clone().reshape(&[n, f])
}

/// The gradient back in the input's shape.
pub fn flatten_backward(input_shape: &[usize], dout: &Tensor) -> Result<Tensor> {
    dout.clone().reshape(input_shape)
}

/// Channels `start .. start+len` of (N,C,H,W) (ShuffleNet v2's channel split).
pub fn channel_slice_forward(x: &Tensor, start: usize, len: usize) -> Result<Tensor> {
    let [n, c, h, w] = x.dims4("channel_slice")?;
    if len == 0 || start.checked_add(len).is_none_or(|end| end > c) {
        return Err(Error::param(
            "channel_slice",
            format!("channels {start}..{} of {c}", start.saturating_add(len)),
            format!("a non-empty range inside 0..{c}"),
        ));
    }
    let plane = h * w;
    let data = (0..n)
        .flat_map(|b| {
            x.data()[(b * c + start) * plane..][..len * plane]
                .iter()
                .copied()
        })
        .collect();
    Tensor::from_vec(&[n, len, h, w], data)
}

/// The slice's gradient placed back at channels `start..`, zero elsewhere.
pub fn channel_slice_backward(
    input_shape: &[usize],
    start: usize,
    dout: &Tensor,
) -> Result<Tensor> {
    let mut dx = Tensor::zeros(input_shape)?;
    let [n, c, h, w] = dx.dims4("channel_slice")?;
    let [dn, len, dh, dw] = dout.dims4("channel_slice")?;
    if [dn, dh, dw] != [n, h, w] || start + len > c {
        return Err(Error::shape(
            "channel_slice",
            format!(
                "gradient {:?} does not fit channels {start}.. of {input_shape:?}",
                dout.shape()
            ),
        ));
    }
    let plane = h * w;
    for (b, src) in dout.data().chunks_exact(len * plane).enumerate() {
        dx.data_mut()[(b * c + start) * plane..][..len * plane].copy_from_slice(src);
    }
    Ok(dx)
}
