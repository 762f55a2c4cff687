//! A small synthetic image set made on the spot (no download): stripes in four
//! orientations, with random phase, period and noise. Enough for a tiny CNN to learn
//! in seconds, in tests and in the browser; and [`Dataset`], the labelled image set that
//! training, the digits and this set share.

use crate::error::{Error, Result};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

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

/// Images (N, C, H, W) with one class label each.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub images: Tensor,
    pub labels: Vec<usize>,
}

impl Dataset {
    /// Checks that there is one label per image.
    pub fn new(images: Tensor, labels: Vec<usize>) -> Result<Dataset> {
        let [n, ..] = images.dims4("dataset")?;
        if n != labels.len() || n == 0 {
            return Err(Error::shape(
                "dataset",
                format!(
                    "{n} images and {} labels; need one label per image and at least one image",
                    labels.len()
                ),
            ));
        }
        Ok(Dataset { images, labels })
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether the set is empty (never, for a set made by [`Dataset::new`]).
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The images and labels at `idx`, as a batch.
    pub fn batch(&self, idx: &[usize]) -> Result<(Tensor, Vec<usize>)> {
        let [_, c, h, w] = self.images.dims4("dataset")?;
        let per = c * h * w;
        let mut data = Vec::with_capacity(idx.len() * per);
        let mut labels = Vec::with_capacity(idx.len());
        for &i in idx {
            let img = self
                .images
                .data()
                .get(i * per..(i + 1) * per)
                .ok_or_else(|| Error::shape("dataset", format!("image {i} of {}", self.len())))?;
            data.extend_from_slice(img);
            labels.push(
                *self
                    .labels
                    .get(i)
                    .ok_or_else(|| Error::shape("dataset", format!("no label for image {i}")))?,
            );
        }
        Ok((Tensor::from_vec(&[idx.len(), c, h, w], data)?, labels))
    }
}
