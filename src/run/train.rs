//! Training and evaluation of a [`Network`] on a labelled image set: seeded
//! mini-batch shuffling, softmax cross-entropy, an optimiser step per batch.
//! The same seed gives the same run, bit for bit, on every platform.

use crate::arch::Op;
use crate::error::{Error, Result};
use crate::nn::ops::softmax::{cross_entropy_backward, cross_entropy_forward};
use crate::nn::optim::{Optimizer, OptimizerKind};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;
use crate::run::exec::{Mode, Network};

pub use crate::nn::data::Dataset;

/// How to train.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrainConfig {
    pub epochs: usize,
    pub batch_size: usize,
    pub optimizer: OptimizerKind,
    /// Seeds the shuffling and dropout.
    pub seed: u64,
    /// Anneal the learning rate to zero over the run along a half cosine (Loshchilov &
    /// Hutter 2017): epoch `e` (0-based) of `E` uses `lr * (1 + cos(pi e / E)) / 2`.
    pub cosine: bool,
}

/// Mean loss and accuracy over a pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub loss: f32,
    pub accuracy: f32,
}

/// The loss on a batch and `dL/d(output)`. The output is taken as logits for a fused
/// softmax cross-entropy; if the model ends in a `softmax` layer, its probabilities
/// `p` are used directly: `L = mean -ln p[label]`, `dL/dp = -1 / (N p[label])` at the label.
fn loss_and_grad(
    out: &Tensor,
    labels: &[usize],
    ends_in_softmax: bool,
) -> Result<(f32, Tensor, usize)> {
    let [n, k, ..] = out.dims4("loss")?;
    let flat = out
        .clone()
        .reshape(&[n, k * out.shape()[2] * out.shape()[3]])?;
    let (loss, probs, grad) = if ends_in_softmax {
        let probs = flat.clone();
        let (mut loss, mut g) = (0.0, Tensor::zeros(flat.shape())?);
        let kk = flat.shape()[1];
        for (i, &l) in labels.iter().enumerate() {
            let p = probs.data().get(i * kk + l).copied().ok_or_else(|| {
                Error::param(
                    "loss",
                    format!("label {l}"),
                    format!("a class index in 0..{kk}"),
                )
            })?;
            // NaN stays NaN (`max` would hide it), so a diverged run is seen.
            let p = if p.is_nan() { p } else { p.max(1e-12) };
            loss -= p.ln() / n as f32;
            g.data_mut()[i * kk + l] = -1.0 / (n as f32 * p);
        }
        (loss, probs, g)
    } else {
        let (loss, probs) = cross_entropy_forward(&flat, labels)?;
        let g = cross_entropy_backward(&probs, labels)?;
        (loss, probs, g)
    };
    let kk = probs.shape()[1];
    let correct = probs
        .data()
        .chunks_exact(kk)
        .zip(labels)
        .filter(|(row, &l)| argmax(row) == l)
        .count();
    Ok((loss, grad.reshape(out.shape())?, correct))
}

/// The index of the largest value of `row` (the first on ties; 0 for an empty row).
pub fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold(0, |b, (i, &v)| if v > row[b] { i } else { b })
}

fn ends_in_softmax(net: &Network) -> bool {
    matches!(net.model.layers.last().map(|l| &l.op), Some(Op::Softmax))
}

/// Trains `net` in place; returns the training loss and accuracy of each epoch
/// (measured on the batches as they were trained).
pub fn train(net: &mut Network, data: &Dataset, cfg: &TrainConfig) -> Result<Vec<Stats>> {
    let mut run = Trainer::new(data, cfg)?;
    (0..cfg.epochs).map(|_| run.epoch(net, data)).collect()
}

/// A training run advanced one epoch at a time (for progress bars, pausing and
/// stopping between epochs); [`train`] runs it to the end. The same seed gives the
/// same run however it is split.
pub struct Trainer {
    optimizer: Optimizer,
    rng: Rng,
    order: Vec<usize>,
    batch_size: usize,
    epochs: usize,
    cosine: bool,
    done: usize,
}

impl Trainer {
    /// Checks the configuration; the order of `data` is shuffled anew each epoch.
    pub fn new(data: &Dataset, cfg: &TrainConfig) -> Result<Trainer> {
        if cfg.batch_size == 0 || cfg.epochs == 0 {
            return Err(Error::param(
                "train",
                format!("{} epochs of batch size {}", cfg.epochs, cfg.batch_size),
                "at least one epoch and a batch size of at least 1",
            ));
        }
        Ok(Trainer {
            optimizer: Optimizer::new(cfg.optimizer)?,
            rng: Rng::new(cfg.seed),
            order: (0..data.len()).collect(),
            batch_size: cfg.batch_size,
            epochs: cfg.epochs,
            cosine: cfg.cosine,
            done: 0,
        })
    }

    /// One pass over `data` in a fresh random order; an error if the loss stops being finite.
    pub fn epoch(&mut self, net: &mut Network, data: &Dataset) -> Result<Stats> {
        if self.order.len() != data.len() {
            return Err(Error::shape(
                "train",
                format!(
                    "{} images, but the run was set up for {}",
                    data.len(),
                    self.order.len()
                ),
            ));
        }
        let softmax = ends_in_softmax(net);
        if self.cosine {
            let t = self.done as f32 / self.epochs.max(1) as f32;
            self.optimizer
                .set_lr_scale((1.0 + (std::f32::consts::PI * t).cos()) / 2.0);
        }
        self.done += 1;
        self.rng.shuffle(&mut self.order);
        let (mut loss_sum, mut correct) = (0.0, 0);
        for idx in self.order.chunks(self.batch_size) {
            let (x, labels) = data.batch(idx)?;
            let (out, tape) = net.forward(&x, Mode::Train, &mut self.rng)?;
            let (loss, dout, ok) = loss_and_grad(&out, &labels, softmax)?;
            if !loss.is_finite() {
                return Err(Error::param(
                    "train",
                    format!("the loss became {loss} (the run diverged)"),
                    "a smaller learning rate",
                ));
            }
            let (_, grads) = net.backward(&tape, &dout)?;
            self.optimizer
                .step(&mut net.params.buffers_mut(), &grads.buffers())?;
            loss_sum += loss * idx.len() as f32;
            correct += ok;
        }
        Ok(Stats {
            loss: loss_sum / data.len() as f32,
            accuracy: correct as f32 / data.len() as f32,
        })
    }
}

/// Loss and accuracy of `net` on `data` in evaluation mode (running statistics, no dropout).
pub fn evaluate(net: &mut Network, data: &Dataset, batch_size: usize) -> Result<Stats> {
    let softmax = ends_in_softmax(net);
    let mut rng = Rng::new(0);
    let (mut loss_sum, mut correct) = (0.0, 0);
    let all: Vec<usize> = (0..data.len()).collect();
    for idx in all.chunks(batch_size.max(1)) {
        let (x, labels) = data.batch(idx)?;
        let (out, _) = net.forward(&x, Mode::Eval, &mut rng)?;
        let (loss, _, ok) = loss_and_grad(&out, &labels, softmax)?;
        loss_sum += loss * idx.len() as f32;
        correct += ok;
    }
    Ok(Stats {
        loss: loss_sum / data.len() as f32,
        accuracy: correct as f32 / data.len() as f32,
    })
}
