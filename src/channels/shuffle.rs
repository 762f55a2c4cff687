//! Stacked group convolutions with and without channel shuffle (ShuffleNet,
//! Zhang et al. 2017, Figure 1): which input channels can reach an output channel.
//!
//! Without the shuffle, an output of a stack of g-group layers sees only its own
//! group's inputs; with a shuffle between the layers it sees every group.

use crate::nn::ops::shuffle::channel_shuffle_forward;
use crate::nn::tensor::Tensor;

pub const MIN_LAYERS: usize = 2;
pub const MAX_LAYERS: usize = 3;
pub const MIN_GROUPS: usize = 2;
pub const MAX_GROUPS: usize = 8;
/// Most channels per group (so at most 8 × 8 = 64 channels).
pub const MAX_PER_GROUP: usize = 8;

/// `layers` grouped 1×1 convolutions of `groups × per_group` channels each, with a
/// channel shuffle between consecutive layers when `shuffle` is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShuffleStack {
    pub layers: usize,
    pub groups: usize,
    pub per_group: usize,
    pub shuffle: bool,
}

impl ShuffleStack {
    /// Channels of every layer: `groups × per_group`.
    pub fn channels(&self) -> usize {
        self.groups * self.per_group
    }

    /// The core's shuffle as a permutation: position `j` after the shuffle holds
    /// channel `perm[j]` from before it. Read off by shuffling the channel indices
    /// with [`channel_shuffle_forward`] itself, so it cannot drift from the kernel.
    /// 9 channels, 3 groups: 0 3 6 1 4 7 2 5 8.
    pub fn permutation(&self) -> Vec<usize> {
        let c = self.channels();
        let indices: Vec<f32> = (0..c).map(|i| i as f32).collect();
        Tensor::from_vec(&[1, c, 1, 1], indices)
            .and_then(|t| channel_shuffle_forward(&t, self.groups))
            .map(|t| t.data().iter().map(|&v| v as usize).collect())
            .unwrap_or_else(|_| (0..c).collect())
    }

    /// For output channel `traced` of the last layer: which channels reach it at every
    /// level, from the input (level 0) to the last layer's output (level `layers`).
    /// Level `l` is the output of layer `l`, taken before the shuffle that follows it.
    pub fn reach(&self, traced: usize) -> Vec<Vec<bool>> {
        let c = self.channels();
        let n = self.per_group;
        let perm = self.permutation();
        let mut levels = vec![vec![false; c]; self.layers + 1];
        if traced >= c {
            return levels;
        }
        levels[self.layers][traced] = true;
        for layer in (1..=self.layers).rev() {
            // Through the grouped layer: an output reads its group's n inputs.
            let mut before = vec![false; c];
            for o in (0..c).filter(|&o| levels[layer][o]) {
                let g = o / n;
                before[g * n..(g + 1) * n].fill(true);
            }
            // Back through the shuffle in front of this layer (none in front of the first).
            if self.shuffle && layer > 1 {
                let mut unshuffled = vec![false; c];
                for (j, &src) in perm.iter().enumerate() {
                    unshuffled[src] |= before[j];
                }
                before = unshuffled;
            }
            levels[layer - 1] = before;
        }
        levels
    }

    /// The channel-to-channel links drawn from level `l` (a layer's output, after the
    /// shuffle if on) into layer `l + 1`: pairs (from channel at level l, to channel at level l + 1).
    pub fn links(&self, level: usize) -> Vec<(usize, usize)> {
        let c = self.channels();
        let n = self.per_group;
        let perm = self.permutation();
        let shuffled = self.shuffle && level > 0;
        let mut links = Vec::with_capacity(c * n);
        for o in 0..c {
            let g = o / n;
            for (j, &src) in perm.iter().enumerate().take((g + 1) * n).skip(g * n) {
                links.push((if shuffled { src } else { j }, o));
            }
        }
        links
    }
}
