//! Drawing the playground's grids on a 2-D canvas. Takes plain data, reads no signals.

use crate::app::paint::{blit_cells, heat, Palette};
use crate::playground::compute::Tap;
use crate::playground::kernel::format_weight;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

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
pub fn draw_input(
    ctx: &CanvasRenderingContext2d,
    scratch: &HtmlCanvasElement,
    cell: f64,
    pic: &InputPicture,
    pal: &Palette,
) {
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
    blit_cells(ctx, scratch, side, side, cell, colors);
    grid_lines(ctx, cell, side, side, pal.grid);
    let at = |row: isize, col: isize| {
        (
            (col + pic.pad as isize) as f64 * cell,
            (row + pic.pad as isize) as f64 * cell,
        )
    };
    if let Some(first) = pic.taps.first() {
        // Holes: cells inside the dilated kernel's extent that no tap reads.
        ctx.set_stroke_style_str(pal.hole);
        ctx.set_line_width(1.0);
        let _ = ctx.set_line_dash(&js_sys::Array::of2(&3.0.into(), &3.0.into()));
        for dr in 0..pic.extent.0 as isize {
            for dc in 0..pic.extent.1 as isize {
                let (row, col) = (first.iy + dr, first.ix + dc);
                if !pic.taps.iter().any(|t| t.iy == row && t.ix == col) {
                    let (x, y) = at(row, col);
                    ctx.stroke_rect(x + 3.0, y + 3.0, cell - 6.0, cell - 6.0);
                }
            }
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
        ctx.set_line_width(2.5);
        ctx.set_stroke_style_str(pal.tap);
        ctx.set_global_alpha(0.35);
        ctx.set_fill_style_str(pal.tap);
        for t in pic.taps {
            let (x, y) = at(t.iy, t.ix);
            ctx.fill_rect(x, y, cell, cell);
        }
        ctx.set_global_alpha(1.0);
        for t in pic.taps {
            let (x, y) = at(t.iy, t.ix);
            ctx.stroke_rect(x + 1.25, y + 1.25, cell - 2.5, cell - 2.5);
        }
        if cell >= 20.0 {
            label_cells(
                ctx,
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
    ctx: &CanvasRenderingContext2d,
    scratch: &HtmlCanvasElement,
    cell: f64,
    rows: usize,
    cols: usize,
    values: &[f32],
    current: usize,
    pal: &Palette,
) {
    let peak = values.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1e-6);
    blit_cells(
        ctx,
        scratch,
        cols,
        rows,
        cell,
        values.iter().map(|v| heat(v / peak, pal)),
    );
    grid_lines(ctx, cell, rows, cols, pal.grid);
    if cell >= 28.0 {
        let labels = values.iter().enumerate().map(|(i, &v)| {
            let (r, c) = (i / cols.max(1), i % cols.max(1));
            ((c as f64 * cell, r as f64 * cell), format_weight(v))
        });
        label_cells(ctx, cell, pal, labels);
    }
    if current < values.len() {
        let (r, c) = (current / cols.max(1), current % cols.max(1));
        ctx.set_stroke_style_str(pal.tap);
        ctx.set_line_width(3.0);
        ctx.stroke_rect(
            c as f64 * cell + 1.5,
            r as f64 * cell + 1.5,
            cell - 3.0,
            cell - 3.0,
        );
    }
}

fn grid_lines(ctx: &CanvasRenderingContext2d, cell: f64, rows: usize, cols: usize, color: &str) {
    ctx.set_stroke_style_str(color);
    ctx.set_line_width(1.0);
    ctx.begin_path();
    for r in 0..=rows {
        ctx.move_to(0.0, r as f64 * cell + 0.5);
        ctx.line_to(cols as f64 * cell, r as f64 * cell + 0.5);
    }
    for c in 0..=cols {
        ctx.move_to(c as f64 * cell + 0.5, 0.0);
        ctx.line_to(c as f64 * cell + 0.5, rows as f64 * cell);
    }
    ctx.stroke();
}

fn label_cells(
    ctx: &CanvasRenderingContext2d,
    cell: f64,
    pal: &Palette,
    labels: impl Iterator<Item = ((f64, f64), String)>,
) {
    ctx.set_font(&format!(
        "600 {}px system-ui, sans-serif",
        (cell * 0.4).round()
    ));
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    ctx.set_line_width(3.0);
    ctx.set_stroke_style_str(pal.background);
    ctx.set_fill_style_str(pal.text);
    for ((x, y), text) in labels {
        let _ = ctx.stroke_text(&text, x + cell / 2.0, y + cell / 2.0);
        let _ = ctx.fill_text(&text, x + cell / 2.0, y + cell / 2.0);
    }
}
