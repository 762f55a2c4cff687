//! The general reference conv2d: plain loops over every index, any groups,
//! stride, dilation and padding. Fast paths are tested against it.

use super::{input_coord, Conv2dSpec};
use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

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
    // inp is (N,C,H,W); weight is (O, C/G, KH, KW)
    let [n, c, h, w] = input.dims4("conv2d")?;
    let [oc, oh, ow] = spec.output_shape([c, h, w])?;
    let cg = spec.in_per_group();
    let og = spec.out_per_group();
    let [kh, kw] = spec.kernel;
    if weight.shape() != [oc, cg, kh, kw] {
        return Err(Error::shape(
            "conv2d",
            format!(
                "weight shape {:?} does not match (O, C/groups, KH, KW) = {:?}",
                weight.shape(),
                [oc, cg, kh, kw]
            ),
        ));
    }
    if let Some(b) = bias {
        if b.len() != oc {
            return Err(Error::shape(
                "conv2d",
                format!("bias has {} values for {oc} output channels", b.len()),
            ));
        }
    }
    let [pt, _, pl, _] = spec.resolve_padding(h, w);
    let mut out = Tensor::zeros(&[n, oc, oh, ow])?;
    let (x, wt) = (input.data(), weight.data());
    let o_data = out.data_mut();
    for b in 0..n {
        for o in 0..oc {
            let g = o / og;
            for y in 0..oh {
                for xo in 0..ow {
                    let mut acc = bias.map_or(0.0, |bv| bv[o]);
                    for ci in 0..cg {
                        let cin = g * cg + ci;
                        for ky in 0..kh {
                            let iy = input_coord(y, ky, spec.stride[0], spec.dilation[0], pt);
                            if iy < 0 || iy >= h as isize {
                                continue;
                            }
                            for kx in 0..kw {
                                let ix = input_coord(xo, kx, spec.stride[1], spec.dilation[1], pl);
                                if ix < 0 || ix >= w as isize {
                                    continue;
                                }
                                let xv = x[((b * c + cin) * h + iy as usize) * w + ix as usize];
                                let wv = wt[((o * cg + ci) * kh + ky) * kw + kx];
                                acc += xv * wv;
                            }
                        }
                    }
                    o_data[((b * oc + o) * oh + y) * ow + xo] = acc;
                }
            }
        }
    }
    Ok(out)
}
