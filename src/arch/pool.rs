//! Output-size maths for pooling: `crate::geometry::pool`, where the pooling kernels find it
//! too; re-exported here for the analysis.

pub use crate::geometry::pool::{adaptive_max_window, adaptive_window, pool_out_len};
