//! The effective receptive field of a stack (Luo et al. 2016): the gradient of one
//! unit with respect to the input, by the core's forward and backward ops (conv2d and
//! the pools) through the stack with seeded random weights (Kaiming-normal, two channels
//! per layer, no non-linearity), and how much of the theoretical field holds its mass.

use super::field::field_of;
use super::stack::{LayerKind, StackLayer};
use crate::arch::model::Pool2dSpec;
use crate::error::{Error, Result};
use crate::nn::conv::{conv2d, conv2d_backward_input, Conv2dSpec, Padding};
use crate::nn::init::kaiming_normal;
use crate::nn::ops::pool::{
    avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward,
};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;

/// Channels of every layer of the ERF network.
pub const CHANNELS: usize = 2;
/// Share of the gradient mass the effective field is measured at.
pub const MASS: f64 = 0.95;
/// Most multiply-accumulates of one forward pass, so a redraw stays quick.
pub const MAX_MACS: u64 = 4_000_000;

/// One layer run: what its backward pass needs, and the shape of its output.
type Ran = (Cache, Vec<usize>);

/// What the backward pass needs from the forward pass of one layer.
#[derive(Debug, Clone, PartialEq)]
enum Cache {
    Conv {
        shape: Vec<usize>,
        weight: Tensor,
        spec: Conv2dSpec,
    },
    Max {
        shape: Vec<usize>,
        argmax: Vec<Option<usize>>,
    },
    Avg {
        shape: Vec<usize>,
        spec: Pool2dSpec,
    },
}

fn conv_spec(l: &StackLayer) -> Conv2dSpec {
    Conv2dSpec {
        in_channels: CHANNELS,
        out_channels: CHANNELS,
        kernel: l.kernel,
        stride: [l.stride; 2],
        dilation: [l.dilation; 2],
        padding: Padding::symmetric(l.padding),
        groups: 1,
        bias: false,
    }
}

fn pool_spec(l: &StackLayer) -> Pool2dSpec {
    Pool2dSpec {
        kernel: l.kernel,
        stride: [l.stride; 2],
        ..Pool2dSpec::square(1, 1, l.padding)
    }
}

/// The seeded random input (1, CHANNELS, n, n) the ERF is taken at.
pub fn erf_input(n: usize, seed: u64) -> Result<Tensor> {
    let mut rng = Rng::new(seed ^ 0xE4F);
    Tensor::from_vec(
        &[1, CHANNELS, n, n],
        rng.uniform_vec(CHANNELS * n * n, 0.1, 1.0),
    )
}

/// Runs `input` (1, CHANNELS, H, W) through `stack` with weights from `seed`:
/// conv weights (CHANNELS, CHANNELS, k_h, k_w), drawn layer by layer. Stops before the
/// layer that would take the run past [`MAX_MACS`] (or that the core refuses), with
/// that layer's error beside the layers run (each with its output's shape).
fn run(stack: &[StackLayer], input: Tensor, seed: u64) -> (Tensor, Vec<Ran>, Option<Error>) {
    let mut rng = Rng::new(seed);
    let mut x = input;
    let mut caches = Vec::with_capacity(stack.len());
    let mut macs = 0u64;
    for l in stack {
        match layer_forward(l, &x, &mut rng, &mut macs) {
            Ok((y, cache)) => {
                caches.push((cache, y.shape().to_vec()));
                x = y;
            }
            Err(e) => return (x, caches, Some(e)),
        }
    }
    (x, caches, None)
}

/// One layer of [`run`]: its output and what its backward pass needs; `macs` counts the
/// run's multiply-accumulates so far.
fn layer_forward(
    l: &StackLayer,
    x: &Tensor,
    rng: &mut Rng,
    macs: &mut u64,
) -> Result<(Tensor, Cache)> {
    Ok(match l.kind {
        LayerKind::Conv => {
            let spec = conv_spec(l);
            let [_, oh, ow] = spec.output_shape([CHANNELS, x.shape()[2], x.shape()[3]])?;
            *macs = macs.saturating_add(spec.macs(oh, ow));
            if *macs > MAX_MACS {
                return Err(Error::Budget {
                    what: "the effective-receptive-field network (multiply-accumulates)".into(),
                    needed: *macs,
                    limit: MAX_MACS,
                });
            }
            let weight = kaiming_normal(&[CHANNELS, CHANNELS, l.kernel[0], l.kernel[1]], rng)?;
            let y = conv2d(x, &weight, None, &spec)?;
            (
                y,
                Cache::Conv {
                    shape: x.shape().to_vec(),
                    weight,
                    spec,
                },
            )
        }
        LayerKind::MaxPool => {
            let (y, argmax) = max_pool_forward(x, &pool_spec(l))?;
            (
                y,
                Cache::Max {
                    shape: x.shape().to_vec(),
                    argmax,
                },
            )
        }
        LayerKind::AvgPool => {
            let spec = pool_spec(l);
            (
                avg_pool_forward(x, &spec)?,
                Cache::Avg {
                    shape: x.shape().to_vec(),
                    spec,
                },
            )
        }
    })
}

/// The output (1, CHANNELS, OH, OW) of the first `upto` layers for `input`.
pub fn forward(stack: &[StackLayer], upto: usize, input: &Tensor, seed: u64) -> Result<Tensor> {
    match run(&stack[..upto.min(stack.len())], input.clone(), seed) {
        (_, _, Some(e)) => Err(e),
        (y, _, None) => Ok(y),
    }
}

/// The ERF of one unit and the share of the theoretical field holding [`MASS`] of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ErfView {
    pub n: usize,
    /// `sum over channels |d unit / d input|`, row-major n × n.
    pub values: Vec<f32>,
    /// Pixels needed to hold [`MASS`] of the gradient, largest first.
    pub mass_pixels: usize,
    /// Pixels of the theoretical field (its size, height × width).
    pub field_pixels: u64,
}

impl ErfView {
    /// `mass_pixels / field_pixels`.
    pub fn share(&self) -> f64 {
        self.mass_pixels as f64 / self.field_pixels.max(1) as f64
    }
}

/// The fewest pixels holding `mass` of the total (largest values first).
pub fn pixels_for_mass(values: &[f32], mass: f64) -> usize {
    let mut v: Vec<f64> = values.iter().map(|&x| f64::from(x.abs())).collect();
    let total: f64 = v.iter().sum();
    if total <= 0.0 {
        return 0;
    }
    v.sort_by(|a, b| b.total_cmp(a));
    let mut acc = 0.0;
    for (i, x) in v.iter().enumerate() {
        acc += x;
        if acc >= mass * total {
            return i + 1;
        }
    }
    v.len()
}

/// The ERF network's forward pass through a whole stack, kept: the ERF of any unit of any
/// layer is then one backward pass (picking another unit or layer reruns nothing else).
#[derive(Debug, Clone, PartialEq)]
pub struct ErfNet {
    stack: Vec<StackLayer>,
    n: usize,
    caches: Vec<Ran>,
    /// Why the layers after `caches` were not run (over [`MAX_MACS`], or refused).
    stopped: Option<Error>,
}

impl ErfNet {
    /// The forward pass of `stack` over an `n × n` input (see [`erf_input`]), weights from `seed`.
    pub fn new(stack: &[StackLayer], n: usize, seed: u64) -> Result<ErfNet> {
        let (_, caches, stopped) = run(stack, erf_input(n, seed)?, seed);
        Ok(ErfNet {
            stack: stack.to_vec(),
            n,
            caches,
            stopped,
        })
    }

    /// The stack the net was run through.
    pub fn stack(&self) -> &[StackLayer] {
        &self.stack
    }

    /// The side of its square input.
    pub fn side(&self) -> usize {
        self.n
    }

    /// The ERF of unit `(y, x)` (all channels summed) of layer `upto`: a one at the unit,
    /// pushed back through every layer's backward op (the input's gradient only).
    pub fn erf(&self, upto: usize, (y, x): (usize, usize)) -> Result<ErfView> {
        let upto = upto.min(self.stack.len());
        if upto > self.caches.len() {
            return Err(self.stopped.clone().unwrap_or_else(|| {
                Error::param("erf", format!("layer {upto}"), "a layer of the stack")
            }));
        }
        let n = self.n;
        let shape = match upto.checked_sub(1) {
            Some(last) => self.caches[last].1.clone(),
            None => vec![1, CHANNELS, n, n],
        };
        let mut grad = Tensor::zeros(&shape)?;
        let [_, c, oh, ow] = grad.dims4("erf")?;
        if y >= oh || x >= ow {
            return Err(Error::param(
                "erf",
                format!("unit ({y}, {x})"),
                format!("y < {oh}, x < {ow}"),
            ));
        }
        for ch in 0..c {
            grad.data_mut()[(ch * oh + y) * ow + x] = 1.0;
        }
        for (cache, _) in self.caches[..upto].iter().rev() {
            grad = match cache {
                Cache::Conv {
                    shape,
                    weight,
                    spec,
                } => conv2d_backward_input(shape, weight, &grad, spec)?,
                Cache::Max { shape, argmax } => max_pool_backward(shape, argmax, &grad)?,
                Cache::Avg { shape, spec } => avg_pool_backward(shape, spec, &grad)?,
            };
        }
        let mut values = vec![0.0f32; n * n];
        for plane in grad.data().chunks_exact(n * n) {
            for (v, g) in values.iter_mut().zip(plane) {
                *v += g.abs();
            }
        }
        let field = field_of(&self.stack[..upto]);
        let field = field.size[0].saturating_mul(field.size[1]);
        Ok(ErfView {
            n,
            mass_pixels: pixels_for_mass(&values, MASS),
            values,
            field_pixels: field,
        })
    }
}
