//! A small synthetic image set made on the spot (no download): stripes in four
//! orientations, with random phase, period and noise. Enough for a tiny CNN to learn
//! in seconds, in tests and in the browser.

use crate::error::{Error, Result};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;
use crate::nn::train::Dataset;

/// `n` one-channel `size x size` images of stripes; the label is the orientation:
/// 0 horizontal, 1 vertical, 2 diagonal, 3 anti-diagonal. Pixel values are
/// `cos(2 pi (u / period) + phase) + noise * N(0, 1)` along the stripe's normal `u`.
pub fn stripes(n: usize, size: usize, noise: f32, seed: u64) -> Result<Dataset> {
    if n == 0 || !(4..=256).contains(&size) || !(0.0..=10.0).contains(&noise) {
        return Err(Error::param(
            "stripes",
            format!("{n} images of {size}x{size} with noise {noise}"),
            "n >= 1, size in 4..=256, noise in [0, 10]",
        ));
    }
    let mut rng = Rng::new(seed);
    let mut images = Tensor::zeros(&[n, 1, size, size])?;
    let mut labels = Vec::with_capacity(n);
    for img in images.data_mut().chunks_exact_mut(size * size) {
        let label = rng.below(4);
        let period = 3.0 + 3.0 * rng.uniform();
        let phase = std::f32::consts::TAU * rng.uniform();
        for (i, v) in img.iter_mut().enumerate() {
            let (y, x) = ((i / size) as f32, (i % size) as f32);
            let u = [
                y,
                x,
                (x + y) / std::f32::consts::SQRT_2,
                (x - y) / std::f32::consts::SQRT_2,
            ][label];
            *v = (std::f32::consts::TAU * u / period + phase).cos() + noise * rng.normal();
        }
        labels.push(label);
    }
    Dataset::new(images, labels)
}
