//! The MobileNet chapter's state in the URL: the layer (`m`, `n`, `df`, `k`) and the
//! two multipliers (`alpha`, `res`) that thin and shrink both the layer and the network.

use super::LayerSpec;
use crate::atlas::{multiplier, pick_f32, ALPHAS, RESOLUTIONS};
use crate::query::{choice, int_in, Notice, Query};

/// Most channels the layer takes.
pub const MAX_CHANNELS: usize = 2048;
/// Largest map side.
pub const MAX_SIDE: usize = 256;
/// Kernel sizes offered.
pub const KERNELS: [usize; 4] = [1, 3, 5, 7];

/// Everything the chapter's controls set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MobileNetState {
    pub layer: LayerSpec,
    /// Width multiplier α.
    pub alpha: f32,
    /// Input resolution (ρ = res / 224).
    pub res: usize,
}

impl Default for MobileNetState {
    /// Table 3's layer (D_K = 3, M = N = 512, D_F = 14) with its α = 0.75 and ρ = 0.714 (160 px).
    fn default() -> Self {
        MobileNetState {
            layer: LayerSpec {
                m: 512,
                n: 512,
                df: 14,
                dk: 3,
            },
            alpha: 0.75,
            res: 160,
        }
    }
}

/// `values` as (text, value) choices for [`choice`].
fn named(values: &[usize]) -> Vec<(String, usize)> {
    values.iter().map(|v| (v.to_string(), *v)).collect()
}

impl MobileNetState {
    /// Reads the state; unusable values fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> MobileNetState {
        let d = MobileNetState::default();
        let kernels = named(&KERNELS);
        let kernels: Vec<(&str, usize)> = kernels.iter().map(|(s, k)| (s.as_str(), *k)).collect();
        let res = named(&RESOLUTIONS);
        let res: Vec<(&str, usize)> = res.iter().map(|(s, r)| (s.as_str(), *r)).collect();
        MobileNetState {
            layer: LayerSpec {
                m: int_in(q, "m", 1, MAX_CHANNELS, d.layer.m, notices),
                n: int_in(q, "n", 1, MAX_CHANNELS, d.layer.n, notices),
                df: int_in(q, "df", 1, MAX_SIDE, d.layer.df, notices),
                dk: choice(q, "k", &kernels, d.layer.dk, notices),
            },
            alpha: pick_f32(q, "alpha", &ALPHAS, d.alpha, notices),
            res: choice(q, "res", &res, d.res, notices),
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        let l = &self.layer;
        q.set("m", l.m.to_string());
        q.set("n", l.n.to_string());
        q.set("df", l.df.to_string());
        q.set("k", l.dk.to_string());
        q.set("alpha", multiplier(self.alpha));
        q.set("res", self.res.to_string());
    }
}
