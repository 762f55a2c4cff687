//! Point-wise (1x1, stride 1, no padding) convolution, grouped or not: the
//! input planes already are the im2col matrix, so each group is one GEMM.

use super::gemm::{sgemm, MatRef};
use super::Geom;

/// `out[b, group] += W[group] (og x cg) * inp[b, group] (cg x H*W)`.
///
/// inp is (N,C,H,W), w is (O, C/groups, 1, 1), out is (N,O,H,W), prefilled with the bias.
pub fn forward(g: &Geom, inp: &[f32], w: &[f32], out: &mut [f32]) {
    let p = g.h * g.w;
    for (xb, yb) in inp
        .chunks_exact(g.c * p)
        .zip(out.chunks_exact_mut(g.oc * p))
    {
        for gi in 0..g.groups {
            let a = MatRef::row_major(&w[gi * g.og * g.cg..], g.cg);
            let b = MatRef::row_major(&xb[gi * g.cg * p..], p);
            sgemm(
                g.og,
                p,
                g.cg,
                a,
                b,
                &mut yb[gi * g.og * p..(gi + 1) * g.og * p],
                p,
            );
        }
    }
}
