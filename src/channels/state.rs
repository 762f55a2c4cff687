//! The channel widgets' state, read from and written to the URL. Each lesson
//! starts from its own preset; any value can be changed and shared by link.

use super::layer::{ChannelLayer, MAX_COST_CHANNELS, MAX_KERNEL, MAX_OUT_SIDE};
use super::maps::{WeightPreset, MAX_SEED, MAX_SIDE, MIN_SIDE};
use super::shuffle::{ShuffleStack, MAX_GROUPS, MAX_LAYERS, MAX_PER_GROUP, MIN_GROUPS, MIN_LAYERS};
use crate::query::{choice, int_in, Notice, Query};

/// The lessons built on the connectivity widget, in the source post's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lesson {
    Pointwise,
    Group,
    Depthwise,
    Separable,
    Xception,
}

impl Lesson {
    pub const ALL: [Lesson; 5] = [
        Lesson::Pointwise,
        Lesson::Group,
        Lesson::Depthwise,
        Lesson::Separable,
        Lesson::Xception,
    ];

    /// Stable identifier (route segment, element ids).
    pub fn as_str(self) -> &'static str {
        match self {
            Lesson::Pointwise => "pointwise",
            Lesson::Group => "group",
            Lesson::Depthwise => "depthwise",
            Lesson::Separable => "separable",
            Lesson::Xception => "xception",
        }
    }

    /// The widget's starting point for this lesson.
    pub fn preset(self) -> ChannelsState {
        let layer = |c_in, c_out, k, groups, pointwise| ChannelLayer {
            c_in,
            c_out,
            kernel: [k, k],
            groups,
            pointwise,
            out_size: [14, 14],
        };
        let layer = match self {
            Lesson::Pointwise => layer(12, 6, 1, 1, None),
            Lesson::Group => layer(8, 8, 3, 2, None),
            Lesson::Depthwise => layer(6, 6, 3, 6, None),
            Lesson::Separable => layer(6, 6, 3, 6, Some(8)),
            Lesson::Xception => layer(8, 8, 3, 2, Some(8)),
        };
        ChannelsState {
            layer,
            ..ChannelsState::default()
        }
    }
}

/// Everything the channel widgets show.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelsState {
    pub layer: ChannelLayer,
    /// Side of the feature maps run through the core.
    pub map_side: usize,
    pub weights: WeightPreset,
    pub seed: u64,
    /// The input channel zeroed for the knock-out comparison.
    pub knocked: Option<usize>,
    pub shuffle: ShuffleStack,
    /// The output channel whose reach the shuffle view traces back.
    pub traced: usize,
}

impl Default for ChannelsState {
    fn default() -> Self {
        ChannelsState {
            layer: ChannelLayer {
                c_in: 8,
                c_out: 8,
                kernel: [3, 3],
                groups: 1,
                pointwise: None,
                out_size: [14, 14],
            },
            map_side: 16,
            weights: WeightPreset::Edges,
            seed: 1,
            knocked: None,
            shuffle: ShuffleStack {
                layers: 2,
                groups: 3,
                per_group: 3,
                shuffle: true,
            },
            traced: 0,
        }
    }
}

impl ChannelsState {
    /// Reads the widget's keys over `lesson`'s preset; unusable values fall back
    /// to the preset with a notice. A group count that does not divide the channels
    /// is kept: the widget explains it (a combination, not a bad value).
    pub fn from_query(q: &Query, lesson: Lesson, notices: &mut Vec<Notice>) -> ChannelsState {
        let d = lesson.preset();
        let chans = |key: &str, default: usize, notices: &mut Vec<Notice>| {
            int_in(q, key, 1, MAX_COST_CHANNELS, default, notices)
        };
        let c_in = chans("cin", d.layer.c_in, notices);
        let c_out = chans("cout", d.layer.c_out, notices);
        let pointwise = match int_in(
            q,
            "pw",
            0,
            MAX_COST_CHANNELS,
            d.layer.pointwise.unwrap_or(0),
            notices,
        ) {
            0 => None,
            n => Some(n),
        };
        let layer = ChannelLayer {
            c_in,
            c_out,
            kernel: [
                int_in(q, "kh", 1, MAX_KERNEL, d.layer.kernel[0], notices),
                int_in(q, "kw", 1, MAX_KERNEL, d.layer.kernel[1], notices),
            ],
            groups: int_in(q, "g", 1, MAX_COST_CHANNELS, d.layer.groups, notices),
            pointwise,
            out_size: [
                int_in(q, "oh", 1, MAX_OUT_SIDE, d.layer.out_size[0], notices),
                int_in(q, "ow", 1, MAX_OUT_SIDE, d.layer.out_size[1], notices),
            ],
        };
        let presets: Vec<(&str, WeightPreset)> =
            WeightPreset::ALL.iter().map(|p| (p.as_str(), *p)).collect();
        // A knock-out that cannot be used means none (with a notice), not channel 0.
        let knocked = q.get("ko").and_then(|_| {
            let mut bad = vec![];
            let k = int_in(q, "ko", 0, c_in.saturating_sub(1), 0, &mut bad);
            let ok = bad.is_empty();
            notices.extend(bad);
            ok.then_some(k)
        });
        let groups = int_in(q, "sg", MIN_GROUPS, MAX_GROUPS, d.shuffle.groups, notices);
        let shuffle = ShuffleStack {
            layers: int_in(q, "sl", MIN_LAYERS, MAX_LAYERS, d.shuffle.layers, notices),
            groups,
            per_group: int_in(q, "sn", 1, MAX_PER_GROUP, d.shuffle.per_group, notices),
            shuffle: choice(
                q,
                "shuf",
                &[("0", false), ("1", true)],
                d.shuffle.shuffle,
                notices,
            ),
        };
        ChannelsState {
            layer,
            map_side: int_in(q, "ms", MIN_SIDE, MAX_SIDE, d.map_side, notices),
            weights: choice(q, "wp", &presets, d.weights, notices),
            seed: int_in(q, "seed", 0, MAX_SEED, d.seed as usize, notices) as u64,
            knocked,
            traced: int_in(q, "tr", 0, shuffle.channels() - 1, 0, notices),
            shuffle,
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        let l = &self.layer;
        for (key, value) in [
            ("cin", l.c_in.to_string()),
            ("cout", l.c_out.to_string()),
            ("kh", l.kernel[0].to_string()),
            ("kw", l.kernel[1].to_string()),
            ("g", l.groups.to_string()),
            ("pw", l.pointwise.unwrap_or(0).to_string()),
            ("oh", l.out_size[0].to_string()),
            ("ow", l.out_size[1].to_string()),
            ("ms", self.map_side.to_string()),
            ("wp", self.weights.as_str().to_string()),
            ("seed", self.seed.to_string()),
            ("sl", self.shuffle.layers.to_string()),
            ("sg", self.shuffle.groups.to_string()),
            ("sn", self.shuffle.per_group.to_string()),
            ("shuf", u8::from(self.shuffle.shuffle).to_string()),
            ("tr", self.traced.to_string()),
        ] {
            q.set(key, value);
        }
        match self.knocked {
            Some(i) => q.set("ko", i.to_string()),
            None => q.remove("ko"),
        }
    }

    /// Sets the input channels, keeping the knocked-out channel only if it still exists.
    /// The group count is left as it is; [`ChannelLayer::check`] says when it no longer fits.
    pub fn set_c_in(&mut self, c_in: usize) {
        self.layer.c_in = c_in.clamp(1, MAX_COST_CHANNELS);
        self.knocked = self.knocked.filter(|&k| k < self.layer.c_in);
    }

    /// Makes the layer depth-wise with `multiplier` outputs per input channel.
    pub fn set_depthwise(&mut self, multiplier: usize) {
        self.layer.groups = self.layer.c_in;
        self.layer.c_out = (self.layer.c_in * multiplier.max(1)).min(MAX_COST_CHANNELS);
    }

    /// Changes the shuffle stack, keeping the traced channel inside it.
    pub fn set_shuffle(&mut self, stack: ShuffleStack) {
        self.shuffle = stack;
        self.traced = self.traced.min(stack.channels() - 1);
    }
}
