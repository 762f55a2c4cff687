//! AlexNet (torchvision's single tower and the original two-group layout) and VGG-16.

use super::layers::*;
use crate::arch::Layer;

fn classifier(features: usize, p: f32) -> Vec<Layer> {
    vec![
        flatten("flatten"),
        dropout("drop6", p),
        linear("fc6", features, 4096),
        relu("relu6"),
        dropout("drop7", p),
        linear("fc7", 4096, 4096),
        relu("relu7"),
        linear("fc8", 4096, 1000),
    ]
}

/// torchvision `alexnet`: one tower, 64/192/384/256/256 filters, adaptive 6x6 pooling.
pub fn alexnet() -> Vec<Layer> {
    let mut l = vec![
        conv_k("conv1", 3, 64, 11, 4, 2),
        relu("relu1"),
        max_pool("pool1", 3, 2, 0),
        conv_k("conv2", 64, 192, 5, 1, 2),
        relu("relu2"),
        max_pool("pool2", 3, 2, 0),
        conv_k("conv3", 192, 384, 3, 1, 1),
        relu("relu3"),
        conv_k("conv4", 384, 256, 3, 1, 1),
        relu("relu4"),
        conv_k("conv5", 256, 256, 3, 1, 1),
        relu("relu5"),
        max_pool("pool5", 3, 2, 0),
        adaptive("avgpool", 6, 6),
    ];
    l.extend(classifier(256 * 36, 0.5));
    l
}

/// Krizhevsky et al. 2012: 96/256/384/384/256 filters; conv2, conv4 and conv5 in two
/// groups (each GPU reads only its own maps). Local response normalisation has no
/// parameters and is left out. Input 227x227 gives the paper's 55x55 conv1 maps.
pub fn alexnet_grouped() -> Vec<Layer> {
    let mut l = vec![
        conv_k("conv1", 3, 96, 11, 4, 0),
        relu("relu1"),
        max_pool("pool1", 3, 2, 0),
        conv("conv2", 96, 256, [5, 5], 1, [2, 2], 2, true),
        relu("relu2"),
        max_pool("pool2", 3, 2, 0),
        conv_k("conv3", 256, 384, 3, 1, 1),
        relu("relu3"),
        conv("conv4", 384, 384, [3, 3], 1, [1, 1], 2, true),
        relu("relu4"),
        conv("conv5", 384, 256, [3, 3], 1, [1, 1], 2, true),
        relu("relu5"),
        max_pool("pool5", 3, 2, 0),
        adaptive("avgpool", 6, 6),
    ];
    l.extend(classifier(256 * 36, 0.5));
    l
}

/// torchvision `vgg16` (configuration D, no batch norm).
pub fn vgg16() -> Vec<Layer> {
    let cfg: [&[usize]; 5] = [&[64, 64], &[128, 128], &[256; 3], &[512; 3], &[512; 3]];
    let mut l = Vec::new();
    let mut cin = 3;
    for (b, block) in cfg.iter().enumerate() {
        for (i, &c) in block.iter().enumerate() {
            l.push(conv_k(&format!("conv{}_{}", b + 1, i + 1), cin, c, 3, 1, 1));
            l.push(relu(&format!("relu{}_{}", b + 1, i + 1)));
            cin = c;
        }
        l.push(max_pool(&format!("pool{}", b + 1), 2, 2, 0));
    }
    l.push(adaptive("avgpool", 7, 7));
    l.extend(classifier(512 * 49, 0.5));
    l
}
