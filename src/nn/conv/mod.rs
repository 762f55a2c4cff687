//! 2-D convolution's kernels: a general im2col + GEMM path, depth-wise and point-wise
//! fast paths tested against the naive reference, and the backward pass. The
//! hyper-parameters and their shape and cost maths are `crate::geometry::conv`
//! (re-exported here), which the model descriptions use too.
//!
//! Layouts: input (N, C, H, W); weight (O, C/groups, KH, KW) ("OIHW, I = C/groups");
//! output (N, O, OH, OW).

pub mod backward;
pub mod bench_layers;
pub mod depthwise;
pub mod gemm;
mod geom;
pub mod im2col;
pub mod pointwise;
pub mod reference;

pub use backward::{
    conv2d_backward, conv2d_backward_input, conv2d_backward_reference, conv2d_backward_with,
    Conv2dGrads,
};
pub use geom::Geom;

pub use crate::geometry::conv::{
    grouping, input_coord, out_len, same_padding, Conv2dSpec, Grouping, Padding, ResolvedPadding,
    MAX_CHANNELS, MAX_HYPER,
};

use crate::budget::Budget;
use crate::error::{Error, Result};
use crate::nn::tensor::Tensor;

/// Which kernel computes a convolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvPath {
    /// im2col + blocked GEMM: any groups, stride, dilation and padding.
    Im2col,
    /// Direct loops, one input channel per filter (`C/groups = 1`: depth-wise, any channel multiplier).
    Depthwise,
    /// 1x1, stride 1, no padding: a GEMM straight on the input, no unfolding (grouped too).
    Pointwise,
}

impl ConvPath {
    /// The fastest kernel that handles `spec`.
    pub fn for_spec(spec: &Conv2dSpec) -> ConvPath {
        if spec.in_per_group() == 1 {
            ConvPath::Depthwise
        } else if ConvPath::Pointwise.supports(spec) {
            ConvPath::Pointwise
        } else {
            ConvPath::Im2col
        }
    }

    /// Whether this kernel can compute `spec`.
    pub fn supports(self, spec: &Conv2dSpec) -> bool {
        match self {
            ConvPath::Im2col => true,
            ConvPath::Depthwise => spec.in_per_group() == 1,
            ConvPath::Pointwise => {
                spec.kernel == [1, 1]
                    && spec.stride == [1, 1]
                    && matches!(
                        spec.padding,
                        Padding::Explicit {
                            top: 0,
                            bottom: 0,
                            left: 0,
                            right: 0
                        }
                    )
            }
        }
    }
}

/// Fast conv2d: checks the arguments, then runs the fastest kernel for `spec`
/// ([`ConvPath::for_spec`]). Same contract and result as [`reference::conv2d_reference`].
///
/// Layouts: input (N,C,H,W), weight (O, C/groups, KH, KW), bias (O), output (N,O,OH,OW).
pub fn conv2d(
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&[f32]>,
    spec: &Conv2dSpec,
) -> Result<Tensor> {
    conv2d_with(
        ConvPath::for_spec(spec),
        input,
        weight,
        bias,
        spec,
        &Budget::default(),
    )
}

/// conv2d with a chosen kernel and an explicit budget; an error if `kernel` cannot compute `spec`.
pub fn conv2d_with(
    kernel: ConvPath,
    input: &Tensor,
    weight: &Tensor,
    bias: Option<&[f32]>,
    spec: &Conv2dSpec,
    budget: &Budget,
) -> Result<Tensor> {
    if !kernel.supports(spec) {
        return Err(Error::param(
            "conv2d",
            format!("the {kernel:?} kernel cannot compute this layer"),
            "Depthwise needs C/groups = 1; Pointwise needs a 1x1 kernel, stride 1 and no padding",
        ));
    }
    let g = Geom::new(
        input.shape(),
        weight.shape(),
        bias.map(<[f32]>::len),
        spec,
        budget,
    )?;
    let mut out = Tensor::zeros(&[g.n, g.oc, g.oh, g.ow])?;
    if let Some(b) = bias {
        for (plane, &bv) in out
            .data_mut()
            .chunks_exact_mut(g.oh * g.ow)
            .zip(b.iter().cycle())
        {
            plane.fill(bv);
        }
    }
    let (x, w, y) = (input.data(), weight.data(), out.data_mut());
    match kernel {
        ConvPath::Depthwise => depthwise::forward(&g, x, w, y),
        ConvPath::Pointwise => pointwise::forward(&g, x, w, y),
        ConvPath::Im2col => {
            let len = g.cg * g.kh * g.kw * g.oh * g.ow;
            crate::nn::scratch::with_buffer(len, |col| im2col_forward(&g, x, w, y, col))
        }
    }
    Ok(out)
}

/// `out[b, group] += W[group] (og x cg*KH*KW) * im2col(inp[b, group])` for every image and group.
fn im2col_forward(g: &Geom, x: &[f32], w: &[f32], y: &mut [f32], col: &mut [f32]) {
    let (k, plane) = (g.cg * g.kh * g.kw, g.oh * g.ow);
    for (xb, yb) in x
        .chunks_exact(g.c * g.h * g.w)
        .zip(y.chunks_exact_mut(g.oc * plane))
    {
        for gi in 0..g.groups {
            im2col::im2col(&xb[gi * g.cg * g.h * g.w..], g, col);
            let wg = gemm::MatRef::row_major(&w[gi * g.og * k..], k);
            let c = &mut yb[gi * g.og * plane..(gi + 1) * g.og * plane];
            gemm::sgemm(
                g.og,
                plane,
                k,
                wg,
                gemm::MatRef::row_major(col, plane),
                c,
                plane,
            );
        }
    }
}
