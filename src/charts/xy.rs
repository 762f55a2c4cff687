//! Lines and labelled points over numeric axes, the x axis optionally
//! logarithmic (costs spanning decades), with dashed reference lines.

use super::labels::Placer;
use super::legend::{draw_header, text_width, Glyph, LegendItem};
use super::theme::ChartTheme;
use crate::format::short_number;
use plotters::coord::ranged1d::ValueFormatter;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One labelled point.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    /// Drawn beside the point; empty for none.
    pub label: String,
}

impl Point {
    /// A point at (`x`, `y`) labelled `label`.
    pub fn new(x: f64, y: f64, label: impl Into<String>) -> Self {
        Point {
            x,
            y,
            label: label.into(),
        }
    }
}

/// How a series' points are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// Filled circles: published or measured figures.
    Filled,
    /// Circle outlines: figures computed by ConvAtlas, drawn over published ones.
    Hollow,
}

/// A series of points.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend text.
    pub label: String,
    pub points: Vec<Point>,
    /// Join the points in order with a line.
    pub line: bool,
    pub marker: Marker,
    /// Index into the theme's series colours.
    pub color: usize,
}

/// A horizontal dashed reference line (e.g. the input size).
#[derive(Debug, Clone, PartialEq)]
pub struct HLine {
    pub y: f64,
    pub label: String,
    pub color: usize,
}

/// Lines and points over numeric axes.
#[derive(Debug, Clone, PartialEq)]
pub struct XyChart {
    /// Panel caption.
    pub subtitle: String,
    pub x_label: String,
    pub y_label: String,
    /// Logarithmic x axis; points with x <= 0 are then left out.
    pub log_x: bool,
    pub series: Vec<Series>,
    pub hlines: Vec<HLine>,
}

/// Finite and within +-1e100.
fn in_range(v: f64) -> bool {
    v.abs() <= 1e100
}

impl XyChart {
    /// Points that can be placed on this chart's axes: within +-1e100 (so the
    /// padded ranges stay finite), and above 1e-100 on a log axis.
    fn usable<'a>(&self, points: &'a [Point]) -> impl Iterator<Item = &'a Point> + 'a {
        let log_x = self.log_x;
        points
            .iter()
            .filter(move |p| in_range(p.x) && in_range(p.y) && (!log_x || p.x > 1e-100))
    }

    /// (x range, y range) covering every usable point and reference line, padded.
    fn ranges(&self) -> ((f64, f64), (f64, f64)) {
        let pts: Vec<&Point> = self
            .series
            .iter()
            .flat_map(|s| self.usable(&s.points))
            .collect();
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for p in &pts {
            (x0, x1, y0, y1) = (x0.min(p.x), x1.max(p.x), y0.min(p.y), y1.max(p.y));
        }
        for l in self.hlines.iter().filter(|l| in_range(l.y)) {
            (y0, y1) = (y0.min(l.y), y1.max(l.y));
        }
        if x0 > x1 {
            (x0, x1) = if self.log_x { (1.0, 10.0) } else { (0.0, 1.0) };
        }
        if y0 > y1 {
            (y0, y1) = (0.0, 1.0);
        }
        let x = if self.log_x {
            (x0 / 1.6, x1 * 1.6)
        } else {
            let pad = ((x1 - x0) * 0.08).max(x1.abs() * 0.05).max(0.5);
            (x0 - pad, x1 + pad)
        };
        let pad = ((y1 - y0) * 0.12).max(y1.abs() * 0.02).max(0.5);
        (x, (y0 - pad, y1 + pad))
    }
}

/// Draws `chart` in `area`.
pub fn draw_xy<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &XyChart,
    theme: &ChartTheme,
) -> Result<(), String> {
    let items: Vec<LegendItem> = chart
        .series
        .iter()
        .map(|s| LegendItem {
            label: s.label.clone(),
            color: theme.series(s.color),
            glyph: match (s.marker, s.line) {
                (Marker::Hollow, _) => Glyph::Ring,
                (_, true) => Glyph::LineDot,
                _ => Glyph::Dot,
            },
        })
        .collect();
    let plot = draw_header(area, &chart.subtitle, &items, theme)?;
    let ((x0, x1), (y0, y1)) = chart.ranges();
    let mut builder = ChartBuilder::on(&plot);
    builder
        .margin(theme.px(10.0))
        .margin_right(theme.px(24.0))
        .x_label_area_size(theme.px(48.0))
        .y_label_area_size(theme.px(64.0));
    if chart.log_x {
        let ctx = builder
            .build_cartesian_2d((x0..x1).log_scale(), y0..y1)
            .map_err(|e| e.to_string())?;
        draw_on(&plot, ctx, chart, theme, Some(log_ticks(x0, x1)))
    } else {
        let ctx = builder
            .build_cartesian_2d(x0..x1, y0..y1)
            .map_err(|e| e.to_string())?;
        draw_on(&plot, ctx, chart, theme, None)
    }
}

/// 1, 2 and 5 times the powers of ten within `lo..=hi`, for a log axis.
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let (a, b) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
    (a.max(-30)..=b.min(30))
        .flat_map(|k| [1.0, 2.0, 5.0].map(|m| m * 10f64.powi(k)))
        .filter(|t| (lo..=hi).contains(t))
        .collect()
}

fn draw_on<'a, DB, X>(
    plot: &DrawingArea<DB, Shift>,
    mut ctx: ChartContext<'a, DB, Cartesian2d<X, RangedCoordf64>>,
    chart: &XyChart,
    theme: &ChartTheme,
    log_ticks: Option<Vec<f64>>,
) -> Result<(), String>
where
    DB: DrawingBackend + 'a,
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let ((x0, x1), (y0, y1)) = chart.ranges();
    // A log axis gets its ticks and grid drawn below: plotters starts log
    // ticks at the first power of ten, leaving the lowest decade bare.
    let x_ticks = if log_ticks.is_some() { 0 } else { 10 };
    ctx.configure_mesh()
        .bold_line_style(theme.grid().stroke_width(theme.px(1.0)))
        .light_line_style(TRANSPARENT)
        .axis_style(theme.muted().stroke_width(theme.px(1.0)))
        .label_style(theme.small())
        .x_labels(x_ticks)
        .x_label_formatter(&|x| match x_ticks {
            0 => String::new(),
            _ => short_number(*x),
        })
        .y_label_formatter(&|v| short_number(*v))
        .x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .axis_desc_style(theme.label())
        .draw()
        .map_err(err)?;

    let (bx, by) = plot.get_base_pixel();
    let ticks = log_ticks.unwrap_or_default();
    let grid = theme.grid().stroke_width(theme.px(1.0));
    for &t in &ticks {
        ctx.draw_series(LineSeries::new([(t, y0), (t, y1)], grid))
            .map_err(err)?;
    }
    let tick_style = theme.small().pos(Pos::new(HPos::Center, VPos::Top));
    for &t in &ticks {
        let (x, y) = ctx.backend_coord(&(t, y0));
        plot.draw_text(
            &short_number(t),
            &tick_style,
            (x - bx, y - by + theme.px(6.0) as i32),
        )
        .map_err(err)?;
    }

    let stroke = theme.px(2.0);
    let radius = theme.px(4.5) as i32;
    let mut texts: Vec<(String, (f64, f64), i32, TextStyle)> = Vec::new();
    let mut markers: Vec<((f64, f64), i32)> = Vec::new();
    for line in chart.hlines.iter().filter(|l| in_range(l.y)) {
        let color = theme.series(line.color);
        let style = color.stroke_width(theme.px(1.5));
        let dashes = DashedLineSeries::new(
            [(x0, line.y), (x1, line.y)],
            theme.px(6.0),
            theme.px(4.0),
            style,
        );
        ctx.draw_series(dashes).map_err(err)?;
        let text = theme
            .text_in(12.0, color)
            .pos(Pos::new(HPos::Left, VPos::Top));
        texts.push((line.label.clone(), (x0, line.y), 0, text));
    }
    for series in &chart.series {
        let color = theme.series(series.color);
        let points: Vec<(f64, f64)> = chart.usable(&series.points).map(|p| (p.x, p.y)).collect();
        if series.line {
            ctx.draw_series(LineSeries::new(points.clone(), color.stroke_width(stroke)))
                .map_err(err)?;
        }
        let mark = match series.marker {
            Marker::Filled => color.filled(),
            Marker::Hollow => color.stroke_width(stroke),
        };
        // Rings are larger than dots, so a computed value on its published one shows as both.
        let ring = radius * 3 / 2 + 1;
        let r = if series.marker == Marker::Hollow {
            ring
        } else {
            radius
        };
        ctx.draw_series(points.iter().map(|&p| Circle::new(p, r, mark)))
            .map_err(err)?;
        markers.extend(points.iter().map(|p| (*p, r)));
        let text = theme
            .text_in(12.0, color)
            .pos(Pos::new(HPos::Left, VPos::Top));
        for p in chart.usable(&series.points).filter(|p| !p.label.is_empty()) {
            texts.push((p.label.clone(), (p.x, p.y), ring, text.clone()));
        }
    }
    // Labels go last, beside their point where they hide nothing.
    let (w, h) = plot.dim_in_pixel();
    let to_px = |p: &(f64, f64)| {
        let (x, y) = ctx.backend_coord(p);
        (f64::from(x - bx), f64::from(y - by))
    };
    // Markers, and dashed lines so their labels sit above them.
    let mut obstacles: Vec<[f64; 4]> = markers
        .iter()
        .map(|(p, r)| {
            let ((x, y), r) = (to_px(p), f64::from(*r));
            [x - r, y - r, x + r, y + r]
        })
        .collect();
    for line in chart.hlines.iter().filter(|l| in_range(l.y)) {
        let y = to_px(&(x0, line.y)).1;
        obstacles.push([0.0, y - 1.0, f64::from(w), y + 1.0]);
    }
    let mut placer = Placer::new([0.0, 0.0, f64::from(w), f64::from(h)], obstacles);
    let height = theme.font_size(12.0);
    for (label, at, r, style) in texts {
        let size = (text_width(&label, height), height);
        if let Some((x, y)) = placer.place(to_px(&at), f64::from(r), size) {
            plot.draw_text(&label, &style, (x as i32, y as i32))
                .map_err(err)?;
        }
    }
    Ok(())
}
