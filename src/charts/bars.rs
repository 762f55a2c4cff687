//! Bar charts over named categories: grouped (one bar per series side by side)
//! or stacked, with optional value labels and a fixed top for shared scales.

use super::legend::{draw_header, text_width, Glyph, LegendItem};
use super::theme::ChartTheme;
use crate::format::short_number;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One series of bars: a value per category and a palette index.
#[derive(Debug, Clone, PartialEq)]
pub struct BarSeries {
    /// Legend text.
    pub label: String,
    /// One value per category; missing, negative or non-finite values draw nothing.
    pub values: Vec<f64>,
    /// Index into the theme's series colours, so a meaning keeps its colour across panels.
    pub color: usize,
}

/// Bars over named categories.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Panel caption.
    pub subtitle: String,
    /// Description of the categories, empty for none.
    pub x_label: String,
    /// Description of the values, with the unit.
    pub y_label: String,
    /// Category names along the x axis.
    pub categories: Vec<String>,
    /// Series drawn side by side (or on top of each other if `stacked`).
    pub series: Vec<BarSeries>,
    /// Stack the series instead of grouping them.
    pub stacked: bool,
    /// Appended to value labels ("%"); `None` draws no value labels.
    pub value_suffix: Option<String>,
    /// Top of the y axis (for panels that share a scale); `None` fits the data.
    pub y_max: Option<f64>,
}

impl BarChart {
    /// The largest bar (or stack) height.
    pub fn data_max(&self) -> f64 {
        let value = |s: &BarSeries, i: usize| clean(s.values.get(i).copied().unwrap_or(0.0));
        (0..self.categories.len())
            .map(|i| {
                let it = self.series.iter().map(|s| value(s, i));
                if self.stacked {
                    it.sum()
                } else {
                    it.fold(0.0, f64::max)
                }
            })
            .fold(0.0, f64::max)
    }
}

/// Negative, non-finite and absurd (over 1e100) values count as zero.
fn clean(v: f64) -> f64 {
    if v > 0.0 && v <= 1e100 {
        v
    } else {
        0.0
    }
}

/// Most characters shown of a category name under the axis.
const MAX_LABEL_CHARS: usize = 20;

/// A name of at most `max` characters: a long one keeps its head (the stage)
/// and its tail (the layer), "stage2..merge.dwconv"; with little room, only its
/// last dotted part ("dwconv").
fn shorten(name: &str, max: usize) -> String {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= max {
        return name.to_string();
    }
    if max < 12 {
        let last = name.rsplit('.').next().unwrap_or(name);
        return last.chars().take(max).collect();
    }
    let head = (max / 3).min(6);
    let tail = max.saturating_sub(head + 2);
    let head: String = chars[..head].iter().collect();
    let tail: String = chars[chars.len() - tail..].iter().collect();
    format!("{head}..{tail}")
}

/// Draws `chart` in `area`.
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    theme: &ChartTheme,
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let items: Vec<LegendItem> = if chart.series.len() > 1 {
        chart
            .series
            .iter()
            .map(|s| LegendItem {
                label: s.label.clone(),
                color: theme.series(s.color),
                glyph: Glyph::Square,
            })
            .collect()
    } else {
        Vec::new()
    };
    let plot = draw_header(area, &chart.subtitle, &items, theme)?;
    let (w, h) = plot.dim_in_pixel();
    let n = chart.categories.len().max(1);
    let font = theme.font_size(12.0);
    let plot_w = f64::from(w) - f64::from(theme.px(84.0));
    let full = |c: &String| text_width(&shorten(c, MAX_LABEL_CHARS), font);
    let longest = chart.categories.iter().map(full).fold(0.0, f64::max);
    let rotate = longest + font > plot_w / n as f64;
    // Rotated labels get at most half the height, shortened to fit it.
    let room = f64::from(h) * 0.5 - font;
    let chars = if rotate && longest > room {
        ((room / text_width("x", font)) as usize).max(6)
    } else {
        MAX_LABEL_CHARS
    };
    let labels: Vec<String> = chart.categories.iter().map(|c| shorten(c, chars)).collect();
    let longest = labels
        .iter()
        .map(|l| text_width(l, font))
        .fold(0.0, f64::max);
    // Category labels every `step` categories so rotated labels never overlap.
    let step = if rotate {
        ((n as f64 * font * 1.4 / plot_w).ceil() as usize).max(1)
    } else {
        1
    };
    let x_area = if rotate {
        (longest + font) as u32
    } else {
        theme.px(24.0)
    } + if chart.x_label.is_empty() {
        0
    } else {
        theme.px(22.0)
    };
    let top = clean(chart.y_max.unwrap_or(0.0)).max(chart.data_max());
    let top = if top > 0.0 { top * 1.15 } else { 1.0 };

    let mut ctx = ChartBuilder::on(&plot)
        .margin(theme.px(10.0))
        .x_label_area_size(x_area)
        .y_label_area_size(theme.px(64.0))
        .build_cartesian_2d(0f64..n as f64, 0f64..top)
        .map_err(err)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme.grid().stroke_width(theme.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(theme.muted().stroke_width(theme.px(1.0)))
        .x_labels(0)
        .y_label_style(theme.small())
        .y_label_formatter(&|v| short_number(*v))
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .axis_desc_style(theme.label())
        .draw()
        .map_err(err)?;

    // Text is placed in pixels relative to the plot area, from chart coordinates.
    let (bx, by) = plot.get_base_pixel();
    let coord = ctx.as_coord_spec().clone();
    let at = |x: f64, y: f64| {
        let (px, py) = coord.translate(&(x, y));
        (px - bx, py - by)
    };
    let label_style = if rotate {
        theme
            .small()
            .transform(FontTransform::Rotate270)
            .pos(Pos::new(HPos::Right, VPos::Center))
    } else {
        theme.small().pos(Pos::new(HPos::Center, VPos::Top))
    };
    let pad = theme.px(5.0) as i32;
    for (i, label) in labels.iter().enumerate().step_by(step) {
        let (x, y) = at(i as f64 + 0.5, 0.0);
        plot.draw_text(label, &label_style, (x, y + pad))
            .map_err(err)?;
    }

    let groups = if chart.stacked {
        1
    } else {
        chart.series.len().max(1)
    };
    let gap = if n > 30 { 0.08 } else { 0.15 };
    let bar_w = (1.0 - 2.0 * gap) / groups as f64;
    let bar_px = f64::from(at(bar_w, 0.0).0 - at(0.0, 0.0).0);
    let mut base = vec![0.0; n];
    let mut values = Vec::new();
    for (j, series) in chart.series.iter().enumerate() {
        let color = theme.series(series.color);
        let slot = if chart.stacked { 0 } else { j };
        let mut bars = Vec::new();
        for (i, y0) in base.iter_mut().enumerate() {
            let v = clean(series.values.get(i).copied().unwrap_or(0.0));
            let x0 = i as f64 + gap + slot as f64 * bar_w;
            if v > 0.0 {
                bars.push(Rectangle::new(
                    [(x0, *y0), (x0 + bar_w, *y0 + v)],
                    color.filled(),
                ));
                values.push((x0 + bar_w / 2.0, *y0 + v, v));
            }
            if chart.stacked {
                *y0 += v;
            }
        }
        ctx.draw_series(bars).map_err(err)?;
    }
    if let Some(suffix) = &chart.value_suffix {
        let texts: Vec<String> = values
            .iter()
            .map(|v| format!("{}{suffix}", short_number(v.2)))
            .collect();
        let widest = texts
            .iter()
            .map(|t| text_width(t, font))
            .fold(0.0, f64::max);
        let style = if widest <= bar_px * 1.1 {
            theme.small().pos(Pos::new(HPos::Center, VPos::Bottom))
        } else {
            theme
                .small()
                .transform(FontTransform::Rotate270)
                .pos(Pos::new(HPos::Left, VPos::Center))
        };
        for ((x, y, _), text) in values.iter().zip(&texts) {
            let (px, py) = at(*x, *y);
            plot.draw_text(text, &style, (px, py - pad)).map_err(err)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_keep_head_and_tail() {
        assert_eq!(shorten("conv1.pw", 20), "conv1.pw");
        assert_eq!(
            shorten("stage2.unit1.merge.dwconv", 20),
            "stage2..merge.dwconv"
        );
        assert_eq!(shorten("stage2.unit1.merge.dwconv", 6), "dwconv");
        assert_eq!(shorten("stage2.unit1.merge.dwconv", 4), "dwco");
        assert_eq!(
            shorten("모델모델모델모델모델모델모델모델모델모델", MAX_LABEL_CHARS)
                .chars()
                .count(),
            MAX_LABEL_CHARS
        );
    }
}
