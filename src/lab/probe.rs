//! What a trained network's channels do over a set of images: dead channels (the source
//! post's first section) and the correlation between the channels of one layer (why
//! grouped layers lose little: most channel pairs are weakly correlated).

use crate::arch::{Layer, Merge, Op};
use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;
use crate::run::exec::Network;

/// A channel is dead when its ReLU output is zero everywhere on at least this share of images.
pub const DEAD_SHARE: f32 = 0.99;

/// The feature maps (N, C, H, W) of every top-level layer that ends in a ReLU and keeps
/// a spatial map, with the layer names: the layers the lab shows and probes.
pub fn relu_maps(net: &mut Network, images: &Tensor) -> Result<Vec<(String, Tensor)>> {
    let trace = net.trace(images)?;
    Ok(probed(&net.model.layers, trace)
        .into_iter()
        .map(|(_, name, t)| (name, t))
        .collect())
}

/// The entries of `trace` (one per top-level layer of `layers`, from [`Network::trace`])
/// that [`relu_maps`] keeps, each with its top-level index.
pub fn probed(layers: &[Layer], trace: Vec<(String, Tensor)>) -> Vec<(usize, String, Tensor)> {
    layers
        .iter()
        .zip(trace)
        .enumerate()
        .filter(|(_, (layer, (_, t)))| ends_in_relu(layer) && t.shape()[2] * t.shape()[3] > 1)
        .map(|(i, (_, (name, t)))| (i, name, t))
        .collect()
}

/// Whether `layer`'s output passes through a ReLU last (so it is never negative).
pub fn ends_in_relu(layer: &Layer) -> bool {
    match &layer.op {
        Op::Relu | Op::Relu6 => true,
        Op::Sequential { layers } => layers.last().is_some_and(ends_in_relu),
        Op::Branches {
            branches,
            merge: Merge::Concat,
        } => branches.iter().all(|b| b.last().is_some_and(ends_in_relu)),
        _ => false,
    }
}

/// For each channel of `maps` (N, C, H, W), on how many images its map is zero everywhere.
pub fn silent_images(maps: &Tensor) -> Result<Vec<usize>> {
    let [n, c, h, w] = maps.dims4("dead channels")?;
    let mut silent = vec![0; c];
    for image in maps.data().chunks_exact(c * h * w).take(n) {
        for (ch, map) in image.chunks_exact(h * w).enumerate() {
            if map.iter().all(|&v| v <= 0.0) {
                silent[ch] += 1;
            }
        }
    }
    Ok(silent)
}

/// Which channels of `maps` (N, C, H, W) are dead: zero on at least [`DEAD_SHARE`] of the images.
pub fn dead_channels(maps: &Tensor) -> Result<Vec<bool>> {
    let n = maps.shape().first().copied().unwrap_or(0) as f32;
    Ok(silent_images(maps)?
        .into_iter()
        .map(|s| n > 0.0 && s as f32 >= DEAD_SHARE * n)
        .collect())
}

/// Pearson correlation between the channels of `maps` (N, C, H, W), every image and
/// position a sample: a row-major C×C matrix, `NaN` where a channel never varies
/// (a dead channel has no correlation with anything).
pub fn channel_correlation(maps: &Tensor) -> Result<Vec<f32>> {
    let [n, c, h, w] = maps.dims4("channel correlation")?;
    let samples = n * h * w;
    if samples < 2 {
        return Err(Error::shape(
            "channel correlation",
            "needs at least two samples (images × positions)",
        ));
    }
    let mut mean = vec![0.0f64; c];
    for image in maps.data().chunks_exact(c * h * w) {
        for (ch, map) in image.chunks_exact(h * w).enumerate() {
            mean[ch] += map.iter().map(|&v| f64::from(v)).sum::<f64>();
        }
    }
    mean.iter_mut().for_each(|m| *m /= samples as f64);
    let mut cov = vec![0.0f64; c * c];
    let mut centred = vec![0.0f64; c];
    for image in maps.data().chunks_exact(c * h * w) {
        for pos in 0..h * w {
            for ch in 0..c {
                centred[ch] = f64::from(image[ch * h * w + pos]) - mean[ch];
            }
            for a in 0..c {
                for b in a..c {
                    cov[a * c + b] += centred[a] * centred[b];
                }
            }
        }
    }
    let mut out = vec![f32::NAN; c * c];
    for a in 0..c {
        for b in a..c {
            let denom = (cov[a * c + a] * cov[b * c + b]).sqrt();
            if denom > 1e-12 {
                let r = (cov[a * c + b] / denom) as f32;
                out[a * c + b] = r;
                out[b * c + a] = r;
            }
        }
    }
    Ok(out)
}
