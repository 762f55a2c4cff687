//! From the core to chart data: an [`arch::Summary`](crate::arch::Summary) becomes
//! [`NetworkCosts`], the zoo's published figures become accuracy and groups
//! charts, and [`figure`] builds any [`ChartKind`] the same way for the app and
//! the CLI.
//!
//! Costs come from `arch::summarize` and `zoo::summary`; this file only
//! classifies and regroups them.

use super::kind::ChartKind;
use super::network::{self, LayerCost, LayerKind, NetworkCosts, TypeShares};
use super::published::{self, AccuracyGroup, AccuracyPoint, GroupsCost, GroupsError};
use super::words::ChartWords;
use super::Figure;
use crate::arch::{LayerRow, OpKind, Summary};
use crate::i18n::{fill, Lang};
use crate::nn::conv::{grouping, Grouping};
use crate::zoo::{self, published::Published, ZooParams};

/// The kind of a summary row, from its op, kernel and groups.
pub fn layer_kind(row: &LayerRow) -> LayerKind {
    match row.op {
        OpKind::Conv2d => match (
            grouping(row.groups.unwrap_or(1), row.in_shape[0]),
            row.kernel,
        ) {
            (Grouping::Depthwise, _) => LayerKind::Depthwise,
            (Grouping::Grouped, _) => LayerKind::Group,
            (Grouping::Full, Some([1, 1])) => LayerKind::Pointwise,
            (Grouping::Full, _) => LayerKind::Spatial,
        },
        OpKind::Linear => LayerKind::Linear,
        kind if kind.is_pool() => LayerKind::Pool,
        _ => LayerKind::Other,
    }
}

/// MobileNet's Table 2: shares of MACs and parameters by layer type of
/// 1.0 MobileNet-224, in percent. (Its 1.19% of MACs for the first 3x3 conv
/// does not match the 10.8M of 569M the paper's own Table 1 implies, 1.9%.)
pub fn mobilenet_table2() -> TypeShares {
    TypeShares {
        rows: vec![
            (LayerKind::Pointwise, 94.86, 74.59),
            (LayerKind::Depthwise, 3.06, 1.06),
            (LayerKind::Spatial, 1.19, 0.02),
            (LayerKind::Linear, 0.18, 24.33),
        ],
        source: "Howard et al. 2017, MobileNets, Table 2 (1.0 MobileNet-224)".into(),
    }
}

/// Table 2's shares if `summary` is the zoo's 1.0 MobileNet-224 (same name and totals).
fn paper_shares(summary: &Summary) -> Option<TypeShares> {
    if summary.model != "mobilenet_v1" {
        return None;
    }
    let reference = zoo::summary("mobilenet_v1", &ZooParams::default()).ok()?;
    (reference.params == summary.params && reference.macs == summary.macs).then(mobilenet_table2)
}

/// Chart data of a summary, labelled `label`.
pub fn network_costs(label: &str, summary: &Summary) -> NetworkCosts {
    NetworkCosts {
        paper_shares: paper_shares(summary),
        label: label.to_string(),
        input: summary.input,
        params: summary.params,
        macs: summary.macs,
        receptive_field: summary.receptive_field,
        layers: summary
            .layers
            .iter()
            .map(|row| LayerCost {
                name: row.name.clone(),
                kind: layer_kind(row),
                params: row.params,
                macs: row.macs,
                receptive_field: row.receptive_field,
                out_shape: row.out_shape,
                aux: row.aux,
            })
            .collect(),
    }
}

/// The figure for `kind` from the networks in `nets` (none for the published charts),
/// with its words in `lang`.
///
/// Errors if the chart takes a different number of networks.
pub fn figure(kind: ChartKind, nets: &[NetworkCosts], lang: Lang) -> Result<Figure, String> {
    let range = kind.model_count();
    if !range.contains(&nets.len()) {
        let want = match (range.start(), range.end()) {
            (0, 0) => "no models".to_string(),
            (a, b) if a == b => format!("{a} models"),
            (a, b) => format!("{a} to {b} models"),
        };
        return Err(format!(
            "chart '{}' takes {want}, got {}",
            kind.as_str(),
            nets.len()
        ));
    }
    Ok(match kind {
        ChartKind::CostByType => network::cost_by_type(nets, lang),
        ChartKind::Layers => network::per_layer(nets, lang),
        ChartKind::RfGrowth => network::rf_growth(nets, lang),
        ChartKind::Compare => network::compare(nets, lang),
        ChartKind::AccuracyVsMacs => accuracy_vs_macs(lang),
        ChartKind::MobilenetMultipliers => mobilenet_multipliers(lang),
        ChartKind::ShufflenetGroups => shufflenet_groups(lang),
    })
}

/// MACs the zoo computes for a published entry, if it has the network.
fn computed_macs(entry: &Published) -> Option<f64> {
    let params = entry.zoo_params()?;
    let summary = zoo::summary(entry.zoo?, &params).ok()?;
    Some(summary.macs as f64)
}

fn point(entry: &Published, name: &str) -> AccuracyPoint {
    AccuracyPoint {
        name: name.to_string(),
        top1: entry.top1,
        published_macs: entry.mmacs.map(|m| m * 1e6),
        computed_macs: computed_macs(entry),
        source: entry.source.to_string(),
    }
}

/// Published top-1 accuracy against MACs: MobileNet v1, ShuffleNet v1 and the rest.
pub fn accuracy_vs_macs(lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let family = |e: &Published| match e.zoo {
        Some("mobilenet_v1") => 0,
        Some("shufflenet_v1") => 1,
        _ => 2,
    };
    let labels = ["MobileNet v1", "ShuffleNet v1", words.other_networks];
    let groups: Vec<AccuracyGroup> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| AccuracyGroup {
            label: label.to_string(),
            points: zoo::published::PUBLISHED
                .iter()
                .filter(|e| family(e) == i && plotted(e))
                .map(|e| point(e, e.label))
                .collect(),
        })
        .collect();
    published::accuracy_figure(words.accuracy_vs_macs, &groups, false, lang)
}

/// Entries with published MACs, and those without whose network no other entry shows.
fn plotted(e: &Published) -> bool {
    e.mmacs.is_some()
        || e.zoo.is_some_and(|z| {
            zoo::published::PUBLISHED
                .iter()
                .filter(|o| o.zoo == Some(z))
                .count()
                == 1
        })
}

/// MobileNet v1's width multiplier curve (at 224) and resolution curve (at alpha 1).
pub fn mobilenet_multipliers(lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let entries: Vec<(&Published, ZooParams)> = zoo::published::PUBLISHED
        .iter()
        .filter(|e| e.zoo == Some("mobilenet_v1"))
        .filter_map(|e| Some((e, e.zoo_params()?)))
        .collect();
    let curve =
        |label: &str, keep: &dyn Fn(&ZooParams) -> bool, name: &dyn Fn(&ZooParams) -> String| {
            let mut points: Vec<AccuracyPoint> = entries
                .iter()
                .filter(|(_, p)| keep(p))
                .map(|(e, p)| point(e, &name(p)))
                .collect();
            points.sort_by(|a, b| a.top1.total_cmp(&b.top1));
            AccuracyGroup {
                label: label.to_string(),
                points,
            }
        };
    let groups = [
        curve(words.width_curve, &|p| p.resolution == Some(224), &|p| {
            fill(
                words.alpha,
                &[("alpha", &p.alpha.unwrap_or(1.0).to_string())],
            )
        }),
        curve(words.resolution_curve, &|p| p.alpha == Some(1.0), &|p| {
            format!("{} px", p.resolution.unwrap_or(224))
        }),
    ];
    published::accuracy_figure(words.multipliers, &groups, true, lang)
}

/// ShuffleNet v1: published and computed MACs by groups (1x), and top-1 error
/// by groups for each published width scale.
pub fn shufflenet_groups(lang: Lang) -> Figure {
    let mut rows: Vec<(f32, usize, &Published)> = zoo::published::PUBLISHED
        .iter()
        .filter(|e| e.zoo == Some("shufflenet_v1"))
        .filter_map(|e| {
            let p = e.zoo_params()?;
            Some((p.scale?, p.groups?, e))
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let costs: Vec<GroupsCost> = rows
        .iter()
        .filter(|r| r.0 == 1.0)
        .filter_map(|&(_, g, e)| {
            Some(GroupsCost {
                groups: g,
                published_macs: e.mmacs? * 1e6,
                computed_macs: computed_macs(e),
            })
        })
        .collect();
    let mut errors: Vec<GroupsError> = Vec::new();
    for &(scale, g, e) in &rows {
        let label = format!("ShuffleNet {scale}x");
        match errors.last_mut() {
            Some(last) if last.label == label => last.points.push((g, 100.0 - e.top1)),
            _ => errors.push(GroupsError {
                label,
                points: vec![(g, 100.0 - e.top1)],
            }),
        }
    }
    // A scale with a single published point (2x, 1.5x: Table 5) is not a curve.
    errors.retain(|e| e.points.len() > 1);
    // Cite only the rows drawn.
    let drawn = |scale: f32| {
        scale == 1.0
            || errors
                .iter()
                .any(|e| e.label == format!("ShuffleNet {scale}x"))
    };
    let sources: Vec<String> = rows
        .iter()
        .filter(|r| drawn(r.0))
        .map(|r| r.2.source.to_string())
        .collect();
    published::shufflenet_groups(&costs, &errors, &sources, lang)
}
