//! The opening chapter, "why plain CNNs get expensive": a VGG-like stack of 3×3
//! convolutions built from width, depth, stages, input side and pooling, costed by the
//! same analysis as the atlas, and the URL state of its sliders.

use crate::arch::{summarize, Budget, Layer, Model, Summary};
use crate::error::Result;
use crate::query::{int_in, Notice, Query};
use crate::zoo::layers::{conv_k, max_pool, relu};

/// Widest first stage.
pub const MAX_WIDTH: usize = 256;
/// Most 3×3 convolutions per stage.
pub const MAX_DEPTH: usize = 4;
/// Most stages.
pub const MAX_STAGES: usize = 5;
/// Input sides offered.
pub const SIDES: std::ops::RangeInclusive<usize> = 32..=448;

/// The sliders of the chapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainState {
    /// Channels of the first stage; each later stage doubles them, up to 8 times this.
    pub width: usize,
    /// 3×3 convolutions per stage.
    pub depth: usize,
    pub stages: usize,
    /// Input height and width (3 channels).
    pub side: usize,
    /// A 2×2 max pool after every stage (as VGG); without it the maps keep their size.
    pub pool: bool,
}

impl Default for PlainState {
    /// VGG-like: 64 channels, 2 convolutions per stage, 5 stages, 224 × 224, pooling on.
    fn default() -> Self {
        PlainState {
            width: 64,
            depth: 2,
            stages: 5,
            side: 224,
            pool: true,
        }
    }
}

impl PlainState {
    /// Reads `w`, `d`, `st`, `hw` and `pool`; unusable values fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> PlainState {
        let d = PlainState::default();
        PlainState {
            width: int_in(q, "w", 1, MAX_WIDTH, d.width, notices),
            depth: int_in(q, "d", 1, MAX_DEPTH, d.depth, notices),
            stages: int_in(q, "st", 1, MAX_STAGES, d.stages, notices),
            side: int_in(q, "hw", *SIDES.start(), *SIDES.end(), d.side, notices),
            pool: int_in(q, "pool", 0, 1, usize::from(d.pool), notices) == 1,
        }
    }

    pub fn write(&self, q: &mut Query) {
        q.set("w", self.width.to_string());
        q.set("d", self.depth.to_string());
        q.set("st", self.stages.to_string());
        q.set("hw", self.side.to_string());
        q.set("pool", usize::from(self.pool).to_string());
    }

    /// The stack: stage `s` has `depth` 3×3 convolutions (padding 1, with bias, each followed
    /// by ReLU) of `min(width · 2^s, 8 · width)` channels, then a 2×2 max pool if `pool`.
    pub fn model(&self) -> Model {
        stack(
            self.width,
            &vec![self.depth; self.stages],
            self.side,
            self.pool,
        )
    }

    /// The stack's per-layer table and totals (default budget).
    pub fn summary(&self) -> Result<Summary> {
        summarize(&self.model(), &Budget::default())
    }
}

/// A VGG-like stack with `depths[s]` convolutions in stage `s` (see [`PlainState::model`]).
pub fn stack(width: usize, depths: &[usize], side: usize, pool: bool) -> Model {
    let mut layers: Vec<Layer> = Vec::new();
    let mut cin = 3;
    for (s, &depth) in depths.iter().enumerate() {
        let cout = (width << s.min(3)).min(8 * width);
        for i in 0..depth {
            layers.push(conv_k(
                &format!("conv{}_{}", s + 1, i + 1),
                cin,
                cout,
                3,
                1,
                1,
            ));
            layers.push(relu(&format!("relu{}_{}", s + 1, i + 1)));
            cin = cout;
        }
        if pool {
            layers.push(max_pool(&format!("pool{}", s + 1), 2, 2, 0));
        }
    }
    Model::new("plain", [3, side, side], layers)
}

/// Total MACs of `state` with one setting changed by `edit`, or `None` if it does not fit.
pub fn macs_with(state: &PlainState, edit: impl FnOnce(&mut PlainState)) -> Option<u64> {
    let mut s = *state;
    edit(&mut s);
    s.summary().ok().map(|s| s.macs)
}
