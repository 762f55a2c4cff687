//! A figure is plain data: a title, panels laid out in a grid, and the sources
//! of any published numbers. [`draw_figure`] draws it on any plotters backend.
//!
//! Every chart of the atlas is built as a [`Figure`] by the functions in
//! `charts::network` and `charts::published`, so what a chart shows can be
//! tested without pixels and drawn the same way on SVG and on a canvas.

use super::bars::{self, BarChart};
use super::legend::text_width;
use super::theme::ChartTheme;
use super::words::source_prefix;
use super::xy::{self, XyChart};
use crate::format::short_number;
use crate::i18n::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One panel of a figure.
#[derive(Debug, Clone, PartialEq)]
pub enum Panel {
    /// Bars over named categories.
    Bars(BarChart),
    /// Lines and points over numeric axes.
    Xy(XyChart),
}

/// A titled set of panels with the sources of the published figures they show.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Shown at the top.
    pub title: String,
    /// Panels, filled row by row.
    pub panels: Vec<Panel>,
    /// Panels per row (at least 1).
    pub columns: usize,
    /// One line each at the bottom, e.g. "Source: Howard et al. 2017, Table 6".
    pub sources: Vec<String>,
    /// The language of the figure's fixed words (the sources line's "Source:").
    pub lang: Lang,
}

impl Figure {
    /// A figure of one XY panel.
    pub fn one_xy(
        title: impl Into<String>,
        chart: XyChart,
        sources: Vec<String>,
        lang: Lang,
    ) -> Figure {
        Figure {
            title: title.into(),
            panels: vec![Panel::Xy(chart)],
            columns: 1,
            sources,
            lang,
        }
    }
}

/// Points or bars a text alternative lists per series before it says how many more.
const DESCRIBED: usize = 40;

impl Figure {
    /// The figure as text, for readers who cannot see it (a canvas's description): the
    /// title, then each panel's caption and axes, and every series with its values
    /// (`x → y` for lines and points, `category: value` for bars; at most 40 each, then
    /// how many more), then the sources.
    pub fn describe(&self) -> String {
        let mut out = vec![self.title.clone()];
        for panel in &self.panels {
            match panel {
                Panel::Xy(chart) => {
                    out.push(format!(
                        "{} ({} → {})",
                        chart.subtitle, chart.x_label, chart.y_label
                    ));
                    // A chart with no data yet (training not started) says so per series;
                    // otherwise an empty series is a legend entry only.
                    let empty = chart.series.iter().all(|s| s.points.is_empty());
                    let no_points = super::ChartWords::of(self.lang).no_points;
                    for s in chart.series.iter().filter(|_| empty) {
                        out.push(crate::i18n::fill(no_points, &[("label", &s.label)]));
                    }
                    for s in chart.series.iter().filter(|s| !s.points.is_empty()) {
                        let values: Vec<String> = s
                            .points
                            .iter()
                            .map(|p| format!("{} → {}", short_number(p.x), short_number(p.y)))
                            .collect();
                        out.push(format!("{}: {}", s.label, listed(&values)));
                    }
                }
                Panel::Bars(chart) => {
                    out.push(format!("{} ({})", chart.subtitle, chart.y_label));
                    for s in &chart.series {
                        let values: Vec<String> = chart
                            .categories
                            .iter()
                            .zip(&s.values)
                            .map(|(c, v)| format!("{c}: {}", short_number(*v)))
                            .collect();
                        out.push(format!("{}: {}", s.label, listed(&values)));
                    }
                }
            }
        }
        out.extend(source_lines(&self.sources, usize::MAX, self.lang));
        out.retain(|line| !line.trim().is_empty());
        out.join(". ")
    }
}

/// `values` joined by commas, the first [`DESCRIBED`] of them and then "+N".
fn listed(values: &[String]) -> String {
    let shown = values
        .iter()
        .take(DESCRIBED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    match values.len().saturating_sub(DESCRIBED) {
        0 => shown,
        more => format!("{shown}, +{more}"),
    }
}

/// Smallest area a figure is drawn in, in pixels at scale 1.
const MIN_SIDE: u32 = 120;

/// Fills `root` with the theme's background and draws `fig` on it.
///
/// Errors (never panics) if the area is too small or the backend fails.
pub fn draw_figure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    fig: &Figure,
    theme: &ChartTheme,
) -> Result<(), String> {
    let (w, h) = root.dim_in_pixel();
    if w < MIN_SIDE || h < MIN_SIDE {
        return Err(format!(
            "chart area {w}x{h} is too small (at least {MIN_SIDE}x{MIN_SIDE} pixels)"
        ));
    }
    root.fill(&theme.background()).map_err(|e| e.to_string())?;
    let pad = theme.px(12.0) as i32;
    let title_h = theme.px(36.0);
    let line_h = theme.px(18.0);
    let chars = (f64::from(w) - 2.0 * f64::from(pad)) / text_width("x", theme.font_size(12.0));
    let sources = source_lines(&fig.sources, chars.max(20.0) as usize, fig.lang);
    let sources_h = line_h * sources.len() as u32 + theme.px(8.0);
    let (title_style, title) = theme.title_fitted(&fig.title, f64::from(w) - 2.0 * f64::from(pad));
    let title_style = title_style.pos(Pos::new(HPos::Left, VPos::Center));
    root.draw_text(&title, &title_style, (pad, title_h as i32 / 2 + pad / 2))
        .map_err(|e| e.to_string())?;
    let note = theme.note().pos(Pos::new(HPos::Left, VPos::Center));
    for (i, source) in sources.iter().enumerate() {
        let y = h as i32 - sources_h as i32 + (line_h as i32) * i as i32 + line_h as i32 / 2;
        root.draw_text(source, &note, (pad, y))
            .map_err(|e| e.to_string())?;
    }
    let body = root.margin(title_h, sources_h, 0, 0);
    let columns = fig.columns.max(1);
    let rows = fig.panels.len().div_ceil(columns).max(1);
    for (area, panel) in body.split_evenly((rows, columns)).iter().zip(&fig.panels) {
        match panel {
            Panel::Bars(chart) => bars::draw_bars(area, chart, theme)?,
            Panel::Xy(chart) => xy::draw_xy(area, chart, theme)?,
        }
    }
    root.present().map_err(|e| e.to_string())
}

/// `sources` deduplicated, prefixed "Source: " or "Sources: " (in `lang`) and joined
/// with "; " into lines of at most `width` characters (a longer citation gets its own line).
pub fn source_lines(sources: &[String], width: usize, lang: Lang) -> Vec<String> {
    let mut unique: Vec<&str> = Vec::new();
    for s in sources {
        if !s.is_empty() && !unique.contains(&s.as_str()) {
            unique.push(s);
        }
    }
    let prefix = source_prefix(lang, unique.len() > 1);
    let mut lines: Vec<String> = Vec::new();
    for s in unique {
        let fits = lines
            .last()
            .is_some_and(|l: &String| l.chars().count() + 2 + s.chars().count() <= width);
        match lines.last_mut() {
            Some(line) if fits => {
                line.push_str("; ");
                line.push_str(s);
            }
            Some(_) => lines.push(s.to_string()),
            None => lines.push(format!("{prefix}{s}")),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_deduplicated_prefixed_and_wrapped() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let lines = source_lines(
            &s(&["A 2017, Table 6", "B 2016", "A 2017, Table 6", ""]),
            30,
            Lang::En,
        );
        assert_eq!(lines, vec!["Sources: A 2017, Table 6", "B 2016"]);
        assert_eq!(source_lines(&s(&["A"]), 80, Lang::En), vec!["Source: A"]);
        assert_eq!(source_lines(&s(&["A"]), 80, Lang::Ko), vec!["출처: A"]);
        assert!(source_lines(&[], 80, Lang::En).is_empty());
    }
}
