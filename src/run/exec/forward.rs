//! The forward pass over a model description, recording a [`Tape`].

use super::{LayerParams, Network};
use crate::arch::{Layer, Merge, Op};
use crate::budget::Budget;
use crate::error::{Error, Result};
use crate::nn::conv::{conv2d_with, ConvPath};
use crate::nn::ops::{
    activation::*, batchnorm::*, concat::*, dropout::*, linear::*, pool::*, shuffle::*, softmax::*,
};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

/// Training (batch statistics, dropout on) or evaluation (running statistics, dropout off).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Train,
    Eval,
}

/// What one layer's forward keeps for its backward.
#[derive(Debug, Clone, PartialEq)]
pub enum Cache {
    None,
    /// The layer's input (conv, ReLU, batch norm in evaluation).
    Input(Tensor),
    /// The layer's input as (N, F) and its original shape (linear).
    Linear(Tensor, Vec<usize>),
    /// The layer's output (softmax).
    Output(Tensor),
    /// The input shape (pools, flatten, channel slice).
    Shape(Vec<usize>),
    /// Max pool: input shape and the chosen input index of each output.
    Argmax(Vec<usize>, Vec<Option<usize>>),
    BatchNorm(BnCache),
    /// Dropout's scaled keep mask.
    Mask(Tensor),
    Nested(Vec<Cache>),
    /// Each branch's caches and each branch's output channels.
    Branches(Vec<Vec<Cache>>, Vec<usize>),
}

/// Everything the backward pass needs from one forward pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Tape {
    pub mode: Mode,
    /// One cache per top-level layer.
    pub caches: Vec<Cache>,
    /// Outputs of `aux` heads, by layer name.
    pub aux: Vec<(String, Tensor)>,
}

impl Network {
    /// Runs the model on `x` (N, C, H, W); `rng` drives dropout in training.
    /// Training mode also updates the batch norms' running statistics.
    pub fn forward(&mut self, x: &Tensor, mode: Mode, rng: &mut Rng) -> Result<(Tensor, Tape)> {
        self.check_input(x)?;
        let LayerParams::Nested(params) = &mut self.params else {
            return Err(mismatch());
        };
        let mut ctx = Ctx {
            mode,
            budget: &self.budget,
            rng,
            aux: Vec::new(),
        };
        let (y, caches) = run_layers(&self.model.layers, params, x.clone(), &mut ctx)?;
        Ok((
            y,
            Tape {
                mode,
                caches,
                aux: ctx.aux,
            },
        ))
    }
}

impl Network {
    /// Runs `x` (N, C, H, W) in evaluation mode and returns every top-level layer's
    /// name and output, in order (the lab's feature maps); the last is the network's output.
    pub fn trace(&mut self, x: &Tensor) -> Result<Vec<(String, Tensor)>> {
        self.check_input(x)?;
        let LayerParams::Nested(params) = &mut self.params else {
            return Err(mismatch());
        };
        if params.len() != self.model.layers.len() {
            return Err(mismatch());
        }
        let mut rng = Rng::new(0);
        let mut ctx = Ctx {
            mode: Mode::Eval,
            budget: &self.budget,
            rng: &mut rng,
            aux: Vec::new(),
        };
        let mut x = x.clone();
        let mut out = Vec::with_capacity(params.len());
        for (layer, p) in self.model.layers.iter().zip(params) {
            let (y, _) = run_layer(layer, p, x, &mut ctx).map_err(|e| e.in_layer(&layer.name))?;
            out.push((layer.name.clone(), y.clone()));
            x = y;
        }
        Ok(out)
    }
}

pub(super) fn mismatch() -> Error {
    Error::shape(
        "network",
        "the parameters do not match the model description; build them with Network::new",
    )
}

struct Ctx<'a> {
    mode: Mode,
    /// What one kernel call may allocate and compute (the network's budget).
    budget: &'a Budget,
    rng: &'a mut Rng,
    aux: Vec<(String, Tensor)>,
}

fn run_layers(
    layers: &[Layer],
    params: &mut [LayerParams],
    mut x: Tensor,
    ctx: &mut Ctx,
) -> Result<(Tensor, Vec<Cache>)> {
    if layers.len() != params.len() {
        return Err(mismatch());
    }
    let mut caches = Vec::with_capacity(layers.len());
    for (layer, p) in layers.iter().zip(params) {
        let (y, cache) = run_layer(layer, p, x, ctx).map_err(|e| e.in_layer(&layer.name))?;
        x = y;
        caches.push(cache);
    }
    Ok((x, caches))
}

fn run_layer(
    layer: &Layer,
    p: &mut LayerParams,
    x: Tensor,
    ctx: &mut Ctx,
) -> Result<(Tensor, Cache)> {
    let shape = x.shape().to_vec();
    Ok(match (&layer.op, p) {
        (Op::Conv2d(s), LayerParams::Conv { weight, bias }) => {
            let path = ConvPath::for_spec(s);
            let y = conv2d_with(path, &x, weight, bias.as_deref(), s, ctx.budget)?;
            (y, Cache::Input(x))
        }
        (Op::Linear { .. }, LayerParams::Linear { weight, bias }) => {
            let x2 = flatten_forward(&x)?;
            let y = linear_forward(&x2, weight, bias.as_deref())?;
            let [n, out] = y.dims2("linear")?;
            (y.reshape(&[n, out, 1, 1])?, Cache::Linear(x2, shape))
        }
        (Op::MaxPool2d(s), _) => {
            let (y, arg) = max_pool_forward(&x, s)?;
            (y, Cache::Argmax(shape, arg))
        }
        (Op::AvgPool2d(s), _) => (avg_pool_forward(&x, s)?, Cache::Shape(shape)),
        (Op::AdaptiveAvgPool2d { output }, _) => {
            (adaptive_avg_pool_forward(&x, *output)?, Cache::Shape(shape))
        }
        (Op::GlobalAvgPool, _) => (global_avg_pool_forward(&x)?, Cache::Shape(shape)),
        (Op::BatchNorm { .. }, LayerParams::BatchNorm(bn)) => match ctx.mode {
            Mode::Train => {
                let (y, cache) = batchnorm_forward_train(&x, bn)?;
                (y, Cache::BatchNorm(cache))
            }
            Mode::Eval => (batchnorm_forward_eval(&x, bn)?, Cache::Input(x)),
        },
        (Op::Relu, _) => (relu_forward(&x), Cache::Input(x)),
        (Op::Relu6, _) => (relu6_forward(&x), Cache::Input(x)),
        (Op::Softmax, _) => {
            let y = softmax_channels_forward(&x)?;
            (y.clone(), Cache::Output(y))
        }
        (Op::Dropout { p }, _) => {
            let (y, mask) = dropout_forward(&x, *p, ctx.mode == Mode::Train, ctx.rng)?;
            (y, Cache::Mask(mask))
        }
        (Op::Flatten, _) => {
            let y = flatten_forward(&x)?;
            let [n, f] = y.dims2("flatten")?;
            (y.reshape(&[n, f, 1, 1])?, Cache::Shape(shape))
        }
        (Op::ChannelShuffle { groups }, _) => (channel_shuffle_forward(&x, *groups)?, Cache::None),
        (Op::ChannelSlice { start, len }, _) => (
            channel_slice_forward(&x, *start, *len)?,
            Cache::Shape(shape),
        ),
        (Op::Sequential { layers }, LayerParams::Nested(ps)) => {
            let (y, caches) = run_layers(layers, ps, x, ctx)?;
            (y, Cache::Nested(caches))
        }
        (Op::Aux { layers }, LayerParams::Nested(ps)) => {
            let (y, _) = run_layers(layers, ps, x.clone(), ctx)?;
            ctx.aux.push((layer.name.clone(), y));
            (x, Cache::None)
        }
        (Op::Branches { branches, merge }, LayerParams::Branches(ps)) => {
            if branches.len() != ps.len() || branches.is_empty() {
                return Err(mismatch());
            }
            let mut outs = Vec::with_capacity(branches.len());
            let mut caches = Vec::with_capacity(branches.len());
            for (b, p) in branches.iter().zip(ps) {
                let (y, c) = run_layers(b, p, x.clone(), ctx)?;
                outs.push(y);
                caches.push(c);
            }
            let channels = outs
                .iter()
                .map(|o| o.shape().get(1).copied().unwrap_or(0))
                .collect();
            let y = match merge {
                Merge::Concat => concat_forward(&outs.iter().collect::<Vec<_>>())?,
                Merge::Add => outs
                    .iter()
                    .skip(1)
                    .try_fold(outs[0].clone(), |acc, o| add_forward(&acc, o))?,
            };
            (y, Cache::Branches(caches, channels))
        }
        _ => return Err(mismatch()),
    })
}
