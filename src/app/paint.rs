//! Shared canvas painting for every widget: the theme palette, solid-cell grids
//! blitted in three canvas calls, and the diverging heat colour scale.

use crate::query::Theme;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

/// Colours for one theme.
pub struct Palette {
    pub background: &'static str,
    pub grid: &'static str,
    /// Cell fills (RGB), blitted as pixels rather than drawn cell by cell.
    pub paper: (u8, u8, u8),
    pub ink: (u8, u8, u8),
    pub padding: (u8, u8, u8),
    pub tap: &'static str,
    pub hole: &'static str,
    pub text: &'static str,
    pub positive: (u8, u8, u8),
    pub negative: (u8, u8, u8),
    pub neutral: (u8, u8, u8),
}

impl Palette {
    pub fn for_theme(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette {
                background: "#ffffff",
                grid: "#c9ced6",
                paper: (255, 255, 255),
                ink: (31, 41, 55),
                padding: (238, 241, 245),
                tap: "#d9480f",
                hole: "#8a94a6",
                text: "#111827",
                positive: (217, 72, 15),
                negative: (25, 113, 194),
                neutral: (255, 255, 255),
            },
            Theme::Dark => Palette {
                background: "#10151c",
                grid: "#3a4452",
                paper: (16, 21, 28),
                ink: (229, 233, 240),
                padding: (28, 36, 48),
                tap: "#ff922b",
                hole: "#9aa5b8",
                text: "#f3f4f6",
                positive: (255, 146, 43),
                negative: (77, 171, 247),
                neutral: (16, 21, 28),
            },
        }
    }
}

/// Paints a `cols x rows` grid of solid cells in three canvas calls: one pixel per
/// cell into `scratch`, then scaled up without smoothing (a call per cell is slow).
pub fn blit_cells(
    ctx: &CanvasRenderingContext2d,
    scratch: &HtmlCanvasElement,
    cols: usize,
    rows: usize,
    cell: f64,
    colors: impl Iterator<Item = (u8, u8, u8)>,
) {
    if put_pixels(scratch, cols, rows, colors) {
        ctx.set_image_smoothing_enabled(false);
        let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            scratch,
            0.0,
            0.0,
            cols as f64 * cell,
            rows as f64 * cell,
        );
    }
}

/// Writes `cols × rows` opaque pixels into `scratch`, resized to exactly that size;
/// false if the colours do not fill it or the browser refuses.
pub fn put_pixels(
    scratch: &HtmlCanvasElement,
    cols: usize,
    rows: usize,
    colors: impl Iterator<Item = (u8, u8, u8)>,
) -> bool {
    let rgba: Vec<u8> = colors.flat_map(|(r, g, b)| [r, g, b, 255]).collect();
    if rgba.is_empty() || rgba.len() != cols * rows * 4 {
        return false;
    }
    if scratch.width() != cols as u32 || scratch.height() != rows as u32 {
        scratch.set_width(cols as u32);
        scratch.set_height(rows as u32);
    }
    let small = scratch
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    let image =
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), cols as u32, rows as u32);
    match (small, image) {
        (Some(small), Ok(image)) => small.put_image_data(&image, 0.0, 0.0).is_ok(),
        _ => false,
    }
}

/// Blends from the neutral colour towards positive or negative by `t` in -1..=1.
pub fn heat(t: f32, pal: &Palette) -> (u8, u8, u8) {
    let (to, t) = if t >= 0.0 {
        (pal.positive, t)
    } else {
        (pal.negative, -t)
    };
    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t.clamp(0.0, 1.0)).round() as u8;
    (
        mix(pal.neutral.0, to.0),
        mix(pal.neutral.1, to.1),
        mix(pal.neutral.2, to.2),
    )
}
