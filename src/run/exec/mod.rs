//! The model executor: runs a model description ([`crate::arch::Model`]) forward
//! and backward on real tensors, with its parameters held beside the description.
//!
//! Activations are (N,C,H,W) throughout; a `linear` layer sees (N, F, 1, 1) as the
//! description's (F, 1, 1) per image. Every error names the layer it happened in.
//!
//! - [`Network`]: a description plus Kaiming-initialised parameters;
//! - [`Network::forward`] returns the output and a [`Tape`] of what backward needs;
//! - [`Network::backward`] returns the input gradient and the parameter gradients
//!   in a [`LayerParams`] tree of the same form as the parameters.
//!
//! An `aux` head is run and its output kept in the tape, but it receives no
//! gradient: training follows the main output only.

mod backward;
mod forward;

pub use forward::{Cache, Mode, Tape};

use crate::arch::{infer_shape, summarize, Budget, Layer, Model, Op};
use crate::error::{Error, Result};
use crate::nn::init::kaiming_normal;
use crate::nn::ops::batchnorm::BatchNorm;
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

/// The learnable state of one layer, in a tree shaped like the model. The same type
/// carries gradients (where a batch norm's running statistics are unused).
#[derive(Debug, Clone, PartialEq)]
pub enum LayerParams {
    /// A layer without parameters.
    None,
    /// conv2d: weight (O, C/groups, KH, KW) and an optional bias (O).
    Conv {
        weight: Tensor,
        bias: Option<Vec<f32>>,
    },
    /// linear: weight (Out, In) and an optional bias (Out).
    Linear {
        weight: Tensor,
        bias: Option<Vec<f32>>,
    },
    BatchNorm(BatchNorm),
    /// The layers of a `sequential` or `aux` container.
    Nested(Vec<LayerParams>),
    /// The branches of a `branches` container.
    Branches(Vec<Vec<LayerParams>>),
}

impl LayerParams {
    /// Fresh parameters for `layer`: Kaiming-normal weights, zero biases, identity batch norm.
    fn init(layer: &Layer, rng: &mut Rng) -> Result<LayerParams> {
        let many = |layers: &[Layer], rng: &mut Rng| -> Result<Vec<LayerParams>> {
            layers.iter().map(|l| LayerParams::init(l, rng)).collect()
        };
        Ok(match &layer.op {
            Op::Conv2d(s) => LayerParams::Conv {
                weight: kaiming_normal(
                    &[s.out_channels, s.in_per_group(), s.kernel[0], s.kernel[1]],
                    rng,
                )?,
                bias: s.bias.then(|| vec![0.0; s.out_channels]),
            },
            Op::Linear {
                in_features,
                out_features,
                bias,
            } => LayerParams::Linear {
                weight: kaiming_normal(&[*out_features, *in_features], rng)?,
                bias: bias.then(|| vec![0.0; *out_features]),
            },
            Op::BatchNorm { channels, eps } => {
                let mut bn = BatchNorm::new(*channels);
                bn.eps = *eps;
                LayerParams::BatchNorm(bn)
            }
            Op::Sequential { layers } | Op::Aux { layers } => {
                LayerParams::Nested(many(layers, rng)?)
            }
            Op::Branches { branches, .. } => LayerParams::Branches(
                branches
                    .iter()
                    .map(|b| many(b, rng))
                    .collect::<Result<_>>()?,
            ),
            _ => LayerParams::None,
        })
    }

    /// The same tree with every buffer zeroed (the gradient of a part that gets none).
    pub fn zeros_like(&self) -> LayerParams {
        let mut z = self.clone();
        for b in z.buffers_mut() {
            b.fill(0.0);
        }
        z
    }

    /// Every learnable buffer, depth first, in a fixed order (weights, then biases).
    pub fn buffers(&self) -> Vec<&[f32]> {
        let mut out = Vec::new();
        self.each(false, &mut |b| out.push(b));
        out
    }

    /// Everything a trained network needs to run again: [`LayerParams::buffers`] with each
    /// batch norm's running mean and variance after its weight and bias (the weights file).
    pub fn state(&self) -> Vec<&[f32]> {
        let mut out = Vec::new();
        self.each(true, &mut |b| out.push(b));
        out
    }

    /// [`LayerParams::state`], mutable, in the same order.
    pub fn state_mut(&mut self) -> Vec<&mut [f32]> {
        let mut out = Vec::new();
        self.each_mut(true, &mut |b| out.push(b));
        out
    }

    fn each<'a>(&'a self, running: bool, f: &mut dyn FnMut(&'a [f32])) {
        match self {
            LayerParams::None => {}
            LayerParams::Conv { weight, bias } | LayerParams::Linear { weight, bias } => {
                f(weight.data());
                if let Some(b) = bias {
                    f(b);
                }
            }
            LayerParams::BatchNorm(bn) => {
                f(&bn.gamma);
                f(&bn.beta);
                if running {
                    f(&bn.running_mean);
                    f(&bn.running_var);
                }
            }
            LayerParams::Nested(v) => v.iter().for_each(|p| p.each(running, f)),
            LayerParams::Branches(b) => b.iter().flatten().for_each(|p| p.each(running, f)),
        }
    }

    /// [`LayerParams::buffers`], mutable, in the same order.
    pub fn buffers_mut(&mut self) -> Vec<&mut [f32]> {
        let mut out = Vec::new();
        self.each_mut(false, &mut |b| out.push(b));
        out
    }

    fn each_mut<'a>(&'a mut self, running: bool, f: &mut dyn FnMut(&'a mut [f32])) {
        match self {
            LayerParams::None => {}
            LayerParams::Conv { weight, bias } | LayerParams::Linear { weight, bias } => {
                f(weight.data_mut());
                if let Some(b) = bias {
                    f(b);
                }
            }
            LayerParams::BatchNorm(bn) => {
                f(&mut bn.gamma);
                f(&mut bn.beta);
                if running {
                    f(&mut bn.running_mean);
                    f(&mut bn.running_var);
                }
            }
            LayerParams::Nested(v) => v.iter_mut().for_each(|p| p.each_mut(running, f)),
            LayerParams::Branches(b) => b.iter_mut().flatten().for_each(|p| p.each_mut(running, f)),
        }
    }
}

/// A model description with its parameters, ready to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    pub model: Model,
    /// One entry per top-level layer of `model`, shaped like it.
    pub params: LayerParams,
    /// The limits checked by [`Network::new`] and, per batch, by [`Network::forward`].
    pub budget: Budget,
    /// Bytes of all layer outputs for one image (from the analysis).
    activation_bytes: u64,
}

impl Network {
    /// Checks `model` against `budget` (shapes, parameters, activation memory) before
    /// allocating anything, then initialises its parameters from `seed`.
    pub fn new(model: Model, budget: &Budget, seed: u64) -> Result<Network> {
        let activation_bytes = summarize(&model, budget)?.activation_bytes;
        let mut rng = Rng::new(seed);
        let params = model
            .layers
            .iter()
            .map(|l| LayerParams::init(l, &mut rng).map_err(|e| e.in_layer(&l.name)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Network {
            model,
            params: LayerParams::Nested(params),
            budget: *budget,
            activation_bytes,
        })
    }

    /// The output shape (C, H, W) of one image.
    pub fn output_shape(&self) -> Result<[usize; 3]> {
        infer_shape(&self.model, &self.budget)
    }

    /// An error unless `x` is a batch (N, C, H, W) of the model's input shape, N >= 1,
    /// whose layer outputs together fit `budget.max_total_bytes`.
    fn check_input(&self, x: &Tensor) -> Result<()> {
        let [n, c, h, w] = x.dims4("network")?;
        let needed = self.activation_bytes.saturating_mul(n as u64);
        if needed > self.budget.max_total_bytes {
            return Err(Error::Budget {
                what: format!("the layer outputs of a batch of {n} (bytes)"),
                needed,
                limit: self.budget.max_total_bytes,
            });
        }
        if n == 0 || [c, h, w] != self.model.input {
            return Err(Error::shape(
                "network",
                format!(
                    "input {:?} does not fit model '{}', which takes (N, {}, {}, {}) with N >= 1",
                    x.shape(),
                    self.model.name,
                    self.model.input[0],
                    self.model.input[1],
                    self.model.input[2]
                ),
            ));
        }
        Ok(())
    }
}
