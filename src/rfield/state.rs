//! The receptive-field explorer's state in the URL: the stack (key `layers`, text
//! form), the input side, the selected layer and unit. A stack that does not parse
//! is kept as typed, with the problem, so the page can explain it and keep the last
//! valid picture.

use super::paths::{sides, MAX_INPUT, MIN_INPUT};
use super::stack::{parse, to_text, StackError, StackLayer, MAX_TEXT};
use crate::query::{int_in, Notice, Query};

/// Largest seed.
pub const MAX_SEED: usize = 9999;

/// The named stacks the page offers, with their text form.
pub const PRESETS: [(Preset, &str); 10] = [
    (Preset::Vgg, "k3p1,k3p1,maxk2s2,k3p1,k3p1,maxk2s2,k3p1,k3p1"),
    (Preset::One5, "k5"),
    (Preset::Two3, "k3,k3"),
    (Preset::One7, "k7"),
    (Preset::Three3, "k3,k3,k3"),
    (
        Preset::Context,
        "k3p1,k3p1,k3d2p2,k3d4p4,k3d8p8,k3d16p16,k3p1",
    ),
    (Preset::Grid222, "k3d2,k3d2,k3d2"),
    (Preset::Hdc123, "k3,k3d2,k3d3"),
    (Preset::Hdc125, "k3,k3d2,k3d5"),
    (Preset::Strided, "k7s2p3,maxk3s2,k3p1,k3s2p1,k3p1"),
];

/// A preset's identity (its label comes from the translation table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Vgg,
    One5,
    Two3,
    One7,
    Three3,
    Context,
    Grid222,
    Hdc123,
    Hdc125,
    Strided,
}

/// Everything the explorer shows.
#[derive(Debug, Clone, PartialEq)]
pub struct RfState {
    /// The stack as typed (maybe invalid).
    pub text: String,
    /// The parsed stack, or why it does not parse.
    pub stack: Result<Vec<StackLayer>, StackError>,
    /// Input side of the path map.
    pub n: usize,
    /// Selected layer, 1-based.
    pub selected: usize,
    /// Selected unit (row, column) of the selected layer's output; `None` = its centre.
    pub unit: Option<(usize, usize)>,
    /// Seed of the effective-receptive-field network's random weights.
    pub seed: u64,
    /// The single dilated kernel drawn with its taps and holes: (side k, dilation d).
    pub taps: (usize, usize),
}

/// Largest kernel side and dilation of the taps-and-holes view (the playground's limits).
pub const MAX_TAP_KERNEL: usize = 7;
pub const MAX_TAP_DILATION: usize = 4;

/// The taps of a k×k kernel at dilation d on its d(k−1)+1 square span, row-major:
/// `true` where a weight reads the input, `false` at the d−1 holes between taps.
pub fn tap_grid(k: usize, d: usize) -> (usize, Vec<bool>) {
    let span = d * k.saturating_sub(1) + 1;
    let grid = (0..span * span)
        .map(|i| (i / span) % d == 0 && (i % span) % d == 0)
        .collect();
    (span, grid)
}

impl Default for RfState {
    fn default() -> Self {
        let text = PRESETS[5].1.to_string();
        let stack = parse(&text);
        RfState {
            selected: stack.as_ref().map_or(1, Vec::len),
            text,
            stack,
            n: 64,
            unit: None,
            seed: 1,
            taps: (3, 2),
        }
    }
}

impl RfState {
    /// Reads `layers`, `n`, `sel`, `uy`, `ux`; unusable numbers fall back with a notice.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> RfState {
        let d = RfState::default();
        let text: String = q
            .get("layers")
            .map_or(d.text.clone(), |t| t.chars().take(MAX_TEXT + 1).collect());
        let stack = parse(&text);
        let len = stack.as_ref().map_or(1, Vec::len);
        let n = int_in(q, "n", MIN_INPUT, MAX_INPUT, d.n, notices);
        let selected = int_in(q, "sel", 1, len, len, notices);
        // The unit must lie inside the selected layer's output.
        let out = stack
            .as_ref()
            .ok()
            .and_then(|s| sides(&s[..selected], n).ok())
            .and_then(|s| s.last().copied())
            .unwrap_or([1, 1]);
        let unit = match (q.get("uy"), q.get("ux")) {
            (None, None) => None,
            _ => {
                let mut bad = vec![];
                let uy = int_in(q, "uy", 0, out[0].saturating_sub(1), 0, &mut bad);
                let ux = int_in(q, "ux", 0, out[1].saturating_sub(1), 0, &mut bad);
                let ok = bad.is_empty();
                notices.extend(bad);
                ok.then_some((uy, ux))
            }
        };
        RfState {
            text,
            stack,
            n,
            selected,
            unit,
            seed: int_in(q, "seed", 0, MAX_SEED, d.seed as usize, notices) as u64,
            taps: (
                int_in(q, "tk", 1, MAX_TAP_KERNEL, d.taps.0, notices),
                int_in(q, "td", 1, MAX_TAP_DILATION, d.taps.1, notices),
            ),
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        q.set("layers", self.text.clone());
        q.set("n", self.n.to_string());
        q.set("sel", self.selected.to_string());
        q.set("seed", self.seed.to_string());
        q.set("tk", self.taps.0.to_string());
        q.set("td", self.taps.1.to_string());
        match self.unit {
            Some((y, x)) => {
                q.set("uy", y.to_string());
                q.set("ux", x.to_string());
            }
            None => {
                q.remove("uy");
                q.remove("ux");
            }
        }
    }

    /// A new stack text: the last layer selected, the unit back to the centre.
    pub fn set_text(&mut self, text: &str) {
        self.text = text.chars().take(MAX_TEXT + 1).collect();
        self.stack = parse(&self.text);
        self.selected = self.stack.as_ref().map_or(1, Vec::len);
        self.unit = None;
    }

    /// The stack in its normal text form, when it parses.
    pub fn canonical(&self) -> Option<String> {
        self.stack.as_ref().ok().map(|s| to_text(s))
    }
}
