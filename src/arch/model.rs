//! The model description: a tree of named layers that the zoo builds, the JSON
//! loader reads, the analysis walks and the executor runs.
//!
//! Shapes are always (C, H, W) for one image. After [`Op::Flatten`] or a global
//! pool the spatial sides are 1, so a [`Op::Linear`] layer sees (features, 1, 1).
//!
//! Graph structure is nested, not a DAG:
//! - a model is a sequence of [`Layer`]s, run one after the other;
//! - [`Op::Sequential`] groups layers under one name (a Fire module, a stage);
//! - [`Op::Branches`] feeds the same input to every branch and merges their outputs
//!   with [`Merge::Concat`] (along channels) or [`Merge::Add`] (element-wise).
//!   An empty branch is the identity, so a residual block is
//!   `Branches { branches: [body, []], merge: Add }` and a projection shortcut is a
//!   non-empty second branch;
//! - [`Op::Aux`] is a side head (Inception v3's auxiliary classifier): it reads its
//!   input, its output is a second model output, and the main path passes through
//!   unchanged. Its parameters and MACs are counted.

use crate::geometry::conv::Conv2dSpec;
pub use crate::geometry::pool::Pool2dSpec;
use serde::{Deserialize, Serialize};

/// A whole network: its name, the input shape (C, H, W) and its layers in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub name: String,
    /// Input shape (C, H, W) of one image.
    pub input: [usize; 3],
    pub layers: Vec<Layer>,
}

/// One named layer. In JSON the op's tag and fields sit beside the name:
/// `{"name": "conv1", "op": "relu"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Layer {
    pub name: String,
    #[serde(flatten)]
    pub op: Op,
}

/// How the outputs of [`Op::Branches`] are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Merge {
    /// Concatenate along channels; spatial sides must be equal.
    Concat,
    /// Element-wise sum; all shapes must be equal.
    Add,
}

fn default_eps() -> f32 {
    1e-5
}

fn yes() -> bool {
    true
}

/// An operation with all its hyper-parameters.
///
/// The JSON tag is the `op` field, in snake case (`"conv2d"`, `"max_pool2d"`, ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// 2-D convolution, see [`Conv2dSpec`] (weights OIHW, I = C/groups).
    Conv2d(Conv2dSpec),
    /// Max pooling (no parameters).
    MaxPool2d(Pool2dSpec),
    /// Average pooling (no parameters).
    AvgPool2d(Pool2dSpec),
    /// PyTorch adaptive average pooling to `output` (OH, OW): window `i` spans
    /// `floor(i*In/Out) .. ceil((i+1)*In/Out)`.
    AdaptiveAvgPool2d {
        output: [usize; 2],
    },
    /// Mean over the whole spatial extent: (C, H, W) -> (C, 1, 1).
    GlobalAvgPool,
    /// Batch normalisation over `channels` with a learnable weight and bias
    /// (2 * channels parameters; running mean and variance are not parameters).
    BatchNorm {
        channels: usize,
        #[serde(default = "default_eps")]
        eps: f32,
    },
    Relu,
    /// min(max(x, 0), 6) (MobileNet v2).
    Relu6,
    /// Fully connected: (in_features, 1, 1) -> (out_features, 1, 1).
    Linear {
        in_features: usize,
        out_features: usize,
        #[serde(default = "yes")]
        bias: bool,
    },
    /// Softmax over channels.
    Softmax,
    /// Dropout with drop probability `p` (identity at inference).
    Dropout {
        p: f32,
    },
    /// (C, H, W) -> (C*H*W, 1, 1).
    Flatten,
    /// ShuffleNet channel shuffle: reshape channels to (groups, C/groups), transpose, flatten.
    ChannelShuffle {
        groups: usize,
    },
    /// Channels `start .. start+len` of the input (ShuffleNet v2 channel split).
    ChannelSlice {
        start: usize,
        len: usize,
    },
    /// Layers run in order, under one name.
    Sequential {
        layers: Vec<Layer>,
    },
    /// Every branch reads the block's input; outputs are merged. An empty branch is the identity.
    Branches {
        branches: Vec<Vec<Layer>>,
        merge: Merge,
    },
    /// A side head whose output is an extra model output; the main path passes through.
    Aux {
        layers: Vec<Layer>,
    },
}

/// The kind of an [`Op`], without its hyper-parameters: what summaries, charts and
/// diagrams classify by. Serialises to the JSON tag (`"conv2d"`, `"concat"`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    Conv2d,
    MaxPool2d,
    AvgPool2d,
    AdaptiveAvgPool2d,
    GlobalAvgPool,
    BatchNorm,
    Relu,
    Relu6,
    Linear,
    Softmax,
    Dropout,
    Flatten,
    ChannelShuffle,
    ChannelSlice,
    Sequential,
    /// A branches layer merged by concatenation.
    Concat,
    /// A branches layer merged by addition.
    Add,
    Aux,
}

impl OpKind {
    /// The name used in JSON and in tables (`"conv2d"`, `"max_pool2d"`, `"concat"`).
    pub fn as_str(self) -> &'static str {
        match self {
            OpKind::Conv2d => "conv2d",
            OpKind::MaxPool2d => "max_pool2d",
            OpKind::AvgPool2d => "avg_pool2d",
            OpKind::AdaptiveAvgPool2d => "adaptive_avg_pool2d",
            OpKind::GlobalAvgPool => "global_avg_pool",
            OpKind::BatchNorm => "batch_norm",
            OpKind::Relu => "relu",
            OpKind::Relu6 => "relu6",
            OpKind::Linear => "linear",
            OpKind::Softmax => "softmax",
            OpKind::Dropout => "dropout",
            OpKind::Flatten => "flatten",
            OpKind::ChannelShuffle => "channel_shuffle",
            OpKind::ChannelSlice => "channel_slice",
            OpKind::Sequential => "sequential",
            OpKind::Concat => "concat",
            OpKind::Add => "add",
            OpKind::Aux => "aux",
        }
    }

    /// Max, average, adaptive and global pooling.
    pub fn is_pool(self) -> bool {
        matches!(
            self,
            OpKind::MaxPool2d
                | OpKind::AvgPool2d
                | OpKind::AdaptiveAvgPool2d
                | OpKind::GlobalAvgPool
        )
    }
}

impl Op {
    /// What kind of op this is; a branches layer is its merge (`Concat` or `Add`).
    pub fn kind(&self) -> OpKind {
        match self {
            Op::Conv2d(_) => OpKind::Conv2d,
            Op::MaxPool2d(_) => OpKind::MaxPool2d,
            Op::AvgPool2d(_) => OpKind::AvgPool2d,
            Op::AdaptiveAvgPool2d { .. } => OpKind::AdaptiveAvgPool2d,
            Op::GlobalAvgPool => OpKind::GlobalAvgPool,
            Op::BatchNorm { .. } => OpKind::BatchNorm,
            Op::Relu => OpKind::Relu,
            Op::Relu6 => OpKind::Relu6,
            Op::Linear { .. } => OpKind::Linear,
            Op::Softmax => OpKind::Softmax,
            Op::Dropout { .. } => OpKind::Dropout,
            Op::Flatten => OpKind::Flatten,
            Op::ChannelShuffle { .. } => OpKind::ChannelShuffle,
            Op::ChannelSlice { .. } => OpKind::ChannelSlice,
            Op::Sequential { .. } => OpKind::Sequential,
            Op::Branches {
                merge: Merge::Concat,
                ..
            } => OpKind::Concat,
            Op::Branches {
                merge: Merge::Add, ..
            } => OpKind::Add,
            Op::Aux { .. } => OpKind::Aux,
        }
    }

    /// The layer lists a container holds, in order (one per branch for
    /// [`Op::Branches`]); empty for a leaf op.
    pub fn children(&self) -> Vec<&[Layer]> {
        match self {
            Op::Sequential { layers } | Op::Aux { layers } => vec![layers.as_slice()],
            Op::Branches { branches, .. } => branches.iter().map(|b| b.as_slice()).collect(),
            _ => Vec::new(),
        }
    }

    /// True for ops that hold other layers.
    pub fn is_container(&self) -> bool {
        matches!(
            self,
            Op::Sequential { .. } | Op::Branches { .. } | Op::Aux { .. }
        )
    }
}

impl Layer {
    /// A layer named `name` doing `op`.
    pub fn new(name: impl Into<String>, op: Op) -> Self {
        Layer {
            name: name.into(),
            op,
        }
    }
}

impl Model {
    /// A model named `name` for inputs of shape `input` (C, H, W).
    pub fn new(name: impl Into<String>, input: [usize; 3], layers: Vec<Layer>) -> Self {
        Model {
            name: name.into(),
            input,
            layers,
        }
    }
}
