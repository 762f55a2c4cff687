//! SqueezeNet's Fire module (Iandola et al. 2016) costed against a plain 3×3 layer, its
//! metaparameters, and where the network downsamples. Every number comes from the zoo's
//! own Fire layers through the atlas's analysis (`arch::summarize`), so the chapter, the
//! atlas and the CLI agree.

pub mod state;

use crate::arch::{summarize, Budget, Layer, Model, Summary};
use crate::error::Result;
use crate::zoo::layers::conv_k;
use crate::zoo::published::PUBLISHED;
use crate::zoo::squeezenet::{fire, Bypass};
use crate::zoo::{build, ZooParams};

/// A Fire module: `cin` input channels, `s` squeeze 1×1 filters, `e1` expand 1×1 and
/// `e3` expand 3×3 filters (output channels `e1 + e3`), on a `side × side` map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FireSpec {
    pub cin: usize,
    pub s: usize,
    pub e1: usize,
    pub e3: usize,
    pub side: usize,
}

impl FireSpec {
    /// From the paper's metaparameters: `e` expand filters in all (at least 2), the
    /// squeeze ratio `sr` (s = SR·e) and the share of 3×3 filters `pct3` (e3 = pct·e),
    /// each rounded to the nearest filter, with at least one filter of each kind.
    pub fn from_metaparameters(cin: usize, e: usize, sr: f64, pct3: f64, side: usize) -> FireSpec {
        let e = e.max(2);
        let e3 = ((e as f64 * pct3).round() as usize).clamp(1, e - 1);
        FireSpec {
            cin,
            s: ((e as f64 * sr).round() as usize).max(1),
            e1: e - e3,
            e3,
            side,
        }
    }

    /// Output channels: e1 + e3.
    pub fn cout(&self) -> usize {
        self.e1 + self.e3
    }

    /// Weights: C_in·s + s·e1 + 9·s·e3 (squeeze, expand 1×1, expand 3×3).
    pub fn weights(&self) -> u64 {
        let (cin, s, e1, e3) = (
            self.cin as u64,
            self.s as u64,
            self.e1 as u64,
            self.e3 as u64,
        );
        cin * s + s * e1 + 9 * s * e3
    }

    /// Biases: one per filter, s + e1 + e3.
    pub fn biases(&self) -> u64 {
        (self.s + self.e1 + self.e3) as u64
    }
}

/// Parameters and MACs of a layer (biases counted, as the zoo's layers have them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    pub params: u64,
    pub macs: u64,
}

/// A one-layer model of `layer` on a `cin × side × side` input (unnamed: a
/// diagram of it is headed by the layer's name alone).
fn one_layer(layer: Layer, cin: usize, side: usize) -> Model {
    Model {
        name: String::new(),
        input: [cin, side, side],
        layers: vec![layer],
    }
}

fn cost_of(layer: Layer, cin: usize, side: usize) -> Result<Cost> {
    let s = summarize(&one_layer(layer, cin, side), &Budget::default())?;
    Ok(Cost {
        params: s.params,
        macs: s.macs,
    })
}

/// The Fire module's cost: C_in·s + s·e1 + 9·s·e3 weights (plus s + e1 + e3 biases),
/// each times H·W multiply-accumulates.
pub fn fire_cost(f: &FireSpec) -> Result<Cost> {
    cost_of(fire("fire", f.cin, f.s, f.e1, f.e3), f.cin, f.side)
}

/// The Fire module as a one-layer model (its layer is named `fire`), the zoo's own
/// Fire layer, for its block diagram.
pub fn fire_model(f: &FireSpec) -> Model {
    one_layer(fire("fire", f.cin, f.s, f.e1, f.e3), f.cin, f.side)
}

/// A plain 3×3 layer with the same input and output channels: 9·C_in·(e1 + e3) weights.
pub fn plain_cost(f: &FireSpec) -> Result<Cost> {
    cost_of(conv_k("conv3x3", f.cin, f.cout(), 3, 1, 1), f.cin, f.side)
}

/// The atlas's analysis of SqueezeNet v1.0 as the zoo builds it (224 × 224).
fn v1_0() -> Result<Summary> {
    summarize(
        &build("squeezenet1_0", &ZooParams::default())?,
        &Budget::default(),
    )
}

/// SqueezeNet v1.0's eight Fire modules (fire2 … fire9) as the network builds them, each
/// with the map side it runs at (from the network's own shapes).
pub fn network_fires() -> Result<Vec<(String, FireSpec)>> {
    let summary = v1_0()?;
    let row = |name: &str| summary.layers.iter().find(|r| r.name == name);
    let mut fires = Vec::new();
    for i in 2..=9 {
        let name = format!("fire{i}");
        let (Some(squeeze), Some(e1), Some(e3)) = (
            row(&format!("{name}.squeeze1x1")),
            row(&format!("{name}.expand.expand1x1")),
            row(&format!("{name}.expand.expand3x3")),
        ) else {
            continue;
        };
        let spec = FireSpec {
            cin: squeeze.in_shape[0],
            s: squeeze.out_shape[0],
            e1: e1.out_shape[0],
            e3: e3.out_shape[0],
            side: squeeze.in_shape[1],
        };
        fires.push((name, spec));
    }
    Ok(fires)
}

/// One step of SqueezeNet v1.0's main path: a top-level layer's name, output (C, H, W)
/// and MACs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub name: String,
    pub out_shape: [usize; 3],
    pub macs: u64,
}

/// The network's top-level convolutions, Fire modules and pools at 224 × 224 ("downsample
/// late": the pools come after conv1, fire4 and fire8).
pub fn stages() -> Result<Vec<Stage>> {
    let summary = v1_0()?;
    let mut stages: Vec<Stage> = Vec::new();
    for row in &summary.layers {
        let top = row.name.split('.').next().unwrap_or_default();
        let keep = top.starts_with("conv") || top.starts_with("fire") || top.starts_with("pool");
        if !keep {
            continue;
        }
        match stages.last_mut() {
            Some(last) if last.name == top => {
                last.macs += row.macs;
                last.out_shape = row.out_shape;
            }
            _ => stages.push(Stage {
                name: top.to_string(),
                out_shape: row.out_shape,
                macs: row.macs,
            }),
        }
    }
    Ok(stages)
}

/// The paper's three variants (Table 3): the zoo model, its parameters as the zoo builds it
/// and the published top-1 accuracy.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub zoo: &'static str,
    pub params: u64,
    pub top1: f64,
}

/// No bypass, simple bypass and complex bypass, in that order.
pub fn variants() -> Result<Vec<Variant>> {
    let names = [
        "squeezenet1_0",
        "squeezenet1_0_simple_bypass",
        "squeezenet1_0_complex_bypass",
    ];
    let mut out = Vec::new();
    for zoo in names {
        let published = PUBLISHED
            .iter()
            .find(|p| p.zoo == Some(zoo) && p.source.starts_with("Iandola"));
        let Some(published) = published else {
            continue;
        };
        let model = build(zoo, &ZooParams::default())?;
        out.push(Variant {
            zoo,
            params: summarize(&model, &Budget::default())?.params,
            top1: published.top1,
        });
    }
    Ok(out)
}

/// The zoo network of a variant and the path of Fire module `n` (2..=9) in it:
/// `fire3` in the plain network, `fire3_bypass` where a bypass wraps it.
pub fn variant_block(bypass: Bypass, n: usize) -> Result<(Model, String)> {
    let zoo = match bypass {
        Bypass::None => "squeezenet1_0",
        Bypass::Simple => "squeezenet1_0_simple_bypass",
        Bypass::Complex => "squeezenet1_0_complex_bypass",
    };
    let model = build(zoo, &ZooParams::default())?;
    let plain = format!("fire{n}");
    let wrapped = format!("fire{n}_bypass");
    let path = crate::block::blocks(&model)
        .into_iter()
        .find(|b| *b == plain || *b == wrapped)
        .ok_or_else(|| {
            crate::error::Error::param("fire", format!("fire{n} is not in {zoo}"), "fire2..=fire9")
        })?;
    Ok((model, path))
}
