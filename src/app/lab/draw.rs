//! The lab's pictures as sketches, from plain data: grids of feature maps with dead channels
//! crossed out, a filter's kernels, and the channel-correlation heat map.

use crate::app::paint::{heat, Palette};
use crate::lab::session::Filter;
use crate::sketch::Sketch;

/// Mixes the paper colour towards ink by `t` in 0..=1.
pub fn grey(t: f32, pal: &Palette) -> (u8, u8, u8) {
    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t.clamp(0.0, 1.0)).round() as u8;
    (
        mix(pal.paper.0, pal.ink.0),
        mix(pal.paper.1, pal.ink.1),
        mix(pal.paper.2, pal.ink.2),
    )
}

/// Tiles laid out in rows: how many per row and the size of one map pixel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tiles {
    pub cols: usize,
    pub rows: usize,
    /// Map pixels per tile side (the map's side plus a one-pixel gap).
    pub pitch: [usize; 2],
    /// CSS pixels per map pixel.
    pub cell: f64,
}

impl Tiles {
    /// `count` tiles of `side` maps in at most `width` CSS pixels, at most 16 per row.
    pub fn new(count: usize, side: [usize; 2], width: f64) -> Tiles {
        let cols = count.clamp(1, 16);
        let pitch = [side[0] + 1, side[1] + 1];
        let cell = (width / (cols * pitch[1]) as f64).clamp(2.0, 12.0).floor();
        Tiles {
            cols,
            rows: count.div_ceil(cols),
            pitch,
            cell,
        }
    }

    pub fn size(&self) -> (f64, f64) {
        (
            (self.cols * self.pitch[1]) as f64 * self.cell,
            (self.rows * self.pitch[0]) as f64 * self.cell,
        )
    }

    /// The tile under (x, y) CSS pixels, if any.
    pub fn hit(&self, x: f64, y: f64, count: usize) -> Option<usize> {
        let (c, r) = (
            (x / (self.pitch[1] as f64 * self.cell)) as usize,
            (y / (self.pitch[0] as f64 * self.cell)) as usize,
        );
        let i = r * self.cols + c;
        (x >= 0.0 && y >= 0.0 && c < self.cols && i < count).then_some(i)
    }
}

/// Paints `count` tiles: `value(tile, y, x)` gives each pixel's colour.
fn paint_tiles(
    sk: &mut Sketch,
    t: &Tiles,
    count: usize,
    side: [usize; 2],
    pal: &Palette,
    value: impl Fn(usize, usize, usize) -> (u8, u8, u8),
) {
    let (w, h) = (t.cols * t.pitch[1], t.rows * t.pitch[0]);
    let colors = (0..w * h).map(|i| {
        let (py, px) = (i / w, i % w);
        let (ty, tx) = (py / t.pitch[0], px / t.pitch[1]);
        let (y, x) = (py % t.pitch[0], px % t.pitch[1]);
        let tile = ty * t.cols + tx;
        if tile >= count || y >= side[0] || x >= side[1] {
            pal.padding
        } else {
            value(tile, y, x)
        }
    });
    let (cw, ch) = t.size();
    sk.cells([0.0, 0.0, cw, ch], w, h, colors);
}

/// Every channel of (C, H, W) `values`, each scaled to the layer's largest value;
/// channels in `dead` crossed out, `focus` outlined.
#[allow(clippy::too_many_arguments)]
pub fn draw_maps(
    sk: &mut Sketch,
    t: &Tiles,
    side: [usize; 2],
    values: &[f32],
    dead: &[bool],
    focus: Option<usize>,
    pal: &Palette,
) {
    let per = side[0] * side[1];
    let count = values.len() / per.max(1);
    let max = values.iter().copied().fold(0.0f32, f32::max).max(1e-6);
    paint_tiles(sk, t, count, side, pal, |c, y, x| {
        grey(values[c * per + y * side[1] + x] / max, pal)
    });
    let tile = |c: usize| {
        let (r, col) = (c / t.cols, c % t.cols);
        (
            (col * t.pitch[1]) as f64 * t.cell,
            (r * t.pitch[0]) as f64 * t.cell,
            side[1] as f64 * t.cell,
            side[0] as f64 * t.cell,
        )
    };
    sk.set_stroke_style_str(pal.tap);
    sk.set_line_width(2.0);
    for c in (0..count).filter(|&c| dead.get(c) == Some(&true)) {
        let (x, y, w, h) = tile(c);
        sk.begin_path();
        sk.move_to(x + 2.0, y + 2.0);
        sk.line_to(x + w - 2.0, y + h - 2.0);
        sk.move_to(x + w - 2.0, y + 2.0);
        sk.line_to(x + 2.0, y + h - 2.0);
        sk.stroke();
    }
    if let Some(c) = focus.filter(|&c| c < count) {
        let (x, y, w, h) = tile(c);
        sk.set_stroke_style_str(pal.text);
        sk.stroke_rect(x - 1.0, y - 1.0, w + 2.0, h + 2.0);
    }
}

/// The kernels of output channel `channel` of `filter`: one tile per input channel,
/// coloured by sign (scaled to the largest magnitude).
pub fn draw_filter(sk: &mut Sketch, t: &Tiles, filter: &Filter, channel: usize, pal: &Palette) {
    let per = filter.inputs * filter.kernel[0] * filter.kernel[1];
    let Some(w) = filter.weights.get(channel * per..(channel + 1) * per) else {
        return;
    };
    let max = w.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1e-6);
    let k = filter.kernel;
    paint_tiles(sk, t, filter.inputs, k, pal, |i, y, x| {
        heat(w[i * k[0] * k[1] + y * k[1] + x] / max, pal)
    });
}

/// A C×C correlation matrix; `None` cells grey.
pub fn draw_correlation(
    sk: &mut Sketch,
    channels: usize,
    values: &[Option<f32>],
    cell: f64,
    pal: &Palette,
) {
    let colors = (0..channels * channels).map(|i| match values.get(i).copied().flatten() {
        Some(r) => heat(r, pal),
        None => pal.padding,
    });
    let side = channels as f64 * cell;
    sk.cells([0.0, 0.0, side, side], channels, channels, colors);
}
