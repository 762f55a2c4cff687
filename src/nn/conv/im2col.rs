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
            let (y0, y1) = g.valid_y(ky);
            for kx in 0..g.kw {
                let Some(row) = rows.next() else { return };
                let (x0, x1) = g.valid_x(kx);
                let Some(iy0) = g.in_y(y0, ky).filter(|_| y0 < y1 && x0 < x1) else {
                    row.fill(0.0);
                    continue;
                };
                row[..y0 * g.ow].fill(0.0);
                row[y1 * g.ow..].fill(0.0);
                let inside = &mut row[y0 * g.ow..y1 * g.ow];
                let ix0 = g.in_x(x0, kx);
                if g.sh == 1 && g.sw == 1 && g.ow == g.w {
                    shifted_plane(&ch[iy0 * g.w + ix0..], g.w, (x0, x1), inside);
                } else {
                    for (r, out) in inside.chunks_exact_mut(g.ow).enumerate() {
                        let src = &ch[(iy0 + r * g.sh) * g.w + ix0..];
                        zero_short(&mut out[..x0]);
                        zero_short(&mut out[x1..]);
                        if g.sw == 1 {
                            out[x0..x1].copy_from_slice(&src[..x1 - x0]);
                        } else {
                            for (o, s) in out[x0..x1].iter_mut().zip(src.iter().step_by(g.sw)) {
                                *o = *s;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One im2col row's output rows `inside` (each `w` wide) when stride is 1 and the output
/// is as wide as the input: then output element `i` reads input element `i` plus a fixed
/// offset, so the valid columns `x0..x1` of all rows are one copy from `src` (which starts
/// at the first one read), and only the columns that copy wrapped around the row ends are
/// zeroed afterwards. One copy per plane instead of one per row: a copy of run-time length
/// is a call to `memcpy` natively and to V8's out-of-line `memory.copy` in wasm.
fn shifted_plane(src: &[f32], w: usize, (x0, x1): (usize, usize), inside: &mut [f32]) {
    let last = inside.len() - w;
    inside[x0..last + x1].copy_from_slice(&src[..last + x1 - x0]);
    zero_short(&mut inside[..x0]);
    for start in (x1..last + x1).step_by(w) {
        zero_short(&mut inside[start..start + w - x1 + x0]);
    }
    zero_short(&mut inside[last + x1..]);
}

/// Zeroes `span`, which is usually the few columns a kernel tap reaches into the padding:
/// up to four are written one by one, so that the compiler does not call `memset` (in wasm
/// a `memory.fill`, which V8 runs out of line) for each.
#[inline(always)]
fn zero_short(span: &mut [f32]) {
    match span {
        [] => {}
        [a] => *a = 0.0,
        [a, b] => [*a, *b] = [0.0; 2],
        [a, b, c] => [*a, *b, *c] = [0.0; 3],
        [a, b, c, d] => [*a, *b, *c, *d] = [0.0; 4],
        _ => span.fill(0.0),
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
