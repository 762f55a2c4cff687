//! Resource limits: a model or input beyond these is refused before anything is allocated.

use serde::{Deserialize, Serialize};

/// Limits on sizes and costs, checked by the analysis before any tensor exists.
///
/// The defaults fit a browser tab: every network in the zoo passes at its default
/// resolution and up to 1024x1024, a model that would need more than 1 GiB for one
/// layer's output or more than a tera-MAC per image does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// Layers in the whole tree, containers included.
    pub max_layers: usize,
    /// Nesting depth of containers (Sequential / Branches / Aux).
    pub max_depth: usize,
    /// Channels of any tensor or layer.
    pub max_channels: usize,
    /// Height or width of any tensor.
    pub max_side: usize,
    /// Learnable parameters of the whole model.
    pub max_params: u64,
    /// Multiply-accumulates of the whole model for one image.
    pub max_macs: u64,
    /// Bytes (f32) of one layer's output.
    pub max_layer_bytes: u64,
    /// Bytes (f32) of all layer outputs together (what training would keep).
    pub max_total_bytes: u64,
    /// Characters of model JSON text.
    pub max_json_chars: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            max_layers: 10_000,
            max_depth: 32,
            max_channels: 1 << 16,
            max_side: 4096,
            max_params: 2_000_000_000,
            max_macs: 1_000_000_000_000,
            max_layer_bytes: 1 << 30,
            max_total_bytes: 1 << 36,
            max_json_chars: 16 << 20,
        }
    }
}
