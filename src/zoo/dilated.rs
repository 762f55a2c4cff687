//! The context module of Yu & Koltun 2016 (basic variant): seven 3x3 convolutions with
//! dilations 1, 1, 2, 4, 8, 16, 1 (padding = dilation, so the resolution is kept), each
//! followed by ReLU, then a 1x1 convolution; every layer has `c` channels in and out.

use super::layers::*;
use crate::arch::Layer;

/// The dilations of the seven 3x3 layers.
pub const DILATIONS: [usize; 7] = [1, 1, 2, 4, 8, 16, 1];

/// The basic context module on `c`-channel feature maps.
pub fn context_module(c: usize) -> Vec<Layer> {
    let mut l = Vec::new();
    for (i, &d) in DILATIONS.iter().enumerate() {
        l.push(conv_dilated(
            &format!("conv{}", i + 1),
            c,
            c,
            [3, 3],
            1,
            d,
            [d, d],
            1,
            true,
        ));
        l.push(relu(&format!("relu{}", i + 1)));
    }
    l.push(conv("conv8", c, c, [1, 1], 1, [0, 0], 1, true));
    l
}
