//! Batch normalisation (Ioffe and Szegedy 2015) over the channels of (N,C,H,W) or (N,C):
//! `y = gamma * (x - mean) / sqrt(var + eps) + beta`. Training uses the batch statistics
//! (biased variance) and updates the running ones (unbiased variance, as PyTorch does);
//! inference uses the running statistics.

use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// The parameters and running statistics of one batch-norm layer over `C` channels.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchNorm {
    pub gamma: Vec<f32>,
    pub beta: Vec<f32>,
    pub running_mean: Vec<f32>,
    pub running_var: Vec<f32>,
    /// Weight of the new batch in the running averages (0.1).
    pub momentum: f32,
    pub eps: f32,
}

/// What the training forward keeps for the backward pass.
#[derive(Debug, Clone, PartialEq)]
pub struct BnCache {
    /// The normalised input `(x - mean) * inv_std`.
    pub xhat: Tensor,
    /// `1 / sqrt(var + eps)` per channel.
    pub inv_std: Vec<f32>,
}

/// Gradients of batch norm: input, gamma, beta.
#[derive(Debug, Clone, PartialEq)]
pub struct BnGrads {
    pub input: Tensor,
    pub gamma: Vec<f32>,
    pub beta: Vec<f32>,
}

impl BatchNorm {
    /// gamma 1, beta 0, running mean 0 and variance 1.
    pub fn new(channels: usize) -> Self {
        BatchNorm {
            gamma: vec![1.0; channels],
            beta: vec![0.0; channels],
            running_mean: vec![0.0; channels],
            running_var: vec![1.0; channels],
            momentum: 0.1,
            eps: 1e-5,
        }
    }

    /// (N, C, H*W) of `x`, checked against the layer's channel count.
    fn dims(&self, x: &Tensor) -> Result<(usize, usize, usize)> {
        let s = x.shape();
        let c = self.gamma.len();
        let consistent = [
            self.beta.len(),
            self.running_mean.len(),
            self.running_var.len(),
        ]
        .iter()
        .all(|&l| l == c);
        if !consistent {
            return Err(Error::shape("batch_norm", "gamma, beta, running mean and running variance must have one value per channel each"));
        }
        if s.len() < 2 || s[1] != c || s[0] == 0 {
            return Err(Error::shape("batch_norm", format!("input shape {s:?} does not fit a layer of {} channels; expected (N,C) or (N,C,H,W) with N >= 1", self.gamma.len())));
        }
        Ok((s[0], s[1], s[2..].iter().product()))
    }
}

/// Visits every element of channel `c`: `f(index)`.
fn each_in_channel(n: usize, c: usize, hw: usize, ch: usize, mut f: impl FnMut(usize)) {
    for b in 0..n {
        for i in 0..hw {
            f((b * c + ch) * hw + i);
        }
    }
}

/// Training forward with batch statistics; updates the running mean and variance.
pub fn batchnorm_forward_train(x: &Tensor, bn: &mut BatchNorm) -> Result<(Tensor, BnCache)> {
    let (n, c, hw) = bn.dims(x)?;
    let m = (n * hw) as f32;
    let xd = x.data();
    let mut xhat = Tensor::zeros(x.shape())?;
    let mut y = Tensor::zeros(x.shape())?;
    let mut inv_std = vec![0.0; c];
    #[allow(clippy::needless_range_loop)] // `ch` indexes five per-channel arrays
    for ch in 0..c {
        let mut sum = 0.0f32;
        each_in_channel(n, c, hw, ch, |i| sum += xd[i]);
        let mean = sum / m;
        let mut sq = 0.0f32;
        each_in_channel(n, c, hw, ch, |i| sq += (xd[i] - mean) * (xd[i] - mean));
        let var = sq / m;
        inv_std[ch] = 1.0 / (var + bn.eps).sqrt();
        let (xh, yd) = (xhat.data_mut(), y.data_mut());
        each_in_channel(n, c, hw, ch, |i| {
            xh[i] = (xd[i] - mean) * inv_std[ch];
            yd[i] = bn.gamma[ch] * xh[i] + bn.beta[ch];
        });
        let unbiased = if m > 1.0 { sq / (m - 1.0) } else { var };
        bn.running_mean[ch] += bn.momentum * (mean - bn.running_mean[ch]);
        bn.running_var[ch] += bn.momentum * (unbiased - bn.running_var[ch]);
    }
    Ok((y, BnCache { xhat, inv_std }))
}

/// Inference forward with the running statistics.
pub fn batchnorm_forward_eval(x: &Tensor, bn: &BatchNorm) -> Result<Tensor> {
    let (n, c, hw) = bn.dims(x)?;
    let mut y = x.clone();
    let yd = y.data_mut();
    for ch in 0..c {
        let scale = bn.gamma[ch] / (bn.running_var[ch] + bn.eps).sqrt();
        let shift = bn.beta[ch] - bn.running_mean[ch] * scale;
        each_in_channel(n, c, hw, ch, |i| yd[i] = yd[i] * scale + shift);
    }
    Ok(y)
}

/// Backward of the training forward, with `M = N*H*W` elements per channel:
/// `dbeta = sum dout`, `dgamma = sum dout * xhat`,
/// `dx = gamma * inv_std / M * (M * dout - dbeta - xhat * dgamma)`.
pub fn batchnorm_backward(dout: &Tensor, cache: &BnCache, bn: &BatchNorm) -> Result<BnGrads> {
    cache
        .xhat
        .expect_shape("batch_norm", "the output gradient", dout)?;
    let (n, c, hw) = bn.dims(dout)?;
    let m = (n * hw) as f32;
    let (dd, xh) = (dout.data(), cache.xhat.data());
    let mut dx = Tensor::zeros(dout.shape())?;
    let (mut dgamma, mut dbeta) = (vec![0.0; c], vec![0.0; c]);
    for ch in 0..c {
        each_in_channel(n, c, hw, ch, |i| {
            dbeta[ch] += dd[i];
            dgamma[ch] += dd[i] * xh[i];
        });
        let k = bn.gamma[ch] * cache.inv_std[ch] / m;
        let dxd = dx.data_mut();
        each_in_channel(n, c, hw, ch, |i| {
            dxd[i] = k * (m * dd[i] - dbeta[ch] - xh[i] * dgamma[ch])
        });
    }
    Ok(BnGrads {
        input: dx,
        gamma: dgamma,
        beta: dbeta,
    })
}

/// Backward of the inference forward (running statistics are constants):
/// `dx = dout * gamma / sqrt(running_var + eps)`, `dgamma = sum dout * xhat`, `dbeta = sum dout`
/// with `xhat = (x - running_mean) / sqrt(running_var + eps)`.
pub fn batchnorm_backward_eval(x: &Tensor, dout: &Tensor, bn: &BatchNorm) -> Result<BnGrads> {
    x.expect_shape("batch_norm", "the output gradient", dout)?;
    let (n, c, hw) = bn.dims(x)?;
    let (xd, dd) = (x.data(), dout.data());
    let mut dx = Tensor::zeros(x.shape())?;
    let (mut dgamma, mut dbeta) = (vec![0.0; c], vec![0.0; c]);
    let dxd = dx.data_mut();
    for ch in 0..c {
        let inv = 1.0 / (bn.running_var[ch] + bn.eps).sqrt();
        each_in_channel(n, c, hw, ch, |i| {
            dbeta[ch] += dd[i];
            dgamma[ch] += dd[i] * (xd[i] - bn.running_mean[ch]) * inv;
            dxd[i] = dd[i] * bn.gamma[ch] * inv;
        });
    }
    Ok(BnGrads {
        input: dx,
        gamma: dgamma,
        beta: dbeta,
    })
}
