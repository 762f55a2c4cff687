//! Gridding of stacked dilated convolutions (Wang et al. 2018, "Understanding
//! Convolution for Semantic Segmentation", hybrid dilated convolution).

use crate::error::{Error, Result};

/// Largest dilation rate and number of layers accepted.
pub const MAX_RATE: usize = 1024;
pub const MAX_LAYERS: usize = 64;
/// Largest receptive-field side [`used_pixels`] enumerates.
pub const MAX_SPAN: usize = 1 << 14;

fn check(rates: &[usize], kernel: usize) -> Result<()> {
    let op = "dilation";
    if rates.is_empty() || rates.len() > MAX_LAYERS {
        return Err(Error::param(
            op,
            format!("{} layers", rates.len()),
            format!("1..={MAX_LAYERS} dilation rates"),
        ));
    }
    if let Some(r) = rates.iter().find(|&&r| r == 0 || r > MAX_RATE) {
        return Err(Error::param(
            op,
            format!("a rate of {r}"),
            format!("1..={MAX_RATE}"),
        ));
    }
    if kernel == 0 || kernel > 31 {
        return Err(Error::param(op, format!("kernel {kernel}"), "1..=31"));
    }
    Ok(())
}

/// The HDC "maximum distance between two non-zero values" for stacked layers with
/// dilation `rates` (first layer first): `M_n = r_n`,
/// `M_i = max(M_{i+1} - 2 r_i, M_{i+1} - 2 (M_{i+1} - r_i), r_i)`, returned as
/// `[M_2, ..., M_n]` (1-based layers; one value `M_1 = r_1` for a single layer).
pub fn hdc_m_values(rates: &[usize]) -> Result<Vec<usize>> {
    check(rates, 3)?;
    let n = rates.len();
    let mut m = rates[n - 1] as i64;
    let mut values = vec![m as usize];
    // From layer n-1 down to layer 2 (1-based), i.e. indices n-2 ..= 1.
    for i in (1..n.saturating_sub(1)).rev() {
        let r = rates[i] as i64;
        m = (m - 2 * r).max(m - 2 * (m - r)).max(r);
        values.push(m as usize);
    }
    values.reverse();
    Ok(values)
}

/// `M_2` of [`hdc_m_values`]: the stack has no holes when `M_2 <= kernel`; see [`hdc_ok`].
pub fn hdc_m2(rates: &[usize]) -> Result<usize> {
    Ok(hdc_m_values(rates)?[0])
}

/// True when stacked `kernel x kernel` layers with `rates` satisfy the HDC rule
/// `M_2 <= kernel` (e.g. K=3: [1, 2, 5] passes, [1, 2, 9] fails).
pub fn hdc_ok(rates: &[usize], kernel: usize) -> Result<bool> {
    check(rates, kernel)?;
    Ok(hdc_m2(rates)? <= kernel)
}

/// Input pixels that reach one output pixel of stacked `kernel x kernel` layers with
/// dilation `rates`, against the pixels of the receptive field: (used, total).
/// One 3x3 layer with dilation 2 uses 9 of 25.
pub fn used_pixels(rates: &[usize], kernel: usize) -> Result<(u64, u64)> {
    check(rates, kernel)?;
    let span: usize = 1 + rates.iter().map(|r| r * (kernel - 1)).sum::<usize>();
    if span > MAX_SPAN {
        return Err(Error::Budget {
            what: "dilation: receptive field side to enumerate".into(),
            needed: span as u64,
            limit: MAX_SPAN as u64,
        });
    }
    let mut reach = vec![false; span];
    reach[0] = true;
    let mut width = 1;
    for &r in rates {
        let mut next = vec![false; span];
        for (x, _) in reach.iter().enumerate().take(width).filter(|(_, &on)| on) {
            for t in 0..kernel {
                next[x + t * r] = true;
            }
        }
        width += r * (kernel - 1);
        reach = next;
    }
    let used = reach.iter().filter(|&&on| on).count() as u64;
    Ok((used * used, (span * span) as u64))
}
