//! The one resource budget: sizes and costs a model, an input or one kernel call may
//! reach. The analysis checks a model against it before any tensor exists; the kernels
//! check their buffers and work against it before allocating. Anything beyond it is
//! refused with an [`Error::Budget`] saying what, how much and the limit.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// Most elements of any tensor (64 Mi f32, 256 MiB): the hard cap no budget can raise.
pub const MAX_ELEMENTS: usize = 64 * 1024 * 1024;

/// Limits on sizes and costs.
///
/// The defaults fit a browser tab: every network in the zoo passes at its default
/// resolution and up to 1024x1024, a model that would need more than 1 GiB for one
/// layer's output or more than a tera-MAC per image does not; one kernel call may use
/// 64 Mi elements per buffer and 20 G multiply-accumulates.
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
    /// Elements (f32) of any one buffer a kernel allocates (at most [`MAX_ELEMENTS`]).
    pub max_elements: usize,
    /// Multiply-accumulates one kernel call may execute.
    pub max_call_macs: u64,
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
            max_elements: MAX_ELEMENTS,
            max_call_macs: 20_000_000_000,
        }
    }
}

impl Budget {
    /// An error if a buffer of `shape` would pass [`Budget::max_elements`] (or [`MAX_ELEMENTS`]).
    pub fn check_elements(&self, what: &str, shape: &[usize]) -> Result<()> {
        let needed = shape.iter().fold(1u64, |a, &d| a.saturating_mul(d as u64));
        let limit = self.max_elements.min(MAX_ELEMENTS) as u64;
        if needed > limit {
            return Err(Error::Budget {
                what: format!("{what} (shape {shape:?}, in f32 elements)"),
                needed,
                limit,
            });
        }
        Ok(())
    }

    /// An error if one call's `macs` multiply-accumulates would pass [`Budget::max_call_macs`].
    pub fn check_call_macs(&self, what: &str, macs: u64) -> Result<()> {
        if macs > self.max_call_macs {
            return Err(Error::Budget {
                what: format!("{what} (in multiply-accumulates)"),
                needed: macs,
                limit: self.max_call_macs,
            });
        }
        Ok(())
    }
}
