//! Drawing field maps over the input: the path counts to the selected unit (log scale)
//! and its effective receptive field (gradient, linear scale), holes inside the
//! theoretical field hatched, the field outlined. Plain data in, no signals read.

use crate::app::paint::{blit_cells, Palette};
use crate::rfield::paths::PathMap;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Cell side for an `n`-pixel input in `width` CSS pixels.
pub fn cell_size(width: f64, n: usize) -> f64 {
    (width / n.max(1) as f64).floor().clamp(3.0, 12.0)
}

fn inside(field: Option<[usize; 4]>, y: usize, x: usize) -> bool {
    field.is_some_and(|[t, b, l, r]| (t..=b).contains(&y) && (l..=r).contains(&x))
}

/// What a field map shows: `values` over an `n × n` input (row-major), shaded on a log
/// scale (path counts) or a linear one (gradients); zeros inside `field` hatched.
pub struct FieldMap<'a> {
    pub n: usize,
    pub values: &'a [f64],
    pub field: Option<[usize; 4]>,
    pub log: bool,
}

/// The path counts of `map` as a field map's values.
pub fn path_values(map: &PathMap) -> Vec<f64> {
    map.counts.iter().map(|&c| c as f64).collect()
}

/// Draws `map` with `cell`-pixel cells.
pub fn draw_field_map(
    ctx: &CanvasRenderingContext2d,
    scratch: &HtmlCanvasElement,
    map: &FieldMap,
    cell: f64,
    pal: &Palette,
) {
    let n = map.n;
    let max = map.values.iter().copied().fold(0.0f64, f64::max);
    let level = |v: f64| {
        if map.log {
            (1.0 + v).ln() / (1.0 + max).ln().max(1e-12)
        } else {
            v / max.max(1e-300)
        }
    };
    let colors = map.values.iter().enumerate().map(|(i, &v)| {
        if v <= 0.0 {
            if inside(map.field, i / n, i % n) {
                pal.padding
            } else {
                pal.paper
            }
        } else {
            let t = level(v) as f32;
            let mix =
                |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * (0.15 + 0.85 * t)).round() as u8;
            (
                mix(pal.neutral.0, pal.positive.0),
                mix(pal.neutral.1, pal.positive.1),
                mix(pal.neutral.2, pal.positive.2),
            )
        }
    });
    blit_cells(ctx, scratch, n, n, cell, colors);
    // Holes inside the field: one hatch stroke each, in one path.
    ctx.begin_path();
    for (i, _) in map
        .values
        .iter()
        .enumerate()
        .filter(|(i, &v)| v <= 0.0 && inside(map.field, i / n, i % n))
    {
        let (y, x) = ((i / n) as f64 * cell, (i % n) as f64 * cell);
        ctx.move_to(x, y + cell);
        ctx.line_to(x + cell, y);
    }
    ctx.set_stroke_style_str(pal.hole);
    ctx.set_line_width(1.0);
    ctx.stroke();
    // The input's border, then the theoretical field.
    ctx.set_stroke_style_str(pal.grid);
    ctx.set_line_width(1.0);
    ctx.stroke_rect(0.5, 0.5, n as f64 * cell - 1.0, n as f64 * cell - 1.0);
    if let Some([t, b, l, r]) = map.field {
        ctx.set_stroke_style_str(pal.tap);
        ctx.set_line_width(2.0);
        ctx.stroke_rect(
            l as f64 * cell + 1.0,
            t as f64 * cell + 1.0,
            (r + 1 - l) as f64 * cell - 2.0,
            (b + 1 - t) as f64 * cell - 2.0,
        );
    }
}
