//! Inception v3 (Szegedy et al. 2016) as torchvision's weights define it, auxiliary
//! classifier included. Every conv is torchvision's BasicConv2d: conv without bias,
//! batch norm (eps 0.001), ReLU.

use super::layers::*;
use crate::arch::{Layer, Op};

const EPS: f32 = 1e-3;

fn c(name: &str, cin: usize, cout: usize, k: [usize; 2], s: usize, p: [usize; 2]) -> Layer {
    conv_bn_relu(name, cin, cout, k, s, p, 1, EPS)
}

fn c1(name: &str, cin: usize, cout: usize) -> Layer {
    c(name, cin, cout, [1, 1], 1, [0, 0])
}

/// 35x35 module: 1x1 | 1x1 -> 5x5 | 1x1 -> 3x3 -> 3x3 | avg pool -> 1x1.
fn inception_a(name: &str, cin: usize, pool_features: usize) -> Layer {
    concat(
        name,
        vec![
            vec![c1("branch1x1", cin, 64)],
            vec![
                c1("branch5x5_1", cin, 48),
                c("branch5x5_2", 48, 64, [5, 5], 1, [2, 2]),
            ],
            vec![
                c1("branch3x3dbl_1", cin, 64),
                c("branch3x3dbl_2", 64, 96, [3, 3], 1, [1, 1]),
                c("branch3x3dbl_3", 96, 96, [3, 3], 1, [1, 1]),
            ],
            vec![
                avg_pool("branch_pool_avg", 3, 1, 1),
                c1("branch_pool", cin, pool_features),
            ],
        ],
    )
}

/// Grid reduction 35 -> 17.
fn inception_b(name: &str, cin: usize) -> Layer {
    concat(
        name,
        vec![
            vec![c("branch3x3", cin, 384, [3, 3], 2, [0, 0])],
            vec![
                c1("branch3x3dbl_1", cin, 64),
                c("branch3x3dbl_2", 64, 96, [3, 3], 1, [1, 1]),
                c("branch3x3dbl_3", 96, 96, [3, 3], 2, [0, 0]),
            ],
            vec![max_pool("branch_pool", 3, 2, 0)],
        ],
    )
}

/// 17x17 module with factorized 1x7 / 7x1 convolutions (`c7` channels inside).
fn inception_c(name: &str, cin: usize, c7: usize) -> Layer {
    let (h, v) = ([1, 7], [7, 1]);
    let (ph, pv) = ([0, 3], [3, 0]);
    concat(
        name,
        vec![
            vec![c1("branch1x1", cin, 192)],
            vec![
                c1("branch7x7_1", cin, c7),
                c("branch7x7_2", c7, c7, h, 1, ph),
                c("branch7x7_3", c7, 192, v, 1, pv),
            ],
            vec![
                c1("branch7x7dbl_1", cin, c7),
                c("branch7x7dbl_2", c7, c7, v, 1, pv),
                c("branch7x7dbl_3", c7, c7, h, 1, ph),
                c("branch7x7dbl_4", c7, c7, v, 1, pv),
                c("branch7x7dbl_5", c7, 192, h, 1, ph),
            ],
            vec![
                avg_pool("branch_pool_avg", 3, 1, 1),
                c1("branch_pool", cin, 192),
            ],
        ],
    )
}

/// Grid reduction 17 -> 8.
fn inception_d(name: &str, cin: usize) -> Layer {
    concat(
        name,
        vec![
            vec![
                c1("branch3x3_1", cin, 192),
                c("branch3x3_2", 192, 320, [3, 3], 2, [0, 0]),
            ],
            vec![
                c1("branch7x7x3_1", cin, 192),
                c("branch7x7x3_2", 192, 192, [1, 7], 1, [0, 3]),
                c("branch7x7x3_3", 192, 192, [7, 1], 1, [3, 0]),
                c("branch7x7x3_4", 192, 192, [3, 3], 2, [0, 0]),
            ],
            vec![max_pool("branch_pool", 3, 2, 0)],
        ],
    )
}

/// 8x8 module with the 3x3 factorized into parallel 1x3 and 3x1 (expanded filter bank).
fn inception_e(name: &str, cin: usize) -> Layer {
    let split = |n: &str| {
        concat(
            n,
            vec![
                vec![c(&format!("{n}a"), 384, 384, [1, 3], 1, [0, 1])],
                vec![c(&format!("{n}b"), 384, 384, [3, 1], 1, [1, 0])],
            ],
        )
    };
    concat(
        name,
        vec![
            vec![c1("branch1x1", cin, 320)],
            vec![c1("branch3x3_1", cin, 384), split("branch3x3_2")],
            vec![
                c1("branch3x3dbl_1", cin, 448),
                c("branch3x3dbl_2", 448, 384, [3, 3], 1, [1, 1]),
                split("branch3x3dbl_3"),
            ],
            vec![
                avg_pool("branch_pool_avg", 3, 1, 1),
                c1("branch_pool", cin, 192),
            ],
        ],
    )
}

/// torchvision `inception_v3` for 299x299 inputs, with the auxiliary classifier after Mixed_6e.
pub fn inception_v3() -> Vec<Layer> {
    vec![
        c("Conv2d_1a_3x3", 3, 32, [3, 3], 2, [0, 0]),
        c("Conv2d_2a_3x3", 32, 32, [3, 3], 1, [0, 0]),
        c("Conv2d_2b_3x3", 32, 64, [3, 3], 1, [1, 1]),
        max_pool("maxpool1", 3, 2, 0),
        c1("Conv2d_3b_1x1", 64, 80),
        c("Conv2d_4a_3x3", 80, 192, [3, 3], 1, [0, 0]),
        max_pool("maxpool2", 3, 2, 0),
        inception_a("Mixed_5b", 192, 32),
        inception_a("Mixed_5c", 256, 64),
        inception_a("Mixed_5d", 288, 64),
        inception_b("Mixed_6a", 288),
        inception_c("Mixed_6b", 768, 128),
        inception_c("Mixed_6c", 768, 160),
        inception_c("Mixed_6d", 768, 160),
        inception_c("Mixed_6e", 768, 192),
        Layer::new(
            "AuxLogits",
            Op::Aux {
                layers: vec![
                    avg_pool("avgpool", 5, 3, 0),
                    c1("conv0", 768, 128),
                    c("conv1", 128, 768, [5, 5], 1, [0, 0]),
                    gap("gap"),
                    flatten("flatten"),
                    linear("fc", 768, 1000),
                ],
            },
        ),
        inception_d("Mixed_7a", 768),
        inception_e("Mixed_7b", 1280),
        inception_e("Mixed_7c", 2048),
        gap("avgpool"),
        dropout("dropout", 0.5),
        flatten("flatten"),
        linear("fc", 2048, 1000),
    ]
}
