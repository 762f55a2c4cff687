//! The papers in miniature: `weights/ablation.json` (every tiny network, three seeds,
//! one schedule) read back, and each paper's claim checked against it.

use super::mean_spread;
use crate::error::{Error, Result};
use serde::Deserialize;

/// One network's row of the ablation file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Row {
    pub model: String,
    pub params: u64,
    pub macs: u64,
    pub accuracy: Vec<f32>,
}

/// The ablation file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Ablation {
    pub data: String,
    pub epochs: usize,
    pub seeds: Vec<u64>,
    pub rows: Vec<Row>,
}

/// A paper's claim as a comparison of two tiny networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// ShuffleNet Table 3: the shuffle lowers the error.
    Shuffle,
    /// MobileNet Table 4: separable layers cost about 1 point for about 8.6× fewer MACs.
    Separable,
    /// Grouped 3×3 layers keep the accuracy with fewer parameters (the post's group figure).
    Groups2,
    Groups4,
    /// SqueezeNet: Fire modules keep the accuracy with far fewer parameters.
    Fire,
    /// MobileNet Table 6: α = 0.5 loses accuracy (70.6% → 63.7%).
    Alpha,
    /// Inception v3: 1×3 then 3×1 keeps the accuracy with fewer weights.
    Factorized,
}

impl Claim {
    pub const ALL: [Claim; 7] = [
        Claim::Shuffle,
        Claim::Separable,
        Claim::Groups2,
        Claim::Groups4,
        Claim::Fire,
        Claim::Alpha,
        Claim::Factorized,
    ];

    /// The network the claim is about and the one it is compared with.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            Claim::Shuffle => ("tiny_shuffle", "tiny_noshuffle"),
            Claim::Separable => ("tiny_separable", "tiny_plain"),
            Claim::Groups2 => ("tiny_group2", "tiny_plain"),
            Claim::Groups4 => ("tiny_group4", "tiny_plain"),
            Claim::Fire => ("tiny_fire", "tiny_plain"),
            Claim::Alpha => ("tiny_alpha050", "tiny_separable"),
            Claim::Factorized => ("tiny_factorized", "tiny_plain"),
        }
    }

    /// For a claim of "about as accurate": the largest loss (in accuracy units) that still
    /// agrees: two points where the paper itself reports a loss of about one (MobileNet
    /// Table 4: 71.7% → 70.6%), one point otherwise.
    pub fn tolerance(self) -> f32 {
        match self {
            Claim::Separable => 0.02,
            _ => 0.01,
        }
    }

    /// Whether the paper says the first network is more accurate (`Some(true)`), less
    /// accurate (`Some(false)`), or about as accurate (`None`) as the second.
    pub fn paper_says_better(self) -> Option<bool> {
        match self {
            Claim::Shuffle => Some(true),
            Claim::Alpha => Some(false),
            _ => None,
        }
    }
}

/// What our miniature says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Agrees,
    Disagrees,
    /// The difference is within the seeds' spread: no conclusion.
    WithinNoise,
}

/// A claim checked against the ablation.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub claim: Claim,
    /// Mean test accuracy and half range of the first and second network.
    pub first: (f32, f32),
    pub second: (f32, f32),
    /// Mean accuracy difference, first minus second, in [0, 1] units.
    pub delta: f32,
    /// MACs and params of the first over the second.
    pub macs_ratio: f64,
    pub params_ratio: f64,
    pub verdict: Verdict,
}

/// Parses the ablation file.
pub fn parse(text: &str) -> Result<Ablation> {
    serde_json::from_str(text).map_err(|e| {
        Error::param(
            "ablation",
            format!("the file does not parse: {e}"),
            "the JSON written by 'convatlas ablation --json'",
        )
    })
}

/// Every claim whose two networks are in `ablation`.
pub fn checks(ablation: &Ablation) -> Vec<Check> {
    let row = |name: &str| {
        ablation
            .rows
            .iter()
            .find(|r| r.model == name && !r.accuracy.is_empty())
    };
    Claim::ALL
        .iter()
        .filter_map(|&claim| {
            let (a, b) = claim.pair();
            let (ra, rb) = (row(a)?, row(b)?);
            let (first, second) = (mean_spread(&ra.accuracy), mean_spread(&rb.accuracy));
            let delta = first.0 - second.0;
            let noise = first.1 + second.1;
            let verdict = match claim.paper_says_better() {
                Some(_) if delta.abs() <= noise => Verdict::WithinNoise,
                Some(better) if (delta > 0.0) == better => Verdict::Agrees,
                Some(_) => Verdict::Disagrees,
                None if delta >= -claim.tolerance() => Verdict::Agrees,
                None if delta >= -(claim.tolerance() + noise) => Verdict::WithinNoise,
                None => Verdict::Disagrees,
            };
            Some(Check {
                claim,
                first,
                second,
                delta,
                macs_ratio: ra.macs as f64 / rb.macs.max(1) as f64,
                params_ratio: ra.params as f64 / rb.params.max(1) as f64,
                verdict,
            })
        })
        .collect()
}
