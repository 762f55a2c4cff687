//! One kernel against its factorizations (Szegedy et al. 2016): the receptive field
//! (from the explorer's recurrence), weights per channel pair, MACs at C → C channels
//! on an H × W map (from `Conv2dSpec::macs`), and the non-linearities in between.

use crate::nn::conv::{Conv2dSpec, Padding};
use crate::rfield::field::field_of;
use crate::rfield::stack::{parse, StackLayer};

/// Each comparison: the single layer and its factorization, in the text form.
pub const PAIRS: [(&str, &str); 5] = [
    ("k5", "k3,k3"),
    ("k7", "k3,k3,k3"),
    ("k3", "k1x3,k3x1"),
    ("k5", "k1x5,k5x1"),
    ("k7", "k1x7,k7x1"),
];

/// The cost and reach of one stack of C → C convolutions on an H × W map ("same" padding).
#[derive(Debug, Clone, PartialEq)]
pub struct StackCost {
    pub text: &'static str,
    /// Receptive field [height, width].
    pub field: [u64; 2],
    /// Weights per (input, output) channel pair: the sum of k_h·k_w.
    pub weights_per_pair: usize,
    pub params: u64,
    pub macs: u64,
    /// Layers, each followed by a non-linearity in a real network.
    pub layers: usize,
}

fn layer_spec(l: &StackLayer, channels: usize) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: channels,
        out_channels: channels,
        kernel: l.kernel,
        stride: [1, 1],
        dilation: [1, 1],
        padding: Padding::Same,
        groups: 1,
        bias: false,
    }
}

/// The cost of `text` (a preset of [`PAIRS`]) at `channels` → `channels` on `side × side`.
pub fn stack_cost(text: &'static str, channels: usize, side: usize) -> StackCost {
    let stack = parse(text).unwrap_or_default();
    let field = field_of(&stack).size;
    let specs: Vec<Conv2dSpec> = stack.iter().map(|l| layer_spec(l, channels)).collect();
    StackCost {
        text,
        field,
        weights_per_pair: stack.iter().map(|l| l.kernel[0] * l.kernel[1]).sum(),
        params: specs.iter().map(Conv2dSpec::params).sum(),
        macs: specs.iter().map(|s| s.macs(side, side)).sum(),
        layers: stack.len(),
    }
}

/// Every pair of [`PAIRS`] costed at `channels` and `side`.
pub fn comparisons(channels: usize, side: usize) -> Vec<(StackCost, StackCost)> {
    PAIRS
        .iter()
        .map(|&(one, many)| {
            (
                stack_cost(one, channels, side),
                stack_cost(many, channels, side),
            )
        })
        .collect()
}
