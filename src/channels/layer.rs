//! One channel layer as the connectivity widget shows it: C_in → C_out through a
//! k_h × k_w convolution in g groups, optionally followed by a 1×1 point-wise layer.
//! Its parameters and MACs come from [`Conv2dSpec::params`] and [`Conv2dSpec::macs`],
//! the functions the atlas and the CLI call; nothing here has a formula of its own.

use crate::nn::conv::{Conv2dSpec, Padding};
use std::ops::Range;

/// Most channels the cost panel takes (realistic layers have up to 2,048).
pub const MAX_COST_CHANNELS: usize = 4096;
/// Most channels on either side that are drawn one by one.
pub const MAX_DRAWN: usize = 64;
/// Largest kernel side.
pub const MAX_KERNEL: usize = 7;
/// Largest output side for the MAC count.
pub const MAX_OUT_SIDE: usize = 1024;

/// A grouped (or depth-wise) convolution, then optionally a point-wise one.
///
/// Weight layout of the first layer: (C_out, C_in/g, k_h, k_w), "OIHW, I = C/groups";
/// of the point-wise layer: (N, C_out, 1, 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelLayer {
    pub c_in: usize,
    pub c_out: usize,
    /// Kernel height and width.
    pub kernel: [usize; 2],
    /// Channel groups: 1 = standard, C_in = depth-wise.
    pub groups: usize,
    /// Output channels of the point-wise 1×1 layer that follows, if it is on.
    pub pointwise: Option<usize>,
    /// Output height and width (the same for both layers: stride 1, "same" padding).
    pub out_size: [usize; 2],
}

/// Why a layer cannot be drawn or costed; the widget explains it and keeps the last valid picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerProblem {
    /// `groups` does not divide both channel counts ([`common_divisors`] lists the ones that do).
    Groups {
        groups: usize,
        c_in: usize,
        c_out: usize,
    },
}

/// Parameters and multiply-accumulates of one image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cost {
    pub params: u64,
    pub macs: u64,
}

impl Cost {
    fn of(spec: &Conv2dSpec, [h, w]: [usize; 2]) -> Cost {
        Cost {
            params: spec.params(),
            macs: spec.macs(h, w),
        }
    }

    fn plus(self, other: Cost) -> Cost {
        Cost {
            params: self.params + other.params,
            macs: self.macs + other.macs,
        }
    }
}

/// Every g that splits both `a` and `b` channels into equal groups, ascending
/// (1 = standard, ..., gcd(a, b); depth-wise when that equals `a`).
pub fn common_divisors(a: usize, b: usize) -> Vec<usize> {
    let gcd = gcd(a, b);
    (1..=gcd).filter(|g| gcd % g == 0).collect()
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

impl ChannelLayer {
    /// A `k × k` layer from `c_in` to `c_out` channels in `groups`, then optionally a 1×1 to
    /// `pointwise` channels, stride 1, "same" padding, on a `side × side` output.
    pub fn square(
        c_in: usize,
        c_out: usize,
        k: usize,
        groups: usize,
        pointwise: Option<usize>,
        side: usize,
    ) -> ChannelLayer {
        ChannelLayer {
            c_in,
            c_out,
            kernel: [k, k],
            groups,
            pointwise,
            out_size: [side, side],
        }
    }

    /// The first (spatial) layer: stride 1, "same" padding, no bias (the papers count weights only).
    pub fn spec(&self) -> Conv2dSpec {
        conv(self.c_in, self.c_out, self.kernel, self.groups)
    }

    /// The point-wise 1×1 layer C_out → N, when it is on.
    pub fn pointwise_spec(&self) -> Option<Conv2dSpec> {
        self.pointwise.map(|n| conv(self.c_out, n, [1, 1], 1))
    }

    /// Channels at the end of the layer (after the point-wise layer when it is on).
    pub fn final_channels(&self) -> usize {
        self.pointwise.unwrap_or(self.c_out)
    }

    /// The standard layer of the same shape: C_in → final channels, same kernel, one group.
    pub fn standard_spec(&self) -> Conv2dSpec {
        conv(self.c_in, self.final_channels(), self.kernel, 1)
    }

    /// An error when the groups do not split both channel counts.
    pub fn check(&self) -> Result<(), LayerProblem> {
        if self.groups == 0 || self.c_in % self.groups != 0 || self.c_out % self.groups != 0 {
            return Err(LayerProblem::Groups {
                groups: self.groups,
                c_in: self.c_in,
                c_out: self.c_out,
            });
        }
        Ok(())
    }

    /// Depth-wise: every filter reads one input channel of several (see
    /// [`crate::nn::conv::grouping`]).
    pub fn is_depthwise(&self) -> bool {
        self.spec().is_depthwise()
    }

    /// Output channels per input channel of a depth-wise layer (MobileNet's depth multiplier).
    pub fn depth_multiplier(&self) -> Option<usize> {
        self.is_depthwise().then(|| self.c_out / self.c_in.max(1))
    }

    /// Whether every channel fits on screen one by one.
    pub fn drawable(&self) -> bool {
        self.c_in <= MAX_DRAWN && self.c_out <= MAX_DRAWN && self.final_channels() <= MAX_DRAWN
    }

    /// The group of output channel `o`: `o / (C_out / g)`.
    pub fn group_of_output(&self, o: usize) -> usize {
        o / self.spec().out_per_group().max(1)
    }

    /// The group of input channel `i`: `i / (C_in / g)`.
    pub fn group_of_input(&self, i: usize) -> usize {
        i / self.spec().in_per_group().max(1)
    }

    /// The input channels output channel `o` reads: its group's `C_in / g` channels.
    pub fn inputs_of(&self, o: usize) -> Range<usize> {
        let cg = self.spec().in_per_group();
        let g = self.group_of_output(o);
        g * cg..(g + 1) * cg
    }

    /// The output channels that read input channel `i`: its group's `C_out / g` channels.
    pub fn outputs_of(&self, i: usize) -> Range<usize> {
        let og = self.spec().out_per_group();
        let g = self.group_of_input(i);
        g * og..(g + 1) * og
    }

    /// Cost of the spatial layer.
    pub fn spatial_cost(&self) -> Cost {
        Cost::of(&self.spec(), self.out_size)
    }

    /// Cost of the point-wise layer (zero when it is off).
    pub fn pointwise_cost(&self) -> Cost {
        self.pointwise_spec()
            .map_or_else(Cost::default, |s| Cost::of(&s, self.out_size))
    }

    /// Cost of the whole layer (spatial plus point-wise).
    pub fn cost(&self) -> Cost {
        self.spatial_cost().plus(self.pointwise_cost())
    }

    /// Cost of the standard layer of the same shape.
    pub fn standard_cost(&self) -> Cost {
        Cost::of(&self.standard_spec(), self.out_size)
    }

    /// MACs of this layer over MACs of the standard one (1/g for groups;
    /// 1/N + 1/(k_h k_w) for depth-wise separable with multiplier 1).
    pub fn ratio(&self) -> f64 {
        self.cost().macs as f64 / self.standard_cost().macs.max(1) as f64
    }

    /// The same layer at every group count that fits, for the cost-against-g chart.
    pub fn across_groups(&self) -> Vec<(usize, Cost)> {
        common_divisors(self.c_in, self.c_out)
            .into_iter()
            .map(|g| (g, ChannelLayer { groups: g, ..*self }.cost()))
            .collect()
    }
}

fn conv(c_in: usize, c_out: usize, kernel: [usize; 2], groups: usize) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: c_in,
        out_channels: c_out,
        kernel,
        stride: [1, 1],
        dilation: [1, 1],
        padding: Padding::Same,
        groups,
        bias: false,
    }
}
