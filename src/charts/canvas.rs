//! Drawing a figure on an HTML canvas (wasm only), crisp on high-density screens.
//!
//! Size the canvas backing store by `devicePixelRatio` and scale its 2-D context
//! by the same ratio first (`app::canvas::prepare` does both); this draws the
//! figure in CSS pixels on the top-left `css_size` of the backing store, which
//! the context's scale maps onto every device pixel.

use super::{draw_figure, ChartTheme, Figure};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Draws `fig` on `canvas` at `css_size` (width, height) in CSS pixels.
pub fn draw_on_canvas(
    canvas: HtmlCanvasElement,
    css_size: (u32, u32),
    fig: &Figure,
    theme: &ChartTheme,
) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| String::from("the canvas has no 2-D context"))?;
    let root = backend.into_drawing_area().shrink((0, 0), css_size);
    draw_figure(&root, fig, theme)
}
