//! The conv2d backward pass: gradients with respect to the input, the weight and
//! the bias, with the same kernels as the forward pass (im2col + GEMM, point-wise
//! GEMM, direct depth-wise loops). Tested against [`super::reference::backward_reference`].

use super::gemm::{sgemm, MatRef};
use super::reference::check_dout;
use super::{depthwise, im2col, Conv2dSpec, ConvPath, Geom};
use crate::budget::Budget;
use crate::error::Result;
use crate::nn::tensor::Tensor;

/// The gradients of a conv2d layer: `input` (N,C,H,W), `weight` (O, C/groups, KH, KW), `bias` (O).
#[derive(Debug, Clone, PartialEq)]
pub struct Conv2dGrads {
    pub input: Tensor,
    pub weight: Tensor,
    pub bias: Vec<f32>,
}

/// The naive reference backward pass (see [`super::reference::backward_reference`]).
pub fn conv2d_backward_reference(
    input: &Tensor,
    weight: &Tensor,
    dout: &Tensor,
    spec: &Conv2dSpec,
) -> Result<Conv2dGrads> {
    super::reference::backward_reference(input, weight, dout, spec)
}

/// Fast backward pass, given `dout = dL/dout` of shape (N,O,OH,OW). Per image and group,
/// with `col = im2col(inp)` (`K = C/groups*KH*KW` rows, `P = OH*OW` columns):
/// `dW += dout (og x P) * col^T`, `dcol = W^T (K x og) * dout`, `dinp += col2im(dcol)`;
/// `dbias[o] = sum dout[:, o]`.
pub fn conv2d_backward(
    input: &Tensor,
    weight: &Tensor,
    dout: &Tensor,
    spec: &Conv2dSpec,
) -> Result<Conv2dGrads> {
    conv2d_backward_with(input, weight, dout, spec, &Budget::default())
}

/// [`conv2d_backward`] checked against `budget` (the executor passes its network's).
pub fn conv2d_backward_with(
    input: &Tensor,
    weight: &Tensor,
    dout: &Tensor,
    spec: &Conv2dSpec,
    budget: &Budget,
) -> Result<Conv2dGrads> {
    let g = Geom::new(input.shape(), weight.shape(), None, spec, budget)?;
    check_dout(&g, dout)?;
    let mut dinp = Tensor::zeros(input.shape())?;
    let mut dw = Tensor::zeros(weight.shape())?;
    let p = g.oh * g.ow;
    let mut db = vec![0.0f32; g.oc];
    for (i, plane) in dout.data().chunks_exact(p).enumerate() {
        db[i % g.oc] += plane.iter().sum::<f32>();
    }
    let (x, w, dy) = (input.data(), weight.data(), dout.data());
    let kernel = ConvPath::for_spec(spec);
    if kernel == ConvPath::Depthwise {
        depthwise::backward(&g, x, w, dy, dinp.data_mut(), dw.data_mut());
    } else {
        gemm_backward(&g, kernel, x, w, dy, dinp.data_mut(), Some(dw.data_mut()));
    }
    Ok(Conv2dGrads {
        input: dinp,
        weight: dw,
        bias: db,
    })
}

/// The gradient with respect to the input alone, `dinp` (N,C,H,W) for an input of
/// `input_shape`: what [`conv2d_backward`] gives as `input`, without the weight's and
/// the bias's gradients, so the input's values are not needed (nor unfolded). A
/// gradient pushed back through a network (the effective receptive field) needs only this.
pub fn conv2d_backward_input(
    input_shape: &[usize],
    weight: &Tensor,
    dout: &Tensor,
    spec: &Conv2dSpec,
) -> Result<Tensor> {
    let g = Geom::new(input_shape, weight.shape(), None, spec, &Budget::default())?;
    check_dout(&g, dout)?;
    let mut dinp = Tensor::zeros(input_shape)?;
    let (w, dy) = (weight.data(), dout.data());
    let kernel = ConvPath::for_spec(spec);
    if kernel == ConvPath::Depthwise {
        // The depth-wise loops read the input only for the weight's gradient: zeros do.
        let zeros = vec![0.0f32; dinp.data().len()];
        let mut dw = vec![0.0f32; w.len()];
        depthwise::backward(&g, &zeros, w, dy, dinp.data_mut(), &mut dw);
    } else {
        gemm_backward(&g, kernel, &[], w, dy, dinp.data_mut(), None);
    }
    Ok(dinp)
}

/// The GEMM backward of the im2col and point-wise kernels (point-wise skips the unfolding);
/// without `dw` only the input's gradient, and `x` is not read.
fn gemm_backward(
    g: &Geom,
    kernel: ConvPath,
    x: &[f32],
    w: &[f32],
    dy: &[f32],
    dx: &mut [f32],
    mut dw: Option<&mut [f32]>,
) {
    let (k, p, hw) = (g.cg * g.kh * g.kw, g.oh * g.ow, g.h * g.w);
    let unfold = kernel != ConvPath::Pointwise;
    let mut col = vec![0.0f32; if unfold && dw.is_some() { k * p } else { 0 }];
    let mut dcol = vec![0.0f32; if unfold { k * p } else { 0 }];
    for b in 0..g.n {
        for gi in 0..g.groups {
            let dxg = &mut dx[(b * g.c + gi * g.cg) * hw..][..g.cg * hw];
            let dyg = &dy[(b * g.oc + gi * g.og) * p..][..g.og * p];
            let wg = &w[gi * g.og * k..(gi + 1) * g.og * k];
            if let Some(dw) = dw.as_deref_mut() {
                let xg = &x[(b * g.c + gi * g.cg) * hw..][..g.cg * hw];
                let dwg = &mut dw[gi * g.og * k..(gi + 1) * g.og * k];
                let colg: &[f32] = if unfold {
                    im2col::im2col(xg, g, &mut col);
                    &col
                } else {
                    xg
                };
                // dW (og x K) += dout (og x P) * col^T (P x K)
                sgemm(
                    g.og,
                    k,
                    p,
                    MatRef::row_major(dyg, p),
                    MatRef::transposed(colg, p),
                    dwg,
                    k,
                );
            }
            // dcol (K x P) = W^T (K x og) * dout (og x P)
            let wt = MatRef::transposed(wg, k);
            if unfold {
                dcol.fill(0.0);
                sgemm(k, p, g.og, wt, MatRef::row_major(dyg, p), &mut dcol, p);
                im2col::col2im(&dcol, g, dxg);
            } else {
                sgemm(k, p, g.og, wt, MatRef::row_major(dyg, p), dxg, p);
            }
        }
    }
}
