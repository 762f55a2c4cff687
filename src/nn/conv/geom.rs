//! The checked geometry of one conv2d call, shared by every kernel, the reference
//! and the pooling windows.

use super::Conv2dSpec;
use crate::budget::Budget;
use crate::error::{Error, Result};

/// The checked geometry of one conv2d call: every size a kernel needs, derived once
/// from validated shapes. Padding is resolved: `pt`, `pl` are the top and left zeros.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geom {
    pub n: usize,
    pub c: usize,
    pub h: usize,
    pub w: usize,
    pub oc: usize,
    pub oh: usize,
    pub ow: usize,
    pub groups: usize,
    /// Input channels per group (C/groups) and output channels per group (O/groups).
    pub cg: usize,
    pub og: usize,
    pub kh: usize,
    pub kw: usize,
    pub sh: usize,
    pub sw: usize,
    pub dil_h: usize,
    pub dil_w: usize,
    pub pt: usize,
    pub pl: usize,
}

impl Geom {
    /// Checks an input (N,C,H,W), a weight (O, C/groups, KH, KW) and a bias length
    /// against `spec`, and the output and work sizes against `budget`, before any allocation.
    pub fn new(
        input: &[usize],
        weight: &[usize],
        bias_len: Option<usize>,
        spec: &Conv2dSpec,
        budget: &Budget,
    ) -> Result<Geom> {
        let op = "conv2d";
        let [n, c, h, w] = match *input {
            [a, b, c, d] => [a, b, c, d],
            _ => {
                return Err(Error::shape(
                    op,
                    format!("expected a 4-D input (N,C,H,W), got shape {input:?}"),
                ))
            }
        };
        if n == 0 {
            return Err(Error::shape(op, "the batch is empty; N must be at least 1"));
        }
        let [oc, oh, ow] = spec.output_shape([c, h, w])?;
        let (cg, og) = (spec.in_per_group(), spec.out_per_group());
        let [kh, kw] = spec.kernel;
        if weight != [oc, cg, kh, kw] {
            return Err(Error::shape(
                op,
                format!(
                    "weight shape {weight:?} does not match (O, C/groups, KH, KW) = {:?}",
                    [oc, cg, kh, kw]
                ),
            ));
        }
        if let Some(b) = bias_len {
            if b != oc {
                return Err(Error::shape(
                    op,
                    format!("bias has {b} values for {oc} output channels"),
                ));
            }
        }
        budget.check_elements("the conv2d output", &[n, oc, oh, ow])?;
        budget.check_elements("the conv2d im2col buffer", &[cg, kh, kw, oh, ow])?;
        budget.check_call_macs("conv2d", spec.macs(oh, ow).saturating_mul(n as u64))?;
        let [pt, _, pl, _] = spec.resolve_padding(h, w);
        Ok(Geom {
            n,
            c,
            h,
            w,
            oc,
            oh,
            ow,
            groups: spec.groups,
            cg,
            og,
            kh,
            kw,
            sh: spec.stride[0],
            sw: spec.stride[1],
            dil_h: spec.dilation[0],
            dil_w: spec.dilation[1],
            pt,
            pl,
        })
    }

    /// The input row read by output row `y` with kernel row `ky`, or `None` in the padding.
    #[inline]
    pub fn in_y(&self, y: usize, ky: usize) -> Option<usize> {
        (y * self.sh + ky * self.dil_h)
            .checked_sub(self.pt)
            .filter(|&iy| iy < self.h)
    }

    /// The output columns `x0..x1` whose kernel column `kx` lands inside the input
    /// (`0 <= x*sw + kx*dil_w - pl < W`); empty ranges come back as `(0, 0)`.
    #[inline]
    pub fn valid_x(&self, kx: usize) -> (usize, usize) {
        valid_range(kx * self.dil_w, self.pl, self.sw, self.w, self.ow)
    }

    /// The output rows `y0..y1` whose kernel row `ky` lands inside the input
    /// (`0 <= y*sh + ky*dil_h - pt < H`); empty ranges come back as `(0, 0)`.
    #[inline]
    pub fn valid_y(&self, ky: usize) -> (usize, usize) {
        valid_range(ky * self.dil_h, self.pt, self.sh, self.h, self.oh)
    }

    /// The input column read by output column `x0` with kernel column `kx` (`x0` from [`Geom::valid_x`]).
    #[inline]
    pub fn in_x(&self, x0: usize, kx: usize) -> usize {
        x0 * self.sw + kx * self.dil_w - self.pl
    }
}

/// The outputs `o0..o1` (of `out_len`) whose tap at offset `off` lands inside an input of
/// `len`, read at `o*stride + off - pad`; empty ranges come back as `(0, 0)`.
#[inline]
fn valid_range(
    off: usize,
    pad: usize,
    stride: usize,
    len: usize,
    out_len: usize,
) -> (usize, usize) {
    let o0 = pad.saturating_sub(off).div_ceil(stride);
    let o1 = (len + pad)
        .saturating_sub(off)
        .div_ceil(stride)
        .min(out_len);
    if o0 < o1 {
        (o0, o1)
    } else {
        (0, 0)
    }
}
