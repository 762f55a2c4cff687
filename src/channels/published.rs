//! The papers' single-layer comparisons the channel lessons rebuild live: MobileNet's
//! Table 3 (one 3×3 layer made separable, then thinner, then smaller) and the 1×1
//! reductions in front of ResNet's and GoogLeNet's spatial layers.

use super::layer::{ChannelLayer, Cost};

/// A row of MobileNet Table 3 with the paper's figures (millions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table3Row {
    pub row: Table3,
    pub layer: ChannelLayer,
    pub paper_macs_m: f64,
    pub paper_params_m: f64,
}

/// The rows of Table 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table3 {
    FullConvolution,
    Separable,
    Alpha075,
    Rho0714,
}

fn layer(c: usize, groups: usize, pointwise: Option<usize>, side: usize) -> ChannelLayer {
    ChannelLayer {
        c_in: c,
        c_out: c,
        kernel: [3, 3],
        groups,
        pointwise,
        out_size: [side, side],
    }
}

/// Howard et al. 2017, Table 3: D_k = 3, M = N = 512, D_f = 14; α = 0.75 gives 384
/// channels, ρ = 0.714 gives a 10 × 10 map.
pub fn mobilenet_table3() -> [Table3Row; 4] {
    let row = |row, layer, paper_macs_m, paper_params_m| Table3Row {
        row,
        layer,
        paper_macs_m,
        paper_params_m,
    };
    [
        row(
            Table3::FullConvolution,
            layer(512, 1, None, 14),
            462.0,
            2.36,
        ),
        row(
            Table3::Separable,
            layer(512, 512, Some(512), 14),
            52.3,
            0.27,
        ),
        row(Table3::Alpha075, layer(384, 384, Some(384), 14), 29.6, 0.15),
        row(Table3::Rho0714, layer(384, 384, Some(384), 10), 15.1, 0.15),
    ]
}

/// Which network a bottleneck comparison comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reduction {
    /// ResNet-50's conv2_x bottleneck: 1×1 256→64, 3×3 64→64, 1×1 64→256 at 56 × 56.
    ResNet,
    /// GoogLeNet inception (3a), 3×3 branch: 1×1 192→96, 3×3 96→128 at 28 × 28.
    Inception3x3,
    /// GoogLeNet inception (3a), 5×5 branch: 1×1 192→16, 5×5 16→32 at 28 × 28.
    Inception5x5,
}

/// A spatial layer on its own and the same job with 1×1 reductions around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Bottleneck {
    pub which: Reduction,
    pub plain: ChannelLayer,
    pub reduced: Vec<ChannelLayer>,
}

impl Bottleneck {
    pub fn reduced_cost(&self) -> Cost {
        self.reduced.iter().fold(Cost::default(), |a, l| {
            let c = l.cost();
            Cost {
                params: a.params + c.params,
                macs: a.macs + c.macs,
            }
        })
    }
}

/// The comparisons: He et al. 2016 (ResNet-50, conv2_x) and Szegedy et al. 2015
/// (GoogLeNet, Table 1, inception (3a) on a 28 × 28 × 192 input).
pub fn bottlenecks() -> [Bottleneck; 3] {
    let conv = |c_in, c_out, k, side| ChannelLayer {
        c_in,
        c_out,
        kernel: [k, k],
        groups: 1,
        pointwise: None,
        out_size: [side, side],
    };
    [
        Bottleneck {
            which: Reduction::ResNet,
            plain: conv(256, 256, 3, 56),
            reduced: vec![
                conv(256, 64, 1, 56),
                conv(64, 64, 3, 56),
                conv(64, 256, 1, 56),
            ],
        },
        Bottleneck {
            which: Reduction::Inception3x3,
            plain: conv(192, 128, 3, 28),
            reduced: vec![conv(192, 96, 1, 28), conv(96, 128, 3, 28)],
        },
        Bottleneck {
            which: Reduction::Inception5x5,
            plain: conv(192, 32, 5, 28),
            reduced: vec![conv(192, 16, 1, 28), conv(16, 32, 5, 28)],
        },
    ]
}

/// A layer list written compactly: "1×1 256→64, 3×3 64→64".
pub fn describe(layers: &[ChannelLayer]) -> String {
    layers
        .iter()
        .map(|l| format!("{}×{} {}→{}", l.kernel[0], l.kernel[1], l.c_in, l.c_out))
        .collect::<Vec<_>>()
        .join(", ")
}
