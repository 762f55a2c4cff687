//! Effective receptive field (Luo et al. 2016, "Understanding the Effective Receptive
//! Field in Deep Convolutional Neural Networks"): the gradient of one output unit with
//! respect to the input, `|d out[0, c, y, x] / d input[0, :, i, j]|` summed over input
//! channels, for random or trained weights. The ERF is roughly Gaussian and fills only
//! part of the theoretical receptive field.

use crate::error::{Error, Result};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;
use crate::run::exec::{Mode, Network};

/// The output unit whose gradient is taken: a position and one channel or all channels summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub channel: Option<usize>,
    pub y: usize,
    pub x: usize,
}

/// A gradient-magnitude map over the input (H x W), row-major.
#[derive(Debug, Clone, PartialEq)]
pub struct ErfMap {
    pub h: usize,
    pub w: usize,
    pub values: Vec<f32>,
}

impl ErfMap {
    /// The smallest box holding every value above `threshold * max`: [top, bottom, left, right] (inclusive).
    pub fn support(&self, threshold: f32) -> Option<[usize; 4]> {
        let max = self.values.iter().copied().fold(0.0f32, f32::max);
        let cut = threshold * max;
        let mut bx: Option<[usize; 4]> = None;
        for (i, &v) in self.values.iter().enumerate() {
            if v > cut && max > 0.0 {
                let (y, x) = (i / self.w, i % self.w);
                let b = bx.get_or_insert([y, y, x, x]);
                *b = [b[0].min(y), b[1].max(y), b[2].min(x), b[3].max(x)];
            }
        }
        bx
    }

    /// The share of the total gradient mass inside the square of half-side `r` around (cy, cx).
    pub fn mass_within(&self, cy: usize, cx: usize, r: usize) -> f32 {
        let total: f32 = self.values.iter().sum();
        if total == 0.0 {
            return 0.0;
        }
        let inside: f32 = self
            .values
            .iter()
            .enumerate()
            .filter(|(i, _)| (i / self.w).abs_diff(cy) <= r && (i % self.w).abs_diff(cx) <= r)
            .map(|(_, v)| v)
            .sum();
        inside / total
    }
}

/// The ERF of `unit` of the network's output for one input image `x` (1, C, H, W),
/// in evaluation mode (running batch-norm statistics, no dropout).
/// The output must be a feature map (N, C, OH, OW) holding `unit`.
pub fn effective_receptive_field(net: &mut Network, x: &Tensor, unit: Unit) -> Result<ErfMap> {
    let [n, c, h, w] = x.dims4("erf")?;
    if n != 1 {
        return Err(Error::shape(
            "erf",
            format!("the ERF is taken for one image; the batch has {n}"),
        ));
    }
    let (out, tape) = net.forward(x, Mode::Eval, &mut Rng::new(0))?;
    let [_, oc, oh, ow] = out.dims4("erf")?;
    if unit.y >= oh || unit.x >= ow || unit.channel.is_some_and(|ch| ch >= oc) {
        return Err(Error::param(
            "erf",
            format!("unit {unit:?}"),
            format!("channel < {oc}, y < {oh}, x < {ow}"),
        ));
    }
    let mut dout = Tensor::zeros(out.shape())?;
    for ch in 0..oc {
        if unit.channel.is_none_or(|want| want == ch) {
            dout.data_mut()[(ch * oh + unit.y) * ow + unit.x] = 1.0;
        }
    }
    let (dx, _) = net.backward(&tape, &dout)?;
    let mut values = vec![0.0f32; h * w];
    for plane in dx.data().chunks_exact(h * w).take(c) {
        for (v, g) in values.iter_mut().zip(plane) {
            *v += g.abs();
        }
    }
    Ok(ErfMap { h, w, values })
}
