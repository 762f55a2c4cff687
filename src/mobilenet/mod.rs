//! MobileNet v1 (Howard et al. 2017) as numbers: the standard layer against the
//! MobileNet layer (Table 3's walk through α and ρ), the whole network under the
//! two multipliers against Tables 6 and 7, the cost by layer type (Table 2) and
//! the full-convolution network (Table 4). Every cost comes from the zoo's layers
//! and networks through the atlas's analysis (`arch::summarize`).

pub mod state;

use crate::arch::{summarize, Budget, Model, OpKind, Summary};
use crate::charts::adapt::{mobilenet_table2, network_costs};
use crate::charts::network::type_shares;
use crate::charts::LayerKind;
use crate::error::Result;
use crate::nn::conv::Padding;
use crate::zoo::layers::{bn_eps, conv, conv_padded, relu, seq};
use crate::zoo::published::{Published, PUBLISHED};
use crate::zoo::{self, ZooParams};

/// One layer: `m` input and `n` output channels, a `dk × dk` kernel, on a
/// `df × df` map (stride 1, so the output is `df × df` too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayerSpec {
    pub m: usize,
    pub n: usize,
    pub df: usize,
    pub dk: usize,
}

/// Weights and multiply-accumulates of a layer's convolutions (Table 3 counts
/// only these: no batch norm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    pub params: u64,
    pub macs: u64,
}

fn one_layer(name: &str, spec: &LayerSpec, layers: Vec<crate::arch::Layer>) -> Model {
    Model::new("", [spec.m, spec.df, spec.df], vec![seq(name, layers)])
}

/// The standard layer (Fig. 3 left): D_K × D_K conv, BN, ReLU, as one model whose
/// layer is named `standard`.
pub fn standard_model(spec: &LayerSpec) -> Model {
    let LayerSpec { m, n, dk, .. } = *spec;
    one_layer(
        "standard",
        spec,
        vec![
            conv_padded("conv", m, n, [dk, dk], 1, 1, Padding::Same, 1, false),
            bn_eps("bn", n, 1e-3),
            relu("relu"),
        ],
    )
}

/// The MobileNet layer (Fig. 3 right): D_K × D_K depth-wise, BN, ReLU, 1×1
/// point-wise, BN, ReLU, as one model whose layer is named `mobilenet`.
pub fn separable_model(spec: &LayerSpec) -> Model {
    let LayerSpec { m, n, dk, .. } = *spec;
    one_layer(
        "mobilenet",
        spec,
        vec![
            conv_padded("dw", m, m, [dk, dk], 1, 1, Padding::Same, m, false),
            bn_eps("dw_bn", m, 1e-3),
            relu("dw_relu"),
            conv("pw", m, n, [1, 1], 1, [0, 0], 1, false),
            bn_eps("pw_bn", n, 1e-3),
            relu("pw_relu"),
        ],
    )
}

/// The convolutions' weights and MACs of `model` (batch norm left out).
fn conv_cost(model: &Model) -> Result<Cost> {
    let s = summarize(model, &Budget::default())?;
    let convs = s.layers.iter().filter(|r| r.op == OpKind::Conv2d);
    Ok(convs.fold(Cost { params: 0, macs: 0 }, |c, r| Cost {
        params: c.params + r.params,
        macs: c.macs + r.macs,
    }))
}

/// Standard layer: D_K·D_K·M·N weights, times D_F·D_F MACs (eq. 2).
pub fn standard_cost(spec: &LayerSpec) -> Result<Cost> {
    conv_cost(&standard_model(spec))
}

/// MobileNet layer: D_K·D_K·M + M·N weights, times D_F·D_F MACs (eq. 4).
pub fn separable_cost(spec: &LayerSpec) -> Result<Cost> {
    conv_cost(&separable_model(spec))
}

/// Eq. 5: the MobileNet layer's MACs over the standard layer's, 1/N + 1/D_K².
pub fn eq5(spec: &LayerSpec) -> f64 {
    1.0 / spec.n as f64 + 1.0 / (spec.dk * spec.dk) as f64
}

/// `c` channels thinned by α: ⌊α·c⌋, at least 1 (Table 3: 0.75 · 512 = 384).
pub fn thin(c: usize, alpha: f32) -> usize {
    (((c as f64) * alpha as f64 + 1e-9).floor() as usize).max(1)
}

/// A map side at resolution `res` instead of 224: round(D_F · res / 224), at least
/// 1 (Table 3: ρ = 0.714, 14 → 10).
pub fn shrink(df: usize, res: usize) -> usize {
    ((df as f64 * res as f64 / 224.0).round() as usize).max(1)
}

/// The rows of Table 3's walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkStep {
    /// The standard layer at M, N, D_F.
    Standard,
    /// The MobileNet layer at M, N, D_F.
    Separable,
    /// The MobileNet layer at αM, αN, D_F.
    Alpha,
    /// The MobileNet layer at αM, αN, ρD_F.
    AlphaRho,
}

/// Table 3's walk at `spec` with width multiplier `alpha` and resolution `res`
/// (ρ = res / 224): each step's layer and its cost.
pub fn walk(spec: &LayerSpec, alpha: f32, res: usize) -> Result<Vec<(WalkStep, LayerSpec, Cost)>> {
    let thinned = LayerSpec {
        m: thin(spec.m, alpha),
        n: thin(spec.n, alpha),
        ..*spec
    };
    let smaller = LayerSpec {
        df: shrink(spec.df, res),
        ..thinned
    };
    Ok(vec![
        (WalkStep::Standard, *spec, standard_cost(spec)?),
        (WalkStep::Separable, *spec, separable_cost(spec)?),
        (WalkStep::Alpha, thinned, separable_cost(&thinned)?),
        (WalkStep::AlphaRho, smaller, separable_cost(&smaller)?),
    ])
}

/// The zoo's MobileNet v1 at `alpha` and `res`.
fn network(alpha: f32, res: usize) -> Result<Summary> {
    zoo::summary(
        "mobilenet_v1",
        &ZooParams {
            alpha: Some(alpha),
            resolution: Some(res),
            ..ZooParams::default()
        },
    )
}

/// One point of the multipliers' table.
#[derive(Debug, Clone, PartialEq)]
pub struct NetPoint {
    pub alpha: f32,
    pub res: usize,
    /// The zoo's MobileNet at this point.
    pub macs: u64,
    pub params: u64,
    /// The α²ρ² law from 1.0 MobileNet-224's MACs.
    pub law_macs: f64,
    /// The paper's row for this point (Table 6 or 7), if any.
    pub paper: Option<&'static Published>,
}

/// The α²ρ² law: MACs at (α, ρ) ≈ α²·ρ²·(MACs at α = 1, ρ = 1).
pub fn law(base_macs: u64, alpha: f32, res: usize) -> f64 {
    let rho = res as f64 / 224.0;
    base_macs as f64 * (alpha as f64).powi(2) * rho * rho
}

/// The published points of Tables 6 and 7 (α at 224, resolutions at α = 1), then
/// (`alpha`, `res`) if it is not one of them: the zoo's cost, the law's, the paper's.
pub fn network_points(alpha: f32, res: usize) -> Result<Vec<NetPoint>> {
    let base = network(1.0, 224)?.macs;
    let mut points = Vec::new();
    let tables = PUBLISHED.iter().filter(|p| {
        p.zoo == Some("mobilenet_v1")
            && (p.source.ends_with("Table 6") || p.source.ends_with("Table 7"))
    });
    for p in tables {
        let Some(zp) = p.zoo_params() else { continue };
        let (a, r) = (zp.alpha.unwrap_or(1.0), zp.resolution.unwrap_or(224));
        if points.iter().any(|q: &NetPoint| q.alpha == a && q.res == r) {
            continue;
        }
        let s = network(a, r)?;
        points.push(NetPoint {
            alpha: a,
            res: r,
            macs: s.macs,
            params: s.params,
            law_macs: law(base, a, r),
            paper: Some(p),
        });
    }
    if !points.iter().any(|q| q.alpha == alpha && q.res == res) {
        let s = network(alpha, res)?;
        points.push(NetPoint {
            alpha,
            res,
            macs: s.macs,
            params: s.params,
            law_macs: law(base, alpha, res),
            paper: None,
        });
    }
    Ok(points)
}

/// One layer kind's share of the zoo's MobileNet at (α, res), beside Table 2's
/// (which is for 1.0 MobileNet-224), in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShareRow {
    pub kind: LayerKind,
    pub macs: f64,
    pub params: f64,
    /// Table 2's (MACs %, params %).
    pub paper: Option<(f64, f64)>,
}

/// The kinds that carry cost, in chart order.
pub fn shares(alpha: f32, res: usize) -> Result<Vec<ShareRow>> {
    let s = network(alpha, res)?;
    let table = mobilenet_table2();
    Ok(type_shares(&network_costs("mobilenet_v1", &s))
        .into_iter()
        .filter(|(_, m, p)| *m > 0.0 || *p > 0.0)
        .map(|(kind, macs, params)| ShareRow {
            kind,
            macs,
            params,
            paper: table.rows.iter().find(|r| r.0 == kind).map(|r| (r.1, r.2)),
        })
        .collect())
}

/// One column of Table 4: a network at (α, res), the zoo's cost and the paper's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table4Row {
    /// `mobilenet_v1_full` or `mobilenet_v1`.
    pub zoo: &'static str,
    pub macs: u64,
    pub params: u64,
    pub paper: Option<&'static Published>,
}

/// Table 4: the full-convolution network, then the separable one, at (α, res);
/// the paper's rows are those of 1.0 MobileNet-224.
pub fn table4(alpha: f32, res: usize) -> Result<Vec<Table4Row>> {
    let params = ZooParams {
        alpha: Some(alpha),
        resolution: Some(res),
        ..ZooParams::default()
    };
    let mut rows = Vec::new();
    for (zoo_name, source) in [
        ("mobilenet_v1_full", "Table 4"),
        ("mobilenet_v1", "Table 6"),
    ] {
        let s = zoo::summary(zoo_name, &params)?;
        let paper = PUBLISHED.iter().find(|p| {
            p.zoo == Some(zoo_name) && p.source.ends_with(source) && p.variant == "alpha 1.0, 224"
        });
        rows.push(Table4Row {
            zoo: zoo_name,
            macs: s.macs,
            params: s.params,
            paper,
        });
    }
    Ok(rows)
}

/// The words of the law chart, in the page's language.
#[derive(Debug, Clone, Copy)]
pub struct LawLabels {
    /// The language of these words (for the sources line).
    pub lang: crate::i18n::Lang,
    pub title: &'static str,
    pub x: &'static str,
    pub y: &'static str,
    pub law: &'static str,
    pub paper: &'static str,
    pub ours: &'static str,
}

/// MACs (millions) against α²ρ²: the law's line from 1.0 MobileNet-224, the
/// paper's points (Tables 6 and 7) and the zoo's, each labelled "α 0.5, 224".
pub fn law_figure(points: &[NetPoint], words: &LawLabels) -> crate::charts::Figure {
    use crate::charts::xy::{Marker, Point, Series, XyChart};
    use crate::charts::Figure;
    let x = |p: &NetPoint| {
        let rho = p.res as f64 / 224.0;
        (p.alpha as f64).powi(2) * rho * rho
    };
    let name = |p: &NetPoint| format!("α {}, {}", crate::atlas::multiplier(p.alpha), p.res);
    let base = points
        .iter()
        .find(|p| p.alpha == 1.0 && p.res == 224)
        .map_or(0.0, |p| p.macs as f64 / 1e6);
    let line = Series {
        label: words.law.to_string(),
        points: vec![Point::new(0.0, 0.0, ""), Point::new(1.0, base, "")],
        line: true,
        marker: Marker::Hollow,
        color: 5,
    };
    let paper = Series {
        label: words.paper.to_string(),
        points: points
            .iter()
            .filter_map(|p| Some(Point::new(x(p), p.paper?.mmacs?, name(p))))
            .collect(),
        line: false,
        marker: Marker::Filled,
        color: 0,
    };
    let ours = Series {
        label: words.ours.to_string(),
        points: points
            .iter()
            .map(|p| {
                let label = if p.paper.is_none() {
                    name(p)
                } else {
                    String::new()
                };
                Point::new(x(p), p.macs as f64 / 1e6, label)
            })
            .collect(),
        line: false,
        marker: Marker::Hollow,
        color: 1,
    };
    Figure::one_xy(
        words.title.to_string(),
        XyChart {
            subtitle: String::new(),
            x_label: words.x.to_string(),
            y_label: words.y.to_string(),
            log_x: false,
            series: vec![line, paper, ours],
            hlines: vec![],
        },
        vec!["Howard et al. 2017, MobileNets, Tables 6 and 7".into()],
        words.lang,
    )
}
