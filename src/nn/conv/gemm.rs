//! Blocked single-precision matrix multiply, `C += A * B`, the engine behind
//! im2col convolution, point-wise convolution and the conv backward pass.
//!
//! The loop nest follows Goto and van de Geijn ("Anatomy of high-performance
//! matrix multiplication", 2008): B is packed into `KC x NR` column panels, A into
//! `MR x KC` row panels, and a small `MR x NR` micro-kernel keeps its tile of C
//! in registers. The generic micro-kernel is plain Rust that the compiler
//! vectorises (SSE2, or simd128 on wasm32); on x86-64 with AVX2 and FMA, detected
//! at run time, a 6x16 kernel uses fused multiply-adds; on wasm32 built with
//! simd128, a 4x8 kernel uses 128-bit vectors explicitly, with relaxed SIMD's fused
//! multiply-add in a build that enables it.

use crate::nn::scratch::with_buffer;

/// A read-only strided matrix view: element (i, j) is `data[i * rs + j * cs]`.
/// Transposes are free: swap `rs` and `cs`.
#[derive(Clone, Copy)]
pub struct MatRef<'a> {
    pub data: &'a [f32],
    pub rs: usize,
    pub cs: usize,
}

impl<'a> MatRef<'a> {
    /// A row-major matrix with `cols` columns.
    pub fn row_major(data: &'a [f32], cols: usize) -> Self {
        MatRef {
            data,
            rs: cols,
            cs: 1,
        }
    }

    /// The transpose of a row-major matrix with `cols` columns.
    pub fn transposed(data: &'a [f32], cols: usize) -> Self {
        MatRef {
            data,
            rs: 1,
            cs: cols,
        }
    }

    #[inline(always)]
    fn at(&self, i: usize, j: usize) -> f32 {
        self.data[i * self.rs + j * self.cs]
    }
}

const KC: usize = 256;
const MC: usize = 96;
const NC: usize = 512;

/// `C[m x n] += A[m x k] * B[k x n]`, with C row-major with row stride `ldc`.
///
/// Callers check that the views cover the sizes; an index past a slice panics,
/// so the kernels that call this derive every size from validated shapes.
pub fn sgemm(m: usize, n: usize, k: usize, a: MatRef, b: MatRef, c: &mut [f32], ldc: usize) {
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU supports AVX2 and FMA, checked just above.
            unsafe { x86::sgemm_fma(m, n, k, a, b, c, ldc) };
            return;
        }
    }
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    blocked::<4, 8>(m, n, k, a, b, c, ldc, wasm::kernel_4x8);
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    blocked::<4, 8>(m, n, k, a, b, c, ldc, kernel_generic::<4, 8>);
}

/// The micro-kernel signature: `acc = sum_p a[p][..MR] (outer) b[p][..NR]` over `kc` steps
/// of packed panels (`a` is `kc * MR`, `b` is `kc * NR`).
type MicroKernel<const MR: usize, const NR: usize> =
    fn(usize, &[f32], &[f32], &mut [[f32; NR]; MR]);

/// The Goto loop nest over cache blocks, generic in the register tile `MR x NR`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn blocked<const MR: usize, const NR: usize>(
    m: usize,
    n: usize,
    k: usize,
    a: MatRef,
    b: MatRef,
    c: &mut [f32],
    ldc: usize,
    kernel: MicroKernel<MR, NR>,
) {
    let pa_len = MC.div_ceil(MR) * MR * KC.min(k);
    let pb_len = NC.min(n).div_ceil(NR) * NR * KC.min(k);
    with_buffer(pa_len, |pa| {
        with_buffer(pb_len, |pb| blocks(m, n, k, a, b, c, ldc, kernel, pa, pb))
    });
}

/// The loops of [`blocked`] over packed buffers `pa` (A panels) and `pb` (B panels).
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn blocks<const MR: usize, const NR: usize>(
    m: usize,
    n: usize,
    k: usize,
    a: MatRef,
    b: MatRef,
    c: &mut [f32],
    ldc: usize,
    kernel: MicroKernel<MR, NR>,
    pa: &mut [f32],
    pb: &mut [f32],
) {
    for jc in (0..n).step_by(NC) {
        let nc = NC.min(n - jc);
        for pc in (0..k).step_by(KC) {
            let kc = KC.min(k - pc);
            if b.cs == 1 {
                pack_rows::<NR>(pb, kc, |p| &b.data[(pc + p) * b.rs + jc..][..nc]);
            } else {
                pack::<NR>(pb, kc, nc, |p, j| b.at(pc + p, jc + j));
            }
            for ic in (0..m).step_by(MC) {
                let mc = MC.min(m - ic);
                pack::<MR>(pa, kc, mc, |p, i| a.at(ic + i, pc + p));
                for jr in (0..nc).step_by(NR) {
                    let bp = &pb[jr * kc..(jr + NR) * kc];
                    for ir in (0..mc).step_by(MR) {
                        let ap = &pa[ir * kc..(ir + MR) * kc];
                        let mut acc = [[0.0f32; NR]; MR];
                        kernel(kc, ap, bp, &mut acc);
                        let rows = MR.min(mc - ir);
                        let cols = NR.min(nc - jr);
                        for (i, row) in acc.iter().enumerate().take(rows) {
                            let start = (ic + ir + i) * ldc + jc + jr;
                            add_row(&mut c[start..start + cols], row);
                        }
                    }
                }
            }
        }
    }
}

/// `c += row` over `c`'s length (`NR` except at C's right edge). A whole row goes at a
/// length the compiler knows: a few vector adds, no loop for a remainder. (Side by side,
/// the wasm benchmark's geomean 3% to 4% faster, most on layers with a short `kc`.)
#[inline(always)]
fn add_row<const NR: usize>(c: &mut [f32], row: &[f32; NR]) {
    let add = |c: &mut [f32]| c.iter_mut().zip(row).for_each(|(cv, av)| *cv += av);
    match c.first_chunk_mut::<NR>() {
        Some(whole) => add(whole),
        None => add(c),
    }
}

/// Packs a `kc x len` block into panels of `R` lanes: panel `q` holds, for each
/// step `p`, the `R` values `get(p, q*R + r)`, zero past `len`.
#[inline(always)]
fn pack<const R: usize>(dst: &mut [f32], kc: usize, len: usize, get: impl Fn(usize, usize) -> f32) {
    for (q, panel) in dst
        .chunks_exact_mut(R * kc)
        .take(len.div_ceil(R))
        .enumerate()
    {
        let lanes = R.min(len - q * R);
        for (p, step) in panel.chunks_exact_mut(R).enumerate() {
            for (r, v) in step.iter_mut().enumerate() {
                *v = if r < lanes { get(p, q * R + r) } else { 0.0 };
            }
        }
    }
}

/// [`pack`] for a block whose steps are contiguous rows: `row(p)` is step `p`.
///
/// Whole pieces are copied `R` lanes at a time, a length the compiler knows, so each is a
/// few vector loads and stores; a copy of a length known only at run time is a call to
/// `memcpy` natively and a `memory.copy` in wasm, which V8 runs out of line (one call per
/// 32-byte piece: half the wasm time of the first 3x3/2 benchmark layer went to them).
#[inline(always)]
fn pack_rows<'a, const R: usize>(dst: &mut [f32], kc: usize, row: impl Fn(usize) -> &'a [f32]) {
    for p in 0..kc {
        let pieces = row(p).chunks_exact(R);
        let (whole, tail) = (pieces.len(), pieces.remainder());
        for (q, piece) in pieces.enumerate() {
            let at = (q * kc + p) * R;
            dst[at..at + R].copy_from_slice(piece);
        }
        if !tail.is_empty() {
            let at = (whole * kc + p) * R;
            for (r, v) in dst[at..at + R].iter_mut().enumerate() {
                *v = tail.get(r).copied().unwrap_or(0.0);
            }
        }
    }
}

/// Portable micro-kernel: outer products accumulated in a register tile.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline(always)]
fn kernel_generic<const MR: usize, const NR: usize>(
    kc: usize,
    a: &[f32],
    b: &[f32],
    acc: &mut [[f32; NR]; MR],
) {
    for (ap, bp) in a.chunks_exact(MR).zip(b.chunks_exact(NR)).take(kc) {
        for (row, &av) in acc.iter_mut().zip(ap) {
            for (cv, &bv) in row.iter_mut().zip(bp) {
                *cv += av * bv;
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{blocked, MatRef};
    use std::arch::x86_64::*;

    /// [`super::sgemm`] compiled with AVX2 and FMA enabled.
    ///
    /// # Safety
    /// The CPU must support AVX2 and FMA.
    #[target_feature(enable = "avx2,fma")]
    pub unsafe fn sgemm_fma(
        m: usize,
        n: usize,
        k: usize,
        a: MatRef,
        b: MatRef,
        c: &mut [f32],
        ldc: usize,
    ) {
        blocked::<6, 16>(m, n, k, a, b, c, ldc, kernel_6x16);
    }

    /// 6x16 tile in twelve 8-lane registers, one broadcast of A and two loads of B per step.
    fn kernel_6x16(kc: usize, a: &[f32], b: &[f32], acc: &mut [[f32; 16]; 6]) {
        // SAFETY: only reached through `sgemm_fma`, after AVX2/FMA detection; loads read
        // exactly 16 floats of a 16-float chunk and stores write into 16-float rows.
        unsafe { kernel_6x16_fma(kc, a, b, acc) }
    }

    #[target_feature(enable = "avx2,fma")]
    unsafe fn kernel_6x16_fma(kc: usize, a: &[f32], b: &[f32], acc: &mut [[f32; 16]; 6]) {
        let mut c = [[_mm256_setzero_ps(); 2]; 6];
        for (ap, bp) in a.chunks_exact(6).zip(b.chunks_exact(16)).take(kc) {
            let b0 = _mm256_loadu_ps(bp.as_ptr());
            let b1 = _mm256_loadu_ps(bp.as_ptr().add(8));
            for (ci, &av) in c.iter_mut().zip(ap) {
                let av = _mm256_set1_ps(av);
                ci[0] = _mm256_fmadd_ps(av, b0, ci[0]);
                ci[1] = _mm256_fmadd_ps(av, b1, ci[1]);
            }
        }
        for (row, ci) in acc.iter_mut().zip(&c) {
            _mm256_storeu_ps(row.as_mut_ptr(), ci[0]);
            _mm256_storeu_ps(row.as_mut_ptr().add(8), ci[1]);
        }
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod wasm {
    use core::arch::wasm32::*;

    /// `c + a * b` per lane: one fused multiply-add where the build has relaxed SIMD
    /// (the browser may round once or twice), a multiply then an add otherwise. Relaxed
    /// SIMD comes from `-C target-feature=+relaxed-simd` (scripts/bench-wasm.sh) or, for
    /// this kernel alone, from the crate feature `relaxed-simd` (the lab's second worker,
    /// which browsers with relaxed SIMD load; scripts/build-wasm.sh).
    #[cfg(any(target_feature = "relaxed-simd", feature = "relaxed-simd"))]
    macro_rules! madd {
        ($a:expr, $b:expr, $c:expr) => {
            f32x4_relaxed_madd($a, $b, $c)
        };
    }
    #[cfg(not(any(target_feature = "relaxed-simd", feature = "relaxed-simd")))]
    macro_rules! madd {
        ($a:expr, $b:expr, $c:expr) => {
            f32x4_add($c, f32x4_mul($a, $b))
        };
    }

    /// 4x8 tile in eight 4-lane vectors: per step, two loads of B, each of A's four
    /// values loaded straight into all lanes (`v128.load32_splat`, a broadcast from
    /// memory on x86, which keeps the shuffle unit free), eight multiply-adds. Written
    /// out by hand (eight named accumulators, indexes in a plain loop) so that it stays
    /// in registers in the app's size-optimised build too, which neither unrolls loops
    /// nor inlines iterators. A taller tile does not pay: V8 keeps fifteen vector
    /// registers, and with LLVM loading every broadcast before the multiply-adds, a
    /// 5x8 or 6x8 tile spills accumulators to the stack (half the speed, measured).
    #[cfg_attr(feature = "relaxed-simd", target_feature(enable = "relaxed-simd"))]
    pub fn kernel_4x8(kc: usize, a: &[f32], b: &[f32], acc: &mut [[f32; 8]; 4]) {
        let kc = kc.min(a.len() / 4).min(b.len() / 8);
        let zero = f32x4_splat(0.0);
        let (mut c00, mut c01, mut c10, mut c11) = (zero, zero, zero, zero);
        let (mut c20, mut c21, mut c30, mut c31) = (zero, zero, zero, zero);
        for p in 0..kc {
            // SAFETY: p < kc <= a.len() / 4 and <= b.len() / 8, so the 4 floats at
            // a[4p..] and the 8 at b[8p..] are in bounds; the loads are unaligned.
            let (a0, a1, a2, a3, b0, b1) = unsafe {
                let ap = a.as_ptr().add(4 * p);
                let bp = b.as_ptr().add(8 * p);
                (
                    v128_load32_splat(ap.cast()),
                    v128_load32_splat(ap.add(1).cast()),
                    v128_load32_splat(ap.add(2).cast()),
                    v128_load32_splat(ap.add(3).cast()),
                    v128_load(bp.cast()),
                    v128_load(bp.add(4).cast()),
                )
            };
            c00 = madd!(a0, b0, c00);
            c01 = madd!(a0, b1, c01);
            c10 = madd!(a1, b0, c10);
            c11 = madd!(a1, b1, c11);
            c20 = madd!(a2, b0, c20);
            c21 = madd!(a2, b1, c21);
            c30 = madd!(a3, b0, c30);
            c31 = madd!(a3, b1, c31);
        }
        let rows = [(c00, c01), (c10, c11), (c20, c21), (c30, c31)];
        for (row, (lo, hi)) in acc.iter_mut().zip(rows) {
            // SAFETY: each row holds 8 floats; each store writes 4 of them, unaligned.
            unsafe {
                v128_store(row.as_mut_ptr().cast(), lo);
                v128_store(row.as_mut_ptr().add(4).cast(), hi);
            }
        }
    }
}
