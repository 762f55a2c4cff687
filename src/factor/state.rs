//! The factorization chapter's state in the URL: channels and map side for the cost
//! comparison (`c`, `hw`), and the kernel the rank-1 checker examines (`k`).

use crate::playground::kernel::Preset;
use crate::query::{choice, int_in, Notice, Query};

/// Most channels the comparison takes.
pub const MAX_CHANNELS: usize = 2048;
/// Largest map side.
pub const MAX_SIDE: usize = 256;

/// Everything the chapter shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactorState {
    pub channels: usize,
    pub side: usize,
    pub kernel: Preset,
}

impl Default for FactorState {
    /// 64 → 64 channels at 17 × 17 (the grid where Inception v3 uses 1×7 then 7×1); Sobel.
    fn default() -> Self {
        FactorState {
            channels: 64,
            side: 17,
            kernel: Preset::SobelX,
        }
    }
}

impl FactorState {
    /// Reads `c`, `hw` and `k`; unusable values fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> FactorState {
        let d = FactorState::default();
        let presets: Vec<(&str, Preset)> = Preset::ALL.iter().map(|p| (p.as_str(), *p)).collect();
        FactorState {
            channels: int_in(q, "c", 1, MAX_CHANNELS, d.channels, notices),
            side: int_in(q, "hw", 1, MAX_SIDE, d.side, notices),
            kernel: choice(q, "k", &presets, d.kernel, notices),
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        q.set("c", self.channels.to_string());
        q.set("hw", self.side.to_string());
        q.set("k", self.kernel.as_str().to_string());
    }
}
