//! The per-layer table as aligned text, in the manner of torchinfo: one row per
//! layer, numbers right-aligned with thousands separators, totals at the end.

use crate::arch::Summary;
use crate::format::thousands;

/// `n` with a short unit: "568.7 M", "4.2 G", "864".
fn short(n: u64) -> String {
    let v = n as f64;
    if v >= 1e9 {
        format!("{:.2} G", v / 1e9)
    } else if v >= 1e6 {
        format!("{:.2} M", v / 1e6)
    } else if v >= 1e3 {
        format!("{:.2} k", v / 1e3)
    } else {
        n.to_string()
    }
}

fn shape(s: [usize; 3]) -> String {
    format!("[{}, {}, {}]", s[0], s[1], s[2])
}

/// The whole table for `summary`, titled `label`.
pub fn render(label: &str, summary: &Summary) -> String {
    let header = [
        "Layer",
        "Op",
        "Output shape",
        "Params",
        "MACs",
        "RF",
        "RF stride",
    ];
    let rows: Vec<[String; 7]> = summary
        .layers
        .iter()
        .map(|l| {
            [
                l.name.clone(),
                l.op.as_str().to_string(),
                shape(l.out_shape),
                thousands(l.params),
                thousands(l.macs),
                l.receptive_field.to_string(),
                l.rf_stride.to_string(),
            ]
        })
        .collect();
    let mut width = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in width.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(width).enumerate() {
            // Text columns left-aligned, numbers right-aligned.
            if i < 3 {
                s.push_str(&format!("{cell:<w$}  "));
            } else {
                s.push_str(&format!("{cell:>w$}  "));
            }
        }
        s.trim_end().to_string()
    };
    let total_w = width.iter().sum::<usize>() + 2 * (width.len() - 1);
    let rule = "=".repeat(total_w);
    let mut out = format!("Model: {label}\nInput: {}\n{rule}\n", shape(summary.input));
    out.push_str(&line(&header.map(String::from)));
    out.push('\n');
    out.push_str(&rule);
    out.push('\n');
    for row in &rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out.push_str(&rule);
    out.push('\n');
    out.push_str(&format!(
        "Total params: {} ({})\nTotal MACs: {} ({})\nReceptive field: {} px (effective stride {}, padding {}), last spatial layer\nLayers: {}\n",
        thousands(summary.params),
        short(summary.params),
        thousands(summary.macs),
        short(summary.macs),
        summary.receptive_field,
        summary.rf_stride,
        summary.rf_padding,
        summary.layers.len(),
    ));
    out
}
