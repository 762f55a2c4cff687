//! Depth-wise convolution (`C/groups = 1`, MobileNet's "Conv dw") by direct loops:
//! each output row is built as a sum of `KH*KW` scaled input rows, and with
//! stride 1 every scaled row is a contiguous `y += w * x` the compiler vectorises.

use super::Geom;

/// `out[b,o,y,x] += sum_{ky,kx} w[o,0,ky,kx] * inp[b, o/og, y*sh + ky*dh - pt, x*sw + kx*dw - pl]`.
///
/// inp is (N,C,H,W), w is (O,1,KH,KW), out is (N,O,OH,OW), prefilled with the bias.
/// With stride `sw > 1` each input row is first split into its `sw` phases
/// (`phase[r][j] = row[j*sw + r]`), so that every tap is still a contiguous `y += w * x`.
pub fn forward(g: &Geom, inp: &[f32], w: &[f32], out: &mut [f32]) {
    let ranges: Vec<(usize, usize)> = (0..g.kw).map(|kx| g.valid_x(kx)).collect();
    let pw = g.w.div_ceil(g.sw);
    let mut phases = vec![0.0f32; if g.sw > 1 { g.sw * pw } else { 0 }];
    for (bo, plane) in out.chunks_exact_mut(g.oh * g.ow).enumerate() {
        let (ch, wk) = operands(g, bo, inp, w);
        for (y, row) in plane.chunks_exact_mut(g.ow).enumerate() {
            for ky in 0..g.kh {
                let Some(iy) = g.in_y(y, ky) else { continue };
                let src = &ch[iy * g.w..(iy + 1) * g.w];
                let src: &[f32] = if g.sw == 1 {
                    src
                } else {
                    for (j, v) in src.iter().enumerate() {
                        phases[(j % g.sw) * pw + j / g.sw] = *v;
                    }
                    &phases
                };
                for (kx, &(x0, x1)) in ranges.iter().enumerate() {
                    if x0 == x1 {
                        continue;
                    }
                    let ix0 = g.in_x(x0, kx);
                    let start = (ix0 % g.sw) * pw + ix0 / g.sw;
                    let wv = wk[ky * g.kw + kx];
                    for (o, s) in row[x0..x1].iter_mut().zip(&src[start..start + (x1 - x0)]) {
                        *o += wv * s;
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
