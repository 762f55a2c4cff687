//! im2col: unfolds the receptive fields of one image and one group into the
//! columns of a matrix, so that the convolution becomes one matrix multiply
//! (Chellapilla et al. 2006), and col2im, its adjoint, for the backward pass.

use super::Geom;

/// Fills `col` (`cg*KH*KW` rows x `OH*OW` columns, row-major) from `inp`
/// (`cg` channels of one image, each `H x W`):
/// `col[(c*KH + ky)*KW + kx][y*OW + x] = inp[c][y*s + ky*d - pt][x*s + kx*d - pl]`, zero in the padding.
pub fn im2col(inp: &[f32], g: &Geom, col: &mut [f32]) {
    let plane = g.oh * g.ow;
    let mut rows = col.chunks_exact_mut(plane);
    for ch in inp.chunks_exact(g.h * g.w).take(g.cg) {
        for ky in 0..g.kh {
            for kx in 0..g.kw {
                let Some(row) = rows.next() else { return };
                let (x0, x1) = g.valid_x(kx);
                for (y, out) in row.chunks_exact_mut(g.ow).enumerate() {
                    let Some(iy) = g.in_y(y, ky) else {
                        out.fill(0.0);
                        continue;
                    };
                    let src = &ch[iy * g.w..(iy + 1) * g.w];
                    out[..x0].fill(0.0);
                    out[x1..].fill(0.0);
                    if x0 == x1 {
                        continue;
                    }
                    let ix0 = x0 * g.sw + kx * g.dil_w - g.pl;
                    if g.sw == 1 {
                        out[x0..x1].copy_from_slice(&src[ix0..ix0 + (x1 - x0)]);
                    } else {
                        for (o, s) in out[x0..x1].iter_mut().zip(src[ix0..].iter().step_by(g.sw)) {
                            *o = *s;
                        }
                    }
                }
            }
        }
    }
}

/// The adjoint of [`im2col`]: adds every column entry back to the input pixel it was read from.
pub fn col2im(col: &[f32], g: &Geom, inp: &mut [f32]) {
    let plane = g.oh * g.ow;
    let mut rows = col.chunks_exact(plane);
    for ch in inp.chunks_exact_mut(g.h * g.w).take(g.cg) {
        for ky in 0..g.kh {
            for kx in 0..g.kw {
                let Some(row) = rows.next() else { return };
                let (x0, x1) = g.valid_x(kx);
                for (y, src) in row.chunks_exact(g.ow).enumerate() {
                    let Some(iy) = g.in_y(y, ky).filter(|_| x0 < x1) else {
                        continue;
                    };
                    let dst = &mut ch[iy * g.w..(iy + 1) * g.w];
                    let ix0 = x0 * g.sw + kx * g.dil_w - g.pl;
                    for (s, d) in src[x0..x1].iter().zip(dst[ix0..].iter_mut().step_by(g.sw)) {
                        *d += s;
                    }
                }
            }
        }
    }
}
