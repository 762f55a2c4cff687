//! What each layer of a stack sees: receptive field, effective stride and padding
//! (Araujo et al., Distill 2019, through [`ReceptiveField::then`], the atlas's own
//! recurrence), the coverage of the field, and the HDC verdict (Wang et al. 2018).

use super::stack::{LayerKind, StackLayer};
use crate::arch::analysis::ReceptiveField;
use crate::arch::dilation::hdc_m_values;

/// Longest field side the coverage is counted over (beyond it, coverage is not given).
pub const MAX_SPAN: usize = 1 << 16;

/// One layer's receptive field on the input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayerField {
    pub layer: StackLayer,
    pub rf: ReceptiveField,
    /// Share of the field's pixels that reach a unit at all (1 = no holes), when countable.
    pub coverage: Option<f64>,
}

/// The receptive field of every layer's output, first layer first:
/// `r_l = r_{l-1} + (k'_l - 1) S_{l-1}`, `S_l = S_{l-1} s_l`, `P_l = P_{l-1} + p_l S_{l-1}`
/// with the dilated extent `k' = d(k-1)+1`.
pub fn fields(stack: &[StackLayer]) -> Vec<LayerField> {
    let mut rf = ReceptiveField::IDENTITY;
    stack
        .iter()
        .enumerate()
        .map(|(i, l)| {
            rf = step(rf, l);
            let cov = |axis| line_counts(&stack[..=i], axis).map(|c| nonzero_share(&c));
            let coverage = match (cov(0), cov(1)) {
                (Some(h), Some(w)) => Some(h * w),
                _ => None,
            };
            LayerField {
                layer: *l,
                rf,
                coverage,
            }
        })
        .collect()
}

/// One layer of the recurrence.
fn step(rf: ReceptiveField, l: &StackLayer) -> ReceptiveField {
    rf.then(l.extent(), [l.stride; 2], [l.padding; 2])
}

/// The receptive field of the whole stack's output, without the coverage count
/// (for callers that need only the size, stride and padding).
pub fn field_of(stack: &[StackLayer]) -> ReceptiveField {
    stack.iter().fold(ReceptiveField::IDENTITY, step)
}

fn nonzero_share(counts: &[u64]) -> f64 {
    counts.iter().filter(|&&c| c > 0).count() as f64 / counts.len().max(1) as f64
}

/// Path counts along one axis (0 height, 1 width) from one unit of the last layer of
/// `stack` back to an unbounded input: entry `i` is the number of paths from input
/// position `i` of the field to the unit. `None` when the field is wider than [`MAX_SPAN`].
pub fn line_counts(stack: &[StackLayer], axis: usize) -> Option<Vec<u64>> {
    let mut counts = vec![1u64];
    for l in stack.iter().rev() {
        let (k, s, d) = (l.kernel[axis], l.stride, l.dilation);
        let len = (counts.len() - 1)
            .checked_mul(s)?
            .checked_add(d.checked_mul(k - 1)?)?
            .checked_add(1)?;
        if len > MAX_SPAN {
            return None;
        }
        let mut next = vec![0u64; len];
        for (o, &c) in counts.iter().enumerate().filter(|(_, &c)| c > 0) {
            for t in 0..k {
                let i = o * s + t * d;
                next[i] = next[i].saturating_add(c);
            }
        }
        counts = next;
    }
    Some(counts)
}

/// The HDC check of a stack of dilated convolutions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hdc {
    /// Every layer is a `k × k` convolution with stride 1: `[M_2, ..., M_n]` and whether `M_2 <= k`.
    Checked {
        kernel: usize,
        m: Vec<usize>,
        holds: bool,
    },
    /// The rule is stated for stacked stride-1 dilated convolutions with one square kernel.
    NotApplicable,
}

/// Wang et al.'s design rule for the stack: `M_2 <= k` for a group whose first rate is 1,
/// as in all the paper's examples (`M_2` never looks at the first rate, so 2, 2, 2 would
/// otherwise pass while it grids). A sufficient condition for a field without holes, not a
/// necessary one (2, 1, 1 has none): the coverage is the count.
pub fn hdc(stack: &[StackLayer]) -> Hdc {
    let Some(first) = stack.first() else {
        return Hdc::NotApplicable;
    };
    let k = first.kernel[0];
    let uniform = stack
        .iter()
        .all(|l| l.kind == LayerKind::Conv && l.kernel == [k, k] && l.stride == 1);
    if !uniform || stack.len() < 2 || k < 2 {
        return Hdc::NotApplicable;
    }
    let rates: Vec<usize> = stack.iter().map(|l| l.dilation).collect();
    match hdc_m_values(&rates) {
        Ok(m) => Hdc::Checked {
            kernel: k,
            holds: m[0] <= k && rates[0] == 1,
            m,
        },
        Err(_) => Hdc::NotApplicable,
    }
}
