//! A panel's header: its caption, then the legend in rows above the plot, so
//! the legend never hides data.

use super::theme::ChartTheme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    /// A filled square (bars).
    Square,
    /// A line with a filled dot (a line series).
    LineDot,
    /// A filled dot (points).
    Dot,
    /// A circle outline (computed values).
    Ring,
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub label: String,
    pub color: RGBColor,
    pub glyph: Glyph,
}

/// Rough width of `text` at `size` pixels, generous for common sans-serif fonts.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.58
}

/// Draws `caption` and `items` (but those without a label) at the top of `area`;
/// returns the area left below.
pub fn draw_header<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    caption: &str,
    items: &[LegendItem],
    theme: &ChartTheme,
) -> Result<DrawingArea<DB, Shift>, String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let (w, _) = area.dim_in_pixel();
    let caption_h = theme.px(26.0) as i32;
    let row_h = theme.px(20.0) as i32;
    let font = theme.font_size(12.0);
    let swatch = theme.px(12.0) as i32;
    let gap = theme.px(6.0) as i32;
    let left = theme.px(72.0) as i32;
    let style = theme.label().pos(Pos::new(HPos::Center, VPos::Center));
    area.draw_text(caption, &style, (w as i32 / 2, caption_h / 2))
        .map_err(err)?;
    let text = theme.small().pos(Pos::new(HPos::Left, VPos::Center));
    let (mut x, mut y) = (left, caption_h + row_h / 2);
    for item in items.iter().filter(|i| !i.label.is_empty()) {
        let width = swatch + gap + text_width(&item.label, font) as i32 + 2 * gap;
        if x > left && x + width > w as i32 {
            (x, y) = (left, y + row_h);
        }
        draw_glyph(area, item, (x, y), swatch, theme).map_err(err)?;
        area.draw_text(&item.label, &text, (x + swatch + gap, y))
            .map_err(err)?;
        x += width;
    }
    let used = if items.iter().all(|i| i.label.is_empty()) {
        caption_h
    } else {
        y + row_h / 2 + gap
    };
    Ok(area.margin(used, 0, 0, 0))
}

fn draw_glyph<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    item: &LegendItem,
    (x, y): (i32, i32),
    size: i32,
    theme: &ChartTheme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let half = size / 2;
    let center = (x + half, y);
    let r = (size * 3 / 8).max(2);
    let stroke = item.color.stroke_width(theme.px(2.0));
    match item.glyph {
        Glyph::Square => area.draw(&Rectangle::new(
            [(x, y - half), (x + size, y + half)],
            item.color.filled(),
        )),
        Glyph::LineDot => {
            area.draw(&PathElement::new([(x, y), (x + size, y)], stroke))?;
            area.draw(&Circle::new(center, r, item.color.filled()))
        }
        Glyph::Dot => area.draw(&Circle::new(center, r, item.color.filled())),
        Glyph::Ring => area.draw(&Circle::new(center, r, stroke)),
    }
}
