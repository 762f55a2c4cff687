//! Parameters and MACs of one layer against its group count (or Xception's towers):
//! both fall as 1/g, the point-wise part (when on) stays.

use super::figure::{Figure, Panel};
use super::xy::{Marker, Point, Series, XyChart};

/// The chart's words, from the interface language's table.
pub struct GroupsLabels<'a> {
    /// The language of these words (for the sources line).
    pub lang: crate::i18n::Lang,
    pub title: &'a str,
    pub x_label: &'a str,
    pub params: &'a str,
    pub macs: &'a str,
}

/// `rows` are (g, params, MACs) for every allowed g; `current` is labelled.
pub fn cost_against_groups(
    rows: &[(usize, u64, u64)],
    current: usize,
    labels: &GroupsLabels,
) -> Figure {
    let panel = |name: &str, pick: fn(&(usize, u64, u64)) -> u64, color: usize| {
        let points = rows
            .iter()
            .map(|r| {
                let label = if r.0 == current {
                    format!(
                        "g={} ({})",
                        r.0,
                        crate::format::short_number(pick(r) as f64)
                    )
                } else {
                    String::new()
                };
                Point::new(r.0 as f64, pick(r) as f64, label)
            })
            .collect();
        Panel::Xy(XyChart {
            subtitle: name.to_string(),
            x_label: labels.x_label.to_string(),
            y_label: name.to_string(),
            log_x: rows.len() > 1,
            series: vec![Series {
                label: name.to_string(),
                points,
                line: true,
                marker: Marker::Filled,
                color,
            }],
            hlines: vec![],
        })
    };
    Figure {
        title: labels.title.to_string(),
        panels: vec![
            panel(labels.params, |r| r.1, 0),
            panel(labels.macs, |r| r.2, 1),
        ],
        columns: 2,
        sources: vec![],
        lang: labels.lang,
    }
}
