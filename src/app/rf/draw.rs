//! Drawing field maps over the input: the path counts to the selected unit (log scale)
//! and its effective receptive field (gradient, linear scale), holes inside the
//! theoretical field hatched, the field outlined. Plain data in, no signals read.

use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::rfield::paths::PathMap;
use crate::sketch::Sketch;

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
pub fn draw_field_map(sk: &mut Sketch, map: &FieldMap, cell: f64, pal: &Palette) {
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
    sk.cells([0.0, 0.0, n as f64 * cell, n as f64 * cell], n, n, colors);
    // Holes inside the field: one hatch stroke each, in one path.
    sk.begin_path();
    for (i, _) in map
        .values
        .iter()
        .enumerate()
        .filter(|(i, &v)| v <= 0.0 && inside(map.field, i / n, i % n))
    {
        let (y, x) = ((i / n) as f64 * cell, (i % n) as f64 * cell);
        sk.move_to(x, y + cell);
        sk.line_to(x + cell, y);
    }
    sk.set_stroke_style_str(pal.hole);
    sk.set_line_width(1.0);
    sk.stroke();
    // The input's border, then the theoretical field.
    sk.set_stroke_style_str(pal.grid);
    sk.set_line_width(1.0);
    sk.stroke_rect(0.5, 0.5, n as f64 * cell - 1.0, n as f64 * cell - 1.0);
    if let Some([t, b, l, r]) = map.field {
        sk.set_stroke_style_str(pal.tap);
        sk.set_line_width(2.0);
        sk.stroke_rect(
            l as f64 * cell + 1.0,
            t as f64 * cell + 1.0,
            (r + 1 - l) as f64 * cell - 2.0,
            (b + 1 - t) as f64 * cell - 2.0,
        );
    }
}

/// `map`'s numbers as text through `template` (`rf_describe_map`): the field's rows and
/// columns, how many pixels are reached, the holes inside the field and the largest value.
pub fn describe(map: &FieldMap, template: &str) -> String {
    let n = map.n;
    let [top, bottom, left, right] =
        map.field
            .unwrap_or([0, n.saturating_sub(1), 0, n.saturating_sub(1)]);
    let reached = map.values.iter().filter(|&&v| v > 0.0).count();
    let holes = (map.values.iter().enumerate())
        .filter(|(i, &v)| v <= 0.0 && inside(map.field, i / n.max(1), i % n.max(1)))
        .count();
    let (at, max) =
        (map.values.iter().enumerate()).fold(
            (0, 0.0f64),
            |best, (i, &v)| if v > best.1 { (i, v) } else { best },
        );
    let max = if map.log {
        format!("{max:.0}")
    } else {
        format!("{max:.3e}")
    };
    let num = |v: usize| v.to_string();
    fill(
        template,
        &[
            ("n", &num(n)),
            ("top", &num(top)),
            ("bottom", &num(bottom)),
            ("left", &num(left)),
            ("right", &num(right)),
            ("reached", &num(reached)),
            ("holes", &num(holes)),
            ("max", &max),
            ("row", &num(at / n.max(1))),
            ("col", &num(at % n.max(1))),
        ],
    )
}
