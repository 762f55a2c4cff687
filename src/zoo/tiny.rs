//! The tiny networks of the lab: one per design the source post teaches, for the
//! 8×8 digits (input (1, 8, 8), ten classes), at comparable budgets of a few thousand
//! to fifteen thousand parameters.
//!
//! Every network has the same skeleton so that only the design differs: a 3×3 stem
//! (one input channel cannot be grouped or split), two blocks at 8×8, a 2×2 max pool,
//! one or two blocks at 4×4, global average pooling and a linear classifier. Each
//! top-level layer ends in a ReLU, so the lab shows every top-level output as a feature
//! map and counts its dead channels.

use super::layers::{add, bn, concat, conv, gap, linear, max_pool, relu, seq, shuffle};
use crate::arch::{Layer, Model};
use crate::error::{Error, Result};

/// One tiny network: its name (also the lab's URL value) and what it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TinyInfo {
    pub name: &'static str,
    pub title: &'static str,
}

/// Every tiny network, in display order; the first is the lab's default.
pub const TINY: &[TinyInfo] = &[
    TinyInfo {
        name: "tiny_plain",
        title: "plain 3×3 convolutions (16, 32, 32 channels)",
    },
    TinyInfo {
        name: "tiny_group2",
        title: "tiny_plain with its 3×3 layers in 2 groups",
    },
    TinyInfo {
        name: "tiny_group4",
        title: "tiny_plain with its 3×3 layers in 4 groups",
    },
    TinyInfo {
        name: "tiny_separable",
        title: "MobileNet layers: 3×3 depth-wise, then 1×1",
    },
    TinyInfo {
        name: "tiny_alpha050",
        title: "tiny_separable at width multiplier α = 0.5",
    },
    TinyInfo {
        name: "tiny_shuffle",
        title: "ShuffleNet units, 1×1 convolutions in 4 groups, with the shuffle",
    },
    TinyInfo {
        name: "tiny_noshuffle",
        title: "tiny_shuffle without the channel shuffle",
    },
    TinyInfo {
        name: "tiny_fire",
        title: "SqueezeNet Fire modules (squeeze 8, expand 16 + 16)",
    },
    TinyInfo {
        name: "tiny_factorized",
        title: "tiny_plain with each 3×3 as 1×3 then 3×1",
    },
];

/// Input (C, H, W) of every tiny network.
pub const INPUT: [usize; 3] = [1, 8, 8];
/// Classes of every tiny network.
pub const CLASSES: usize = 10;

/// Whether `name` is a tiny network.
pub fn is_tiny(name: &str) -> bool {
    TINY.iter().any(|t| t.name == name)
}

/// The description of the tiny network `name`.
pub fn build(name: &str) -> Result<Model> {
    let layers = match name {
        "tiny_plain" => plain(1),
        "tiny_group2" => plain(2),
        "tiny_group4" => plain(4),
        "tiny_separable" => separable([16, 32, 32]),
        "tiny_alpha050" => separable([8, 16, 16]),
        "tiny_shuffle" => shuffle_units(true),
        "tiny_noshuffle" => shuffle_units(false),
        "tiny_fire" => fire_net(),
        "tiny_factorized" => factorized(),
        _ => {
            let names: Vec<&str> = TINY.iter().map(|t| t.name).collect();
            return Err(Error::param(
                "tiny",
                format!("there is no tiny network named '{name}'"),
                names.join(", "),
            ));
        }
    };
    Ok(Model::new(name, INPUT, layers))
}

/// conv (no bias), batch norm, ReLU as one block.
fn cbr(name: &str, cin: usize, cout: usize, k: [usize; 2], groups: usize) -> Layer {
    seq(name, conv_bn_relu(cin, cout, k, groups))
}

fn conv_bn_relu(cin: usize, cout: usize, k: [usize; 2], groups: usize) -> Vec<Layer> {
    vec![
        conv("conv", cin, cout, k, 1, [k[0] / 2, k[1] / 2], groups, false),
        bn("bn", cout),
        relu("relu"),
    ]
}

/// Stem, pool, pooling head and classifier around `middle` (blocks at 8×8) and `late` (at 4×4).
fn skeleton(stem: usize, middle: Vec<Layer>, late: Vec<Layer>, width: usize) -> Vec<Layer> {
    let mut layers = vec![cbr("stem", 1, stem, [3, 3], 1)];
    layers.extend(middle);
    layers.push(max_pool("pool", 2, 2, 0));
    layers.extend(late);
    layers.push(gap("gap"));
    layers.push(linear("fc", width, CLASSES));
    layers
}

fn plain(groups: usize) -> Vec<Layer> {
    skeleton(
        16,
        vec![cbr("conv2", 16, 32, [3, 3], groups)],
        vec![cbr("conv3", 32, 32, [3, 3], groups)],
        32,
    )
}

/// A MobileNet layer: 3×3 depth-wise, BN, ReLU, 1×1, BN, ReLU.
fn mobilenet_layer(name: &str, cin: usize, cout: usize) -> Layer {
    let mut layers = vec![
        conv("dw", cin, cin, [3, 3], 1, [1, 1], cin, false),
        bn("dw_bn", cin),
        relu("dw_relu"),
    ];
    layers.extend([
        conv("pw", cin, cout, [1, 1], 1, [0, 0], 1, false),
        bn("pw_bn", cout),
        relu("pw_relu"),
    ]);
    seq(name, layers)
}

fn separable(w: [usize; 3]) -> Vec<Layer> {
    skeleton(
        w[0],
        vec![mobilenet_layer("sep2", w[0], w[1])],
        vec![mobilenet_layer("sep3", w[1], w[2])],
        w[2],
    )
}

/// A stride-1 ShuffleNet v1 unit on 32 channels with a bottleneck of 16 and 1×1
/// convolutions in 4 groups: gconv 1×1, BN, ReLU, [shuffle], 3×3 depth-wise, BN,
/// gconv 1×1, BN; added to the input, then ReLU (Zhang et al. 2017, Fig. 2b).
fn shuffle_unit(name: &str, with_shuffle: bool) -> Layer {
    const C: usize = 32;
    const M: usize = 16;
    const G: usize = 4;
    let mut body = vec![
        conv("gconv1", C, M, [1, 1], 1, [0, 0], G, false),
        bn("bn1", M),
        relu("relu1"),
    ];
    if with_shuffle {
        body.push(shuffle("shuffle", G));
    }
    body.extend([
        conv("dw", M, M, [3, 3], 1, [1, 1], M, false),
        bn("bn2", M),
        conv("gconv2", M, C, [1, 1], 1, [0, 0], G, false),
        bn("bn3", C),
    ]);
    seq(
        name,
        vec![add("residual", vec![body, vec![]]), relu("relu")],
    )
}

fn shuffle_units(with_shuffle: bool) -> Vec<Layer> {
    let unit = |n: &str| shuffle_unit(n, with_shuffle);
    skeleton(
        32,
        vec![unit("unit1"), unit("unit2")],
        vec![unit("unit3"), unit("unit4")],
        32,
    )
}

/// A Fire module: squeeze 1×1 to `s`, then expand 1×1 and 3×3 to `e` each, concatenated.
fn fire(name: &str, cin: usize, s: usize, e: usize) -> Layer {
    let mut layers = vec![
        conv("squeeze", cin, s, [1, 1], 1, [0, 0], 1, false),
        bn("squeeze_bn", s),
        relu("squeeze_relu"),
    ];
    layers.push(concat(
        "expand",
        vec![
            vec![cbr("expand1x1", s, e, [1, 1], 1)],
            vec![cbr("expand3x3", s, e, [3, 3], 1)],
        ],
    ));
    seq(name, layers)
}

fn fire_net() -> Vec<Layer> {
    skeleton(
        16,
        vec![fire("fire2", 16, 8, 16)],
        vec![fire("fire3", 32, 8, 16)],
        32,
    )
}

/// A 3×3 block as 1×3 then 3×1, each with BN and ReLU (Szegedy et al. 2016, Fig. 6).
fn factorized_block(name: &str, cin: usize, cout: usize) -> Layer {
    let mut layers = vec![
        conv("conv1x3", cin, cout, [1, 3], 1, [0, 1], 1, false),
        bn("bn1", cout),
        relu("relu1"),
    ];
    layers.extend([
        conv("conv3x1", cout, cout, [3, 1], 1, [1, 0], 1, false),
        bn("bn2", cout),
        relu("relu2"),
    ]);
    seq(name, layers)
}

fn factorized() -> Vec<Layer> {
    skeleton(
        16,
        vec![factorized_block("conv2", 16, 32)],
        vec![factorized_block("conv3", 32, 32)],
        32,
    )
}
