//! A 2-D convolution's hyper-parameters and their geometry: padding, the output length,
//! the input coordinate a tap reads, parameters and MACs, grouping. The single source of
//! truth the kernels (`nn::conv`), the model descriptions (`arch`), the CLI and the app
//! call; it depends on nothing but the error type.
//!
//! Layouts: input (N, C, H, W); weight (O, C/groups, KH, KW); output (N, O, OH, OW).

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// The largest kernel side, stride, dilation or padding accepted anywhere.
pub const MAX_HYPER: usize = 1024;

/// The most channels (or groups) a conv2d may have: well above the 2,048 of
/// ResNet-50 and Inception v3, small enough that a weight count cannot overflow.
pub const MAX_CHANNELS: usize = 65536;

/// How a convolution pads its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Padding {
    /// Zeros added on each side: top, bottom, left, right (asymmetric allowed).
    Explicit {
        top: usize,
        bottom: usize,
        left: usize,
        right: usize,
    },
    /// TensorFlow "SAME": output side = ceil(input / stride); the total padding
    /// `max((out-1)*s + d*(k-1) + 1 - in, 0)` is split with the extra zero at the bottom/right.
    Same,
}

impl Padding {
    /// The padding for an input of `[h, w]` with this kernel, stride and dilation:
    /// [top, bottom, left, right]. Convolutions and pools both resolve through here.
    pub fn resolve(
        self,
        input: [usize; 2],
        kernel: [usize; 2],
        stride: [usize; 2],
        dilation: [usize; 2],
    ) -> ResolvedPadding {
        match self {
            Padding::Explicit {
                top,
                bottom,
                left,
                right,
            } => [top, bottom, left, right],
            Padding::Same => {
                let (t, b) = same_padding(input[0], kernel[0], stride[0], dilation[0]);
                let (l, r) = same_padding(input[1], kernel[1], stride[1], dilation[1]);
                [t, b, l, r]
            }
        }
    }

    /// The same padding `p` on all four sides.
    pub fn symmetric(p: usize) -> Self {
        Padding::Explicit {
            top: p,
            bottom: p,
            left: p,
            right: p,
        }
    }
}

/// The hyper-parameters of one conv2d layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conv2dSpec {
    pub in_channels: usize,
    pub out_channels: usize,
    /// Kernel height and width (KH, KW).
    pub kernel: [usize; 2],
    /// Stride along height and width.
    pub stride: [usize; 2],
    /// Dilation along height and width (1 = dense kernel).
    pub dilation: [usize; 2],
    pub padding: Padding,
    /// Channel groups: 1 = standard, `in_channels` = depth-wise.
    pub groups: usize,
    pub bias: bool,
}

/// Padding resolved for a concrete input size: [top, bottom, left, right].
pub type ResolvedPadding = [usize; 4];

/// Output length along one axis: `floor((i + p_begin + p_end - d*(k-1) - 1) / s) + 1`.
///
/// Returns `None` when the dilated kernel extent `d*(k-1)+1` is larger than the padded input.
pub fn out_len(
    input: usize,
    kernel: usize,
    stride: usize,
    dilation: usize,
    pad: usize,
) -> Option<usize> {
    let extent = dilation
        .checked_mul(kernel.checked_sub(1)?)?
        .checked_add(1)?;
    let padded = input.checked_add(pad)?;
    if stride == 0 || padded < extent {
        return None;
    }
    Some((padded - extent) / stride + 1)
}

/// TensorFlow "SAME" padding along one axis: (begin, end).
pub fn same_padding(input: usize, kernel: usize, stride: usize, dilation: usize) -> (usize, usize) {
    let out = input.div_ceil(stride.max(1));
    let extent = dilation * (kernel.saturating_sub(1)) + 1;
    let needed = ((out.saturating_sub(1)) * stride + extent).saturating_sub(input);
    (needed / 2, needed - needed / 2)
}

/// How a convolution's input channels are split among its filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// One group: every filter reads every input channel.
    Full,
    /// `1 < g < C`: every filter reads `C / g` channels (AlexNet, ResNeXt, ShuffleNet).
    Grouped,
    /// `g = C > 1`: every filter reads one channel (MobileNet, Xception).
    Depthwise,
}

/// The one definition of depth-wise and grouped the charts, the block diagrams and
/// the channel lessons share. A one-channel input is full, not depth-wise. (The
/// depth-wise kernel's fast path only needs `C / g = 1`; see [`ConvPath::supports`].)
pub fn grouping(groups: usize, in_channels: usize) -> Grouping {
    match groups {
        0 | 1 => Grouping::Full,
        g if g == in_channels => Grouping::Depthwise,
        _ => Grouping::Grouped,
    }
}

impl Conv2dSpec {
    /// A square `k x k` convolution with stride 1, dilation 1, padding `pad`, one group and a bias.
    pub fn square(in_channels: usize, out_channels: usize, k: usize, pad: usize) -> Self {
        Conv2dSpec {
            in_channels,
            out_channels,
            kernel: [k, k],
            stride: [1, 1],
            dilation: [1, 1],
            padding: Padding::symmetric(pad),
            groups: 1,
            bias: true,
        }
    }

    /// Checks the hyper-parameters on their own (no input size needed).
    pub fn validate(&self) -> Result<()> {
        let op = "conv2d";
        let in_range = |name: &str, v: usize, max: usize| -> Result<()> {
            if v == 0 || v > max {
                Err(Error::param(
                    op,
                    format!("{name} is {v}"),
                    format!("1..={max}"),
                ))
            } else {
                Ok(())
            }
        };
        in_range("in_channels", self.in_channels, MAX_CHANNELS)?;
        in_range("out_channels", self.out_channels, MAX_CHANNELS)?;
        in_range("kernel height", self.kernel[0], MAX_HYPER)?;
        in_range("kernel width", self.kernel[1], MAX_HYPER)?;
        in_range("stride height", self.stride[0], MAX_HYPER)?;
        in_range("stride width", self.stride[1], MAX_HYPER)?;
        in_range("dilation height", self.dilation[0], MAX_HYPER)?;
        in_range("dilation width", self.dilation[1], MAX_HYPER)?;
        in_range("groups", self.groups, MAX_CHANNELS)?;
        if let Padding::Explicit {
            top,
            bottom,
            left,
            right,
        } = self.padding
        {
            if [top, bottom, left, right].iter().any(|&p| p > MAX_HYPER) {
                return Err(Error::param(
                    op,
                    "padding is too large",
                    format!("0..={MAX_HYPER} per side"),
                ));
            }
        }
        self.check_grouping()
    }

    /// An error unless the groups divide both the input and the output channels
    /// (`groups` itself at least 1, checked before).
    pub fn check_grouping(&self) -> Result<()> {
        if self.in_channels % self.groups != 0 || self.out_channels % self.groups != 0 {
            return Err(Error::param(
                "conv2d",
                format!(
                    "{} input and {} output channels cannot be split into {} groups",
                    self.in_channels, self.out_channels, self.groups
                ),
                "groups must divide both the input and the output channels",
            ));
        }
        Ok(())
    }

    /// Depth-wise: more than one group and every filter reads one input channel
    /// (`groups = C`); see [`grouping`].
    pub fn is_depthwise(&self) -> bool {
        grouping(self.groups, self.in_channels) == Grouping::Depthwise
    }

    /// Input channels each filter sees: `C / groups`.
    pub fn in_per_group(&self) -> usize {
        self.in_channels / self.groups.max(1)
    }

    /// Output channels per group: `O / groups`.
    pub fn out_per_group(&self) -> usize {
        self.out_channels / self.groups.max(1)
    }

    /// The dilated kernel extent along height and width: `d*(k-1)+1`.
    pub fn extent(&self) -> [usize; 2] {
        [
            self.dilation[0] * (self.kernel[0] - 1) + 1,
            self.dilation[1] * (self.kernel[1] - 1) + 1,
        ]
    }

    /// Padding for an input of height `h` and width `w`: [top, bottom, left, right].
    pub fn resolve_padding(&self, h: usize, w: usize) -> ResolvedPadding {
        self.padding
            .resolve([h, w], self.kernel, self.stride, self.dilation)
    }

    /// Output (O, OH, OW) for an input of (C, H, W); errors name what does not fit.
    pub fn output_shape(&self, input: [usize; 3]) -> Result<[usize; 3]> {
        self.validate()?;
        let [c, h, w] = input;
        if c != self.in_channels {
            return Err(Error::shape(
                "conv2d",
                format!(
                    "the input has {c} channels but the layer expects {}",
                    self.in_channels
                ),
            ));
        }
        if h == 0 || w == 0 {
            return Err(Error::shape(
                "conv2d",
                format!("the input is {h}x{w}; both sides must be at least 1"),
            ));
        }
        let [t, b, l, r] = self.resolve_padding(h, w);
        let [eh, ew] = self.extent();
        let too_big = |side: &str, extent: usize, padded: usize| {
            Error::param(
                "conv2d",
                format!("the dilated kernel {side} d*(k-1)+1 = {extent} is larger than the padded input {side} {padded}"),
                format!("a kernel extent of at most {padded}: use a smaller kernel or dilation, or more padding"),
            )
        };
        let oh = out_len(h, self.kernel[0], self.stride[0], self.dilation[0], t + b)
            .ok_or_else(|| too_big("height", eh, h + t + b))?;
        let ow = out_len(w, self.kernel[1], self.stride[1], self.dilation[1], l + r)
            .ok_or_else(|| too_big("width", ew, w + l + r))?;
        Ok([self.out_channels, oh, ow])
    }

    /// Learnable parameters: `O * (C/groups) * KH * KW` weights plus `O` biases if present.
    pub fn params(&self) -> u64 {
        let weights = self.out_channels as u64
            * self.in_per_group() as u64
            * self.kernel[0] as u64
            * self.kernel[1] as u64;
        weights
            + if self.bias {
                self.out_channels as u64
            } else {
                0
            }
    }

    /// Multiply-accumulates for one image: `OH * OW * O * (C/groups) * KH * KW`
    /// (MobileNet eq. 2 with groups; taps that land on padding are counted, as the papers do).
    pub fn macs(&self, out_h: usize, out_w: usize) -> u64 {
        out_h as u64
            * out_w as u64
            * self.out_channels as u64
            * self.in_per_group() as u64
            * self.kernel[0] as u64
            * self.kernel[1] as u64
    }
}

/// The input coordinate read by output position `o` with kernel tap `k` along one axis:
/// `o*s + k*d - pad_begin`. Negative or past the input means the tap reads padding (zero).
pub fn input_coord(o: usize, k: usize, stride: usize, dilation: usize, pad_begin: usize) -> isize {
    (o * stride + k * dilation) as isize - pad_begin as isize
}
