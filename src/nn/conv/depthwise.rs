//! Depth-wise convolution (`C/groups = 1`, MobileNet's "Conv dw") by direct loops:
//! each output row is built as a sum of `KH*KW` scaled input rows, and with
//! stride 1 every scaled row is a contiguous `y += w * x` the compiler vectorises.

use super::Geom;

/// `out[b,o,y,x] += sum_{ky,kx} w[o,0,ky,kx] * inp[b, o/og, y*sh + ky*dil_h - pt, x*sw + kx*dil_w - pl]`.
///
/// inp is (N,C,H,W), w is (O,1,KH,KW), out is (N,O,OH,OW), prefilled with the bias.
/// Each kernel row adds `KW` shifted input rows to the output row. With stride
/// `sw > 1` each input row is first split into its `sw` phases (`phase[r][j] = row[j*sw + r]`),
/// so every shifted row is contiguous. For `KW = 3` the three taps are fused over the
/// columns where all three land inside the input (one pass over the output row, not three).
pub fn forward(g: &Geom, inp: &[f32], w: &[f32], out: &mut [f32]) {
    let pw = g.w.div_ceil(g.sw);
    // For each kx: output columns x0..x1 inside the input, and where x0 reads in the (phased) row.
    let taps: Vec<(usize, usize, usize)> = (0..g.kw)
        .map(|kx| match g.valid_x(kx) {
            (x0, x1) if x0 < x1 => {
                let ix0 = g.in_x(x0, kx);
                (x0, x1, (ix0 % g.sw) * pw + ix0 / g.sw)
            }
            _ => (0, 0, 0),
        })
        .collect();
    let xa = taps.iter().map(|t| t.0).max().unwrap_or(0);
    let xb = taps.iter().map(|t| t.1).min().unwrap_or(0);
    let fused = g.kw == 3 && xa < xb;
    let rw = g.sw * pw; // a (phased) row's length
    let mut phases = vec![0.0f32; if g.sw > 1 { g.h * rw } else { 0 }];
    for (bo, plane) in out.chunks_exact_mut(g.oh * g.ow).enumerate() {
        let (ch, wk) = operands(g, bo, inp, w);
        let ch: &[f32] = if g.sw == 1 {
            ch
        } else {
            for (src, dst) in ch.chunks_exact(g.w).zip(phases.chunks_exact_mut(rw)) {
                for (r, phase) in dst.chunks_exact_mut(pw).enumerate() {
                    for (d, v) in phase.iter_mut().zip(src.iter().skip(r).step_by(g.sw)) {
                        *d = *v;
                    }
                }
            }
            &phases
        };
        for (y, row) in plane.chunks_exact_mut(g.ow).enumerate() {
            for ky in 0..g.kh {
                let Some(iy) = g.in_y(y, ky) else { continue };
                let src = &ch[iy * rw..(iy + 1) * rw];
                let wrow = &wk[ky * g.kw..(ky + 1) * g.kw];
                let at = |t: usize, x: usize| taps[t].2 + x - taps[t].0;
                if fused {
                    let n = xb - xa;
                    let (s0, s1, s2) = (
                        &src[at(0, xa)..][..n],
                        &src[at(1, xa)..][..n],
                        &src[at(2, xa)..][..n],
                    );
                    for (((o, a), b), c) in row[xa..xb].iter_mut().zip(s0).zip(s1).zip(s2) {
                        *o += wrow[0] * a + wrow[1] * b + wrow[2] * c;
                    }
                }
                for (t, &(x0, x1, _)) in taps.iter().enumerate() {
                    let spans = if fused {
                        [(x0, xa), (xb, x1)]
                    } else {
                        [(x0, x1), (0, 0)]
                    };
                    for (lo, hi) in spans.into_iter().filter(|(lo, hi)| lo < hi) {
                        let src = &src[at(t, lo)..][..hi - lo];
                        for (o, s) in row[lo..hi].iter_mut().zip(src) {
                            *o += wrow[t] * s;
                        }
                    }
                }
            }
        }
    }
}

/// Gradients of [`forward`]: `dinp += w * dout` scattered back, and
/// `dw[o,0,ky,kx] += sum_{b,y,x} dout[b,o,y,x] * inp[b, o/og, iy, ix]`.
pub fn backward(g: &Geom, inp: &[f32], w: &[f32], dout: &[f32], dinp: &mut [f32], dw: &mut [f32]) {
    let ksize = g.kh * g.kw;
    let ranges: Vec<(usize, usize)> = (0..g.kw).map(|kx| g.valid_x(kx)).collect();
    for (bo, plane) in dout.chunks_exact(g.oh * g.ow).enumerate() {
        let (b, o) = (bo / g.oc, bo % g.oc);
        let (ch, wk) = operands(g, bo, inp, w);
        let dwk = &mut dw[o * ksize..(o + 1) * ksize];
        let dch = &mut dinp[(b * g.c + o / g.og) * g.h * g.w..][..g.h * g.w];
        for (y, row) in plane.chunks_exact(g.ow).enumerate() {
            for_taps(g, &ranges, y, |ky, kx, iy, x0, x1| {
                let start = iy * g.w + g.in_x(x0, kx);
                let src = ch[start..(iy + 1) * g.w].iter().step_by(g.sw);
                dwk[ky * g.kw + kx] += row[x0..x1].iter().zip(src).map(|(d, s)| d * s).sum::<f32>();
                let wv = wk[ky * g.kw + kx];
                let dst = dch[start..(iy + 1) * g.w].iter_mut().step_by(g.sw);
                for (d, gi) in row[x0..x1].iter().zip(dst) {
                    *gi += wv * d;
                }
            });
        }
    }
}

/// The input plane and the filter of output plane `bo = b*O + o`.
fn operands<'a>(g: &Geom, bo: usize, inp: &'a [f32], w: &'a [f32]) -> (&'a [f32], &'a [f32]) {
    let (b, o) = (bo / g.oc, bo % g.oc);
    let ch = &inp[(b * g.c + o / g.og) * g.h * g.w..][..g.h * g.w];
    (ch, &w[o * g.kh * g.kw..(o + 1) * g.kh * g.kw])
}

/// Calls `f(ky, kx, iy, x0, x1)` for every kernel tap of output row `y` that lands
/// inside the input, with the output columns `x0..x1` it covers (`ranges[kx]`).
#[inline(always)]
fn for_taps(
    g: &Geom,
    ranges: &[(usize, usize)],
    y: usize,
    mut f: impl FnMut(usize, usize, usize, usize, usize),
) {
    for ky in 0..g.kh {
        let Some(iy) = g.in_y(y, ky) else { continue };
        for (kx, &(x0, x1)) in ranges.iter().enumerate() {
            if x0 < x1 {
                f(ky, kx, iy, x0, x1);
            }
        }
    }
}
