//! Per-network charts from plain per-layer costs: cost by layer type, params
//! and MACs per layer, receptive-field growth, and two networks side by side.
//!
//! The numbers come from `arch::summarize` (see `charts::adapt`); nothing
//! here computes a shape, a cost or a receptive field.

use super::bars::{BarChart, BarSeries};
use super::figure::{Figure, Panel};
use super::words::ChartWords;
use super::xy::{HLine, Marker, Point, Series, XyChart};
use crate::format::short_number;
use crate::i18n::{fill, Lang};

/// What a layer computes, grouped as in MobileNet's Table 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LayerKind {
    /// 1x1 convolution over all input channels.
    Pointwise,
    /// Depth-wise convolution (one filter per channel).
    Depthwise,
    /// A k x k convolution (k > 1) over all input channels.
    Spatial,
    /// A convolution in g > 1 groups that is not depth-wise (AlexNet's, ResNeXt's,
    /// ShuffleNet's 1x1 group convolutions), any kernel.
    Group,
    /// Fully connected layer.
    Linear,
    /// Max, average and global pooling.
    Pool,
    /// Batch norm, activations, shuffles, merges, ...
    Other,
}

impl LayerKind {
    /// All kinds in chart order.
    pub const ALL: [LayerKind; 7] = [
        LayerKind::Pointwise,
        LayerKind::Depthwise,
        LayerKind::Spatial,
        LayerKind::Group,
        LayerKind::Linear,
        LayerKind::Pool,
        LayerKind::Other,
    ];

    /// Category name on charts, in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let index = match self {
            LayerKind::Pointwise => 0,
            LayerKind::Depthwise => 1,
            LayerKind::Spatial => 2,
            LayerKind::Group => 3,
            LayerKind::Linear => 4,
            LayerKind::Pool => 5,
            LayerKind::Other => 6,
        };
        ChartWords::of(lang).kinds[index]
    }

    /// Palette index, so a kind has one colour on every chart and block diagram.
    pub fn color(self) -> usize {
        match self {
            LayerKind::Pointwise => 0,
            LayerKind::Depthwise => 1,
            LayerKind::Spatial => 2,
            LayerKind::Group => 3,
            LayerKind::Pool => 4,
            LayerKind::Other => 5,
            LayerKind::Linear => 6,
        }
    }

    /// Convolutions and fully connected layers.
    pub fn has_weights(self) -> bool {
        !matches!(self, LayerKind::Pool | LayerKind::Other)
    }

    /// Layers that move a window over the image (and so grow the receptive field).
    pub fn is_windowed(self) -> bool {
        !matches!(self, LayerKind::Linear | LayerKind::Other)
    }
}

/// One layer's costs, as `arch::summarize` reports them.
#[derive(Debug, Clone, PartialEq)]
pub struct LayerCost {
    /// Dotted path of the layer.
    pub name: String,
    pub kind: LayerKind,
    pub params: u64,
    pub macs: u64,
    /// Receptive-field size of the layer's output, in input pixels.
    pub receptive_field: u64,
    /// Output (C, H, W).
    pub out_shape: [usize; 3],
    /// Inside an auxiliary head (a side output, not the main path).
    pub aux: bool,
}

/// One network's totals and layers.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkCosts {
    /// Name shown on charts, with its settings ("mobilenet_v1 (alpha 0.5)").
    pub label: String,
    /// Input (C, H, W).
    pub input: [usize; 3],
    pub params: u64,
    pub macs: u64,
    /// Receptive field of the last spatial layer.
    pub receptive_field: u64,
    pub layers: Vec<LayerCost>,
    /// The paper's shares by layer kind for this very network, if published
    /// (MobileNet's Table 2 for 1.0 MobileNet-224).
    pub paper_shares: Option<TypeShares>,
}

/// Published shares of MACs and parameters by layer kind, in percent.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeShares {
    /// (kind, MACs %, params %).
    pub rows: Vec<(LayerKind, f64, f64)>,
    /// Citation shown on the chart.
    pub source: String,
}

/// Share of MACs and params (percent of the totals) per kind, in [`LayerKind::ALL`] order.
pub fn type_shares(net: &NetworkCosts) -> Vec<(LayerKind, f64, f64)> {
    let pct = |part: u64, whole: u64| {
        if whole == 0 {
            0.0
        } else {
            part as f64 * 100.0 / whole as f64
        }
    };
    let (macs, params): (u64, u64) = net.layers.iter().fold((0, 0), |(m, p), l| {
        (m.saturating_add(l.macs), p.saturating_add(l.params))
    });
    LayerKind::ALL
        .iter()
        .map(|&k| {
            let of_kind = net.layers.iter().filter(|l| l.kind == k);
            let (m, p) = of_kind.fold((0u64, 0u64), |(m, p), l| {
                (m.saturating_add(l.macs), p.saturating_add(l.params))
            });
            (k, pct(m, macs), pct(p, params))
        })
        .collect()
}

/// Shares of MACs and parameters by layer kind, one panel per network, with the
/// paper's shares beside ours where a network has them.
pub fn cost_by_type(nets: &[NetworkCosts], lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let shares: Vec<_> = nets.iter().map(type_shares).collect();
    // Kinds with a share anywhere, so panels side by side have the same categories.
    let kinds: Vec<LayerKind> = LayerKind::ALL
        .into_iter()
        .filter(|k| {
            shares
                .iter()
                .flatten()
                .any(|(kind, m, p)| kind == k && (*m > 0.0 || *p > 0.0))
        })
        .collect();
    let panels = nets
        .iter()
        .zip(&shares)
        .map(|(net, rows)| {
            let pick = |rows: &[(LayerKind, f64, f64)], macs: bool| -> Vec<f64> {
                kinds
                    .iter()
                    .map(|k| {
                        rows.iter()
                            .find(|r| r.0 == *k)
                            .map_or(0.0, |r| if macs { r.1 } else { r.2 })
                    })
                    .collect()
            };
            let mut series = vec![
                bar_series(words.macs, pick(rows, true), 0),
                bar_series(words.params, pick(rows, false), 1),
            ];
            if let Some(paper) = &net.paper_shares {
                series.push(bar_series(words.macs_paper, pick(&paper.rows, true), 2));
                series.push(bar_series(words.params_paper, pick(&paper.rows, false), 3));
            }
            Panel::Bars(BarChart {
                subtitle: fill(
                    words.type_subtitle,
                    &[
                        ("net", &net.label),
                        ("macs", &short_number(net.macs as f64)),
                        ("params", &short_number(net.params as f64)),
                    ],
                ),
                x_label: String::new(),
                y_label: words.share.into(),
                categories: kinds.iter().map(|k| k.label(lang).to_string()).collect(),
                series,
                stacked: false,
                value_suffix: Some("%".into()),
                y_max: Some(100.0),
            })
        })
        .collect();
    Figure {
        title: words.cost_by_type.into(),
        panels,
        columns: nets.len().max(1),
        sources: nets
            .iter()
            .filter_map(|n| Some(n.paper_shares.as_ref()?.source.clone()))
            .collect(),
        lang,
    }
}

fn bar_series(label: &str, values: Vec<f64>, color: usize) -> BarSeries {
    BarSeries {
        label: label.into(),
        values,
        color,
    }
}

/// A divisor and unit name (in `words`) that keep the axis numbers short.
fn unit(max: f64, words: &ChartWords) -> (f64, &'static str) {
    if max >= 1e6 {
        (1e6, words.units[0])
    } else if max >= 1e3 {
        (1e3, words.units[1])
    } else {
        (1.0, words.units[2])
    }
}

/// MACs and parameters of every convolution and fully connected layer, coloured by kind; one
/// column per network, with shared scales so columns compare.
pub fn per_layer(nets: &[NetworkCosts], lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let costly = |net: &NetworkCosts| -> Vec<LayerCost> {
        net.layers
            .iter()
            .filter(|l| l.kind.has_weights())
            .cloned()
            .collect()
    };
    let layers: Vec<Vec<LayerCost>> = nets.iter().map(costly).collect();
    let max_of = |f: fn(&LayerCost) -> u64| {
        layers
            .iter()
            .flatten()
            .map(|l| f(l) as f64)
            .fold(0.0, f64::max)
    };
    let mut panels = Vec::new();
    for (what, field) in [
        (
            words.macs,
            (|l: &LayerCost| l.macs) as fn(&LayerCost) -> u64,
        ),
        (words.params, |l: &LayerCost| l.params),
    ] {
        let (div, unit_name) = unit(max_of(field), words);
        for (net, rows) in nets.iter().zip(&layers) {
            let series = LayerKind::ALL
                .iter()
                .filter(|k| rows.iter().any(|l| l.kind == **k))
                .map(|&k| {
                    let values = rows
                        .iter()
                        .map(|l| {
                            if l.kind == k {
                                field(l) as f64 / div
                            } else {
                                0.0
                            }
                        })
                        .collect();
                    bar_series(k.label(lang), values, k.color())
                })
                .collect();
            panels.push(Panel::Bars(BarChart {
                subtitle: fill(
                    words.per_layer_subtitle,
                    &[("net", &net.label), ("what", what)],
                ),
                x_label: String::new(),
                y_label: format!("{what} ({unit_name})"),
                categories: rows.iter().map(|l| l.name.clone()).collect(),
                series,
                stacked: true,
                value_suffix: None,
                y_max: Some(max_of(field) / div),
            }));
        }
    }
    Figure {
        title: words.per_layer.into(),
        panels,
        columns: nets.len().max(1),
        sources: Vec::new(),
        lang,
    }
}

/// The largest receptive field reached after each windowed layer of the main
/// path, up to the last spatial one. (A shortcut's 1x1 conv sees less than the
/// main path it is merged with, so the raw values would zigzag.)
pub fn rf_points(net: &NetworkCosts) -> Vec<Point> {
    let main = |l: &&LayerCost| l.kind.is_windowed() && !l.aux;
    let last = net
        .layers
        .iter()
        .rposition(|l| main(&l) && (l.out_shape[1] > 1 || l.out_shape[2] > 1));
    let mut reached = 0u64;
    let mut points: Vec<Point> = net.layers[..last.map_or(0, |p| p + 1)]
        .iter()
        .filter(main)
        .enumerate()
        .map(|(j, l)| {
            reached = reached.max(l.receptive_field);
            Point::new(j as f64 + 1.0, reached as f64, "")
        })
        .collect();
    if let Some(p) = points.last_mut() {
        p.label = format!("{} px", short_number(p.y));
    }
    points
}

/// Receptive-field growth ([`rf_points`]), one line per network, with the
/// input sizes dashed.
pub fn rf_growth(nets: &[NetworkCosts], lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let series = nets
        .iter()
        .enumerate()
        .map(|(i, net)| Series {
            label: net.label.clone(),
            points: rf_points(net),
            line: true,
            marker: Marker::Filled,
            color: i,
        })
        .collect();
    let mut hlines: Vec<HLine> = Vec::new();
    for (i, net) in nets.iter().enumerate() {
        let side = net.input[1].max(net.input[2]) as f64;
        if !hlines.iter().any(|h| h.y == side) {
            hlines.push(HLine {
                y: side,
                label: fill(words.input, &[("side", &short_number(side))]),
                color: i,
            });
        }
    }
    Figure::one_xy(
        words.rf_growth,
        XyChart {
            subtitle: words.rf_subtitle.into(),
            x_label: words.rf_x.into(),
            y_label: words.rf_y.into(),
            log_x: false,
            series,
            hlines,
        },
        vec!["Araujo et al. 2019, Computing Receptive Fields of Convolutional Neural Networks (Distill)".into()],
        lang,
    )
}

/// Two (or more) networks side by side: parameters, MACs and receptive field.
pub fn compare(nets: &[NetworkCosts], lang: Lang) -> Figure {
    let words = ChartWords::of(lang);
    let names: Vec<String> = nets.iter().map(|n| n.label.clone()).collect();
    let panel = |what: &str, values: Vec<f64>, color: usize| {
        Panel::Bars(BarChart {
            subtitle: what.into(),
            x_label: String::new(),
            y_label: what.into(),
            categories: names.clone(),
            series: vec![bar_series(what, values, color)],
            stacked: false,
            value_suffix: Some(String::new()),
            y_max: None,
        })
    };
    Figure {
        title: fill(words.side_by_side, &[("names", &names.join(words.vs))]),
        panels: vec![
            panel(
                words.params_millions,
                nets.iter().map(|n| n.params as f64 / 1e6).collect(),
                0,
            ),
            panel(
                words.macs_millions,
                nets.iter().map(|n| n.macs as f64 / 1e6).collect(),
                1,
            ),
            panel(
                words.rf_pixels,
                nets.iter().map(|n| n.receptive_field as f64).collect(),
                2,
            ),
        ],
        columns: 3,
        sources: Vec::new(),
        lang,
    }
}
