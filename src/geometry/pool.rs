//! Pooling's hyper-parameters and output-size maths (PyTorch semantics, `ceil_mode`
//! included), beside the convolution's in [`super::conv`]: what the pooling kernels
//! (`nn::ops::pool`) and the model descriptions (`arch`) both use.

use super::conv::{out_len, Padding, MAX_HYPER};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Max or average pooling hyper-parameters (PyTorch semantics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool2dSpec {
    /// Window height and width.
    pub kernel: [usize; 2],
    /// Stride along height and width.
    pub stride: [usize; 2],
    /// Padding (explicit or TensorFlow "SAME"). Max pooling pads with -inf.
    #[serde(default = "no_padding")]
    pub padding: Padding,
    /// Round the output size up instead of down (torchvision SqueezeNet, GoogLeNet).
    /// A window that would start in the end padding is dropped, as in PyTorch.
    #[serde(default)]
    pub ceil_mode: bool,
    /// Average pooling only: divide by the full window including padded taps
    /// (PyTorch's default `count_include_pad=True`); if false, by the valid taps only.
    #[serde(default = "yes")]
    pub count_include_pad: bool,
}

fn no_padding() -> Padding {
    Padding::symmetric(0)
}

fn yes() -> bool {
    true
}

impl Pool2dSpec {
    /// A square `k x k` window with stride `s` and symmetric padding `p`, floor mode.
    pub fn square(k: usize, s: usize, p: usize) -> Self {
        Pool2dSpec {
            kernel: [k, k],
            stride: [s, s],
            padding: Padding::symmetric(p),
            ceil_mode: false,
            count_include_pad: true,
        }
    }

    /// The same window in ceil mode.
    pub fn ceil(mut self) -> Self {
        self.ceil_mode = true;
        self
    }
}

/// Output length of a pooling window along one axis.
///
/// Floor mode is [`out_len`] with dilation 1:
/// `floor((i + p_begin + p_end - k) / s) + 1`. Ceil mode rounds up instead, and, as
/// PyTorch does, drops a last window that would start inside the end padding
/// (`(out-1)*s >= i + p_begin`). `None` when the window is larger than the padded input
/// or the stride is zero.
pub fn pool_out_len(
    input: usize,
    kernel: usize,
    stride: usize,
    pad_begin: usize,
    pad_end: usize,
    ceil_mode: bool,
) -> Option<usize> {
    let pad = pad_begin.checked_add(pad_end)?;
    let floor = out_len(input, kernel, stride, 1, pad)?;
    if !ceil_mode {
        return Some(floor);
    }
    let span = input.checked_add(pad)? - kernel; // >= 0 since out_len succeeded
    let mut out = span.div_ceil(stride) + 1;
    if (out - 1) * stride >= input + pad_begin {
        out -= 1;
    }
    Some(out)
}

/// The window of output `i` of PyTorch's adaptive pooling: `floor(i*In/Out) .. ceil((i+1)*In/Out)`.
pub fn adaptive_window(i: usize, input: usize, output: usize) -> (usize, usize) {
    let start = (i * input) / output;
    let end = ((i + 1) * input).div_ceil(output);
    (start, end)
}

/// The largest adaptive-pooling window along one axis.
pub fn adaptive_max_window(input: usize, output: usize) -> usize {
    (0..output)
        .map(|i| {
            let (s, e) = adaptive_window(i, input, output);
            e - s
        })
        .max()
        .unwrap_or(0)
}

impl Pool2dSpec {
    /// Checks the hyper-parameters on their own; `op` names the pooling kind.
    pub fn validate(&self, op: &str) -> Result<()> {
        for (what, v) in [
            ("kernel height", self.kernel[0]),
            ("kernel width", self.kernel[1]),
            ("stride height", self.stride[0]),
            ("stride width", self.stride[1]),
        ] {
            if v == 0 || v > MAX_HYPER {
                return Err(Error::param(
                    op,
                    format!("{what} is {v}"),
                    format!("1..={MAX_HYPER}"),
                ));
            }
        }
        if let Padding::Explicit {
            top,
            bottom,
            left,
            right,
        } = self.padding
        {
            let (kh, kw) = (self.kernel[0], self.kernel[1]);
            if top.max(bottom) > kh / 2 || left.max(right) > kw / 2 {
                return Err(Error::param(
                    op,
                    format!(
                        "padding (top {top}, bottom {bottom}, left {left}, right {right}) is more than half the {kh}x{kw} window"
                    ),
                    format!("at most {} rows and {} columns per side", kh / 2, kw / 2),
                ));
            }
        }
        Ok(())
    }

    /// Padding for an input of height `h` and width `w`: [top, bottom, left, right].
    pub fn resolve_padding(&self, h: usize, w: usize) -> [usize; 4] {
        self.padding
            .resolve([h, w], self.kernel, self.stride, [1, 1])
    }

    /// Output (C, OH, OW) for an input (C, H, W).
    pub fn output_shape(&self, op: &str, input: [usize; 3]) -> Result<[usize; 3]> {
        self.validate(op)?;
        let [c, h, w] = input;
        if h == 0 || w == 0 {
            return Err(Error::shape(
                op,
                format!("the input is {h}x{w}; both sides must be at least 1"),
            ));
        }
        let [t, b, l, r] = self.resolve_padding(h, w);
        let too_big = |side: &str, k: usize, padded: usize| {
            Error::param(
                op,
                format!("the window {side} {k} is larger than the padded input {side} {padded}"),
                format!("a window of at most {padded}: use a smaller window or a larger input"),
            )
        };
        let oh = pool_out_len(h, self.kernel[0], self.stride[0], t, b, self.ceil_mode)
            .ok_or_else(|| too_big("height", self.kernel[0], h + t + b))?;
        let ow = pool_out_len(w, self.kernel[1], self.stride[1], l, r, self.ceil_mode)
            .ok_or_else(|| too_big("width", self.kernel[1], w + l + r))?;
        Ok([c, oh, ow])
    }
}
