//! The lab's worker logic as plain Rust: the messages between the page and the worker
//! ([`ToWorker`] and [`FromWorker`], sent as [`super::wire`] bytes) and a [`Session`] that
//! answers them. The worker binary only fetches files and schedules epochs; everything it
//! says comes from here, so it is tested natively.

use super::ablation::Ablation;
use super::probe::{channel_correlation, ends_in_relu, probed, silent_images, DEAD_SHARE};
use super::{trained, Epoch, Run};
use crate::arch::{summarize, Budget, Layer, Model, Op};
use crate::error::{Error, Result};
use crate::nn::digits::{self, Split};
use crate::nn::tensor::Tensor;
use crate::run::erf::{effective_receptive_field, Unit};
use crate::run::exec::{LayerParams, Network};
use crate::run::train::{argmax, Dataset};

/// What the page asks of the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum ToWorker {
    /// Load `model` with its shipped weights.
    Open {
        model: String,
    },
    /// Classify a drawn digit: 64 pixels in [0, 1], row by row.
    Predict {
        pixels: Vec<f32>,
    },
    /// Classify test image `index`.
    Sample {
        index: usize,
    },
    /// Train `model` from scratch with the default schedule for `epochs` from `seed`.
    Train {
        model: String,
        epochs: usize,
        seed: u64,
    },
    /// The effective receptive field of probed layer `layer`'s centre unit.
    Erf {
        layer: usize,
    },
    /// Stop after the current epoch (resume with [`ToWorker::Resume`]).
    Pause,
    Resume,
    /// The shipped ablation (`weights/ablation.json`, read by the worker).
    Ablation,
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq)]
pub enum FromWorker {
    /// The worker listens: requests sent before this are lost, so the page waits for it.
    Started,
    /// A network is loaded (shipped weights or a finished run) and probed.
    Ready(Probe),
    Prediction(Prediction),
    /// One epoch of a run finished.
    Epoch {
        epoch: usize,
        epochs: usize,
        loss: f32,
        train_accuracy: f32,
        test_accuracy: f32,
    },
    Paused,
    Erf(ErfPair),
    /// A request failed; the worker keeps running.
    Failed {
        message: String,
    },
    /// The shipped ablation, or why it could not be read.
    Ablation(std::result::Result<Ablation, String>),
}

/// A loaded network and what its channels do over the test images.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub model: String,
    /// `shipped` for the shipped weights, `trained` after a run in the page.
    pub weights: String,
    pub params: u64,
    pub macs: u64,
    pub test_accuracy: f32,
    pub test_images: usize,
    pub layers: Vec<LayerProbe>,
}

/// One probed layer (a top-level block ending in a ReLU).
#[derive(Debug, Clone, PartialEq)]
pub struct LayerProbe {
    pub name: String,
    pub channels: usize,
    pub side: [usize; 2],
    /// Share of test images on which each channel is zero everywhere.
    pub silent: Vec<f32>,
    pub dead: Vec<bool>,
    /// Row-major C×C Pearson correlation over images and positions; `None` where a
    /// channel never varies.
    pub correlation: Vec<Option<f32>>,
    /// The filter that makes each channel, if the block ends in one plain convolution.
    pub filter: Option<Filter>,
}

/// The weights of a conv layer (O, C/groups, KH, KW), flattened.
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Input channels each output channel sees.
    pub inputs: usize,
    pub kernel: [usize; 2],
    pub weights: Vec<f32>,
}

/// The effective receptive field (Luo et al. 2016) of one probed layer's centre unit:
/// `|d unit / d input|` summed over the unit's channels, averaged over test images and
/// normalised to sum 1, for the loaded weights and for the same layers freshly initialised.
#[derive(Debug, Clone, PartialEq)]
pub struct ErfPair {
    pub layer: usize,
    pub name: String,
    /// Input side [H, W] of both maps.
    pub side: [usize; 2],
    /// The unit's theoretical receptive field (pixels on a side).
    pub field: u64,
    pub loaded: Vec<f32>,
    pub initial: Vec<f32>,
    /// Fewest pixels holding 95% of each map's mass.
    pub loaded_core: usize,
    pub initial_core: usize,
}

/// Test images the effective receptive field is averaged over.
pub const ERF_IMAGES: usize = 32;

/// Fewest values of `map` (summing to 1) that hold at least `share` of it.
pub fn core_pixels(map: &[f32], share: f32) -> usize {
    let mut sorted: Vec<f32> = map.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let mut sum = 0.0;
    for (i, v) in sorted.iter().enumerate() {
        sum += v;
        if sum >= share {
            return i + 1;
        }
    }
    sorted.len()
}

/// A classified image and every probed layer's feature maps for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    pub pixels: Vec<f32>,
    /// The test image's label, for a sample.
    pub label: Option<usize>,
    pub index: Option<usize>,
    pub probabilities: Vec<f32>,
    /// (name, channels, side, maps (C, H, W) flattened) per probed layer.
    pub maps: Vec<Maps>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Maps {
    pub name: String,
    pub channels: usize,
    pub side: [usize; 2],
    pub values: Vec<f32>,
}

/// The worker's state: the data, the loaded network and a run in progress.
pub struct Session {
    split: Split,
    net: Option<Network>,
    run: Option<Run>,
    pub paused: bool,
}

impl Session {
    /// A session over the digits file's bytes.
    pub fn new(digits_bytes: &[u8]) -> Result<Session> {
        Ok(Session {
            split: digits::parse(digits_bytes)?,
            net: None,
            run: None,
            paused: false,
        })
    }

    /// Loads `model` with the weights in `bytes` and probes it.
    pub fn open(&mut self, model: &str, bytes: &[u8]) -> Result<FromWorker> {
        self.run = None;
        let net = trained(model, bytes)?;
        self.install(net, "shipped")
    }

    fn install(&mut self, mut net: Network, weights: &str) -> Result<FromWorker> {
        let probe = probe(&mut net, &self.split.test, weights)?;
        self.net = Some(net);
        Ok(FromWorker::Ready(probe))
    }

    /// Classifies 64 pixels in [0, 1].
    pub fn predict(&mut self, pixels: &[f32]) -> Result<FromWorker> {
        if pixels.len() != 64 || pixels.iter().any(|p| !(0.0..=1.0).contains(p)) {
            return Err(Error::param(
                "lab",
                format!("{} pixels", pixels.len()),
                "64 pixels, each in [0, 1]",
            ));
        }
        self.classify(pixels.to_vec(), None)
    }

    /// Classifies test image `index`.
    pub fn sample(&mut self, index: usize) -> Result<FromWorker> {
        let n = self.split.test.len();
        if index >= n {
            return Err(Error::param(
                "lab",
                format!("test image {index}"),
                format!("0..{n}"),
            ));
        }
        let pixels = self.split.test.images.data()[index * 64..(index + 1) * 64].to_vec();
        self.classify(pixels, Some(index))
    }

    fn classify(&mut self, pixels: Vec<f32>, index: Option<usize>) -> Result<FromWorker> {
        let net = self.net.as_mut().ok_or_else(not_open)?;
        let x = Tensor::from_vec(&[1, 1, 8, 8], pixels.clone())?;
        // One forward pass gives both the maps and the logits (its last entry).
        let trace = net.trace(&x)?;
        let logits = trace
            .last()
            .map(|(_, t)| t.data().to_vec())
            .unwrap_or_default();
        let maps = probed(&net.model.layers, trace)
            .into_iter()
            .map(|(_, name, t)| {
                let [_, c, h, w] = t.dims4("maps")?;
                Ok(Maps {
                    name,
                    channels: c,
                    side: [h, w],
                    values: t.into_vec(),
                })
            })
            .collect::<Result<_>>()?;
        Ok(FromWorker::Prediction(Prediction {
            label: index.map(|i| self.split.test.labels[i]),
            index,
            pixels,
            probabilities: softmax(&logits),
            maps,
        }))
    }

    /// The effective receptive field of probed layer `layer` (see [`ErfPair`]).
    pub fn erf(&mut self, layer: usize) -> Result<FromWorker> {
        let net = self.net.as_ref().ok_or_else(not_open)?;
        let probed: Vec<usize> = net
            .model
            .layers
            .iter()
            .enumerate()
            .filter(|(_, l)| ends_in_relu(l))
            .map(|(i, _)| i)
            .collect();
        let &top = probed.get(layer).ok_or_else(|| {
            Error::param(
                "lab",
                format!("layer {layer}"),
                format!("0..{}", probed.len()),
            )
        })?;
        let LayerParams::Nested(params) = &net.params else {
            return Err(Error::shape("lab", "the parameters are not a layer list"));
        };
        let prefix = Model::new(
            &net.model.name,
            net.model.input,
            net.model.layers[..=top].to_vec(),
        );
        let budget = Budget::default();
        let field = summarize(&prefix, &budget)?
            .layers
            .last()
            .map_or(0, |r| r.receptive_field);
        let mut initial = Network::new(prefix, &budget, super::SEED)?;
        let mut loaded = initial.clone();
        loaded.params = LayerParams::Nested(params[..=top].to_vec());
        let images = ERF_IMAGES.min(self.split.test.len());
        let [h, w] = [net.model.input[1], net.model.input[2]];
        let average = |n: &mut Network| -> Result<Vec<f32>> {
            let [_, oh, ow] = n.output_shape()?;
            let unit = Unit {
                channel: None,
                y: oh / 2,
                x: ow / 2,
            };
            let mut sum = vec![0.0f32; h * w];
            for i in 0..images {
                let x = Tensor::from_vec(
                    &[1, 1, h, w],
                    self.split.test.images.data()[i * h * w..(i + 1) * h * w].to_vec(),
                )?;
                let map = effective_receptive_field(n, &x, unit)?;
                sum.iter_mut().zip(&map.values).for_each(|(s, v)| *s += v);
            }
            let total: f32 = sum.iter().sum();
            if total > 0.0 {
                sum.iter_mut().for_each(|v| *v /= total);
            }
            Ok(sum)
        };
        let (loaded, initial) = (average(&mut loaded)?, average(&mut initial)?);
        Ok(FromWorker::Erf(ErfPair {
            layer,
            name: net.model.layers[top].name.clone(),
            side: [h, w],
            field,
            loaded_core: core_pixels(&loaded, 0.95),
            initial_core: core_pixels(&initial, 0.95),
            loaded,
            initial,
        }))
    }

    /// Starts a run (replacing any); [`Session::train_step`] advances it.
    pub fn train(&mut self, model: &str, epochs: usize, seed: u64) -> Result<()> {
        self.run = Some(Run::new(model, &self.split, epochs, seed)?);
        self.paused = false;
        Ok(())
    }

    /// Whether a run has epochs left and is not paused.
    pub fn training(&self) -> bool {
        !self.paused && self.run.as_ref().is_some_and(|r| r.done < r.epochs)
    }

    /// One epoch of the run: its figures, and when it was the last, the trained network
    /// (probed, and used for predictions from then on).
    pub fn train_step(&mut self) -> Vec<FromWorker> {
        let Some(run) = self.run.as_mut() else {
            return vec![];
        };
        let epochs = run.epochs;
        let result: Result<Vec<FromWorker>> = match run.step(&self.split) {
            None => Ok(vec![]),
            Some(Err(e)) => Err(e),
            Some(Ok(Epoch { epoch, train, test })) => {
                let mut out = vec![FromWorker::Epoch {
                    epoch,
                    epochs,
                    loss: train.loss,
                    train_accuracy: train.accuracy,
                    test_accuracy: test.accuracy,
                }];
                if epoch == epochs {
                    if let Some(run) = self.run.take() {
                        match self.install(run.net, "trained") {
                            Ok(ready) => out.push(ready),
                            Err(e) => out.push(failed(&e)),
                        }
                    }
                }
                Ok(out)
            }
        };
        result.unwrap_or_else(|e| {
            self.run = None;
            vec![failed(&e)]
        })
    }

    /// Answers one request; starting or resuming a run answers nothing (its epochs will).
    pub fn handle(&mut self, msg: ToWorker) -> Option<FromWorker> {
        let answer = |r: Result<FromWorker>| Some(r.unwrap_or_else(|e| failed(&e)));
        match msg {
            ToWorker::Predict { pixels } => answer(self.predict(&pixels)),
            ToWorker::Sample { index } => answer(self.sample(index)),
            ToWorker::Erf { layer } => answer(self.erf(layer)),
            ToWorker::Train {
                model,
                epochs,
                seed,
            } => self.train(&model, epochs, seed).err().map(|e| failed(&e)),
            ToWorker::Pause => {
                self.paused = true;
                Some(FromWorker::Paused)
            }
            ToWorker::Resume => {
                self.paused = false;
                None
            }
            ToWorker::Open { model } => answer(Err(Error::param(
                "lab",
                format!("open {model} without its weights"),
                "the worker fetches the weights first",
            ))),
            ToWorker::Ablation => Some(FromWorker::Ablation(Err(
                "the worker reads the ablation file".into(),
            ))),
        }
    }
}

/// A failure message for the page.
pub fn failed(e: &Error) -> FromWorker {
    FromWorker::Failed {
        message: e.to_string(),
    }
}

fn not_open() -> Error {
    Error::param("lab", "no network is loaded", "open a tiny network first")
}

fn softmax(logits: &[f32]) -> Vec<f32> {
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = logits.iter().map(|&z| (z - max).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.iter().map(|e| e / sum).collect()
}

/// Probes `net` over the test set in one forward pass: its accuracy, and per probed
/// layer the dead channels, the channel correlation and the filters; counts its cost.
fn probe(net: &mut Network, test: &Dataset, weights: &str) -> Result<Probe> {
    let summary = summarize(&net.model, &Budget::default())?;
    let trace = net.trace(&test.images)?;
    let correct = trace.last().map_or(0, |(_, logits)| {
        let classes = logits.data().len() / test.len().max(1);
        logits
            .data()
            .chunks_exact(classes.max(1))
            .zip(&test.labels)
            .filter(|(row, &label)| argmax(row) == label)
            .count()
    });
    let LayerParams::Nested(params) = &net.params else {
        return Err(Error::shape("lab", "the parameters are not a layer list"));
    };
    let n = test.len().max(1) as f32;
    let layers = probed(&net.model.layers, trace)
        .into_iter()
        .map(|(i, name, t)| {
            let [_, c, h, w] = t.dims4("probe")?;
            let silent: Vec<f32> = silent_images(&t)?.iter().map(|&s| s as f32 / n).collect();
            Ok(LayerProbe {
                name,
                channels: c,
                side: [h, w],
                dead: silent.iter().map(|&s| s >= DEAD_SHARE).collect(),
                silent,
                correlation: channel_correlation(&t)?
                    .into_iter()
                    .map(|r| r.is_finite().then_some(r))
                    .collect(),
                filter: params
                    .get(i)
                    .and_then(|p| block_filter(&net.model.layers[i], p)),
            })
        })
        .collect::<Result<_>>()?;
    Ok(Probe {
        model: net.model.name.clone(),
        weights: weights.to_string(),
        params: summary.params,
        macs: summary.macs,
        test_accuracy: correct as f32 / n,
        test_images: test.len(),
        layers,
    })
}

/// The last convolution directly inside a block (not in a branch), if the block has one.
fn block_filter(layer: &Layer, params: &LayerParams) -> Option<Filter> {
    let (Op::Sequential { layers }, LayerParams::Nested(ps)) = (&layer.op, params) else {
        return None;
    };
    if layers.iter().any(|l| matches!(l.op, Op::Branches { .. })) {
        return None;
    }
    layers
        .iter()
        .zip(ps)
        .rev()
        .find_map(|(l, p)| match (&l.op, p) {
            (Op::Conv2d(s), LayerParams::Conv { weight, .. }) => Some(Filter {
                inputs: s.in_per_group(),
                kernel: s.kernel,
                weights: weight.data().to_vec(),
            }),
            _ => None,
        })
}
