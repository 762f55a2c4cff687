//! The tiny-models lab's core: the default training schedule, a seeded training run on
//! a named data set, and the probes the lab shows (dead channels, channel correlation).
//! Plain Rust above `zoo` and `nn`; the CLI, the app's worker and the tests call it.

pub mod ablation;
pub mod probe;
pub mod session;
pub mod state;
pub mod wire;

use crate::error::{Error, Result};
use crate::nn::digits::{self, Split};
use crate::nn::optim::OptimizerKind;
use crate::run::exec::Network;
use crate::run::train::{evaluate, Stats, TrainConfig, Trainer};
use crate::run::weights;
use crate::zoo::tiny;

/// The data sets a tiny network trains on.
pub const DATA_SETS: &[&str] = &["digits"];

/// Epochs of the default schedule, the one the shipped weights used: Adam from a
/// learning rate of 0.01 annealed to zero along a half cosine, batches of 32.
pub const EPOCHS: usize = 12;
/// Batch size of the default schedule.
pub const BATCH: usize = 32;
/// Learning rate of the default schedule.
pub const LEARNING_RATE: f32 = 0.01;
/// The seed the shipped weights were trained with.
pub const SEED: u64 = 1;
/// Most epochs one run may take (a bound on the work one request can start).
pub const MAX_EPOCHS: usize = 200;

/// The schedule for `epochs` epochs and `seed`.
pub fn schedule(epochs: usize, seed: u64) -> Result<TrainConfig> {
    if !(1..=MAX_EPOCHS).contains(&epochs) {
        return Err(Error::param(
            "train",
            format!("{epochs} epochs"),
            format!("1..={MAX_EPOCHS}"),
        ));
    }
    Ok(TrainConfig {
        epochs,
        batch_size: BATCH,
        optimizer: OptimizerKind::adam(LEARNING_RATE),
        seed,
        cosine: true,
    })
}

/// The split of data set `name` from its file's bytes.
pub fn data_set(name: &str, bytes: &[u8]) -> Result<Split> {
    match name {
        "digits" => digits::parse(bytes),
        _ => Err(unknown_data(name)),
    }
}

fn unknown_data(name: &str) -> Error {
    Error::param(
        "data",
        format!("there is no data set named '{name}'"),
        DATA_SETS.join(", "),
    )
}

/// The tiny network `model`, initialised from `seed` (the run's seed).
pub fn network(model: &str, seed: u64) -> Result<Network> {
    Network::new(tiny::build(model)?, &crate::arch::Budget::default(), seed)
}

/// The tiny network `model` with the weights in `bytes`.
pub fn trained(model: &str, bytes: &[u8]) -> Result<Network> {
    let mut net = network(model, 0)?;
    weights::load(&mut net, bytes)?;
    Ok(net)
}

/// One finished epoch of a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Epoch {
    /// 1-based.
    pub epoch: usize,
    pub train: Stats,
    pub test: Stats,
}

/// A seeded training run of a tiny network, an epoch at a time.
pub struct Run {
    pub net: Network,
    trainer: Trainer,
    pub epochs: usize,
    pub done: usize,
}

impl Run {
    /// A fresh `model` to be trained on `split` for `epochs` from `seed`.
    pub fn new(model: &str, split: &Split, epochs: usize, seed: u64) -> Result<Run> {
        let cfg = schedule(epochs, seed)?;
        Ok(Run {
            net: network(model, seed)?,
            trainer: Trainer::new(&split.train, &cfg)?,
            epochs,
            done: 0,
        })
    }

    /// Trains one more epoch and evaluates on the test split; `None` when finished.
    pub fn step(&mut self, split: &Split) -> Option<Result<Epoch>> {
        if self.done >= self.epochs {
            return None;
        }
        self.done += 1;
        let epoch = self.done;
        Some((|| {
            let train = self.trainer.epoch(&mut self.net, &split.train)?;
            let test = evaluate(&mut self.net, &split.test, 128)?;
            Ok(Epoch { epoch, train, test })
        })())
    }
}

/// Mean and half the range (max − min) / 2 of `values`; (0, 0) for none.
pub fn mean_spread(values: &[f32]) -> (f32, f32) {
    if values.is_empty() {
        return (0.0, 0.0);
    }
    let mean = values.iter().sum::<f32>() / values.len() as f32;
    let (lo, hi) = values
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    (mean, (hi - lo) / 2.0)
}
