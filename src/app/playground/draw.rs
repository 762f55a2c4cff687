//! Drawing the playground's grids as sketches. Takes plain data, reads no signals.

use crate::app::paint::{heat, Palette};
use crate::format::format_weight;
use crate::playground::compute::Tap;
use crate::sketch::Sketch;

/// What the input canvas shows.
pub struct InputPicture<'a> {
    pub size: usize,
    pub pad: usize,
    pub pixels: &'a [f32],
    /// Taps of the current output cell (empty when there is no valid output).
    pub taps: &'a [Tap],
    /// Kernel extent (rows, cols) spanned by the taps: `d*(k-1)+1`.
    pub extent: (usize, usize),
}

/// Side of one cell in CSS pixels for a grid of `cells` in `space` pixels.
pub fn cell_size(space: f64, cells: usize) -> f64 {
    (space / cells.max(1) as f64).floor().clamp(6.0, 48.0)
}

/// Draws the padded input, the taps of the current output cell and the holes between them.
pub fn draw_input(sk: &mut Sketch, cell: f64, pic: &InputPicture, pal: &Palette) {
    let side = pic.size + 2 * pic.pad;
    let colors = (0..side * side).map(|i| {
        let (row, col) = (
            (i / side) as isize - pic.pad as isize,
            (i % side) as isize - pic.pad as isize,
        );
        let inside = row >= 0 && col >= 0 && (row as usize) < pic.size && (col as usize) < pic.size;
        match inside {
            false => pal.padding,
            true if pic.pixels[row as usize * pic.size + col as usize] > 0.5 => pal.ink,
            true => pal.paper,
        }
    });
    let span = side as f64 * cell;
    sk.cells([0.0, 0.0, span, span], side, side, colors);
    grid_lines(sk, cell, side, side, pal.grid);
    let at = |row: isize, col: isize| {
        (
            (col + pic.pad as isize) as f64 * cell,
            (row + pic.pad as isize) as f64 * cell,
        )
    };
    if let Some(first) = pic.taps.first() {
        // Holes: cells inside the dilated kernel's extent that no tap reads.
        sk.set_stroke_style_str(pal.hole);
        sk.set_line_width(1.0);
        sk.set_line_dash(&[3.0, 3.0]);
        for dr in 0..pic.extent.0 as isize {
            for dc in 0..pic.extent.1 as isize {
                let (row, col) = (first.iy + dr, first.ix + dc);
                if !pic.taps.iter().any(|t| t.iy == row && t.ix == col) {
                    let (x, y) = at(row, col);
                    sk.stroke_rect(x + 3.0, y + 3.0, cell - 6.0, cell - 6.0);
                }
            }
        }
        sk.set_line_dash(&[]);
        sk.set_line_width(2.5);
        sk.set_stroke_style_str(pal.tap);
        sk.set_global_alpha(0.35);
        sk.set_fill_style_str(pal.tap);
        for t in pic.taps {
            let (x, y) = at(t.iy, t.ix);
            sk.fill_rect(x, y, cell, cell);
        }
        sk.set_global_alpha(1.0);
        for t in pic.taps {
            let (x, y) = at(t.iy, t.ix);
            sk.stroke_rect(x + 1.25, y + 1.25, cell - 2.5, cell - 2.5);
        }
        if cell >= 20.0 {
            label_cells(
                sk,
                cell,
                pal,
                pic.taps
                    .iter()
                    .map(|t| (at(t.iy, t.ix), format_weight(t.weight))),
            );
        }
    }
}

/// Draws the output map as a diverging heat map with the current cell outlined.
#[allow(clippy::too_many_arguments)]
pub fn draw_output(
    sk: &mut Sketch,
    cell: f64,
    rows: usize,
    cols: usize,
    values: &[f32],
    current: usize,
    pal: &Palette,
) {
    let peak = values.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1e-6);
    sk.cells(
        [0.0, 0.0, cols as f64 * cell, rows as f64 * cell],
        cols,
        rows,
        values.iter().map(|v| heat(v / peak, pal)),
    );
    grid_lines(sk, cell, rows, cols, pal.grid);
    if cell >= 28.0 {
        let labels = values.iter().enumerate().map(|(i, &v)| {
            let (r, c) = (i / cols.max(1), i % cols.max(1));
            ((c as f64 * cell, r as f64 * cell), format_weight(v))
        });
        label_cells(sk, cell, pal, labels);
    }
    if current < values.len() {
        let (r, c) = (current / cols.max(1), current % cols.max(1));
        sk.set_stroke_style_str(pal.tap);
        sk.set_line_width(3.0);
        sk.stroke_rect(
            c as f64 * cell + 1.5,
            r as f64 * cell + 1.5,
            cell - 3.0,
            cell - 3.0,
        );
    }
}

fn grid_lines(sk: &mut Sketch, cell: f64, rows: usize, cols: usize, color: &str) {
    sk.set_stroke_style_str(color);
    sk.set_line_width(1.0);
    sk.begin_path();
    for r in 0..=rows {
        sk.move_to(0.0, r as f64 * cell + 0.5);
        sk.line_to(cols as f64 * cell, r as f64 * cell + 0.5);
    }
    for c in 0..=cols {
        sk.move_to(c as f64 * cell + 0.5, 0.0);
        sk.line_to(c as f64 * cell + 0.5, rows as f64 * cell);
    }
    sk.stroke();
}

fn label_cells(
    sk: &mut Sketch,
    cell: f64,
    pal: &Palette,
    labels: impl Iterator<Item = ((f64, f64), String)>,
) {
    sk.set_font(&format!(
        "600 {}px system-ui, sans-serif",
        (cell * 0.4).round()
    ));
    sk.set_text_align("center");
    sk.set_text_baseline("middle");
    sk.set_line_width(3.0);
    sk.set_stroke_style_str(pal.background);
    sk.set_fill_style_str(pal.text);
    for ((x, y), text) in labels {
        sk.stroke_text(&text, x + cell / 2.0, y + cell / 2.0);
        sk.fill_text(&text, x + cell / 2.0, y + cell / 2.0);
    }
}
