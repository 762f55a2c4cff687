//! The general reference conv2d and its gradients: plain loops over every index,
//! any groups, stride, dilation and padding. The fast kernels are tested against it.

use super::{Conv2dSpec, Geom};
use crate::budget::Budget;
use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// Kernel taps visited by one reference run: `executed` multiply-adds, and taps
/// `padding` that fell on the zero padding and were skipped.
/// `executed + padding` equals `N * Conv2dSpec::macs(OH, OW)`, the papers' convention,
/// which counts the padding taps too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TapCount {
    pub executed: u64,
    pub padding: u64,
}

/// Reference forward pass.
///
/// `out[n, o, y, x] = bias[o] + sum_{c, ky, kx} w[o, c, ky, kx] * inp[n, g*C/G + c, y*s + ky*d - pad, ...]`
/// where `g = o / (O/G)` is the group of output channel `o`.
pub fn conv2d_reference(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&[f32]>,
    spec: &Conv2dSpec,
) -> Result<Tensor> {
    conv2d_reference_counted(input, weight, bias, spec).map(|(out, _)| out)
}

/// [`conv2d_reference`] that also counts the multiply-adds it executes and the taps it skips.
pub fn conv2d_reference_counted(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&[f32]>,
    spec: &Conv2dSpec,
) -> Result<(Tensor, TapCount)> {
    // inp is (N,C,H,W); weight is (O, C/G, KH, KW); out is (N,O,OH,OW)
    let g = Geom::new(
        input.shape(),
        weight.shape(),
        bias.map(<[f32]>::len),
        spec,
        &Budget::default(),
    )?;
    let mut out = Tensor::zeros(&[g.n, g.oc, g.oh, g.ow])?;
    let mut count = TapCount::default();
    let (x, wt) = (input.data(), weight.data());
    let o_data = out.data_mut();
    for b in 0..g.n {
        for o in 0..g.oc {
            let grp = o / g.og;
            for y in 0..g.oh {
                for xo in 0..g.ow {
                    let mut acc = bias.map_or(0.0, |bv| bv[o]);
                    for ci in 0..g.cg {
                        let cin = grp * g.cg + ci;
                        for ky in 0..g.kh {
                            for kx in 0..g.kw {
                                let Some((iy, ix)) = tap(&g, y, xo, ky, kx) else {
                                    count.padding += 1;
                                    continue;
                                };
                                let xv = x[((b * g.c + cin) * g.h + iy) * g.w + ix];
                                let wv = wt[((o * g.cg + ci) * g.kh + ky) * g.kw + kx];
                                acc += xv * wv;
                                count.executed += 1;
                            }
                        }
                    }
                    o_data[((b * g.oc + o) * g.oh + y) * g.ow + xo] = acc;
                }
            }
        }
    }
    Ok((out, count))
}

/// The input pixel (iy, ix) under kernel tap (ky, kx) of output (y, x), or `None` in the padding:
/// `iy = y*sh + ky*dil_h - pt`, `ix = x*sw + kx*dil_w - pl`.
fn tap(g: &Geom, y: usize, x: usize, ky: usize, kx: usize) -> Option<(usize, usize)> {
    let iy = (y * g.sh + ky * g.dil_h)
        .checked_sub(g.pt)
        .filter(|&v| v < g.h)?;
    let ix = (x * g.sw + kx * g.dil_w)
        .checked_sub(g.pl)
        .filter(|&v| v < g.w)?;
    Some((iy, ix))
}

/// Reference gradients of conv2d given `dout = dL/dout` (N,O,OH,OW): the chain rule
/// applied tap by tap, accumulating with `+=`:
/// `dinp[n,cin,iy,ix] += w[o,ci,ky,kx] * dout[n,o,y,x]`, `dw[o,ci,ky,kx] += inp[n,cin,iy,ix] * dout[n,o,y,x]`,
/// `dbias[o] += dout[n,o,y,x]`.
pub fn backward_reference(
    input: &Tensor,
    weight: &Tensor,
    dout: &Tensor,
    spec: &Conv2dSpec,
) -> Result<super::Conv2dGrads> {
    let g = Geom::new(
        input.shape(),
        weight.shape(),
        None,
        spec,
        &Budget::default(),
    )?;
    check_dout(&g, dout)?;
    let mut dinp = Tensor::zeros(input.shape())?;
    let mut dw = Tensor::zeros(weight.shape())?;
    let mut db = vec![0.0f32; g.oc];
    let (x, wt, dy) = (input.data(), weight.data(), dout.data());
    let (dx, dwd) = (dinp.data_mut(), dw.data_mut());
    for b in 0..g.n {
        for o in 0..g.oc {
            let grp = o / g.og;
            for y in 0..g.oh {
                for xo in 0..g.ow {
                    let d = dy[((b * g.oc + o) * g.oh + y) * g.ow + xo];
                    db[o] += d;
                    for ci in 0..g.cg {
                        let cin = grp * g.cg + ci;
                        for ky in 0..g.kh {
                            for kx in 0..g.kw {
                                let Some((iy, ix)) = tap(&g, y, xo, ky, kx) else {
                                    continue;
                                };
                                let xi = ((b * g.c + cin) * g.h + iy) * g.w + ix;
                                let wi = ((o * g.cg + ci) * g.kh + ky) * g.kw + kx;
                                dx[xi] += wt[wi] * d;
                                dwd[wi] += x[xi] * d;
                            }
                        }
                    }
                }
            }
        }
    }
    Ok(super::Conv2dGrads {
        input: dinp,
        weight: dw,
        bias: db,
    })
}

/// An error unless `dout` has the output shape (N,O,OH,OW) of the geometry.
pub(crate) fn check_dout(g: &Geom, dout: &Tensor) -> Result<()> {
    if dout.shape() != [g.n, g.oc, g.oh, g.ow] {
        return Err(Error::shape(
            "conv2d backward",
            format!(
                "the output gradient has shape {:?} but the layer's output is {:?}",
                dout.shape(),
                [g.n, g.oc, g.oh, g.ow]
            ),
        ));
    }
    Ok(())
}
