//! The backward pass over a model description: the chain rule layer by layer, in
//! reverse, from the caches of a [`Tape`].

use super::forward::{mismatch, Cache, Mode, Tape};
use super::{LayerParams, Network};
use crate::arch::{Layer, Merge, Op};
use crate::budget::Budget;
use crate::error::Result;
use crate::nn::conv::conv2d_backward_with;
use crate::nn::ops::{
    activation::*, batchnorm::*, concat::*, dropout::*, linear::*, pool::*, shuffle::*, softmax::*,
};
use crate::nn::tensor::Tensor;

impl Network {
    /// Given `dout = dL/d(output)`, returns `dL/d(input)` and the gradients of every
    /// parameter, in a tree shaped like [`Network::params`].
    pub fn backward(&self, tape: &Tape, dout: &Tensor) -> Result<(Tensor, LayerParams)> {
        let LayerParams::Nested(params) = &self.params else {
            return Err(mismatch());
        };
        let (dx, grads) = back_layers(
            &self.model.layers,
            params,
            &tape.caches,
            dout.clone(),
            tape.mode,
            &self.budget,
        )?;
        Ok((dx, LayerParams::Nested(grads)))
    }
}

fn back_layers(
    layers: &[Layer],
    params: &[LayerParams],
    caches: &[Cache],
    mut d: Tensor,
    mode: Mode,
    budget: &Budget,
) -> Result<(Tensor, Vec<LayerParams>)> {
    if layers.len() != params.len() || layers.len() != caches.len() {
        return Err(mismatch());
    }
    let mut grads = vec![LayerParams::None; layers.len()];
    for i in (0..layers.len()).rev() {
        let (dx, g) = back_layer(&layers[i], &params[i], &caches[i], d, mode, budget)
            .map_err(|e| e.in_layer(&layers[i].name))?;
        d = dx;
        grads[i] = g;
    }
    Ok((d, grads))
}

fn back_layer(
    layer: &Layer,
    p: &LayerParams,
    cache: &Cache,
    d: Tensor,
    mode: Mode,
    budget: &Budget,
) -> Result<(Tensor, LayerParams)> {
    let none = |dx: Tensor| (dx, LayerParams::None);
    Ok(match (&layer.op, p, cache) {
        (Op::Conv2d(s), LayerParams::Conv { weight, bias }, Cache::Input(x)) => {
            let g = conv2d_backward_with(x, weight, &d, s, budget)?;
            (
                g.input,
                LayerParams::Conv {
                    weight: g.weight,
                    bias: bias.as_ref().map(|_| g.bias),
                },
            )
        }
        (Op::Linear { .. }, LayerParams::Linear { weight, bias }, Cache::Linear(x2, shape)) => {
            let ([n, _], [f, _]) = (x2.dims2("linear")?, weight.dims2("linear")?);
            let g = linear_backward(x2, weight, &d.reshape(&[n, f])?)?;
            (
                g.input.reshape(shape)?,
                LayerParams::Linear {
                    weight: g.weight,
                    bias: bias.as_ref().map(|_| g.bias),
                },
            )
        }
        (Op::MaxPool2d(_), _, Cache::Argmax(shape, arg)) => {
            none(max_pool_backward(shape, arg, &d)?)
        }
        (Op::AvgPool2d(s), _, Cache::Shape(shape)) => none(avg_pool_backward(shape, s, &d)?),
        (Op::AdaptiveAvgPool2d { output }, _, Cache::Shape(shape)) => {
            none(adaptive_avg_pool_backward(shape, *output, &d)?)
        }
        (Op::GlobalAvgPool, _, Cache::Shape(shape)) => none(global_avg_pool_backward(shape, &d)?),
        (Op::BatchNorm { .. }, LayerParams::BatchNorm(bn), c) => {
            let g = match (mode, c) {
                (Mode::Train, Cache::BatchNorm(cache)) => batchnorm_backward(&d, cache, bn)?,
                (Mode::Eval, Cache::Input(x)) => batchnorm_backward_eval(x, &d, bn)?,
                _ => return Err(mismatch()),
            };
            let grads = BatchNorm {
                gamma: g.gamma,
                beta: g.beta,
                ..bn.clone()
            };
            (g.input, LayerParams::BatchNorm(grads))
        }
        (Op::Relu, _, Cache::Input(x)) => none(relu_backward(x, &d)?),
        (Op::Relu6, _, Cache::Input(x)) => none(relu6_backward(x, &d)?),
        (Op::Softmax, _, Cache::Output(p)) => none(softmax_channels_backward(p, &d)?),
        (Op::Dropout { .. }, _, Cache::Mask(m)) => none(dropout_backward(m, &d)?),
        (Op::Flatten, _, Cache::Shape(shape)) => none(d.reshape(shape)?),
        (Op::ChannelShuffle { groups }, _, Cache::None) => {
            none(channel_shuffle_backward(&d, *groups)?)
        }
        (Op::ChannelSlice { start, .. }, _, Cache::Shape(shape)) => {
            none(channel_slice_backward(shape, *start, &d)?)
        }
        (Op::Sequential { layers }, LayerParams::Nested(ps), Cache::Nested(cs)) => {
            let (dx, g) = back_layers(layers, ps, cs, d, mode, budget)?;
            (dx, LayerParams::Nested(g))
        }
        (Op::Aux { .. }, LayerParams::Nested(ps), Cache::None) => (
            d,
            LayerParams::Nested(ps.iter().map(LayerParams::zeros_like).collect()),
        ),
        (
            Op::Branches { branches, merge },
            LayerParams::Branches(ps),
            Cache::Branches(cs, channels),
        ) => {
            if branches.len() != ps.len() || branches.len() != cs.len() {
                return Err(mismatch());
            }
            let douts = match merge {
                Merge::Concat => concat_backward(&d, channels)?,
                Merge::Add => vec![d; branches.len()],
            };
            let mut dx: Option<Tensor> = None;
            let mut grads = Vec::with_capacity(branches.len());
            for (((b, p), c), db) in branches.iter().zip(ps).zip(cs).zip(douts) {
                let (dxi, g) = back_layers(b, p, c, db, mode, budget)?;
                dx = Some(match dx {
                    None => dxi,
                    Some(acc) => add_forward(&acc, &dxi)?,
                });
                grads.push(g);
            }
            (dx.ok_or_else(mismatch)?, LayerParams::Branches(grads))
        }
        _ => return Err(mismatch()),
    })
}
