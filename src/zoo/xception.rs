//! Xception (Chollet 2017) as Keras builds it: separable convs without bias
//! (a depth-wise 3x3 then a point-wise 1x1), batch norm, "same"-padded max pools.

use super::layers::*;
use crate::arch::Layer;
use crate::nn::conv::Padding;

/// A Keras SeparableConv2D (3x3, "same", no bias) as two layers in a sequential.
fn sep(name: &str, cin: usize, cout: usize) -> Layer {
    seq(
        name,
        vec![
            conv_padded(
                "depthwise",
                cin,
                cin,
                [3, 3],
                1,
                1,
                Padding::Same,
                cin,
                false,
            ),
            conv("pointwise", cin, cout, [1, 1], 1, [0, 0], 1, false),
        ],
    )
}

fn bn3(name: &str, c: usize) -> Layer {
    bn_eps(name, c, 1e-3)
}

/// Entry/exit block: [relu] sep(c1) bn relu sep(c2) bn maxpool/2 + 1x1/2 conv shortcut.
fn down_block(name: &str, cin: usize, c1: usize, c2: usize, first_relu: bool) -> Layer {
    let mut main = Vec::new();
    if first_relu {
        main.push(relu("relu1"));
    }
    main.extend([
        sep("sepconv1", cin, c1),
        bn3("sepconv1_bn", c1),
        relu("relu2"),
        sep("sepconv2", c1, c2),
        bn3("sepconv2_bn", c2),
        max_pool_same("pool", 3, 2),
    ]);
    add(
        name,
        vec![
            main,
            vec![
                conv_padded("shortcut", cin, c2, [1, 1], 2, 1, Padding::Same, 1, false),
                bn3("shortcut_bn", c2),
            ],
        ],
    )
}

fn middle_block(name: &str) -> Layer {
    let mut main = Vec::new();
    for i in 1..=3 {
        main.push(relu(&format!("relu{i}")));
        main.push(sep(&format!("sepconv{i}"), 728, 728));
        main.push(bn3(&format!("sepconv{i}_bn"), 728));
    }
    add(name, vec![main, vec![]])
}

/// Keras `Xception` for 299x299 inputs.
pub fn xception() -> Vec<Layer> {
    let mut l = vec![
        conv("block1_conv1", 3, 32, [3, 3], 2, [0, 0], 1, false),
        bn3("block1_conv1_bn", 32),
        relu("block1_conv1_act"),
        conv("block1_conv2", 32, 64, [3, 3], 1, [0, 0], 1, false),
        bn3("block1_conv2_bn", 64),
        relu("block1_conv2_act"),
        down_block("block2", 64, 128, 128, false),
        down_block("block3", 128, 256, 256, true),
        down_block("block4", 256, 728, 728, true),
    ];
    for b in 5..=12 {
        l.push(middle_block(&format!("block{b}")));
    }
    l.extend([
        down_block("block13", 728, 728, 1024, true),
        sep("block14_sepconv1", 1024, 1536),
        bn3("block14_sepconv1_bn", 1536),
        relu("block14_sepconv1_act"),
        sep("block14_sepconv2", 1536, 2048),
        bn3("block14_sepconv2_bn", 2048),
        relu("block14_sepconv2_act"),
        gap("avg_pool"),
        flatten("flatten"),
        linear("predictions", 2048, 1000),
    ]);
    l
}
