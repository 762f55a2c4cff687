//! The architecture zoo: the papers' networks as model descriptions.
//!
//! [`names`] lists the networks, [`info`] says which parameters each takes and their
//! defaults, [`build`] validates the parameters and returns a checked [`Model`], and
//! [`summary`] is the per-model table the CLI and the app both show.
//!
//! # Counting conventions
//! As in [`crate::arch::analysis`]: parameters are conv and linear weights and biases
//! plus batch-norm weight and bias (not the running statistics); MACs are conv and
//! linear multiply-accumulates for one image, padding taps included; pooling, batch
//! norm, activations and merges count 0. Every network ends in a 1000-way classifier.
//! Local response normalisation (AlexNet) has no parameters and is left out.

pub mod classic;
pub mod dilated;
pub mod inception;
pub mod layers;
pub mod mobilenet;
pub mod published;
pub mod resnet;
pub mod shufflenet;
pub mod squeezenet;
pub mod tiny;
pub mod xception;

use crate::arch::{summarize, Budget, Layer, Model, Summary};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// The parameters a zoo network may take; `None` means "the model's default".
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ZooParams {
    /// MobileNet v1 width multiplier, 0.25..=1.0.
    pub alpha: Option<f32>,
    /// Input height and width, 32..=1024 (and large enough for the network).
    pub resolution: Option<usize>,
    /// ShuffleNet v1 groups: 1, 2, 3, 4 or 8.
    pub groups: Option<usize>,
    /// ShuffleNet v1 scale: 0.25, 0.5, 1.0, 1.5 or 2.0.
    pub scale: Option<f32>,
}

/// A parameter a network can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Param {
    Alpha,
    Resolution,
    Groups,
    Scale,
}

impl Param {
    pub fn as_str(&self) -> &'static str {
        match self {
            Param::Alpha => "alpha",
            Param::Resolution => "resolution",
            Param::Groups => "groups",
            Param::Scale => "scale",
        }
    }

    /// The values allowed, as shown in error messages and the UI.
    pub fn allowed(&self) -> &'static str {
        match self {
            Param::Alpha => "0.25..=1.0",
            Param::Resolution => "32..=1024",
            Param::Groups => "1, 2, 3, 4 or 8",
            Param::Scale => "0.25, 0.5, 1.0, 1.5 or 2.0",
        }
    }
}

/// The input resolutions every network of the zoo may be asked for ([`Param::Resolution`]).
pub const RESOLUTIONS: std::ops::RangeInclusive<usize> = 32..=1024;

/// What the zoo knows of one network.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ModelInfo {
    pub name: &'static str,
    pub title: &'static str,
    /// The parameters this network takes.
    pub params: &'static [Param],
    /// Input channels (3 for images; the context module's feature channels).
    pub channels: usize,
    /// Default input side.
    pub resolution: usize,
    /// Where the layout comes from.
    pub source: &'static str,
}

use Param::*;

const RES: &[Param] = &[Resolution];

/// A multiplier as the URL and the selects write it: `1.0`, `0.5`, `0.25`.
pub fn multiplier(v: f32) -> String {
    if v.fract() == 0.0 {
        format!("{v:.1}")
    } else {
        v.to_string()
    }
}

/// `raw` as one of `values`, compared as decimals written without trailing zeros
/// ("0.50" and "1" are 0.5 and 1.0). No float parsing: the page modules carry no
/// float parser for a handful of values.
pub fn match_multiplier(raw: &str, values: &[f32]) -> Option<f32> {
    fn bare(text: &str) -> &str {
        let text = text.trim();
        if text.matches('.').count() == 1 {
            text.trim_end_matches('0').trim_end_matches('.')
        } else {
            text
        }
    }
    let wanted = bare(raw);
    values
        .iter()
        .copied()
        .find(|v| bare(&multiplier(*v)) == wanted)
}

/// Every network of the zoo, in display order.
pub const MODELS: &[ModelInfo] = &[
    ModelInfo {
        name: "alexnet",
        title: "AlexNet (torchvision, one tower)",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision alexnet; Krizhevsky et al. 2012",
    },
    ModelInfo {
        name: "alexnet_grouped",
        title: "AlexNet (original, two groups)",
        params: RES,
        channels: 3,
        resolution: 227,
        source: "Krizhevsky et al. 2012, conv2/4/5 in 2 groups",
    },
    ModelInfo {
        name: "vgg16",
        title: "VGG-16",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision vgg16; Simonyan & Zisserman 2015 (D)",
    },
    ModelInfo {
        name: "inception_v3",
        title: "Inception v3 (with auxiliary classifier)",
        params: RES,
        channels: 3,
        resolution: 299,
        source: "torchvision inception_v3; Szegedy et al. 2016",
    },
    ModelInfo {
        name: "xception",
        title: "Xception",
        params: RES,
        channels: 3,
        resolution: 299,
        source: "Keras Xception; Chollet 2017",
    },
    ModelInfo {
        name: "squeezenet1_0",
        title: "SqueezeNet 1.0",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision squeezenet1_0; Iandola et al. 2016",
    },
    ModelInfo {
        name: "squeezenet1_1",
        title: "SqueezeNet 1.1",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision squeezenet1_1",
    },
    ModelInfo {
        name: "squeezenet1_0_simple_bypass",
        title: "SqueezeNet 1.0, simple bypass",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "Iandola et al. 2016, section 6",
    },
    ModelInfo {
        name: "squeezenet1_0_complex_bypass",
        title: "SqueezeNet 1.0, complex bypass",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "Iandola et al. 2016, section 6",
    },
    ModelInfo {
        name: "mobilenet_v1",
        title: "MobileNet v1",
        params: &[Alpha, Resolution],
        channels: 3,
        resolution: 224,
        source: "Howard et al. 2017, Table 1; TF-slim",
    },
    ModelInfo {
        name: "mobilenet_v1_full",
        title: "MobileNet v1 with full convolutions",
        params: &[Alpha, Resolution],
        channels: 3,
        resolution: 224,
        source: "Howard et al. 2017, Table 4 (each separable layer a full 3×3 conv)",
    },
    ModelInfo {
        name: "mobilenet_v2",
        title: "MobileNet v2",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision mobilenet_v2; Sandler et al. 2018",
    },
    ModelInfo {
        name: "shufflenet_v1",
        title: "ShuffleNet v1",
        params: &[Groups, Scale, Resolution],
        channels: 3,
        resolution: 224,
        source: "Zhang et al. 2017, Table 1",
    },
    ModelInfo {
        name: "shufflenet_v2_x0_5",
        title: "ShuffleNet v2 0.5x",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision shufflenet_v2_x0_5; Ma et al. 2018",
    },
    ModelInfo {
        name: "shufflenet_v2_x1_0",
        title: "ShuffleNet v2 1.0x",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision shufflenet_v2_x1_0; Ma et al. 2018",
    },
    ModelInfo {
        name: "resnet50",
        title: "ResNet-50",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision resnet50; He et al. 2016",
    },
    ModelInfo {
        name: "resnext50_32x4d",
        title: "ResNeXt-50 (32x4d)",
        params: RES,
        channels: 3,
        resolution: 224,
        source: "torchvision resnext50_32x4d; Xie et al. 2017",
    },
    ModelInfo {
        name: "dilated_context",
        title: "Dilated context module (basic, C=21)",
        params: RES,
        channels: 21,
        resolution: 64,
        source: "Yu & Koltun 2016, Table 1",
    },
];

/// The names of every network, in display order.
pub fn names() -> Vec<&'static str> {
    MODELS.iter().map(|m| m.name).collect()
}

/// What the zoo knows of `name`, or `None`.
pub fn info(name: &str) -> Option<&'static ModelInfo> {
    MODELS.iter().find(|m| m.name == name)
}

/// The defaults of `name` with every parameter it takes filled in.
pub fn defaults(name: &str) -> Result<ZooParams> {
    let m = lookup(name)?;
    let mut p = ZooParams {
        resolution: Some(m.resolution),
        ..ZooParams::default()
    };
    if m.params.contains(&Alpha) {
        p.alpha = Some(1.0);
    }
    if m.params.contains(&Groups) {
        p.groups = Some(3);
    }
    if m.params.contains(&Scale) {
        p.scale = Some(1.0);
    }
    Ok(p)
}

fn lookup(name: &str) -> Result<&'static ModelInfo> {
    info(name).ok_or_else(|| {
        Error::param(
            "zoo",
            format!("there is no model named '{name}'"),
            names().join(", "),
        )
    })
}

const SCALES: [f32; 5] = [0.25, 0.5, 1.0, 1.5, 2.0];

/// Builds `name` with `params` (unset ones take the defaults), checks the parameters
/// and that every layer fits at that resolution (default [`Budget`]).
pub fn build(name: &str, params: &ZooParams) -> Result<Model> {
    build_with_budget(name, params, &Budget::default())
}

/// [`build`] with an explicit budget.
pub fn build_with_budget(name: &str, params: &ZooParams, budget: &Budget) -> Result<Model> {
    let m = lookup(name)?;
    let given = [
        (Alpha, params.alpha.is_some()),
        (Resolution, params.resolution.is_some()),
        (Groups, params.groups.is_some()),
        (Scale, params.scale.is_some()),
    ];
    for (p, set) in given {
        if set && !m.params.contains(&p) {
            let takes: Vec<&str> = m.params.iter().map(|p| p.as_str()).collect();
            return Err(Error::param(
                name,
                format!("{name} does not take the parameter '{}'", p.as_str()),
                format!("parameters: {}", takes.join(", ")),
            ));
        }
    }
    let d = defaults(name)?;
    let res = params.resolution.or(d.resolution).unwrap_or(m.resolution);
    if !RESOLUTIONS.contains(&res) {
        return Err(Error::param(
            name,
            format!("resolution is {res}"),
            Resolution.allowed(),
        ));
    }
    let layers: Vec<Layer> = match name {
        "alexnet" => classic::alexnet(),
        "alexnet_grouped" => classic::alexnet_grouped(),
        "vgg16" => classic::vgg16(),
        "inception_v3" => inception::inception_v3(),
        "xception" => xception::xception(),
        "squeezenet1_0" => squeezenet::squeezenet1_0(squeezenet::Bypass::None),
        "squeezenet1_1" => squeezenet::squeezenet1_1(),
        "squeezenet1_0_simple_bypass" => squeezenet::squeezenet1_0(squeezenet::Bypass::Simple),
        "squeezenet1_0_complex_bypass" => squeezenet::squeezenet1_0(squeezenet::Bypass::Complex),
        "mobilenet_v1" | "mobilenet_v1_full" => {
            let a = params.alpha.or(d.alpha).unwrap_or(1.0);
            if !(a.is_finite() && (0.25..=1.0).contains(&a)) {
                return Err(Error::param(name, format!("alpha is {a}"), Alpha.allowed()));
            }
            if name == "mobilenet_v1" {
                mobilenet::mobilenet_v1(a)
            } else {
                mobilenet::mobilenet_v1_full(a)
            }
        }
        "mobilenet_v2" => mobilenet::mobilenet_v2(),
        "shufflenet_v1" => {
            let g = params.groups.or(d.groups).unwrap_or(3);
            let s = params.scale.or(d.scale).unwrap_or(1.0);
            if shufflenet::v1_stage2_channels(g).is_none() {
                return Err(Error::param(
                    name,
                    format!("groups is {g}"),
                    Groups.allowed(),
                ));
            }
            if !SCALES.contains(&s) {
                return Err(Error::param(name, format!("scale is {s}"), Scale.allowed()));
            }
            shufflenet::shufflenet_v1(g, s)
                .ok_or_else(|| Error::param(name, format!("groups is {g}"), Groups.allowed()))?
        }
        "shufflenet_v2_x0_5" => shufflenet::shufflenet_v2([48, 96, 192]),
        "shufflenet_v2_x1_0" => shufflenet::shufflenet_v2([116, 232, 464]),
        "resnet50" => resnet::resnet50_family(1, 64),
        "resnext50_32x4d" => resnet::resnet50_family(32, 4),
        "dilated_context" => dilated::context_module(m.channels),
        _ => return Err(lookup("").unwrap_err()),
    };
    let model = Model::new(name, [m.channels, res, res], layers);
    match summarize(&model, budget) {
        Ok(_) => Ok(model),
        Err(e) if is_budget(&e) => Err(e),
        Err(e) => Err(Error::param(
            name,
            format!("resolution {res} does not fit the network: {e}"),
            format!("{} and large enough for every layer", Resolution.allowed()),
        )),
    }
}

/// The per-layer table and totals of `name` with `params` (default budget).
pub fn summary(name: &str, params: &ZooParams) -> Result<Summary> {
    summary_with_budget(name, params, &Budget::default())
}

/// [`summary`] with an explicit budget.
pub fn summary_with_budget(name: &str, params: &ZooParams, budget: &Budget) -> Result<Summary> {
    let model = build_with_budget(name, params, budget)?;
    summarize(&model, budget)
}

fn is_budget(e: &Error) -> bool {
    match e {
        Error::Budget { .. } => true,
        Error::Layer { source, .. } => is_budget(source),
        _ => false,
    }
}
