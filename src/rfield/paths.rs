//! Path counts on a finite input: for one unit of a chosen layer, how many paths
//! lead from each input pixel to it (padding and borders included), so gridding holes
//! show as pixels never reached and the centre-heavy count shows why the effective
//! field is smaller than the theoretical one.

use super::stack::StackLayer;
use crate::nn::conv::out_len;

/// Smallest and largest input side.
pub const MIN_INPUT: usize = 8;
pub const MAX_INPUT: usize = 128;

/// The path counts over an `n × n` input (row-major) and the theoretical field's box.
#[derive(Debug, Clone, PartialEq)]
pub struct PathMap {
    pub n: usize,
    pub counts: Vec<u64>,
    /// The theoretical field clipped to the input: [top, bottom, left, right], inclusive.
    pub field: [usize; 4],
}

/// Why there is no map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    /// Layer `layer` (1-based) has a window larger than its padded input of side `input`.
    TooSmall {
        layer: usize,
        input: usize,
        extent: usize,
    },
}

/// Output sides [height, width] of every layer for an `n × n` input (index 0 is the input).
pub fn sides(stack: &[StackLayer], n: usize) -> Result<Vec<[usize; 2]>, PathProblem> {
    let (h, w) = (axis_sides(stack, 0, n)?, axis_sides(stack, 1, n)?);
    Ok(h.into_iter().zip(w).map(|(h, w)| [h, w]).collect())
}

/// Counts along one axis for output position `unit` of the last layer of `stack`,
/// over an input of `n` positions.
fn axis_counts(
    stack: &[StackLayer],
    axis: usize,
    n: usize,
    unit: usize,
) -> Result<Vec<u64>, PathProblem> {
    let lens = axis_sides(stack, axis, n)?;
    let last = *lens.last().unwrap_or(&n);
    let mut counts = vec![0u64; last];
    if let Some(c) = counts.get_mut(unit) {
        *c = 1;
    }
    for (l, layer) in stack.iter().enumerate().rev() {
        let n_in = lens[l];
        let (k, s, d, p) = (
            layer.kernel[axis],
            layer.stride,
            layer.dilation,
            layer.padding,
        );
        let mut next = vec![0u64; n_in];
        for (o, &c) in counts.iter().enumerate().filter(|(_, &c)| c > 0) {
            for t in 0..k {
                if let Some(i) = (o * s + t * d).checked_sub(p).filter(|&i| i < n_in) {
                    next[i] = next[i].saturating_add(c);
                }
            }
        }
        counts = next;
    }
    Ok(counts)
}

fn axis_sides(stack: &[StackLayer], axis: usize, n: usize) -> Result<Vec<usize>, PathProblem> {
    let mut lens = vec![n];
    for (i, l) in stack.iter().enumerate() {
        let input = lens[i];
        let out = out_len(input, l.kernel[axis], l.stride, l.dilation, 2 * l.padding).ok_or(
            PathProblem::TooSmall {
                layer: i + 1,
                input: input + 2 * l.padding,
                extent: l.extent()[axis],
            },
        )?;
        lens.push(out);
    }
    Ok(lens)
}

/// The path counts for unit (`uy`, `ux`) of layer `upto` (1-based: the first `upto`
/// layers of `stack`) over an `n × n` input; the count at a pixel is the product of its
/// row and column counts, since every window is a full rectangle.
pub fn path_map(
    stack: &[StackLayer],
    upto: usize,
    n: usize,
    (uy, ux): (usize, usize),
) -> Result<PathMap, PathProblem> {
    let stack = &stack[..upto.min(stack.len())];
    let n = n.clamp(MIN_INPUT, MAX_INPUT);
    let rows = axis_counts(stack, 0, n, uy)?;
    let cols = axis_counts(stack, 1, n, ux)?;
    let counts = rows
        .iter()
        .flat_map(|&r| cols.iter().map(move |&c| r.saturating_mul(c)))
        .collect();
    let field = field_box(stack, n, (uy, ux));
    Ok(PathMap { n, counts, field })
}

/// The theoretical field of unit (`uy`, `ux`) of the last layer of `stack`, clipped to
/// an `n × n` input: [top, bottom, left, right], inclusive. The field of unit `u` starts
/// at `u·S − P` and spans `r` pixels along each axis.
pub fn field_box(stack: &[StackLayer], n: usize, (uy, ux): (usize, usize)) -> [usize; 4] {
    let rf = super::field::field_of(stack);
    let span = |u: usize, a: usize| {
        let start = (u as i64) * rf.stride[a] as i64 - rf.padding[a] as i64;
        let end = start + rf.size[a] as i64 - 1;
        (
            start.max(0) as usize,
            (end.max(0) as usize).min(n.saturating_sub(1)),
        )
    };
    let ((t, b), (l, r)) = (span(uy, 0), span(ux, 1));
    [t, b, l, r]
}
