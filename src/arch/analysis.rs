//! Shape inference, cost and receptive field of every layer of a [`Model`], in one walk.
//!
//! # Counting conventions
//! - **params**: conv weights and biases, batch-norm weight and bias (2 per channel;
//!   the running mean and variance are statistics, not parameters), linear weights
//!   and biases. This is how torchvision's parameter counts and Keras' "trainable"
//!   counts are made.
//! - **MACs**: multiply-accumulates of conv and linear layers for one image; taps
//!   that land on padding are counted, as the papers do (MobileNet eq. 2 with groups:
//!   `OH*OW*O*(C/groups)*KH*KW`; linear `in*out`). Pooling, batch norm, activations,
//!   shuffles, concatenation and addition cost 0 MACs. The papers' "FLOPs"
//!   (MobileNet, ShuffleNet, ResNeXt) and torchvision's "GFLOPS" are these MACs.
//! - **activation memory**: each layer's output elements times 4 bytes (f32).
//! - **receptive field** (Araujo et al., Distill 2019), from the model input to a
//!   layer's output, per axis: `r_l = r_{l-1} + (k'_l - 1) * S_{l-1}`,
//!   `S_l = S_{l-1} * s_l`, `P_l = P_{l-1} + p_l * S_{l-1}` with `k' = d(k-1)+1` and
//!   `p_l` the padding at the start (top/left) of the axis. At a merge of branches the
//!   size, stride and padding are each the largest over the branches. Global pooling
//!   and flatten act as a window covering their whole input. Row values are the larger
//!   of the two axes.

use crate::error::{Error, Result};
use crate::geometry::conv::Conv2dSpec;
use serde::{Deserialize, Serialize};

use super::model::{Layer, Merge, Model, Op, OpKind, Pool2dSpec};
use super::pool::adaptive_max_window;
use crate::budget::Budget;

/// Receptive field of a layer's output on the model input, per axis [height, width].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceptiveField {
    /// Size r: input pixels one output pixel sees.
    pub size: [u64; 2],
    /// Effective stride S: input pixels between neighbouring outputs.
    pub stride: [u64; 2],
    /// Effective padding P: offset of the first window's start before the input's start.
    pub padding: [u64; 2],
}

impl Default for ReceptiveField {
    fn default() -> Self {
        Self::IDENTITY
    }
}

impl ReceptiveField {
    /// The receptive field of the input itself: size 1, stride 1, padding 0.
    pub const IDENTITY: ReceptiveField = ReceptiveField {
        size: [1, 1],
        stride: [1, 1],
        padding: [0, 0],
    };

    /// After a window of `extent` (dilated kernel `d(k-1)+1`), `stride` and start padding `pad`.
    pub fn then(&self, extent: [usize; 2], stride: [usize; 2], pad: [usize; 2]) -> Self {
        let mut out = *self;
        for a in 0..2 {
            let s = self.stride[a];
            out.size[a] =
                self.size[a].saturating_add((extent[a] as u64).saturating_sub(1).saturating_mul(s));
            out.padding[a] = self.padding[a].saturating_add((pad[a] as u64).saturating_mul(s));
            out.stride[a] = s.saturating_mul(stride[a] as u64);
        }
        out
    }

    /// The largest size, stride and padding of two paths (a merge).
    pub fn max(&self, other: &Self) -> Self {
        let m = |a: [u64; 2], b: [u64; 2]| [a[0].max(b[0]), a[1].max(b[1])];
        ReceptiveField {
            size: m(self.size, other.size),
            stride: m(self.stride, other.stride),
            padding: m(self.padding, other.padding),
        }
    }
}

/// One row of a model summary: a leaf layer, or the merge of a branching block.
///
/// Serialises to the CLI's JSON contract: `name, op, out_shape, params, macs,
/// receptive_field, rf_stride, rf_padding`; the other fields are for Rust callers
/// (the app's table) and are not serialised.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerRow {
    /// Dotted path: container names then the layer's own (`"fire2.squeeze"`).
    pub name: String,
    /// [`Op::kind`] of the layer (`Concat` / `Add` for a merge row); in JSON its name.
    pub op: OpKind,
    /// Output (C, H, W).
    pub out_shape: [usize; 3],
    pub params: u64,
    pub macs: u64,
    /// Receptive-field size (largest axis).
    pub receptive_field: u64,
    pub rf_stride: u64,
    pub rf_padding: u64,
    /// Input (C, H, W) (for a merge row: the block's input).
    #[serde(skip)]
    pub in_shape: [usize; 3],
    /// Kernel (KH, KW) of a conv or pool.
    #[serde(skip)]
    pub kernel: Option<[usize; 2]>,
    #[serde(skip)]
    pub stride: Option<[usize; 2]>,
    #[serde(skip)]
    pub dilation: Option<[usize; 2]>,
    /// Conv groups.
    #[serde(skip)]
    pub groups: Option<usize>,
    /// Output bytes (f32).
    #[serde(skip)]
    pub act_bytes: u64,
    /// Nesting depth (0 = top level).
    #[serde(skip)]
    pub depth: usize,
    /// Per-axis receptive field.
    #[serde(skip)]
    pub rf: ReceptiveField,
    /// True inside an auxiliary head.
    #[serde(skip)]
    pub aux: bool,
}

/// A model's summary: totals and one row per layer. Serialises to the CLI contract
/// `{"model", "input", "params", "macs", "receptive_field", "rf_stride", "rf_padding", "layers"}`.
///
/// The top-level receptive field is that of the last layer before the first global
/// op (global / adaptive average pooling, flatten, linear) of the main path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub model: String,
    pub input: [usize; 3],
    pub params: u64,
    pub macs: u64,
    pub receptive_field: u64,
    pub rf_stride: u64,
    pub rf_padding: u64,
    pub layers: Vec<LayerRow>,
    /// Output (C, H, W) of the main path.
    #[serde(skip)]
    pub output: [usize; 3],
    /// Outputs of auxiliary heads.
    #[serde(skip)]
    pub aux_outputs: Vec<[usize; 3]>,
    /// Sum of all layer outputs in bytes (f32).
    #[serde(skip)]
    pub activation_bytes: u64,
    /// Largest single layer output in bytes (f32).
    #[serde(skip)]
    pub peak_layer_bytes: u64,
    /// Per-axis top-level receptive field.
    #[serde(skip)]
    pub rf: ReceptiveField,
}

/// Shape, cost and receptive field of every layer, checked against `budget`.
///
/// The layer count and nesting depth are checked first, then every layer in order;
/// the first problem is returned, wrapped in [`Error::Layer`] with the layer's path.
pub fn summarize(model: &Model, budget: &Budget) -> Result<Summary> {
    check_tree(&model.layers, budget)?;
    let [c, h, w] = model.input;
    if c == 0 || h == 0 || w == 0 {
        return Err(Error::param(
            "input",
            format!("the input shape is [{c}, {h}, {w}]"),
            "channels, height and width of at least 1",
        ));
    }
    check_shape("input", model.input, budget)?;
    let mut walker = Walker {
        budget,
        rows: Vec::new(),
        params: 0,
        macs: 0,
        bytes: 0,
        peak: 0,
        aux_outputs: Vec::new(),
        seen: std::collections::HashSet::new(),
    };
    let mut shape = model.input;
    let mut rf = ReceptiveField::IDENTITY;
    let mut spatial_rf = rf;
    let mut global_seen = false;
    for layer in &model.layers {
        if is_global(&layer.op) {
            global_seen = true;
        }
        (shape, rf) = walker.layer(layer, "", 0, false, shape, rf)?;
        if !global_seen {
            spatial_rf = rf;
        }
    }
    let big = |a: [u64; 2]| a[0].max(a[1]);
    Ok(Summary {
        model: model.name.clone(),
        input: model.input,
        params: walker.params,
        macs: walker.macs,
        receptive_field: big(spatial_rf.size),
        rf_stride: big(spatial_rf.stride),
        rf_padding: big(spatial_rf.padding),
        layers: walker.rows,
        output: shape,
        aux_outputs: walker.aux_outputs,
        activation_bytes: walker.bytes,
        peak_layer_bytes: walker.peak,
        rf: spatial_rf,
    })
}

/// The output shape (C, H, W) of the main path, checked against `budget`.
pub fn infer_shape(model: &Model, budget: &Budget) -> Result<[usize; 3]> {
    summarize(model, budget).map(|s| s.output)
}

fn is_global(op: &Op) -> bool {
    matches!(
        op,
        Op::GlobalAvgPool | Op::AdaptiveAvgPool2d { .. } | Op::Flatten | Op::Linear { .. }
    )
}

/// Counts layers and depth without deep recursion beyond `max_depth`.
fn check_tree(layers: &[Layer], budget: &Budget) -> Result<()> {
    fn walk(layers: &[Layer], depth: usize, count: &mut usize, budget: &Budget) -> Result<()> {
        if depth > budget.max_depth {
            return Err(Error::Budget {
                what: "the model's nesting depth".into(),
                needed: depth as u64,
                limit: budget.max_depth as u64,
            });
        }
        for l in layers {
            *count += 1;
            if *count > budget.max_layers {
                return Err(Error::Budget {
                    what: "the model's layer count".into(),
                    needed: *count as u64,
                    limit: budget.max_layers as u64,
                });
            }
            match &l.op {
                Op::Sequential { layers } | Op::Aux { layers } => {
                    walk(layers, depth + 1, count, budget)?
                }
                Op::Branches { branches, .. } => {
                    for b in branches {
                        walk(b, depth + 1, count, budget)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
    let mut count = 0;
    walk(layers, 0, &mut count, budget)
}

fn check_shape(op: &str, s: [usize; 3], budget: &Budget) -> Result<()> {
    if s[0] > budget.max_channels {
        return Err(Error::Budget {
            what: format!("{op}: channels"),
            needed: s[0] as u64,
            limit: budget.max_channels as u64,
        });
    }
    if s[1].max(s[2]) > budget.max_side {
        return Err(Error::Budget {
            what: format!("{op}: height or width"),
            needed: s[1].max(s[2]) as u64,
            limit: budget.max_side as u64,
        });
    }
    Ok(())
}

/// Product of factors, `None` on overflow.
fn product(factors: &[u64]) -> Option<u64> {
    factors.iter().try_fold(1u64, |acc, &f| acc.checked_mul(f))
}

/// What one leaf op does to shape, cost and receptive field.
struct Leaf {
    out: [usize; 3],
    params: u64,
    macs: u64,
    kernel: Option<[usize; 2]>,
    stride: Option<[usize; 2]>,
    dilation: Option<[usize; 2]>,
    groups: Option<usize>,
    /// (extent, stride, start padding) of the window for the receptive field.
    window: Option<([usize; 2], [usize; 2], [usize; 2])>,
}

impl Leaf {
    fn parameter_free(out: [usize; 3]) -> Self {
        Leaf {
            out,
            params: 0,
            macs: 0,
            kernel: None,
            stride: None,
            dilation: None,
            groups: None,
            window: None,
        }
    }
}

/// Output shape, parameters and MACs of a single leaf op (containers are refused).
pub fn leaf_cost(op: &Op, input: [usize; 3], budget: &Budget) -> Result<([usize; 3], u64, u64)> {
    let l = leaf(op, input, budget)?;
    Ok((l.out, l.params, l.macs))
}

fn channel_count(op: &str, what: &str, v: usize, budget: &Budget) -> Result<()> {
    if v == 0 || v > budget.max_channels {
        return Err(Error::param(
            op,
            format!("{what} is {v}"),
            format!("1..={}", budget.max_channels),
        ));
    }
    Ok(())
}

fn conv_leaf(spec: &Conv2dSpec, input: [usize; 3], budget: &Budget) -> Result<Leaf> {
    let op = "conv2d";
    channel_count(op, "in_channels", spec.in_channels, budget)?;
    channel_count(op, "out_channels", spec.out_channels, budget)?;
    if spec.groups == 0 || spec.groups > spec.in_channels {
        return Err(Error::param(
            op,
            format!("groups is {}", spec.groups),
            format!("1..={} (the input channels)", spec.in_channels),
        ));
    }
    spec.check_grouping()?;
    if input[0] != spec.in_channels {
        return Err(Error::shape(
            op,
            format!(
                "the input has {} channels but the layer expects {}",
                input[0], spec.in_channels
            ),
        ));
    }
    // Kernel, stride, dilation, padding and the output size come from the conv spec
    // itself (the single source of truth); channels were checked above against the
    // budget, so they are set to 1 here to keep nn's own channel limit out of it.
    let unit = Conv2dSpec {
        in_channels: 1,
        out_channels: 1,
        groups: 1,
        ..*spec
    };
    let [_, oh, ow] = unit.output_shape([1, input[1], input[2]])?;
    let [kh, kw] = spec.kernel;
    let macs_needed = product(&[
        oh as u64,
        ow as u64,
        spec.out_channels as u64,
        spec.in_per_group() as u64,
        kh as u64,
        kw as u64,
    ]);
    match macs_needed {
        Some(m) if m <= budget.max_macs => {}
        _ => {
            return Err(Error::Budget {
                what: "conv2d: multiply-accumulates".into(),
                needed: macs_needed.unwrap_or(u64::MAX),
                limit: budget.max_macs,
            })
        }
    }
    let [t, _, l, _] = spec.resolve_padding(input[1], input[2]);
    Ok(Leaf {
        out: [spec.out_channels, oh, ow],
        params: spec.params(),
        macs: spec.macs(oh, ow),
        kernel: Some(spec.kernel),
        stride: Some(spec.stride),
        dilation: Some(spec.dilation),
        groups: Some(spec.groups),
        window: Some((spec.extent(), spec.stride, [t, l])),
    })
}

fn pool_leaf(kind: &str, p: &Pool2dSpec, input: [usize; 3]) -> Result<Leaf> {
    let out = p.output_shape(kind, input)?;
    let [t, _, l, _] = p.resolve_padding(input[1], input[2]);
    Ok(Leaf {
        kernel: Some(p.kernel),
        stride: Some(p.stride),
        window: Some((p.kernel, p.stride, [t, l])),
        ..Leaf::parameter_free(out)
    })
}

fn leaf(op: &Op, input: [usize; 3], budget: &Budget) -> Result<Leaf> {
    let [c, h, w] = input;
    let kind = op.kind().as_str();
    let leaf = match op {
        Op::Conv2d(spec) => conv_leaf(spec, input, budget)?,
        Op::MaxPool2d(p) | Op::AvgPool2d(p) => pool_leaf(kind, p, input)?,
        Op::AdaptiveAvgPool2d { output } => {
            let [oh, ow] = *output;
            if oh == 0 || ow == 0 || oh > budget.max_side || ow > budget.max_side {
                return Err(Error::param(
                    kind,
                    format!("the output size is {oh}x{ow}"),
                    format!("1..={} per side", budget.max_side),
                ));
            }
            let k = [adaptive_max_window(h, oh), adaptive_max_window(w, ow)];
            let s = [(h / oh).max(1), (w / ow).max(1)];
            Leaf {
                kernel: Some(k),
                window: Some((k, s, [0, 0])),
                ..Leaf::parameter_free([c, oh, ow])
            }
        }
        Op::GlobalAvgPool | Op::Flatten => {
            let out = if matches!(op, Op::Flatten) {
                let n = product(&[c as u64, h as u64, w as u64]).unwrap_or(u64::MAX);
                if n > budget.max_channels as u64 {
                    return Err(Error::Budget {
                        what: "flatten: features".into(),
                        needed: n,
                        limit: budget.max_channels as u64,
                    });
                }
                [n as usize, 1, 1]
            } else {
                [c, 1, 1]
            };
            Leaf {
                window: Some(([h, w], [h, w], [0, 0])),
                ..Leaf::parameter_free(out)
            }
        }
        Op::BatchNorm { channels, eps } => {
            if *channels != c {
                return Err(Error::shape(
                    kind,
                    format!("the input has {c} channels but the layer normalises {channels}"),
                ));
            }
            if !(eps.is_finite() && *eps > 0.0) {
                return Err(Error::param(
                    kind,
                    format!("eps is {eps}"),
                    "a finite number greater than 0",
                ));
            }
            Leaf {
                params: 2 * c as u64,
                ..Leaf::parameter_free(input)
            }
        }
        Op::Relu | Op::Relu6 | Op::Softmax => Leaf::parameter_free(input),
        Op::Dropout { p } => {
            if !(0.0..1.0).contains(p) {
                return Err(Error::param(kind, format!("p is {p}"), "0 <= p < 1"));
            }
            Leaf::parameter_free(input)
        }
        Op::Linear {
            in_features,
            out_features,
            bias,
        } => {
            channel_count(kind, "in_features", *in_features, budget)?;
            channel_count(kind, "out_features", *out_features, budget)?;
            if h != 1 || w != 1 {
                return Err(Error::shape(
                    kind,
                    format!("the input is [{c}, {h}, {w}]; a linear layer needs [features, 1, 1]: add a flatten or global pooling layer before it"),
                ));
            }
            if c != *in_features {
                return Err(Error::shape(
                    kind,
                    format!("the input has {c} features but the layer expects {in_features}"),
                ));
            }
            let macs = *in_features as u64 * *out_features as u64;
            Leaf {
                params: macs + if *bias { *out_features as u64 } else { 0 },
                macs,
                ..Leaf::parameter_free([*out_features, 1, 1])
            }
        }
        Op::ChannelShuffle { groups } => {
            if *groups == 0 || c % groups != 0 {
                return Err(Error::param(
                    kind,
                    format!("{c} channels cannot be shuffled in {groups} groups"),
                    "a number of groups of at least 1 that divides the channels",
                ));
            }
            Leaf {
                groups: Some(*groups),
                ..Leaf::parameter_free(input)
            }
        }
        Op::ChannelSlice { start, len } => {
            if *len == 0 || start.checked_add(*len).is_none_or(|end| end > c) {
                return Err(Error::param(
                    kind,
                    format!(
                        "channels {start}..{} of an input with {c}",
                        start.saturating_add(*len)
                    ),
                    format!("a non-empty range inside 0..{c}"),
                ));
            }
            Leaf::parameter_free([*len, h, w])
        }
        Op::Sequential { .. } | Op::Branches { .. } | Op::Aux { .. } => {
            return Err(Error::param(
                kind,
                "a container has no single-layer cost",
                "a leaf op",
            ))
        }
    };
    Ok(leaf)
}

struct Walker<'a> {
    budget: &'a Budget,
    rows: Vec<LayerRow>,
    params: u64,
    macs: u64,
    bytes: u64,
    peak: u64,
    aux_outputs: Vec<[usize; 3]>,
    seen: std::collections::HashSet<String>,
}

impl Walker<'_> {
    fn seq(
        &mut self,
        layers: &[Layer],
        prefix: &str,
        depth: usize,
        aux: bool,
        mut shape: [usize; 3],
        mut rf: ReceptiveField,
    ) -> Result<([usize; 3], ReceptiveField)> {
        for l in layers {
            (shape, rf) = self.layer(l, prefix, depth, aux, shape, rf)?;
        }
        Ok((shape, rf))
    }

    fn layer(
        &mut self,
        layer: &Layer,
        prefix: &str,
        depth: usize,
        aux: bool,
        input: [usize; 3],
        rf: ReceptiveField,
    ) -> Result<([usize; 3], ReceptiveField)> {
        if layer.name.is_empty() || layer.name.len() > 200 {
            let shown = if prefix.is_empty() {
                "the model"
            } else {
                prefix
            };
            return Err(Error::param(
                "model",
                format!(
                    "a layer in {shown} has a name of {} characters",
                    layer.name.len()
                ),
                "names of 1..=200 characters",
            ));
        }
        let path = if prefix.is_empty() {
            layer.name.clone()
        } else {
            format!("{prefix}.{}", layer.name)
        };
        match &layer.op {
            Op::Sequential { layers } => self.seq(layers, &path, depth + 1, aux, input, rf),
            Op::Aux { layers } => {
                let (out, _) = self.seq(layers, &path, depth + 1, true, input, rf)?;
                self.aux_outputs.push(out);
                Ok((input, rf))
            }
            Op::Branches { branches, merge } => {
                if branches.is_empty() {
                    return Err(Error::param(
                        layer.op.kind().as_str(),
                        "the block has no branches",
                        "at least one branch (an empty branch is the identity)",
                    )
                    .in_layer(&path));
                }
                let mut outs = Vec::with_capacity(branches.len());
                let mut merged_rf: Option<ReceptiveField> = None;
                for (i, b) in branches.iter().enumerate() {
                    let (o, r) =
                        self.seq(b, &path, depth + 1, aux, input, rf)
                            .map_err(|e| match e {
                                Error::Layer { .. } => e,
                                other => other.in_layer(&format!("{path} (branch {i})")),
                            })?;
                    outs.push(o);
                    merged_rf = Some(merged_rf.map_or(r, |m| m.max(&r)));
                }
                let out = merge_shapes(*merge, &outs).map_err(|e| e.in_layer(&path))?;
                let rf = merged_rf.unwrap_or(rf);
                self.push(
                    &path,
                    layer.op.kind(),
                    depth,
                    aux,
                    input,
                    Leaf::parameter_free(out),
                    rf,
                )?;
                Ok((out, rf))
            }
            op => {
                let leaf = leaf(op, input, self.budget).map_err(|e| e.in_layer(&path))?;
                let rf = match leaf.window {
                    Some((k, s, p)) => rf.then(k, s, p),
                    None => rf,
                };
                let out = leaf.out;
                self.push(&path, op.kind(), depth, aux, input, leaf, rf)?;
                Ok((out, rf))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        path: &str,
        kind: OpKind,
        depth: usize,
        aux: bool,
        input: [usize; 3],
        leaf: Leaf,
        rf: ReceptiveField,
    ) -> Result<()> {
        let b = self.budget;
        if !self.seen.insert(path.to_string()) {
            return Err(Error::param(
                "model",
                format!("two layers have the path '{path}'"),
                "names unique among a block's layers, across all its branches",
            )
            .in_layer(path));
        }
        check_shape(kind.as_str(), leaf.out, b).map_err(|e| e.in_layer(path))?;
        let over = |what: &str, needed: Option<u64>, limit: u64| {
            Error::Budget {
                what: what.into(),
                needed: needed.unwrap_or(u64::MAX),
                limit,
            }
            .in_layer(path)
        };
        let [c, h, w] = leaf.out;
        let bytes = product(&[c as u64, h as u64, w as u64, 4]);
        let bytes = match bytes {
            Some(v) if v <= b.max_layer_bytes => v,
            _ => return Err(over("output memory (bytes)", bytes, b.max_layer_bytes)),
        };
        let total = self.bytes.checked_add(bytes);
        self.bytes = match total {
            Some(v) if v <= b.max_total_bytes => v,
            _ => {
                return Err(over(
                    "activation memory of the model (bytes)",
                    total,
                    b.max_total_bytes,
                ))
            }
        };
        let params = self.params.checked_add(leaf.params);
        self.params = match params {
            Some(v) if v <= b.max_params => v,
            _ => return Err(over("parameters of the model", params, b.max_params)),
        };
        let macs = self.macs.checked_add(leaf.macs);
        self.macs = match macs {
            Some(v) if v <= b.max_macs => v,
            _ => return Err(over("multiply-accumulates of the model", macs, b.max_macs)),
        };
        self.peak = self.peak.max(bytes);
        let big = |a: [u64; 2]| a[0].max(a[1]);
        self.rows.push(LayerRow {
            name: path.to_string(),
            op: kind,
            out_shape: leaf.out,
            params: leaf.params,
            macs: leaf.macs,
            receptive_field: big(rf.size),
            rf_stride: big(rf.stride),
            rf_padding: big(rf.padding),
            in_shape: input,
            kernel: leaf.kernel,
            stride: leaf.stride,
            dilation: leaf.dilation,
            groups: leaf.groups,
            act_bytes: bytes,
            depth,
            rf,
            aux,
        });
        Ok(())
    }
}

fn merge_shapes(merge: Merge, outs: &[[usize; 3]]) -> Result<[usize; 3]> {
    let first = outs[0];
    match merge {
        Merge::Add => {
            for (i, o) in outs.iter().enumerate().skip(1) {
                if *o != first {
                    return Err(Error::shape(
                        "add",
                        format!("branch 0 gives {first:?} but branch {i} gives {o:?}"),
                    )
                    .with_allowed("add needs every branch to give the same [C, H, W]"));
                }
            }
            Ok(first)
        }
        Merge::Concat => {
            let mut c = 0usize;
            for (i, o) in outs.iter().enumerate() {
                if o[1..] != first[1..] {
                    return Err(Error::shape(
                        "concat",
                        format!(
                            "branch 0 is {}x{} but branch {i} is {}x{}",
                            first[1], first[2], o[1], o[2]
                        ),
                    )
                    .with_allowed("concat needs every branch to have the same height and width"));
                }
                c = c.saturating_add(o[0]);
            }
            Ok([c, first[1], first[2]])
        }
    }
}

trait WithAllowed {
    fn with_allowed(self, allowed: &str) -> Self;
}

impl WithAllowed for Error {
    /// Turns a shape error into a parameter error that also says what is allowed.
    fn with_allowed(self, allowed: &str) -> Self {
        match self {
            Error::Shape { op, problem } => Error::Param {
                op,
                problem,
                allowed: allowed.to_string(),
            },
            e => e,
        }
    }
}
