//! Where a block's boxes, merges, arrows and labels go: a top-to-bottom drawing
//! as plain data (rectangles, lines, texts in pixels at zoom 1), which
//! [`super::svg`] writes out and tests check for overlaps and bounds.
//!
//! Branches sit side by side between a split bar and a merge bar; each branch
//! is labelled with its own parameters and MACs, each arrow with the shape it
//! carries, and the block with its total.

use super::{cost_of, Block, BoxKind, Element, Fork, OpBox};
use crate::arch::Merge;
use crate::atlas::table::shape;
use crate::format::short_number;
use crate::format::thousands;
use crate::i18n::Lang;

/// Words a diagram shows, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub input: &'static str,
    pub output: &'static str,
    pub identity: &'static str,
    pub params: &'static str,
    pub macs: &'static str,
    pub block: &'static str,
}

impl Words {
    /// The diagram's words in `lang`.
    pub fn of(lang: Lang) -> Words {
        match lang {
            Lang::En => Words {
                input: "input",
                output: "output",
                identity: "identity",
                params: "params",
                macs: "MACs",
                block: "block",
            },
            Lang::Ko => Words {
                input: "입력",
                output: "출력",
                identity: "항등",
                params: "파라미터",
                macs: "MACs",
                block: "블록",
            },
        }
    }
}

/// An axis-aligned rectangle: top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// Whether the two rectangles share any interior point.
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRole {
    /// The diagram's heading.
    Title,
    /// A shape beside an arrow.
    Shape,
    /// A branch's or the block's cost.
    Cost,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An op: title, channels with folded layers, cost.
    Box {
        rect: Rect,
        kind: BoxKind,
        lines: [String; 3],
        path: String,
    },
    /// The block's input or output.
    Pill { rect: Rect, text: String },
    /// Where branches meet: a concat box or an add circle (in `rect`).
    Merge {
        rect: Rect,
        merge: Merge,
        text: String,
    },
    /// A connection; `arrow` puts a head at `to`.
    Line {
        from: (f64, f64),
        to: (f64, f64),
        arrow: bool,
    },
    /// A label; `centred` anchors it at its middle, otherwise at its start.
    /// A backed label is drawn on the background colour over the lines.
    Text {
        at: (f64, f64),
        text: String,
        role: TextRole,
        centred: bool,
        backed: bool,
    },
}

/// A laid-out block: its size and what to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawing {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
    /// One line describing the block for screen readers.
    pub summary: String,
}

const BOX_W: f64 = 200.0;
const BOX_H: f64 = 58.0;
const V_GAP: f64 = 30.0;
const H_GAP: f64 = 22.0;
const SPLIT: f64 = 22.0;
const LABEL_H: f64 = 26.0;
const MERGE_GAP: f64 = 12.0;
const MERGE_H: f64 = 28.0;
const IDENTITY_W: f64 = 96.0;
const PILL_H: f64 = 26.0;
const MARGIN: f64 = 18.0;
const TITLE_H: f64 = 30.0;
const FOOTER_H: f64 = 30.0;
/// Width of one character of the box text, in pixels (12 px sans-serif, generous).
const CHAR_W: f64 = 7.0;

/// Estimated width of `text` set at the box size.
pub fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { CHAR_W } else { 2.0 * CHAR_W })
        .sum()
}

fn cost_line(params: u64, macs: u64, w: &Words) -> String {
    format!(
        "{} {} · {} {}",
        short_number(params as f64),
        w.params,
        short_number(macs as f64),
        w.macs
    )
}

fn box_lines(b: &OpBox, w: &Words) -> [String; 3] {
    let mut second = b.channels.clone();
    for a in &b.after {
        second.push_str(" · ");
        second.push_str(a);
    }
    let cost = if b.params == 0 && b.macs == 0 {
        String::new()
    } else {
        cost_line(b.params, b.macs, w)
    };
    [b.title.clone(), second, cost]
}

fn box_width(b: &OpBox, w: &Words) -> f64 {
    let widest = box_lines(b, w)
        .iter()
        .map(|l| text_width(l))
        .fold(0.0, f64::max);
    BOX_W.max(widest + 20.0)
}

/// Width and height of a sequence (an empty one is the identity).
fn series_size(body: &[Element], w: &Words) -> (f64, f64) {
    if body.is_empty() {
        return (IDENTITY_W, 0.0);
    }
    let width = body.iter().map(|e| size(e, w).0).fold(0.0, f64::max);
    let height: f64 =
        body.iter().map(|e| size(e, w).1).sum::<f64>() + V_GAP * (body.len() - 1) as f64;
    (width, height)
}

fn size(e: &Element, w: &Words) -> (f64, f64) {
    match e {
        Element::Op(b) => (box_width(b, w), BOX_H),
        Element::Fork(f) => {
            let sizes: Vec<(f64, f64)> =
                f.branches.iter().map(|b| series_size(&b.body, w)).collect();
            let width = sizes.iter().map(|s| s.0).sum::<f64>()
                + H_GAP * sizes.len().saturating_sub(1) as f64;
            let tallest = sizes.iter().map(|s| s.1).fold(0.0, f64::max);
            (
                width.max(merge_width(f)),
                SPLIT + tallest + LABEL_H + MERGE_GAP + MERGE_H,
            )
        }
    }
}

fn merge_text(f: &Fork) -> String {
    match f.merge {
        Merge::Concat => format!("concat → {}", f.output[0]),
        Merge::Add => "+".into(),
    }
}

fn merge_width(f: &Fork) -> f64 {
    match f.merge {
        Merge::Concat => text_width(&merge_text(f)) + 24.0,
        Merge::Add => MERGE_H,
    }
}

struct Painter<'a> {
    words: &'a Words,
    items: Vec<Item>,
}

impl Painter<'_> {
    fn line(&mut self, from: (f64, f64), to: (f64, f64), arrow: bool) {
        self.items.push(Item::Line { from, to, arrow });
    }

    fn text(&mut self, at: (f64, f64), text: String, role: TextRole, centred: bool, backed: bool) {
        self.items.push(Item::Text {
            at,
            text,
            role,
            centred,
            backed,
        });
    }

    /// Draws `body` centred on `cx` from `top`; returns its bottom.
    fn series(&mut self, body: &[Element], cx: f64, top: f64) -> f64 {
        let mut y = top;
        for (i, e) in body.iter().enumerate() {
            if i > 0 {
                let from = (cx, y);
                y += V_GAP;
                self.line(from, (cx, y), matches!(e, Element::Op(_)));
                let carried = shape(body[i - 1].output());
                self.text(
                    (cx + 6.0, y - V_GAP / 2.0 + 4.0),
                    carried,
                    TextRole::Shape,
                    false,
                    false,
                );
            }
            y = self.element(e, cx, y);
        }
        y
    }

    fn element(&mut self, e: &Element, cx: f64, top: f64) -> f64 {
        match e {
            Element::Op(b) => {
                let w = box_width(b, self.words);
                self.items.push(Item::Box {
                    rect: Rect {
                        x: cx - w / 2.0,
                        y: top,
                        w,
                        h: BOX_H,
                    },
                    kind: b.kind,
                    lines: box_lines(b, self.words),
                    path: b.path.clone(),
                });
                top + BOX_H
            }
            Element::Fork(f) => self.fork(f, cx, top),
        }
    }

    fn fork(&mut self, f: &Fork, cx: f64, top: f64) -> f64 {
        let sizes: Vec<(f64, f64)> = f
            .branches
            .iter()
            .map(|b| series_size(&b.body, self.words))
            .collect();
        let branches_w =
            sizes.iter().map(|s| s.0).sum::<f64>() + H_GAP * sizes.len().saturating_sub(1) as f64;
        let tallest = sizes.iter().map(|s| s.1).fold(0.0, f64::max);
        let mut x = cx - branches_w / 2.0;
        let centres: Vec<f64> = sizes
            .iter()
            .map(|s| {
                let c = x + s.0 / 2.0;
                x += s.0 + H_GAP;
                c
            })
            .collect();
        let (left, right) = (centres[0], centres[centres.len() - 1]);
        let split_y = top + SPLIT / 2.0;
        let branch_top = top + SPLIT;
        let bar_y = branch_top + tallest + LABEL_H;
        self.line((cx, top), (cx, split_y), false);
        self.line((left.min(cx), split_y), (right.max(cx), split_y), false);
        for (b, &bx) in f.branches.iter().zip(&centres) {
            if b.body.is_empty() {
                self.line((bx, split_y), (bx, bar_y), false);
                let mid = (branch_top + bar_y) / 2.0;
                let word = self.words.identity.to_string();
                self.text((bx, mid), word, TextRole::Cost, true, true);
                continue;
            }
            self.line((bx, split_y), (bx, branch_top), true);
            let bottom = self.series(&b.body, bx, branch_top);
            self.line((bx, bottom), (bx, bar_y), false);
            let one_box = matches!(b.body.as_slice(), [Element::Op(_)]);
            if f.branches.len() > 1 && !one_box {
                let (p, m) = cost_of(&b.body);
                let label = cost_line(p, m, self.words);
                self.text(
                    (bx, bottom + LABEL_H / 2.0 + 4.0),
                    label,
                    TextRole::Cost,
                    true,
                    true,
                );
            }
        }
        self.line((left.min(cx), bar_y), (right.max(cx), bar_y), false);
        let merge_top = bar_y + MERGE_GAP;
        self.line((cx, bar_y), (cx, merge_top), true);
        let mw = merge_width(f);
        self.items.push(Item::Merge {
            rect: Rect {
                x: cx - mw / 2.0,
                y: merge_top,
                w: mw,
                h: MERGE_H,
            },
            merge: f.merge,
            text: merge_text(f),
        });
        merge_top + MERGE_H
    }
}

/// Lays `block` out in `words`' language.
pub fn layout(block: &Block, words: &Words) -> Drawing {
    let (body_w, body_h) = series_size(&block.body, words);
    let heading = if block.model.is_empty() {
        block.path.clone()
    } else {
        format!("{} · {}", block.model, block.path)
    };
    let footer = format!(
        "{}: {} {} · {} {}",
        words.block,
        thousands(block.params),
        words.params,
        thousands(block.macs),
        words.macs
    );
    let pill_in = format!("{} {}", words.input, shape(block.input));
    let pill_out = format!("{} {}", words.output, shape(block.output));
    let inner = [
        body_w,
        text_width(&heading),
        text_width(&footer),
        text_width(&pill_in) + 24.0,
        text_width(&pill_out) + 24.0,
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let width = inner + 2.0 * MARGIN;
    let cx = width / 2.0;
    let mut p = Painter {
        words,
        items: Vec::new(),
    };
    p.text((cx, MARGIN + 12.0), heading, TextRole::Title, true, false);
    let pill = |text: String, y: f64| Item::Pill {
        rect: Rect {
            x: cx - (text_width(&text) + 24.0) / 2.0,
            y,
            w: text_width(&text) + 24.0,
            h: PILL_H,
        },
        text,
    };
    let mut y = MARGIN + TITLE_H;
    p.items.push(pill(pill_in, y));
    y += PILL_H;
    let bottom = if block.body.is_empty() {
        y
    } else {
        let first_is_op = matches!(block.body[0], Element::Op(_));
        p.line((cx, y), (cx, y + V_GAP), first_is_op);
        p.series(&block.body, cx, y + V_GAP)
    };
    debug_assert!(block.body.is_empty() || (bottom - (y + V_GAP + body_h)).abs() < 1e-6);
    p.line((cx, bottom), (cx, bottom + V_GAP), true);
    let out_top = bottom + V_GAP;
    p.items.push(pill(pill_out, out_top));
    let footer_y = out_top + PILL_H + FOOTER_H - 8.0;
    p.text((cx, footer_y), footer.clone(), TextRole::Cost, true, false);
    Drawing {
        width,
        height: out_top + PILL_H + FOOTER_H + MARGIN,
        items: p.items,
        summary: format!(
            "{} {}: {} → {}; {footer}",
            block.model,
            block.path,
            shape(block.input),
            shape(block.output)
        ),
    }
}
