//! Separable kernels: the best rank-1 approximation `σ u vᵀ` of a small 2-D kernel (a
//! column times a row, by power iteration), and the 2-D convolution against the two
//! 1-D convolutions (k_h × 1 then 1 × k_w) run through the core's conv2d.

use crate::error::Result;
use crate::nn::conv::{conv2d, Conv2dSpec, Padding};
use crate::nn::tensor::Tensor;

/// Relative error below which a kernel counts as rank 1.
pub const RANK1_TOLERANCE: f64 = 1e-5;

/// `kernel ≈ column × row`, with the relative Frobenius error of the approximation.
#[derive(Debug, Clone, PartialEq)]
pub struct Rank1 {
    /// The column (k_h values), scaled by the singular value.
    pub column: Vec<f64>,
    /// The row (k_w values), unit length.
    pub row: Vec<f64>,
    /// `‖K − column·rowᵀ‖ / ‖K‖` (0 for the zero kernel).
    pub error: f64,
}

impl Rank1 {
    pub fn is_rank1(&self) -> bool {
        self.error < RANK1_TOLERANCE
    }
}

/// The best rank-1 approximation of the `h × w` row-major `kernel` (Eckart–Young: the
/// leading singular pair), by power iteration on `KᵀK` from a start that is not orthogonal
/// to any row of `K`.
pub fn rank1(kernel: &[f32], h: usize, w: usize) -> Rank1 {
    let k = |y: usize, x: usize| f64::from(kernel[y * w + x]);
    let norm = |v: &[f64]| v.iter().map(|a| a * a).sum::<f64>().sqrt();
    let total = (0..h * w)
        .map(|i| f64::from(kernel[i]).powi(2))
        .sum::<f64>()
        .sqrt();
    if total == 0.0 {
        return Rank1 {
            column: vec![0.0; h],
            row: vec![0.0; w],
            error: 0.0,
        };
    }
    // Start from the row of largest norm, so the start is never orthogonal to the leading pair.
    let start = (0..h)
        .max_by(|&a, &b| {
            let n = |y| (0..w).map(|x| k(y, x).powi(2)).sum::<f64>();
            n(a).total_cmp(&n(b))
        })
        .unwrap_or(0);
    let mut v: Vec<f64> = (0..w).map(|x| k(start, x)).collect();
    let mut u = vec![0.0; h];
    for _ in 0..500 {
        let nv = norm(&v).max(1e-300);
        v.iter_mut().for_each(|a| *a /= nv);
        u = (0..h)
            .map(|y| (0..w).map(|x| k(y, x) * v[x]).sum())
            .collect();
        let next: Vec<f64> = (0..w)
            .map(|x| (0..h).map(|y| k(y, x) * u[y]).sum())
            .collect();
        let nn = norm(&next).max(1e-300);
        let done = next
            .iter()
            .zip(&v)
            .map(|(a, b)| (a / nn - b).abs())
            .fold(0.0, f64::max)
            < 1e-15;
        v = next;
        if done {
            break;
        }
    }
    let nv = norm(&v).max(1e-300);
    v.iter_mut().for_each(|a| *a /= nv);
    let column: Vec<f64> = (0..h)
        .map(|y| (0..w).map(|x| k(y, x) * v[x]).sum())
        .collect();
    let residual = (0..h)
        .flat_map(|y| (0..w).map(move |x| (y, x)))
        .map(|(y, x)| (k(y, x) - column[y] * v[x]).powi(2))
        .sum::<f64>()
        .sqrt();
    Rank1 {
        column,
        row: v,
        error: residual / total,
    }
}

fn spec(kernel: [usize; 2], pad: [usize; 2]) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: 1,
        out_channels: 1,
        kernel,
        stride: [1, 1],
        dilation: [1, 1],
        padding: Padding::Explicit {
            top: pad[0],
            bottom: pad[0],
            left: pad[1],
            right: pad[1],
        },
        groups: 1,
        bias: false,
    }
}

/// The picture through the 2-D kernel, through its rank-1 factors (column then row), and
/// their absolute difference: each `side × side` (odd kernels keep the size).
#[derive(Debug, Clone, PartialEq)]
pub struct Routes {
    pub full: Vec<f32>,
    pub separable: Vec<f32>,
    pub difference: Vec<f32>,
    pub side: usize,
}

/// Runs `picture` (side × side) through the `h × w` kernel and through its rank-1 factors.
pub fn routes(
    picture: &[f32],
    side: usize,
    kernel: &[f32],
    h: usize,
    w: usize,
    factors: &Rank1,
) -> Result<Routes> {
    let (ph, pw) = (h / 2, w / 2);
    let x = Tensor::from_vec(&[1, 1, side, side], picture.to_vec())?;
    let full = conv2d(
        &x,
        &Tensor::from_vec(&[1, 1, h, w], kernel.to_vec())?,
        None,
        &spec([h, w], [ph, pw]),
    )?;
    let column = Tensor::from_vec(
        &[1, 1, h, 1],
        factors.column.iter().map(|&a| a as f32).collect(),
    )?;
    let row = Tensor::from_vec(
        &[1, 1, 1, w],
        factors.row.iter().map(|&a| a as f32).collect(),
    )?;
    let mid = conv2d(&x, &column, None, &spec([h, 1], [ph, 0]))?;
    let sep = conv2d(&mid, &row, None, &spec([1, w], [0, pw]))?;
    let difference = full
        .data()
        .iter()
        .zip(sep.data())
        .map(|(a, b)| (a - b).abs())
        .collect();
    let out_side = full.shape()[2];
    Ok(Routes {
        full: full.into_vec(),
        separable: sep.into_vec(),
        difference,
        side: out_side,
    })
}
