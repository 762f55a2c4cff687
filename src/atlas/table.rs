//! The per-layer table: column order keys, sorting and number formatting.

use crate::arch::LayerRow;
use std::cmp::Ordering;

/// A column the table can be sorted by (`Order` is the network's own order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Order,
    Name,
    Op,
    Kernel,
    Stride,
    Dilation,
    Groups,
    Out,
    Params,
    Macs,
    Rf,
}

impl SortKey {
    /// Every key, in column order.
    pub const ALL: [SortKey; 11] = [
        SortKey::Order,
        SortKey::Name,
        SortKey::Op,
        SortKey::Kernel,
        SortKey::Stride,
        SortKey::Dilation,
        SortKey::Groups,
        SortKey::Out,
        SortKey::Params,
        SortKey::Macs,
        SortKey::Rf,
    ];

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            SortKey::Order => "order",
            SortKey::Name => "name",
            SortKey::Op => "op",
            SortKey::Kernel => "kernel",
            SortKey::Stride => "stride",
            SortKey::Dilation => "dilation",
            SortKey::Groups => "groups",
            SortKey::Out => "out",
            SortKey::Params => "params",
            SortKey::Macs => "macs",
            SortKey::Rf => "rf",
        }
    }

    /// Numeric columns are right-aligned and sort largest first on the first click.
    pub fn numeric(self) -> bool {
        !matches!(self, SortKey::Name | SortKey::Op)
    }
}

/// Area of an optional pair (`0` when absent), for ordering kernels and strides.
fn area(v: Option<[usize; 2]>) -> (usize, usize) {
    v.map_or((0, 0), |[h, w]| (h.saturating_mul(w), h))
}

fn compare(a: &LayerRow, b: &LayerRow, key: SortKey) -> Ordering {
    let elements = |s: [usize; 3]| s.iter().fold(1u64, |n, d| n.saturating_mul(*d as u64));
    match key {
        SortKey::Order => Ordering::Equal,
        SortKey::Name => a.name.cmp(&b.name),
        SortKey::Op => a.op.as_str().cmp(b.op.as_str()),
        SortKey::Kernel => area(a.kernel).cmp(&area(b.kernel)),
        SortKey::Stride => area(a.stride).cmp(&area(b.stride)),
        SortKey::Dilation => area(a.dilation).cmp(&area(b.dilation)),
        SortKey::Groups => a.groups.cmp(&b.groups),
        SortKey::Out => elements(a.out_shape).cmp(&elements(b.out_shape)),
        SortKey::Params => a.params.cmp(&b.params),
        SortKey::Macs => a.macs.cmp(&b.macs),
        SortKey::Rf => a.receptive_field.cmp(&b.receptive_field),
    }
}

/// Row indices in display order: sorted by `key` (ties keep the network's
/// order), reversed when `desc`.
pub fn sorted(rows: &[LayerRow], key: SortKey, desc: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&i, &j| {
        let by_key = compare(&rows[i], &rows[j], key);
        let by_key = if desc { by_key.reverse() } else { by_key };
        by_key.then(i.cmp(&j))
    });
    if desc && key == SortKey::Order {
        order.reverse();
    }
    order
}

/// `3×3` for a pair, `3` when both are equal and `square` is false, `–` when absent.
pub fn pair(v: Option<[usize; 2]>, square: bool) -> String {
    match v {
        None => "–".into(),
        Some([h, w]) if h == w && !square => h.to_string(),
        Some([h, w]) => format!("{h}×{w}"),
    }
}

/// Output shape as `C×H×W`.
pub fn shape(s: [usize; 3]) -> String {
    format!("{}×{}×{}", s[0], s[1], s[2])
}
