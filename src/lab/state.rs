//! The lab page's state in the URL: the tiny network (`m`), the test image shown (`i`),
//! and the in-page training run's epochs and seed (`ep`, `seed`).

use super::MAX_EPOCHS;
use crate::query::{choice, int_in, Notice, Query};
use crate::zoo::tiny::TINY;

/// Largest seed the page takes.
pub const MAX_SEED: usize = 9999;
/// Test images (the fixed split's held-out part).
pub const TEST_IMAGES: usize = 359;

/// Everything the lab page keeps in its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabState {
    pub model: &'static str,
    pub sample: usize,
    pub epochs: usize,
    pub seed: u64,
}

impl Default for LabState {
    /// `tiny_plain`, test image 0, a 3-epoch run from seed 1.
    fn default() -> Self {
        LabState {
            model: TINY[0].name,
            sample: 0,
            epochs: 3,
            seed: 1,
        }
    }
}

impl LabState {
    /// Reads `m`, `i`, `ep` and `seed`; unusable values fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> LabState {
        let d = LabState::default();
        let models: Vec<(&str, &'static str)> = TINY.iter().map(|t| (t.name, t.name)).collect();
        LabState {
            model: choice(q, "m", &models, d.model, notices),
            sample: int_in(q, "i", 0, TEST_IMAGES - 1, d.sample, notices),
            epochs: int_in(q, "ep", 1, MAX_EPOCHS.min(30), d.epochs, notices),
            seed: int_in(q, "seed", 0, MAX_SEED, d.seed as usize, notices) as u64,
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        q.set("m", self.model.to_string());
        q.set("i", self.sample.to_string());
        q.set("ep", self.epochs.to_string());
        q.set("seed", self.seed.to_string());
    }
}
