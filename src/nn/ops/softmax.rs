//! Softmax with cross-entropy, fused for stability: the loss of logits (N, K) and
//! integer labels is `mean_n -log softmax(z_n)[label_n]`, and its gradient is
//! `(softmax(z) - onehot(label)) / N`.

use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// Row-wise softmax of (N, K): `p = exp(z - max z) / sum exp(z - max z)`.
pub fn softmax_forward(logits: &Tensor) -> Result<Tensor> {
    let [_, k] = logits.dims2("softmax")?;
    let mut p = logits.clone();
    for row in p.data_mut().chunks_exact_mut(k.max(1)) {
        let m = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut sum = 0.0;
        for v in row.iter_mut() {
            *v = (*v - m).exp();
            sum += *v;
        }
        row.iter_mut().for_each(|v| *v /= sum);
    }
    Ok(p)
}

/// Mean cross-entropy of `logits` (N, K) against `labels` (N values in 0..K).
/// Returns (loss, probabilities); the probabilities feed [`cross_entropy_backward`].
pub fn cross_entropy_forward(logits: &Tensor, labels: &[usize]) -> Result<(f32, Tensor)> {
    let [n, k] = logits.dims2("cross_entropy")?;
    check_labels(n, k, labels)?;
    let p = softmax_forward(logits)?;
    let loss = p
        .data()
        .chunks_exact(k)
        .zip(labels)
        // A NaN probability stays NaN (`max` would hide it), so a diverged run is seen.
        .map(|(row, &l)| {
            if row[l].is_nan() {
                f32::NAN
            } else {
                -row[l].max(f32::MIN_POSITIVE).ln()
            }
        })
        .sum::<f32>()
        / n as f32;
    Ok((loss, p))
}

/// `dlogits = (p - onehot(labels)) / N`.
pub fn cross_entropy_backward(probs: &Tensor, labels: &[usize]) -> Result<Tensor> {
    let [n, k] = probs.dims2("cross_entropy")?;
    check_labels(n, k, labels)?;
    let mut d = probs.map(|v| v / n as f32);
    for (row, &l) in d.data_mut().chunks_exact_mut(k).zip(labels) {
        row[l] -= 1.0 / n as f32;
    }
    Ok(d)
}

fn check_labels(n: usize, k: usize, labels: &[usize]) -> Result<()> {
    if n == 0 || labels.len() != n {
        return Err(Error::shape(
            "cross_entropy",
            format!(
                "{} labels for a batch of {n}; need one per row and N >= 1",
                labels.len()
            ),
        ));
    }
    if let Some(bad) = labels.iter().find(|&&l| l >= k) {
        return Err(Error::param(
            "cross_entropy",
            format!("label {bad}"),
            format!("a class index in 0..{k}"),
        ));
    }
    Ok(())
}

/// Softmax over the channels of (N,C,H,W), at every pixel (a model's `softmax` layer).
pub fn softmax_channels_forward(x: &Tensor) -> Result<Tensor> {
    let [n, c, h, w] = x.dims4("softmax")?;
    let mut y = x.clone();
    let hw = h * w;
    for b in 0..n {
        let block = &mut y.data_mut()[b * c * hw..(b + 1) * c * hw];
        for p in 0..hw {
            let m = (0..c)
                .map(|k| block[k * hw + p])
                .fold(f32::NEG_INFINITY, f32::max);
            let mut sum = 0.0;
            for k in 0..c {
                block[k * hw + p] = (block[k * hw + p] - m).exp();
                sum += block[k * hw + p];
            }
            (0..c).for_each(|k| block[k * hw + p] /= sum);
        }
    }
    Ok(y)
}

/// `dx = p * (dout - sum_c p * dout)` at every pixel, from the forward's probabilities `p`.
pub fn softmax_channels_backward(probs: &Tensor, dout: &Tensor) -> Result<Tensor> {
    probs.expect_shape("softmax", "the output gradient", dout)?;
    let [n, c, h, w] = probs.dims4("softmax")?;
    let hw = h * w;
    let mut dx = dout.clone();
    let (p, d) = (probs.data(), dout.data());
    let dxd = dx.data_mut();
    for b in 0..n {
        for q in 0..hw {
            let at = |k: usize| (b * c + k) * hw + q;
            let dot: f32 = (0..c).map(|k| p[at(k)] * d[at(k)]).sum();
            (0..c).for_each(|k| dxd[at(k)] = p[at(k)] * (d[at(k)] - dot));
        }
    }
    Ok(dx)
}
