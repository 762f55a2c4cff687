//! Model descriptions and their pure maths: shape inference, cost and receptive fields.
//!
//! - [`model`]: the description ([`Model`], [`Layer`], [`Op`]) shared by the zoo, the
//!   app, the CLI and the executor;
//! - [`analysis`]: one walk giving every layer's output shape, parameters, MACs,
//!   activation memory and receptive field ([`summarize`]), with the counting
//!   conventions documented there;
//! - [`pool`]: pooling output sizes (ceil mode included);
//! - [`Budget`] (from `crate::budget`): resource limits checked before anything is allocated;
//! - [`json`]: reading and writing descriptions as JSON;
//! - [`dilation`]: gridding of stacked dilated convolutions (HDC rule).
//!
//! # JSON schema
//! ```json
//! {
//!   "name": "tiny",
//!   "input": [3, 32, 32],
//!   "layers": [
//!     {"name": "conv1", "op": "conv2d", "in_channels": 3, "out_channels": 8,
//!      "kernel": [3, 3], "stride": [1, 1], "dilation": [1, 1],
//!      "padding": {"explicit": {"top": 1, "bottom": 1, "left": 1, "right": 1}},
//!      "groups": 1, "bias": false},
//!     {"name": "bn1", "op": "batch_norm", "channels": 8},
//!     {"name": "relu1", "op": "relu"},
//!     {"name": "pool1", "op": "max_pool2d", "kernel": [3, 3], "stride": [2, 2],
//!      "padding": "same", "ceil_mode": false},
//!     {"name": "block", "op": "branches", "merge": "concat", "branches": [
//!        [{"name": "a", "op": "conv2d", "in_channels": 8, "out_channels": 4,
//!          "kernel": [1, 1], "stride": [1, 1], "dilation": [1, 1],
//!          "padding": {"explicit": {"top": 0, "bottom": 0, "left": 0, "right": 0}},
//!          "groups": 1, "bias": true}],
//!        []
//!     ]},
//!     {"name": "shuffle", "op": "channel_shuffle", "groups": 2},
//!     {"name": "pool", "op": "global_avg_pool"},
//!     {"name": "flatten", "op": "flatten"},
//!     {"name": "fc", "op": "linear", "in_features": 12, "out_features": 10, "bias": true}
//!   ]
//! }
//! ```
//! Every layer is an object with `name`, `op` and the op's fields:
//!
//! | op | fields (defaults) |
//! |---|---|
//! | `conv2d` | `in_channels, out_channels, kernel [kh,kw], stride, dilation, padding, groups, bias` (all required) |
//! | `max_pool2d`, `avg_pool2d` | `kernel, stride, padding` (0), `ceil_mode` (false), `count_include_pad` (true) |
//! | `adaptive_avg_pool2d` | `output [oh, ow]` |
//! | `global_avg_pool`, `flatten`, `relu`, `relu6`, `softmax` | none |
//! | `batch_norm` | `channels, eps` (1e-5) |
//! | `linear` | `in_features, out_features, bias` (true) |
//! | `dropout` | `p` |
//! | `channel_shuffle` | `groups` |
//! | `channel_slice` | `start, len` |
//! | `sequential` | `layers` |
//! | `branches` | `branches` (list of layer lists; `[]` is the identity), `merge` (`"concat"` or `"add"`) |
//! | `aux` | `layers` (a side head; the main path passes through) |
//!
//! `padding` is `"same"` (TensorFlow SAME) or `{"explicit": {"top", "bottom", "left", "right"}}`.

pub mod analysis;
pub mod dilation;
pub mod json;
pub mod model;
pub mod pool;

pub use crate::budget::Budget;
pub use analysis::{infer_shape, leaf_cost, summarize, LayerRow, ReceptiveField, Summary};
pub use json::{from_json, load_model, to_json};
pub use model::{Layer, Merge, Model, Op, OpKind, Pool2dSpec};
pub use pool::pool_out_len;
