//! Charts of published figures: accuracy against MACs across networks,
//! MobileNet's width and resolution multipliers, ShuffleNet's groups.
//!
//! Every published number carries its source, and every figure lists its
//! sources at the bottom. Where the zoo can build the network, the MACs
//! ConvAtlas computes are drawn as hollow circles beside the published ones.

use super::bars::{BarChart, BarSeries};
use super::figure::{Figure, Panel};
use super::xy::{Marker, Point, Series, XyChart};

/// A network's published top-1 accuracy and MACs, and the MACs ConvAtlas computes.
#[derive(Debug, Clone, PartialEq)]
pub struct AccuracyPoint {
    /// Point label ("0.75 MobileNet-224", "alpha 0.5", "ShuffleNet 1x g=8").
    pub name: String,
    /// ImageNet top-1 accuracy, percent.
    pub top1: f64,
    /// Multiply-accumulates as published.
    pub published_macs: f64,
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

/// The sources of `sources`, deduplicated in order, as lines of at most `width` characters.
pub fn source_lines<'a>(sources: impl IntoIterator<Item = &'a str>, width: usize) -> Vec<String> {
    let mut unique: Vec<&str> = Vec::new();
    for s in sources {
        if !s.is_empty() && !unique.contains(&s) {
            unique.push(s);
        }
    }
    let prefix = if unique.len() > 1 {
        "Sources: "
    } else {
        "Source: "
    };
    let mut lines: Vec<String> = Vec::new();
    for s in unique {
        match lines.last_mut() {
            Some(line) if line.len() + 2 + s.len() <= width => {
                line.push_str("; ");
                line.push_str(s);
            }
            _ => lines.push(if lines.is_empty() {
                format!("{prefix}{s}")
            } else {
                s.to_string()
            }),
        }
    }
    lines
}

/// Top-1 accuracy against MACs (log scale), one colour per group; published
/// MACs filled, ConvAtlas's hollow. `lines` joins each group's points in order.
pub fn accuracy_figure(title: &str, groups: &[AccuracyGroup], lines: bool) -> Figure {
    let mut series = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        series.push(Series {
            label: g.label.clone(),
            points: g
                .points
                .iter()
                .map(|p| Point::new(p.published_macs / 1e6, p.top1, p.name.as_str()))
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
            .filter_map(|p| Some(Point::new(p.computed_macs? / 1e6, p.top1, "")))
            .collect();
        if !computed.is_empty() {
            series.push(Series {
                label: format!("{} (MACs computed by ConvAtlas)", g.label),
                points: computed,
                line: false,
                marker: Marker::Hollow,
                color: i,
            });
        }
    }
    let sources = groups
        .iter()
        .flat_map(|g| &g.points)
        .map(|p| p.source.as_str());
    Figure {
        title: title.into(),
        panels: vec![Panel::Xy(XyChart {
            subtitle: "ImageNet top-1 accuracy against multiply-accumulates per image".into(),
            x_label: "MACs (millions, log scale)".into(),
            y_label: "top-1 accuracy (%)".into(),
            log_x: true,
            series,
            hlines: Vec::new(),
        })],
        columns: 1,
        sources: source_lines(sources, 110),
    }
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
) -> Figure {
    let mut series = vec![BarSeries {
        label: "published".into(),
        values: costs.iter().map(|c| c.published_macs / 1e6).collect(),
        color: 0,
    }];
    if costs.iter().any(|c| c.computed_macs.is_some()) {
        series.push(BarSeries {
            label: "computed by ConvAtlas".into(),
            values: costs
                .iter()
                .map(|c| c.computed_macs.map_or(0.0, |m| m / 1e6))
                .collect(),
            color: 1,
        });
    }
    let complexity = BarChart {
        subtitle: "Complexity (ShuffleNet 1x)".into(),
        x_label: "groups g".into(),
        y_label: "MACs (millions)".into(),
        categories: costs.iter().map(|c| format!("g={}", c.groups)).collect(),
        series,
        stacked: false,
        value_suffix: Some(String::new()),
        y_max: None,
    };
    let error = XyChart {
        subtitle: "Top-1 error on ImageNet".into(),
        x_label: "groups g".into(),
        y_label: "top-1 error (%)".into(),
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
        title: "ShuffleNet: cost and error by number of groups".into(),
        panels: vec![Panel::Bars(complexity), Panel::Xy(error)],
        columns: 2,
        sources: source_lines(sources.iter().map(String::as_str), 110),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_deduplicated_and_wrapped() {
        let lines = source_lines(["A 2017, Table 6", "B 2016", "A 2017, Table 6", ""], 30);
        assert_eq!(lines, vec!["Sources: A 2017, Table 6", "B 2016"]);
        assert_eq!(source_lines(["A"], 80), vec!["Source: A"]);
        assert!(source_lines([], 80).is_empty());
    }
}
