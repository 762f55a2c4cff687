//! The SqueezeNet chapter's state in the URL: the Fire module in the widget (`cin`, `s`,
//! `e1`, `e3`) and its map side (`hw`); the variant (`bypass`: none, simple or complex)
//! and the Fire module (`fire`, 2..=9) whose diagram the variants section shows.

use super::FireSpec;
use crate::query::{choice, int_in, Notice, Query};
use crate::zoo::squeezenet::Bypass;

/// The `bypass` key's values.
pub const BYPASSES: [(&str, Bypass); 3] = [
    ("none", Bypass::None),
    ("simple", Bypass::Simple),
    ("complex", Bypass::Complex),
];

/// Most channels any of the widget's counts takes.
pub const MAX_CHANNELS: usize = 2048;
/// Largest map side.
pub const MAX_SIDE: usize = 256;

/// Everything the chapter's controls set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqueezeState {
    pub fire: FireSpec,
    /// The variant whose block is drawn.
    pub bypass: Bypass,
    /// Which Fire module of it (2..=9).
    pub module: usize,
}

impl Default for SqueezeState {
    /// SqueezeNet v1.0's fire2: 96 → 16 → 64 + 64 on its 54 × 54 map.
    fn default() -> Self {
        SqueezeState {
            fire: FireSpec {
                cin: 96,
                s: 16,
                e1: 64,
                e3: 64,
                side: 54,
            },
            bypass: Bypass::Simple,
            module: 3,
        }
    }
}

impl SqueezeState {
    /// Reads `cin`, `s`, `e1`, `e3` and `hw`; unusable values fall back with a notice.
    /// A Fire module has both kinds of expand filter, so e1 and e3 are at least 1.
    pub fn from_query(q: &Query, notices: &mut Vec<Notice>) -> SqueezeState {
        let d = SqueezeState::default().fire;
        let fire = FireSpec {
            cin: int_in(q, "cin", 1, MAX_CHANNELS, d.cin, notices),
            s: int_in(q, "s", 1, MAX_CHANNELS, d.s, notices),
            e1: int_in(q, "e1", 1, MAX_CHANNELS, d.e1, notices),
            e3: int_in(q, "e3", 1, MAX_CHANNELS, d.e3, notices),
            side: int_in(q, "hw", 1, MAX_SIDE, d.side, notices),
        };
        SqueezeState {
            fire,
            bypass: choice(q, "bypass", &BYPASSES, Bypass::Simple, notices),
            module: int_in(q, "fire", 2, 9, 3, notices),
        }
    }

    /// Writes every value into `q`.
    pub fn write(&self, q: &mut Query) {
        let f = &self.fire;
        q.set("cin", f.cin.to_string());
        q.set("s", f.s.to_string());
        q.set("e1", f.e1.to_string());
        q.set("e3", f.e3.to_string());
        q.set("hw", f.side.to_string());
        let bypass = BYPASSES.iter().find(|(_, b)| *b == self.bypass);
        q.set("bypass", bypass.map_or("none", |(k, _)| *k).to_string());
        q.set("fire", self.module.to_string());
    }
}
