//! The ShuffleNet extras' state in the URL (beside the channel lesson's keys): the
//! unit drawn (`ug` groups, `ustride` 1 or 2) and the unit-cost comparison (`uc`
//! channels, `um` bottleneck, `uh` map side; it uses `ug` as its groups too).

use super::GROUPS;
use crate::query::{choice, int_in, Notice, Query};

/// Most channels of the cost comparison.
pub const MAX_CHANNELS: usize = 4096;
/// Largest map side of the cost comparison.
pub const MAX_SIDE: usize = 256;

/// Everything the ShuffleNet widgets set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShuffleNetState {
    pub groups: usize,
    pub stride: usize,
    pub c: usize,
    pub m: usize,
    pub h: usize,
}

impl Default for ShuffleNetState {
    /// Stage 3 of ShuffleNet 1× with g = 3 (Table 1): 480 channels, bottleneck 120, 14 × 14.
    fn default() -> Self {
        ShuffleNetState {
            groups: 3,
            stride: 1,
            c: 480,
            m: 120,
            h: 14,
        }
    }
}

impl ShuffleNetState {
    /// Reads the state; unusable values fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> ShuffleNetState {
        let d = ShuffleNetState::default();
        let groups: Vec<(String, usize)> = GROUPS.iter().map(|g| (g.to_string(), *g)).collect();
        let groups: Vec<(&str, usize)> = groups.iter().map(|(s, g)| (s.as_str(), *g)).collect();
        ShuffleNetState {
            groups: choice(q, "ug", &groups, d.groups, notices),
            stride: choice(q, "ustride", &[("1", 1), ("2", 2)], d.stride, notices),
            c: int_in(q, "uc", 1, MAX_CHANNELS, d.c, notices),
            m: int_in(q, "um", 1, MAX_CHANNELS, d.m, notices),
            h: int_in(q, "uh", 1, MAX_SIDE, d.h, notices),
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        q.set("ug", self.groups.to_string());
        q.set("ustride", self.stride.to_string());
        q.set("uc", self.c.to_string());
        q.set("um", self.m.to_string());
        q.set("uh", self.h.to_string());
    }
}
