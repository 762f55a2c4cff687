//! SqueezeNet (Iandola et al. 2016) as torchvision builds it, with the paper's bypass variants.

use super::layers::*;
use crate::arch::Layer;

/// Which bypass connections a SqueezeNet v1.0 has (paper section 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bypass {
    None,
    /// Identity shortcuts around fire3, fire5, fire7 and fire9 (equal in and out channels).
    Simple,
    /// Simple bypass plus 1x1 conv shortcuts around fire2, fire4, fire6 and fire8.
    Complex,
}

/// A Fire module: squeeze 1x1 (`s` filters) then expand 1x1 (`e1`) and 3x3 (`e3`), concatenated.
pub fn fire(name: &str, cin: usize, s: usize, e1: usize, e3: usize) -> Layer {
    seq(
        name,
        vec![
            conv_k("squeeze1x1", cin, s, 1, 1, 0),
            relu("squeeze_relu"),
            concat(
                "expand",
                vec![
                    vec![conv_k("expand1x1", s, e1, 1, 1, 0), relu("expand1x1_relu")],
                    vec![conv_k("expand3x3", s, e3, 3, 1, 1), relu("expand3x3_relu")],
                ],
            ),
        ],
    )
}

fn fire_bypass(name: &str, cin: usize, s: usize, e: usize, bypass: Bypass) -> Layer {
    let cout = 2 * e;
    let module = fire(name, cin, s, e, e);
    match bypass {
        Bypass::Simple | Bypass::Complex if cin == cout => {
            add(&format!("{name}_bypass"), vec![vec![module], vec![]])
        }
        Bypass::Complex => add(
            &format!("{name}_bypass"),
            vec![vec![module], vec![conv_k("bypass1x1", cin, cout, 1, 1, 0)]],
        ),
        _ => module,
    }
}

fn classifier(cin: usize) -> Vec<Layer> {
    vec![
        dropout("drop", 0.5),
        conv_k("conv10", cin, 1000, 1, 1, 0),
        relu("relu10"),
        gap("avgpool"),
        flatten("flatten"),
    ]
}

/// torchvision `squeezenet1_0` (conv1 96 7x7/2, ceil-mode pools), with optional bypasses.
pub fn squeezenet1_0(bypass: Bypass) -> Vec<Layer> {
    let f = |n: &str, cin, s, e| fire_bypass(n, cin, s, e, bypass);
    let mut l = vec![
        conv_k("conv1", 3, 96, 7, 2, 0),
        relu("relu1"),
        max_pool_ceil("pool1", 3, 2),
        f("fire2", 96, 16, 64),
        f("fire3", 128, 16, 64),
        f("fire4", 128, 32, 128),
        max_pool_ceil("pool4", 3, 2),
        f("fire5", 256, 32, 128),
        f("fire6", 256, 48, 192),
        f("fire7", 384, 48, 192),
        f("fire8", 384, 64, 256),
        max_pool_ceil("pool8", 3, 2),
        f("fire9", 512, 64, 256),
    ];
    l.extend(classifier(512));
    l
}

/// torchvision `squeezenet1_1` (conv1 64 3x3/2, pools moved earlier).
pub fn squeezenet1_1() -> Vec<Layer> {
    let mut l = vec![
        conv_k("conv1", 3, 64, 3, 2, 0),
        relu("relu1"),
        max_pool_ceil("pool1", 3, 2),
        fire("fire2", 64, 16, 64, 64),
        fire("fire3", 128, 16, 64, 64),
        max_pool_ceil("pool3", 3, 2),
        fire("fire4", 128, 32, 128, 128),
        fire("fire5", 256, 32, 128, 128),
        max_pool_ceil("pool5", 3, 2),
        fire("fire6", 256, 48, 192, 192),
        fire("fire7", 384, 48, 192, 192),
        fire("fire8", 384, 64, 256, 256),
        fire("fire9", 512, 64, 256, 256),
    ];
    l.extend(classifier(512));
    l
}
