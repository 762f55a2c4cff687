//! Published accuracy, cost and size figures, for charts that cite them.
//!
//! Every entry is copied from the paper or model card named in `source`; MACs are
//! multiply-accumulates (what MobileNet, ShuffleNet and torchvision call FLOPs).
//! Top-1 values given as errors in the papers are stored as 100 - error.
//!
//! # Where our counts and a published figure differ (tests/zoo_published.rs)
//! - MobileNet Table 7, 1.0-160: printed 290M, ours 290.68M (TF-slim's release: 291M);
//!   Table 9, 0.50-160: printed 76M, ours 76.52M; Table 4, full-conv: printed 4866M,
//!   ours 4867.29M. Other MobileNet rows round exactly.
//! - MobileNet Table 2 prints 1.19% of MACs for the first 3x3 conv; ours is 1.91%
//!   (the printed shares then add up to 99.29%, ours to 100%).
//! - MobileNet Table 9 counts 1.32M parameters for 0.50-160: that is without batch
//!   norm; with BN weight and bias (our convention) it is 1.33M.
//! - ShuffleNet Table 1 (143/140/137/133/137M) matches our conv MACs without the final
//!   FC layer; Table 5 (2x 524M, 1.5x 292M) matches the total with it.
//! - ShuffleNet 0.25x ("13M" in Table 2): the layout is not published; our rounding
//!   gives 10.4..12.4M.
//! - SqueezeNet MACs: MobileNet Table 9 prints 1700M, ShuffleNet Table 6 833M,
//!   torchvision 819M (ours 818.9M).
//! - VGG-16 "15300M" is its convolutions (15.35G); with the FC layers 15.47G.
//! - Xception paper: Inception V3 23,626,728 parameters; torchvision's inception_v3
//!   without the auxiliary head is 23,834,568; not reconciled.

use serde::Serialize;

/// One published result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Published {
    /// Label as the source names the network.
    pub label: &'static str,
    /// The zoo model it corresponds to, if the zoo has it (with its parameters in `variant`).
    pub zoo: Option<&'static str>,
    /// Zoo parameters in words ("alpha 0.75", "g=3, 1x"), empty if none.
    pub variant: &'static str,
    /// ImageNet top-1 accuracy in percent.
    pub top1: f64,
    /// Millions of MACs per image, if published.
    pub mmacs: Option<f64>,
    /// Millions of parameters, if published.
    pub mparams: Option<f64>,
    /// Citation.
    pub source: &'static str,
}

impl Published {
    /// The zoo parameters `variant` describes ("alpha 0.75, 224" -> alpha 0.75,
    /// resolution 224; "g=3, 1.5x" -> groups 3, scale 1.5); `None` if a part is not
    /// understood. Empty `variant`: the model's defaults.
    pub fn zoo_params(&self) -> Option<crate::zoo::ZooParams> {
        let mut p = crate::zoo::ZooParams::default();
        for part in self
            .variant
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            if let Some(a) = part.strip_prefix("alpha ") {
                p.alpha = Some(crate::zoo::match_multiplier(a, &MULTIPLIERS)?);
            } else if let Some(g) = part.strip_prefix("g=") {
                p.groups = Some(g.parse().ok()?);
            } else if let Some(x) = part.strip_suffix('x') {
                p.scale = Some(crate::zoo::match_multiplier(x, &MULTIPLIERS)?);
            } else {
                p.resolution = Some(part.parse().ok()?);
            }
        }
        Some(p)
    }
}

/// The widths and scales the published variants name.
const MULTIPLIERS: [f32; 6] = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0];

const fn p(
    label: &'static str,
    zoo: Option<&'static str>,
    variant: &'static str,
    top1: f64,
    mmacs: Option<f64>,
    mparams: Option<f64>,
    source: &'static str,
) -> Published {
    Published {
        label,
        zoo,
        variant,
        top1,
        mmacs,
        mparams,
        source,
    }
}

const MN6: &str = "Howard et al. 2017, MobileNets, Table 6";
const MN7: &str = "Howard et al. 2017, MobileNets, Table 7";
const MN8: &str = "Howard et al. 2017, MobileNets, Tables 8-9";
const MN4: &str = "Howard et al. 2017, MobileNets, Table 4";
const SN2: &str = "Zhang et al. 2017, ShuffleNet, Tables 1-2 (top-1 = 100 - error)";
const SN5: &str = "Zhang et al. 2017, ShuffleNet, Table 5 (top-1 = 100 - error)";
const TV: &str = "torchvision weight metadata (IMAGENET1K_V1)";
const SQ: &str = "Iandola et al. 2016, SqueezeNet, Table 3";
const XC: &str = "Chollet 2017, Xception, Tables 1 and 3";
const RX: &str = "Xie et al. 2017, ResNeXt, Table 3 (top-1 = 100 - error)";

/// The published figures, grouped by source.
pub const PUBLISHED: &[Published] = &[
    p(
        "Conv MobileNet",
        Some("mobilenet_v1_full"),
        "alpha 1.0, 224",
        71.7,
        Some(4866.0),
        Some(29.3),
        MN4,
    ),
    p(
        "1.0 MobileNet-224",
        Some("mobilenet_v1"),
        "alpha 1.0, 224",
        70.6,
        Some(569.0),
        Some(4.2),
        MN6,
    ),
    p(
        "0.75 MobileNet-224",
        Some("mobilenet_v1"),
        "alpha 0.75, 224",
        68.4,
        Some(325.0),
        Some(2.6),
        MN6,
    ),
    p(
        "0.5 MobileNet-224",
        Some("mobilenet_v1"),
        "alpha 0.5, 224",
        63.7,
        Some(149.0),
        Some(1.3),
        MN6,
    ),
    p(
        "0.25 MobileNet-224",
        Some("mobilenet_v1"),
        "alpha 0.25, 224",
        50.6,
        Some(41.0),
        Some(0.5),
        MN6,
    ),
    p(
        "1.0 MobileNet-192",
        Some("mobilenet_v1"),
        "alpha 1.0, 192",
        69.1,
        Some(418.0),
        Some(4.2),
        MN7,
    ),
    p(
        "1.0 MobileNet-160",
        Some("mobilenet_v1"),
        "alpha 1.0, 160",
        67.2,
        Some(290.0),
        Some(4.2),
        MN7,
    ),
    p(
        "1.0 MobileNet-128",
        Some("mobilenet_v1"),
        "alpha 1.0, 128",
        64.4,
        Some(186.0),
        Some(4.2),
        MN7,
    ),
    p("GoogleNet", None, "", 69.8, Some(1550.0), Some(6.8), MN8),
    p(
        "VGG 16",
        Some("vgg16"),
        "",
        71.5,
        Some(15300.0),
        Some(138.0),
        MN8,
    ),
    p(
        "SqueezeNet",
        Some("squeezenet1_0"),
        "",
        57.5,
        Some(1700.0),
        Some(1.25),
        MN8,
    ),
    p(
        "AlexNet",
        Some("alexnet_grouped"),
        "",
        57.2,
        Some(720.0),
        Some(60.0),
        MN8,
    ),
    p(
        "0.50 MobileNet-160",
        Some("mobilenet_v1"),
        "alpha 0.5, 160",
        60.2,
        Some(76.0),
        Some(1.32),
        MN8,
    ),
    p(
        "ShuffleNet 1x (g=1)",
        Some("shufflenet_v1"),
        "g=1, 1x",
        66.4,
        Some(143.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 1x (g=2)",
        Some("shufflenet_v1"),
        "g=2, 1x",
        67.3,
        Some(140.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 1x (g=3)",
        Some("shufflenet_v1"),
        "g=3, 1x",
        67.4,
        Some(137.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 1x (g=4)",
        Some("shufflenet_v1"),
        "g=4, 1x",
        67.2,
        Some(133.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 1x (g=8)",
        Some("shufflenet_v1"),
        "g=8, 1x",
        67.6,
        Some(137.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 0.5x (g=4)",
        Some("shufflenet_v1"),
        "g=4, 0.5x",
        58.4,
        Some(38.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 0.25x (g=8)",
        Some("shufflenet_v1"),
        "g=8, 0.25x",
        47.3,
        Some(13.0),
        None,
        SN2,
    ),
    p(
        "ShuffleNet 2x (g=3)",
        Some("shufflenet_v1"),
        "g=3, 2x",
        73.7,
        Some(524.0),
        None,
        SN5,
    ),
    p(
        "ShuffleNet 1.5x (g=3)",
        Some("shufflenet_v1"),
        "g=3, 1.5x",
        71.5,
        Some(292.0),
        None,
        SN5,
    ),
    p(
        "squeezenet1_0",
        Some("squeezenet1_0"),
        "",
        58.092,
        Some(819.0),
        Some(1.248424),
        TV,
    ),
    p(
        "mobilenet_v2",
        Some("mobilenet_v2"),
        "",
        71.878,
        Some(301.0),
        Some(3.504872),
        TV,
    ),
    p(
        "shufflenet_v2_x1_0",
        Some("shufflenet_v2_x1_0"),
        "",
        69.362,
        Some(145.0),
        Some(2.278604),
        TV,
    ),
    p(
        "resnet50",
        Some("resnet50"),
        "",
        76.130,
        Some(4089.0),
        Some(25.557032),
        TV,
    ),
    p(
        "SqueezeNet (vanilla)",
        Some("squeezenet1_0"),
        "",
        57.5,
        None,
        Some(1.25),
        SQ,
    ),
    p(
        "SqueezeNet + simple bypass",
        Some("squeezenet1_0_simple_bypass"),
        "",
        60.4,
        None,
        None,
        SQ,
    ),
    p(
        "SqueezeNet + complex bypass",
        Some("squeezenet1_0_complex_bypass"),
        "",
        58.8,
        None,
        None,
        SQ,
    ),
    p(
        "Xception",
        Some("xception"),
        "",
        79.0,
        None,
        Some(22.855952),
        XC,
    ),
    p(
        "Inception V3 (Keras, no aux head)",
        None,
        "",
        78.2,
        None,
        Some(23.626728),
        XC,
    ),
    p(
        "ResNeXt-50 (32x4d)",
        Some("resnext50_32x4d"),
        "",
        77.8,
        None,
        None,
        RX,
    ),
];
