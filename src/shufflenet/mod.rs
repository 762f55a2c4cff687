//! ShuffleNet v1 (Zhang et al. 2017) as numbers: the unit's cost against ResNet's and
//! ResNeXt's bottlenecks (the paper's formulas, computed from zoo layers), the unit of
//! the zoo's network as a block, and the paper's Tables 2, 3 and 5 with the zoo's
//! complexity beside them.

pub mod state;

use crate::arch::{summarize, Budget, Layer, Model};
use crate::charts::xy::{Marker, Point, Series, XyChart};
use crate::charts::Figure;
use crate::error::{Error, Result};
use crate::zoo;
use crate::zoo::layers::{conv, seq, shuffle};

/// Group counts of Tables 1 and 2.
pub const GROUPS: [usize; 5] = [1, 2, 3, 4, 8];

/// One row of Table 2: a width scale, its complexity and the top-1 error (%) for
/// each of [`GROUPS`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table2Row {
    pub scale: f32,
    /// MFLOPs (multiply-adds) as the table heads the row.
    pub mflops: f64,
    pub error: [f64; 5],
}

/// Zhang et al. 2017, Table 2 (classification error vs. number of groups).
pub const TABLE2: [Table2Row; 3] = [
    Table2Row {
        scale: 1.0,
        mflops: 140.0,
        error: [33.6, 32.7, 32.6, 32.8, 32.4],
    },
    Table2Row {
        scale: 0.5,
        mflops: 38.0,
        error: [45.1, 44.4, 43.2, 41.6, 42.3],
    },
    Table2Row {
        scale: 0.25,
        mflops: 13.0,
        error: [57.1, 56.8, 55.0, 54.2, 52.7],
    },
];

/// Zhang et al. 2017, Table 3: (scale, groups, error without shuffle, error with).
pub const TABLE3: [(f32, usize, f64, f64); 6] = [
    (1.0, 3, 34.5, 32.6),
    (1.0, 8, 37.6, 32.4),
    (0.5, 3, 45.7, 43.2),
    (0.5, 8, 48.1, 42.3),
    (0.25, 3, 56.3, 55.0),
    (0.25, 8, 56.5, 52.7),
];

/// One row of Table 5: a MobileNet (width α) and the ShuffleNet (scale, g) of about
/// the same complexity, each with its top-1 error (%) and MFLOPs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table5Row {
    pub alpha: f32,
    pub mobilenet_error: f64,
    pub mobilenet_mflops: f64,
    pub scale: f32,
    pub groups: usize,
    pub shufflenet_error: f64,
    pub shufflenet_mflops: f64,
}

/// Zhang et al. 2017, Table 5 (ShuffleNet against MobileNet).
pub const TABLE5: [Table5Row; 4] = [
    Table5Row {
        alpha: 1.0,
        mobilenet_error: 29.4,
        mobilenet_mflops: 569.0,
        scale: 2.0,
        groups: 3,
        shufflenet_error: 26.3,
        shufflenet_mflops: 524.0,
    },
    Table5Row {
        alpha: 0.75,
        mobilenet_error: 31.6,
        mobilenet_mflops: 325.0,
        scale: 1.5,
        groups: 3,
        shufflenet_error: 28.5,
        shufflenet_mflops: 292.0,
    },
    Table5Row {
        alpha: 0.5,
        mobilenet_error: 36.3,
        mobilenet_mflops: 149.0,
        scale: 1.0,
        groups: 8,
        shufflenet_error: 32.4,
        shufflenet_mflops: 140.0,
    },
    Table5Row {
        alpha: 0.25,
        mobilenet_error: 49.4,
        mobilenet_mflops: 41.0,
        scale: 0.5,
        groups: 4,
        shufflenet_error: 41.6,
        shufflenet_mflops: 38.0,
    },
];

impl Table2Row {
    /// The group count with the lowest error.
    pub fn best(&self) -> usize {
        let mut best = 0;
        for (i, e) in self.error.iter().enumerate() {
            if *e < self.error[best] {
                best = i;
            }
        }
        GROUPS[best]
    }
}

/// The zoo's ShuffleNet v1 at (`groups`, `scale`) and 224 px, from its constructor
/// alone (the page carries this network's code, not the whole zoo's).
pub fn network(groups: usize, scale: f32) -> Result<Model> {
    let layers = zoo::shufflenet::shufflenet_v1(groups, scale).ok_or_else(|| {
        Error::param(
            "shufflenet_v1",
            format!("groups is {groups}"),
            "1, 2, 3, 4 or 8",
        )
    })?;
    Ok(Model::new("shufflenet_v1", [3, 224, 224], layers))
}

/// Multiply-adds of [`network`].
pub fn zoo_macs(groups: usize, scale: f32) -> Result<u64> {
    Ok(summarize(&network(groups, scale)?, &Budget::default())?.macs)
}

/// The words of the Table 2 chart, in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct Table2Labels {
    /// The language of these words (for the sources line).
    pub lang: crate::i18n::Lang,
    pub title: &'static str,
    pub x: &'static str,
    pub y: &'static str,
    /// Before the scale: "ShuffleNet 0.5×".
    pub series: &'static str,
    pub best: &'static str,
}

/// Table 2 as the change of top-1 error from g = 1, one line per scale, the best g
/// of each labelled: where the lines bottom out shows that the best g depends on
/// the network's size.
pub fn table2_figure(words: &Table2Labels) -> Figure {
    let series = TABLE2
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let best = row.best();
            Series {
                label: format!("{} {}× ({} MFLOPs)", words.series, row.scale, row.mflops),
                points: GROUPS
                    .iter()
                    .zip(row.error)
                    .map(|(&g, e)| {
                        let label = if g == best { words.best } else { "" };
                        Point::new(g as f64, e - row.error[0], label)
                    })
                    .collect(),
                line: true,
                marker: Marker::Filled,
                color: i,
            }
        })
        .collect();
    Figure::one_xy(
        words.title.to_string(),
        XyChart {
            subtitle: String::new(),
            x_label: words.x.to_string(),
            y_label: words.y.to_string(),
            log_x: false,
            series,
            hlines: vec![],
        },
        vec!["Zhang et al. 2017, ShuffleNet, Table 2".into()],
        words.lang,
    )
}

/// The bottleneck of the unit-cost comparison: `c` channels in and out, `m` in the
/// bottleneck, `g` groups, an `h × h` map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitSpec {
    pub c: usize,
    pub m: usize,
    pub g: usize,
    pub h: usize,
}

/// The three bottlenecks the paper compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// 1×1 (c → m), 3×3 (m → m), 1×1 (m → c): hw(2cm + 9m²).
    ResNet,
    /// The 3×3 in g groups: hw(2cm + 9m²/g).
    ResNeXt,
    /// Both 1×1 in g groups, a shuffle, the 3×3 depth-wise: hw(2cm/g + 9m).
    ShuffleNet,
}

impl UnitKind {
    pub const ALL: [UnitKind; 3] = [UnitKind::ResNet, UnitKind::ResNeXt, UnitKind::ShuffleNet];
}

/// The unit's convolutions as a one-layer model named `unit` (no batch norm: the
/// paper's formulas count the convolutions' multiply-adds only).
pub fn unit_model(kind: UnitKind, u: &UnitSpec) -> Model {
    let UnitSpec { c, m, g, h } = *u;
    let layers: Vec<Layer> = match kind {
        UnitKind::ResNet => vec![
            conv("conv1", c, m, [1, 1], 1, [0, 0], 1, false),
            conv("conv2", m, m, [3, 3], 1, [1, 1], 1, false),
            conv("conv3", m, c, [1, 1], 1, [0, 0], 1, false),
        ],
        UnitKind::ResNeXt => vec![
            conv("conv1", c, m, [1, 1], 1, [0, 0], 1, false),
            conv("conv2", m, m, [3, 3], 1, [1, 1], g, false),
            conv("conv3", m, c, [1, 1], 1, [0, 0], 1, false),
        ],
        UnitKind::ShuffleNet => vec![
            conv("gconv1", c, m, [1, 1], 1, [0, 0], g, false),
            shuffle("shuffle", g),
            conv("dwconv", m, m, [3, 3], 1, [1, 1], m, false),
            conv("gconv2", m, c, [1, 1], 1, [0, 0], g, false),
        ],
    };
    Model::new("", [c, h, h], vec![seq("unit", layers)])
}

/// Multiply-adds of the unit (from the analysis of [`unit_model`]); `c` and `m` must
/// split into the `g` groups.
pub fn unit_macs(kind: UnitKind, u: &UnitSpec) -> Result<u64> {
    if u.g == 0 || u.c % u.g != 0 || u.m % u.g != 0 {
        return Err(Error::param(
            "unit",
            format!("c = {} and m = {} with g = {}", u.c, u.m, u.g),
            "c and m divisible by g",
        ));
    }
    Ok(summarize(&unit_model(kind, u), &Budget::default())?.macs)
}
