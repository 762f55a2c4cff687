//! Resource limits: sizes and costs beyond a configurable budget are refused with
//! a clear [`Error::Budget`] before anything is allocated or computed.

use crate::error::{Error, Result};
use crate::nn::tensor::MAX_ELEMENTS;

/// The budget one operation or one model run may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most elements in any one buffer (at most [`MAX_ELEMENTS`], the hard cap of every tensor).
    pub max_elements: usize,
    /// Most multiply-accumulates one call may execute.
    pub max_macs: u64,
}

impl Default for Limits {
    /// 64 Mi elements per buffer and 20 G multiply-accumulates per call.
    fn default() -> Self {
        Limits {
            max_elements: MAX_ELEMENTS,
            max_macs: 20_000_000_000,
        }
    }
}

impl Limits {
    /// An error if a buffer of `shape` would pass the element budget.
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

    /// An error if `macs` multiply-accumulates would pass the cost budget.
    pub fn check_macs(&self, what: &str, macs: u64) -> Result<()> {
        if macs > self.max_macs {
            return Err(Error::Budget {
                what: format!("{what} (in multiply-accumulates)"),
                needed: macs,
                limit: self.max_macs,
            });
        }
        Ok(())
    }
}
