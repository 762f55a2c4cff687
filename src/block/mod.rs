//! Block diagrams: one block of a model (a Fire module, an Inception module, a
//! ShuffleNet unit, a ResNet bottleneck) as a graph built from the model's own
//! description and analysis, never drawn by hand. [`layout`] places it and
//! [`svg`] writes it; the app, the chapters and `convatlas svg block` all call
//! the same three steps.
//!
//! A conv followed by batch norm and ReLU is one box (the way papers draw it);
//! the box then carries the three layers' parameters and MACs, so the boxes of a
//! block always add up to the block's rows in the model's summary.

pub mod layout;
pub mod state;
pub mod svg;

use crate::arch::{Layer, Model};
use crate::arch::{LayerRow, Merge, Op, Summary};
use crate::error::{Error, Result};
use crate::nn::conv::{grouping, Grouping};
use std::collections::HashMap;

/// A block: its input and output shapes, its cost and its graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The model's name.
    pub model: String,
    /// Dotted path of the block's layer (`"fire2"`, `"layer1.0"`).
    pub path: String,
    /// Input (C, H, W) of the block.
    pub input: [usize; 3],
    /// Output (C, H, W) of the block.
    pub output: [usize; 3],
    pub params: u64,
    pub macs: u64,
    /// What runs, in order.
    pub body: Vec<Element>,
}

/// One step of a block's path: a box, or branches that merge again.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    Op(OpBox),
    Fork(Fork),
}

/// Branches that read the same input and are merged by concat or add.
#[derive(Debug, Clone, PartialEq)]
pub struct Fork {
    pub path: String,
    pub merge: Merge,
    pub branches: Vec<Branch>,
    /// Output (C, H, W) of the merge.
    pub output: [usize; 3],
}

/// One branch of a fork. An empty body is the identity (a shortcut).
#[derive(Debug, Clone, PartialEq)]
pub struct Branch {
    pub body: Vec<Element>,
    pub params: u64,
    pub macs: u64,
}

/// What a box draws in: convolutions by kind, pooling, channel moves, the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    /// A k x k convolution over all input channels (k > 1).
    Conv,
    /// A 1 x 1 convolution over all input channels.
    Pointwise,
    /// A convolution in g > 1 groups that is not depth-wise.
    Group,
    /// One filter per channel (groups = input channels).
    Depthwise,
    Pool,
    /// Channel shuffle or channel split.
    Channels,
    /// Activation, batch norm, fully connected, dropout, ...
    Other,
}

/// One box: what the op is, channels in and out, and its cost with the batch
/// norm and activation folded into it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpBox {
    /// Path of the layer the box starts with.
    pub path: String,
    pub kind: BoxKind,
    /// `"3×3 conv /2"`, `"1×1 conv, g=3"`, `"3×3 depth-wise"`, `"channel shuffle, g=3"`.
    pub title: String,
    /// `"64 → 128"` for a conv or linear layer, the channel count otherwise.
    pub channels: String,
    /// Layers folded into the box: `"BN"`, `"ReLU"`, `"ReLU6"`.
    pub after: Vec<&'static str>,
    /// Output (C, H, W) of the box's last layer.
    pub output: [usize; 3],
    pub params: u64,
    pub macs: u64,
}

impl Element {
    /// Parameters and MACs of the element (a fork: all its branches).
    pub fn cost(&self) -> (u64, u64) {
        match self {
            Element::Op(b) => (b.params, b.macs),
            Element::Fork(f) => f
                .branches
                .iter()
                .fold((0, 0), |(p, m), b| (p + b.params, m + b.macs)),
        }
    }

    /// Output (C, H, W).
    pub fn output(&self) -> [usize; 3] {
        match self {
            Element::Op(b) => b.output,
            Element::Fork(f) => f.output,
        }
    }
}

/// Total parameters and MACs of a sequence of elements.
pub fn cost_of(body: &[Element]) -> (u64, u64) {
    body.iter().fold((0, 0), |(p, m), e| {
        let (ep, em) = e.cost();
        (p + ep, m + em)
    })
}

/// The blocks of `model`, as dotted paths in order.
///
/// A block is a container layer with at least two convolutions or pools, or
/// with branches. A stage (a sequential whose every layer is such a block, like
/// TF-slim's `block1`) is not a block itself; its units are. Containers inside a
/// block are part of it.
pub fn blocks(model: &Model) -> Vec<String> {
    fn walk(layers: &[Layer], prefix: &str, out: &mut Vec<String>) {
        for l in layers {
            if !is_block(&l.op) {
                continue;
            }
            let path = join(prefix, &l.name);
            match &l.op {
                Op::Sequential { layers } if layers.iter().all(|c| is_block(&c.op)) => {
                    walk(layers, &path, out)
                }
                _ => out.push(path),
            }
        }
    }
    let mut out = Vec::new();
    walk(&model.layers, "", &mut out);
    out
}

fn is_block(op: &Op) -> bool {
    fn weighted(layers: &[Layer]) -> (usize, bool) {
        layers.iter().fold((0, false), |(n, fork), l| match &l.op {
            Op::Conv2d(_) | Op::MaxPool2d(_) | Op::AvgPool2d(_) => (n + 1, fork),
            Op::Branches { .. } => (n, true),
            op => op
                .children()
                .iter()
                .map(|c| weighted(c))
                .fold((n, fork), |(n, f), (cn, cf)| (n + cn, f || cf)),
        })
    }
    match op {
        Op::Branches { .. } => true,
        Op::Sequential { layers } | Op::Aux { layers } => {
            let (n, fork) = weighted(layers);
            n >= 2 || fork
        }
        _ => false,
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The block at `path` of `model`, with shapes and costs from `summary` (the
/// model's analysis). An unknown path is an error listing the model's blocks.
pub fn build(model: &Model, summary: &Summary, path: &str) -> Result<Block> {
    let (layer, prefix) = find(&model.layers, "", path).ok_or_else(|| {
        let all = blocks(model);
        let shown: Vec<&str> = all.iter().take(40).map(String::as_str).collect();
        let more = if all.len() > shown.len() { ", ..." } else { "" };
        Error::param(
            "block",
            format!("'{path}' is not a block of {}", model.name),
            format!("one of: {}{more}", shown.join(", ")),
        )
    })?;
    let rows: HashMap<&str, &LayerRow> = summary
        .layers
        .iter()
        .map(|r| (r.name.as_str(), r))
        .collect();
    let mut body = Vec::new();
    series(std::slice::from_ref(layer), &prefix, &rows, &mut body)?;
    let input = first_input(&summary.layers, path).unwrap_or(summary.input);
    let output = body.last().map_or(input, Element::output);
    let (params, macs) = cost_of(&body);
    Ok(Block {
        model: model.name.clone(),
        path: path.to_string(),
        input,
        output,
        params,
        macs,
        body,
    })
}

/// The layer at dotted `path` and the path of its container; names may contain
/// dots themselves (ShuffleNet's `stage2.unit1`), so every split is tried.
fn find<'a>(layers: &'a [Layer], prefix: &str, path: &str) -> Option<(&'a Layer, String)> {
    for l in layers {
        let here = join(prefix, &l.name);
        if here == path {
            return Some((l, prefix.to_string()));
        }
        let inside = path.len() > here.len()
            && path.starts_with(&here)
            && path.as_bytes()[here.len()] == b'.';
        if inside {
            for children in l.op.children() {
                if let Some(found) = find(children, &here, path) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// Input shape of the first analysed row inside `path`.
fn first_input(rows: &[LayerRow], path: &str) -> Option<[usize; 3]> {
    rows.iter()
        .find(|r| {
            r.name == path
                || (r.name.starts_with(path) && r.name.as_bytes().get(path.len()) == Some(&b'.'))
        })
        .map(|r| r.in_shape)
}

fn missing(path: &str) -> Error {
    Error::param(
        "block",
        format!("the analysis has no row for '{path}'"),
        "a model analysed by arch::summarize",
    )
}

/// Appends the elements of `layers` (under `prefix`) to `out`, folding batch norm
/// and activations into the box before them.
fn series(
    layers: &[Layer],
    prefix: &str,
    rows: &HashMap<&str, &LayerRow>,
    out: &mut Vec<Element>,
) -> Result<()> {
    for l in layers {
        let path = join(prefix, &l.name);
        match &l.op {
            Op::Sequential { layers } => series(layers, &path, rows, out)?,
            Op::Branches { branches, merge } => {
                let mut parts = Vec::with_capacity(branches.len());
                for b in branches {
                    let mut body = Vec::new();
                    series(b, &path, rows, &mut body)?;
                    let (params, macs) = cost_of(&body);
                    parts.push(Branch { body, params, macs });
                }
                let row = rows.get(path.as_str()).ok_or_else(|| missing(&path))?;
                out.push(Element::Fork(Fork {
                    path,
                    merge: *merge,
                    branches: parts,
                    output: row.out_shape,
                }));
            }
            Op::Aux { layers } => {
                let mut inner = Vec::new();
                series(layers, &path, rows, &mut inner)?;
                let (params, macs) = cost_of(&inner);
                let output = inner.last().map_or([0; 3], Element::output);
                out.push(Element::Op(OpBox {
                    path,
                    kind: BoxKind::Other,
                    title: "auxiliary head".into(),
                    channels: output[0].to_string(),
                    after: Vec::new(),
                    output,
                    params,
                    macs,
                }));
            }
            op => {
                let row = rows.get(path.as_str()).ok_or_else(|| missing(&path))?;
                if let (Some(word), Some(Element::Op(prev))) = (folded(op), out.last_mut()) {
                    if foldable(prev) {
                        prev.after.push(word);
                        prev.params += row.params;
                        prev.macs += row.macs;
                        prev.output = row.out_shape;
                        continue;
                    }
                }
                out.push(Element::Op(op_box(op, &path, row)));
            }
        }
    }
    Ok(())
}

/// The word a batch norm or activation adds to the box before it.
fn folded(op: &Op) -> Option<&'static str> {
    match op {
        Op::BatchNorm { .. } => Some("BN"),
        Op::Relu => Some("ReLU"),
        Op::Relu6 => Some("ReLU6"),
        _ => None,
    }
}

/// Whether batch norm and activations fold into `b`: a conv or linear box
/// that does not already end with an activation.
fn foldable(b: &OpBox) -> bool {
    let weighted = matches!(
        b.kind,
        BoxKind::Conv | BoxKind::Pointwise | BoxKind::Group | BoxKind::Depthwise
    ) || b.title == "fc";
    weighted && !b.after.iter().any(|w| w.starts_with("ReLU"))
}

/// `"3×3"`; `"1×3"` for a rectangle.
fn window(k: [usize; 2]) -> String {
    format!("{}×{}", k[0], k[1])
}

/// `" /2"` for a stride above 1 (`" /2×1"` when the axes differ).
fn stride_text(s: [usize; 2]) -> String {
    match s {
        [1, 1] => String::new(),
        [a, b] if a == b => format!(" /{a}"),
        [a, b] => format!(" /{a}×{b}"),
    }
}

fn op_box(op: &Op, path: &str, row: &LayerRow) -> OpBox {
    let c = row.out_shape[0].to_string();
    let (kind, title, channels) = match op {
        Op::Conv2d(spec) => {
            let cin = spec.in_channels;
            let g = spec.groups;
            let kind = match (grouping(g, cin), spec.kernel) {
                (Grouping::Depthwise, _) => BoxKind::Depthwise,
                (Grouping::Grouped, _) => BoxKind::Group,
                (Grouping::Full, [1, 1]) => BoxKind::Pointwise,
                (Grouping::Full, _) => BoxKind::Conv,
            };
            let mut title = window(spec.kernel);
            title.push_str(match kind {
                BoxKind::Depthwise => " depth-wise",
                _ => " conv",
            });
            title.push_str(&stride_text(spec.stride));
            if kind == BoxKind::Group {
                title.push_str(&format!(", g={g}"));
            }
            if spec.dilation != [1, 1] {
                title.push_str(&format!(", d={}", spec.dilation[0]));
            }
            (kind, title, format!("{cin} → {}", spec.out_channels))
        }
        Op::MaxPool2d(p) | Op::AvgPool2d(p) => {
            let what = if matches!(op, Op::MaxPool2d(_)) {
                "max pool"
            } else {
                "avg pool"
            };
            let title = format!("{} {what}{}", window(p.kernel), stride_text(p.stride));
            (BoxKind::Pool, title, c)
        }
        Op::GlobalAvgPool => (BoxKind::Pool, "global avg pool".into(), c),
        Op::AdaptiveAvgPool2d { output } => {
            (BoxKind::Pool, format!("avg pool → {}", window(*output)), c)
        }
        Op::ChannelShuffle { groups } => {
            (BoxKind::Channels, format!("channel shuffle, g={groups}"), c)
        }
        Op::ChannelSlice { start, len } => (
            BoxKind::Channels,
            format!("split: channels {start}..{}", start + len),
            c,
        ),
        Op::Linear {
            in_features,
            out_features,
            ..
        } => (
            BoxKind::Other,
            "fc".into(),
            format!("{in_features} → {out_features}"),
        ),
        Op::Dropout { p } => (BoxKind::Other, format!("dropout {p}"), c),
        Op::BatchNorm { .. } => (BoxKind::Other, "BN".into(), c),
        Op::Relu => (BoxKind::Other, "ReLU".into(), c),
        Op::Relu6 => (BoxKind::Other, "ReLU6".into(), c),
        other => (BoxKind::Other, other.kind().as_str().replace('_', " "), c),
    };
    OpBox {
        path: path.to_string(),
        kind,
        title,
        channels,
        after: Vec::new(),
        output: row.out_shape,
        params: row.params,
        macs: row.macs,
    }
}

/// The SVG of block `path` of `model` in `lang`, light or `dark`, at `zoom`:
/// analysis, graph, layout and SVG in one call (the app and the CLI use it).
pub fn render(
    model: &Model,
    path: &str,
    lang: crate::i18n::Lang,
    dark: bool,
    zoom: f64,
) -> Result<String> {
    let summary = crate::arch::summarize(model, &crate::arch::Budget::default())?;
    let block = build(model, &summary, path)?;
    let theme = if dark {
        crate::charts::ChartTheme::dark()
    } else {
        crate::charts::ChartTheme::light()
    };
    let drawing = layout::layout(&block, &layout::Words::of(lang));
    Ok(svg::to_svg(&drawing, &theme, zoom))
}
