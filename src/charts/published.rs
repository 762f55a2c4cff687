//! Charts of published figures: accuracy against MACs across networks,
//! MobileNet's width and resolution multipliers, ShuffleNet's groups.
//!
//! Every published number carries its source, and every figure lists its
//! sources at the bottom. Where the zoo can build the network, the MACs
//! ConvAtlas computes are drawn as hollow circles beside the published ones.

use super::bars::{BarChart, BarSeries};
use super::figure::{Figure, Panel};
use super::words::ChartWords;
use super::xy::{Marker, Point, Series, XyChart};
use crate::i18n::Lang;

/// A network's published top-1 accuracy and MACs, and the MACs ConvAtlas computes.
#[derive(Debug, Clone, PartialEq)]
pub struct AccuracyPoint {
    /// Point label ("0.75 MobileNet-224", "alpha 0.5", "ShuffleNet 1x g=8").
    pub name: String,
    /// ImageNet top-1 accuracy, percent.
    pub top1: f64,
    /// Multiply-accumulates as published, if the source gives them.
    pub published_macs: Option<f64>,
    /// Multiply-accumulates from the zoo's model, if the zoo has it.
    pub computed_macs: Option<f64>,
    /// Where the published numbers come from ("Howard et al. 2017, Table 6").
    pub source: String,
}

/// Points that belong together (a family of networks, or one multiplier curve).
#[derive(Debug, Clone, PartialEq)]
pub struct AccuracyGroup {
    pub label: String,
    pub points: Vec<AccuracyPoint>,
}

/// `sources` without repeats or empty entries, in order.
fn unique<'a>(sources: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in sources {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    out
}

/// Top-1 accuracy against MACs (log scale), one colour per group; published
/// MACs filled, ConvAtlas's hollow. `lines` joins each group's points in order.
pub fn accuracy_figure(title: &str, groups: &[AccuracyGroup], lines: bool, lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let mut series = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        series.push(Series {
            label: g.label.clone(),
            points: g
                .points
                .iter()
                .filter_map(|p| Some(Point::new(p.published_macs? / 1e6, p.top1, p.name.as_str())))
                .collect(),
            line: lines,
            marker: Marker::Filled,
            color: i,
        });
    }
    for (i, g) in groups.iter().enumerate() {
        let computed: Vec<Point> = g
            .points
            .iter()
            .filter_map(|p| {
                // Named here only if no published point carries the name.
                let name = if p.published_macs.is_some() {
                    ""
                } else {
                    p.name.as_str()
                };
                Some(Point::new(p.computed_macs? / 1e6, p.top1, name))
            })
            .collect();
        if !computed.is_empty() {
            series.push(Series {
                label: String::new(),
                points: computed,
                line: false,
                marker: Marker::Hollow,
                color: i,
            });
        }
    }
    if series.iter().any(|s| s.marker == Marker::Hollow) {
        // One legend entry for all rings, in a neutral colour.
        series.push(Series {
            label: words.rings.into(),
            points: Vec::new(),
            line: false,
            marker: Marker::Hollow,
            color: 5,
        });
    }
    let sources = groups
        .iter()
        .flat_map(|g| &g.points)
        .map(|p| p.source.as_str());
    Figure::one_xy(
        title,
        XyChart {
            subtitle: words.accuracy_subtitle.into(),
            x_label: words.macs_log.into(),
            y_label: words.top1.into(),
            log_x: true,
            series,
            hlines: Vec::new(),
        },
        unique(sources),
        lang,
    )
}

/// ShuffleNet's complexity for one number of groups.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupsCost {
    pub groups: usize,
    /// MACs as published.
    pub published_macs: f64,
    /// MACs of the zoo's model, if built.
    pub computed_macs: Option<f64>,
}

/// Top-1 error by number of groups for one width scale.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupsError {
    /// "ShuffleNet 1x".
    pub label: String,
    /// (groups, top-1 error %).
    pub points: Vec<(usize, f64)>,
}

/// Complexity by groups (published and computed) beside the error by groups.
pub fn shufflenet_groups(
    costs: &[GroupsCost],
    errors: &[GroupsError],
    sources: &[String],
    lang: Lang,
) -> Figure {
    let words = ChartWords::of(lang);
    let mut series = vec![BarSeries {
        label: words.published.into(),
        values: costs.iter().map(|c| c.published_macs / 1e6).collect(),
        color: 0,
    }];
    if costs.iter().any(|c| c.computed_macs.is_some()) {
        series.push(BarSeries {
            label: words.computed.into(),
            values: costs
                .iter()
                .map(|c| c.computed_macs.map_or(0.0, |m| m / 1e6))
                .collect(),
            color: 1,
        });
    }
    let complexity = BarChart {
        subtitle: words.complexity.into(),
        x_label: words.groups_g.into(),
        y_label: words.macs_millions.into(),
        categories: costs.iter().map(|c| format!("g={}", c.groups)).collect(),
        series,
        stacked: false,
        value_suffix: Some(String::new()),
        y_max: None,
    };
    let error = XyChart {
        subtitle: words.error_subtitle.into(),
        x_label: words.groups_g.into(),
        y_label: words.top1_error.into(),
        log_x: false,
        series: errors
            .iter()
            .enumerate()
            .map(|(i, e)| Series {
                label: e.label.clone(),
                points: e
                    .points
                    .iter()
                    .map(|&(g, err)| Point::new(g as f64, err, ""))
                    .collect(),
                line: true,
                marker: Marker::Filled,
                color: i + 2,
            })
            .collect(),
        hlines: Vec::new(),
    };
    Figure {
        title: words.groups_title.into(),
        panels: vec![Panel::Bars(complexity), Panel::Xy(error)],
        columns: 2,
        sources: unique(sources.iter().map(String::as_str)),
        lang,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_listed_once() {
        assert_eq!(
            unique(["A, Table 6", "B", "A, Table 6", ""]),
            vec!["A, Table 6", "B"]
        );
    }
}
