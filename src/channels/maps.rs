//! Real feature maps through the core: a multi-channel input run through the
//! widget's layer with [`conv2d`] (and the point-wise layer when it is on), and the
//! knock-out comparison: zero one input channel, run again, see which maps change.

use super::layer::{ChannelLayer, LayerProblem};
use crate::error::Error;
use crate::nn::conv::{conv2d, Conv2dSpec};
use crate::nn::rng::Rng;
use crate::nn::tensor::Tensor;
use crate::playground::image::Sample;
use crate::playground::kernel::Preset;

pub const MIN_SIDE: usize = 8;
pub const MAX_SIDE: usize = 32;
pub const MAX_SEED: usize = 9999;
/// Most multiply-accumulates one run may take (both layers), so a redraw stays quick.
pub const MAX_RUN_MACS: u64 = 24_000_000;

/// How the weights are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightPreset {
    /// Edge detectors and a sharpen filter, one per (output, input) pair in turn.
    Edges,
    /// Gaussian blurs.
    Blur,
    /// Seeded random weights: a random sign times a magnitude uniform in [0.2, 1] × sqrt(3 / fan-in),
    /// so no connection is silently near zero.
    Random,
}

impl WeightPreset {
    pub const ALL: [WeightPreset; 3] = [
        WeightPreset::Edges,
        WeightPreset::Blur,
        WeightPreset::Random,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WeightPreset::Edges => "edges",
            WeightPreset::Blur => "blur",
            WeightPreset::Random => "random",
        }
    }
}

/// Why no maps are shown.
#[derive(Debug, Clone, PartialEq)]
pub enum MapsProblem {
    /// The layer itself is invalid.
    Layer(LayerProblem),
    /// More channels than are drawn one by one.
    TooManyChannels { most: usize },
    /// The run would cost more than [`MAX_RUN_MACS`].
    TooCostly { macs: u64, limit: u64 },
    /// The core refused (should not happen for a checked layer; shown as it is).
    Core(Error),
}

/// The maps of one run: input (1, C_in, S, S), spatial output (1, C_out, S, S) and
/// point-wise output (1, N, S, S); with a knock-out, which maps differ from the full run.
#[derive(Debug, Clone, PartialEq)]
pub struct Maps {
    pub side: usize,
    pub input: Tensor,
    pub middle: Tensor,
    pub output: Option<Tensor>,
    /// Per spatial-output channel: changed by the knock-out (all false without one).
    pub middle_changed: Vec<bool>,
    /// Per point-wise output channel: changed by the knock-out.
    pub output_changed: Vec<bool>,
    /// The input channel that was zeroed, if any.
    pub knocked: Option<usize>,
}

/// The input: one `side × side` map per channel, each a different picture in 0..1
/// (a digit, stripes at several angles and periods, a ring, a checkerboard), none flat.
pub fn input_maps(channels: usize, side: usize) -> Vec<f32> {
    let mut data = Vec::with_capacity(channels * side * side);
    let digit = Sample::Digit.render(side);
    for c in 0..channels {
        let shift = (c / 6) as f32;
        let period = 3.0 + (c / 6 % 4) as f32;
        for y in 0..side {
            for x in 0..side {
                let (fy, fx) = (y as f32, x as f32);
                let wave = |t: f32| 0.5 + 0.5 * (std::f32::consts::TAU * t / period).sin();
                let v = match c % 6 {
                    0 => digit[y * side + (x + c / 6) % side],
                    1 => wave(fx + shift),
                    2 => wave(fy + shift),
                    3 => wave((fx + fy) * 0.7 + shift),
                    4 => {
                        let r = ((fx - side as f32 / 2.0).powi(2)
                            + (fy - side as f32 / 2.0).powi(2))
                        .sqrt();
                        wave(r + shift)
                    }
                    _ => ((x / 2 + y / 2 + c / 6) % 2) as f32,
                };
                data.push(v);
            }
        }
    }
    data
}

/// The spatial layer's weights, (C_out, C_in/g, k_h, k_w).
pub fn spatial_weights(spec: &Conv2dSpec, preset: WeightPreset, seed: u64) -> Vec<f32> {
    let [kh, kw] = spec.kernel;
    let cg = spec.in_per_group();
    let count = spec.out_channels * cg * kh * kw;
    match preset {
        WeightPreset::Random => random(count, cg * kh * kw, seed),
        WeightPreset::Edges | WeightPreset::Blur => {
            let cycle: &[Preset] = if preset == WeightPreset::Edges {
                &[
                    Preset::SobelX,
                    Preset::SobelY,
                    Preset::Laplacian,
                    Preset::Sharpen,
                ]
            } else {
                &[Preset::Gaussian]
            };
            let mut w = Vec::with_capacity(count);
            for o in 0..spec.out_channels {
                for j in 0..cg {
                    let kernel = cycle[(o + j) % cycle.len()].build(3, 3);
                    let kernel = if [kh, kw] == [3, 3] {
                        kernel
                    } else {
                        // Other sizes: the 3×3 filter centred in the k_h × k_w window.
                        let mut k = vec![0.0; kh * kw];
                        for y in 0..kh {
                            for x in 0..kw {
                                let (sy, sx) =
                                    ((y + 1).checked_sub(kh / 2), (x + 1).checked_sub(kw / 2));
                                if let (Some(sy), Some(sx)) = (sy, sx) {
                                    if sy < 3 && sx < 3 {
                                        k[y * kw + x] = kernel.weights[sy * 3 + sx];
                                    }
                                }
                            }
                        }
                        crate::playground::kernel::Kernel {
                            h: kh,
                            w: kw,
                            weights: k,
                        }
                    };
                    let scale = 1.0 / cg as f32;
                    if kernel.weights.iter().all(|&v| v == 0.0) {
                        // A crop with nothing left (a 1×1 or k×1 window on an edge filter):
                        // the centre tap alone, its sign alternating, so every pair still connects.
                        let sign = if (o + j) % 2 == 0 { 1.0 } else { -1.0 };
                        let mut centre = vec![0.0; kh * kw];
                        centre[(kh / 2) * kw + kw / 2] = sign * scale;
                        w.extend(centre);
                    } else {
                        w.extend(kernel.weights.iter().map(|v| v * scale));
                    }
                }
            }
            w
        }
    }
}

/// The point-wise layer's weights, (N, C_out, 1, 1): seeded random, fan-in C_out.
pub fn pointwise_weights(spec: &Conv2dSpec, seed: u64) -> Vec<f32> {
    random(
        spec.out_channels * spec.in_channels,
        spec.in_channels,
        seed ^ 0x5EED,
    )
}

fn random(count: usize, fan_in: usize, seed: u64) -> Vec<f32> {
    let bound = (3.0 / fan_in.max(1) as f32).sqrt();
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            let sign = if rng.uniform() < 0.5 { -1.0 } else { 1.0 };
            sign * bound * (0.2 + 0.8 * rng.uniform())
        })
        .collect()
}

/// Runs the layer on [`input_maps`] through the core, and again with input channel
/// `knocked` zeroed when given, to mark the maps the knock-out changes.
pub fn run(
    layer: &ChannelLayer,
    preset: WeightPreset,
    seed: u64,
    side: usize,
    knocked: Option<usize>,
) -> Result<Maps, MapsProblem> {
    let side = check(layer, side, knocked)?;
    let input = input_maps(layer.c_in, side);
    let weights = spatial_weights(&layer.spec(), preset, seed);
    run_on(layer, &input, &weights, seed, side, knocked)
}

/// The side of the maps `layer` runs on (`side` clamped to what is allowed), or why it
/// cannot run (with a knock-out it runs twice): [`run`]'s checks, without the run.
pub fn check(
    layer: &ChannelLayer,
    side: usize,
    knocked: Option<usize>,
) -> Result<usize, MapsProblem> {
    let side = side.clamp(MIN_SIDE, MAX_SIDE);
    layer.check().map_err(MapsProblem::Layer)?;
    if !layer.drawable() {
        return Err(MapsProblem::TooManyChannels {
            most: super::layer::MAX_DRAWN,
        });
    }
    let spec = layer.spec();
    let pw = layer.pointwise_spec();
    let runs = if knocked.is_some() { 2 } else { 1 };
    let macs = (spec.macs(side, side) + pw.map_or(0, |p| p.macs(side, side))) * runs;
    if macs > MAX_RUN_MACS {
        return Err(MapsProblem::TooCostly {
            macs,
            limit: MAX_RUN_MACS,
        });
    }
    Ok(side)
}

/// [`run`] on inputs already made: `input` from [`input_maps`] (C_in maps of `side`
/// clamped to [`MIN_SIDE`]..=[`MAX_SIDE`])
/// and `weights` from [`spatial_weights`]; the app makes each once for all its views,
/// and the input only when the channels or the side change.
pub fn run_on(
    layer: &ChannelLayer,
    input: &[f32],
    weights: &[f32],
    seed: u64,
    side: usize,
    knocked: Option<usize>,
) -> Result<Maps, MapsProblem> {
    let side = check(layer, side, knocked)?;
    let layers = Layers::new(layer, weights, seed)?;
    let (input, middle, output) = layers.forward(layer, side, input.to_vec())?;
    let full = Maps {
        side,
        middle_changed: vec![false; layer.c_out],
        output_changed: vec![false; layer.final_channels()],
        knocked: None,
        input,
        middle,
        output,
    };
    match knocked {
        Some(k) => layers.knock_out(layer, &full, k),
        None => Ok(full),
    }
}

/// The maps with input channel `k` zeroed, from `full`, the run without a knock-out
/// ([`run_on`] with none) on the same layer and weights: one run of the core, not two.
/// Marks the maps that differ from `full`; a `k` past the channels gives `full` again.
pub fn knock_out(
    layer: &ChannelLayer,
    full: &Maps,
    weights: &[f32],
    seed: u64,
    k: usize,
) -> Result<Maps, MapsProblem> {
    check(layer, full.side, Some(k))?;
    Layers::new(layer, weights, seed)?.knock_out(layer, full, k)
}

/// The spatial layer and the point-wise layer after it (if any), with their weights.
struct Layers {
    spec: Conv2dSpec,
    weights: Tensor,
    pointwise: Option<(Conv2dSpec, Tensor)>,
}

impl Layers {
    /// `layer` with the spatial `weights` (C_out, C_in/g, k_h, k_w) and the point-wise
    /// weights of `seed`.
    fn new(layer: &ChannelLayer, weights: &[f32], seed: u64) -> Result<Layers, MapsProblem> {
        let spec = layer.spec();
        let [kh, kw] = spec.kernel;
        let shape = [spec.out_channels, spec.in_per_group(), kh, kw];
        let weights = Tensor::from_vec(&shape, weights.to_vec()).map_err(MapsProblem::Core)?;
        let pointwise = match layer.pointwise_spec() {
            Some(p) => {
                let w = pointwise_weights(&p, seed);
                let w = Tensor::from_vec(&[p.out_channels, p.in_channels, 1, 1], w);
                Some((p, w.map_err(MapsProblem::Core)?))
            }
            None => None,
        };
        Ok(Layers {
            spec,
            weights,
            pointwise,
        })
    }

    /// The input (1, C_in, S, S) made of `data`, the spatial output and the point-wise one.
    fn forward(
        &self,
        layer: &ChannelLayer,
        side: usize,
        data: Vec<f32>,
    ) -> Result<(Tensor, Tensor, Option<Tensor>), MapsProblem> {
        let core = MapsProblem::Core;
        let input = Tensor::from_vec(&[1, layer.c_in, side, side], data).map_err(core)?;
        let middle = conv2d(&input, &self.weights, None, &self.spec).map_err(core)?;
        let output = match &self.pointwise {
            Some((p, w)) => Some(conv2d(&middle, w, None, p).map_err(core)?),
            None => None,
        };
        Ok((input, middle, output))
    }

    /// [`knock_out`] through these layers, once its checks have passed.
    fn knock_out(&self, layer: &ChannelLayer, full: &Maps, k: usize) -> Result<Maps, MapsProblem> {
        let plane = full.side * full.side;
        let mut zeroed = full.input.data().to_vec();
        let Some(knocked) = zeroed.get_mut(k * plane..(k + 1) * plane) else {
            return Ok(full.clone());
        };
        knocked.fill(0.0);
        let (input, middle, output) = self.forward(layer, full.side, zeroed)?;
        let output_changed = match (&full.output, &output) {
            (Some(a), Some(b)) => changed(a, b),
            _ => vec![false; layer.final_channels()],
        };
        Ok(Maps {
            side: full.side,
            middle_changed: changed(&full.middle, &middle),
            output_changed,
            knocked: Some(k),
            input,
            middle,
            output,
        })
    }
}

/// Per channel of two (1, C, H, W) tensors: whether any value differs by more than rounding.
pub fn changed(a: &Tensor, b: &Tensor) -> Vec<bool> {
    let c = a.shape().get(1).copied().unwrap_or(0).max(1);
    let plane = a.data().len() / c;
    a.data()
        .chunks(plane.max(1))
        .zip(b.data().chunks(plane.max(1)))
        .map(|(x, y)| {
            x.iter()
                .zip(y)
                .any(|(u, v)| (u - v).abs() > 1e-5 * (1.0 + u.abs()))
        })
        .collect()
}
