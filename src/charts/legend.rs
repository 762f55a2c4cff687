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

/// Rough width of `text` at `size` pixels, generous for common sans-serif fonts: 0.58 em
/// a character, a full em for wide ones (Hangul, CJK, full-width forms).
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.58 })
        .sum::<f64>()
        * size
}

/// Whether `c` takes a full em (Hangul syllables and jamo, CJK, full-width forms).
fn is_wide(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}')
}

/// `text` cut to fit `room` pixels at `size` (with "…" at the end when cut).
pub fn fit(text: &str, room: f64, size: f64) -> String {
    if text_width(text, size) <= room {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > room {
            out.pop();
            break;
        }
    }
    out.trim_end().to_string() + "…"
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
    let (style, caption) = theme.fitted(caption, 15.0, f64::from(w) - 2.0 * f64::from(gap));
    let style = style.pos(Pos::new(HPos::Center, VPos::Center));
    area.draw_text(&caption, &style, (w as i32 / 2, caption_h / 2))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_is_wider_than_latin_and_captions_fit() {
        assert!(text_width("파라미터", 10.0) > text_width("para", 10.0) * 1.5);
        assert_eq!(fit("short", 100.0, 10.0), "short");
        let cut = fit(
            "mobilenet_v1 (alpha 1.0, 224): MACs 569M, 파라미터 4.23M",
            150.0,
            10.0,
        );
        assert!(
            cut.ends_with('…') && text_width(&cut, 10.0) <= 150.0,
            "{cut}"
        );
    }
}
