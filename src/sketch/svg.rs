//! Writes a [`Sketch`] as SVG: the canvas state (colours, line width, alpha, dash,
//! font, alignment) is followed command by command and stamped on each element;
//! paths collect between `BeginPath` and the `Stroke` or `Fill` that paints them.

use super::{Cmd, Sketch};
use std::fmt::Write;

/// The painting state a canvas carries between commands.
struct Pen {
    fill: String,
    stroke: String,
    line_width: f64,
    alpha: f64,
    dash: Vec<f64>,
    font: String,
    align: &'static str,
    baseline: &'static str,
    rotation: f64,
    path: String,
}

/// `v` rounded to hundredths, without trailing zeros.
fn num(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// `text` with the five XML special characters escaped and control characters dropped
/// (XML 1.0 allows almost none of them): safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Pen {
    fn opacity(&self) -> String {
        if self.alpha < 1.0 {
            format!(r#" opacity="{}""#, num(self.alpha.max(0.0)))
        } else {
            String::new()
        }
    }

    /// Stroke attributes: colour, width, dash and opacity.
    fn stroke_attrs(&self) -> String {
        let mut a = format!(
            r#" fill="none" stroke="{}" stroke-width="{}""#,
            escape(&self.stroke),
            num(self.line_width)
        );
        if !self.dash.is_empty() {
            let dash: Vec<String> = self.dash.iter().map(|d| num(*d).to_string()).collect();
            let _ = write!(a, r#" stroke-dasharray="{}""#, dash.join(" "));
        }
        a + &self.opacity()
    }

    /// Text attributes: font, anchor, baseline and turn about (`x`, `y`) as a canvas
    /// places them.
    fn text_attrs(&self, x: f64, y: f64) -> String {
        let anchor = match self.align {
            "center" => "middle",
            "right" | "end" => "end",
            _ => "start",
        };
        let baseline = match self.baseline {
            "top" => "text-before-edge",
            "middle" => "central",
            "bottom" => "text-after-edge",
            "hanging" => "hanging",
            _ => "alphabetic",
        };
        let mut a = format!(
            r#" style="font: {}" text-anchor="{anchor}" dominant-baseline="{baseline}""#,
            escape(&self.font)
        );
        if self.rotation != 0.0 {
            let _ = write!(
                a,
                r#" transform="rotate({} {} {})""#,
                num(self.rotation),
                num(x),
                num(y)
            );
        }
        a
    }

    /// Adds an arc to the path: a line to its start (or a move, on an empty path), then
    /// one or two SVG arcs (a full turn is two halves).
    fn arc(&mut self, [x, y, r, start, end]: [f64; 5]) {
        let at = |a: f64| (num(x + r * a.cos()), num(y + r * a.sin()));
        let sweep = (end - start).clamp(0.0, std::f64::consts::TAU);
        let (sx, sy) = at(start);
        let lead = if self.path.is_empty() { 'M' } else { 'L' };
        let _ = write!(self.path, "{lead}{sx} {sy}");
        let r = num(r);
        if sweep >= std::f64::consts::TAU - 1e-9 {
            let (mx, my) = at(start + std::f64::consts::PI);
            let _ = write!(
                self.path,
                "A{r} {r} 0 0 1 {mx} {my}A{r} {r} 0 0 1 {sx} {sy}"
            );
        } else {
            let (ex, ey) = at(start + sweep);
            let large = u8::from(sweep > std::f64::consts::PI);
            let _ = write!(self.path, "A{r} {r} 0 {large} 1 {ex} {ey}");
        }
    }
}

/// Each row of `cols × rows` cells over `[x, y, w, h]` as rectangles, a run of one
/// colour as one rectangle.
fn cells(out: &mut String, [x, y, w, h]: [f64; 4], cols: usize, rows: usize, colors: &[[u8; 3]]) {
    let (cw, ch) = (w / cols.max(1) as f64, h / rows.max(1) as f64);
    out.push_str(r#"<g shape-rendering="crispEdges">"#);
    for (r, row) in colors.chunks(cols.max(1)).enumerate().take(rows) {
        let mut c = 0;
        while c < row.len() {
            let run = row[c..].iter().take_while(|&&v| v == row[c]).count();
            let [red, green, blue] = row[c];
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="#{red:02x}{green:02x}{blue:02x}"/>"##,
                num(x + c as f64 * cw),
                num(y + r as f64 * ch),
                num(run as f64 * cw),
                num(ch)
            );
            c += run;
        }
    }
    out.push_str("</g>");
}

/// The SVG document for `sketch` (its size already checked).
pub(super) fn write(sketch: &Sketch) -> String {
    let (w, h) = (num(sketch.width), num(sketch.height));
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#
    );
    let mut pen = Pen {
        fill: "#000".into(),
        stroke: "#000".into(),
        line_width: 1.0,
        alpha: 1.0,
        dash: Vec::new(),
        font: "10px sans-serif".into(),
        align: "start",
        baseline: "alphabetic",
        rotation: 0.0,
        path: String::new(),
    };
    for cmd in &sketch.cmds {
        match cmd {
            Cmd::FillStyle(c) => pen.fill = c.clone(),
            Cmd::StrokeStyle(c) => pen.stroke = c.clone(),
            Cmd::LineWidth(v) => pen.line_width = *v,
            Cmd::Alpha(v) => pen.alpha = v.clamp(0.0, 1.0),
            Cmd::LineDash(d) => pen.dash = d.clone(),
            Cmd::Font(f) => pen.font = f.clone(),
            Cmd::TextAlign(a) => pen.align = a,
            Cmd::TextBaseline(b) => pen.baseline = b,
            Cmd::TextRotation(d) => pen.rotation = *d,
            Cmd::FillRect([x, y, rw, rh]) => {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{}/>"#,
                    num(*x),
                    num(*y),
                    num(*rw),
                    num(*rh),
                    escape(&pen.fill),
                    pen.opacity()
                );
            }
            Cmd::StrokeRect([x, y, rw, rh]) => {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}"{}/>"#,
                    num(*x),
                    num(*y),
                    num(*rw),
                    num(*rh),
                    pen.stroke_attrs()
                );
            }
            Cmd::BeginPath => pen.path.clear(),
            Cmd::MoveTo(x, y) => {
                let _ = write!(pen.path, "M{} {}", num(*x), num(*y));
            }
            Cmd::LineTo(x, y) => {
                let _ = write!(pen.path, "L{} {}", num(*x), num(*y));
            }
            Cmd::Rect([x, y, rw, rh]) => {
                let _ = write!(
                    pen.path,
                    "M{} {}h{}v{}h{}Z",
                    num(*x),
                    num(*y),
                    num(*rw),
                    num(*rh),
                    num(-rw)
                );
            }
            Cmd::Arc(a) => pen.arc(*a),
            Cmd::Stroke if !pen.path.is_empty() => {
                let _ = write!(out, r#"<path d="{}"{}/>"#, pen.path, pen.stroke_attrs());
            }
            Cmd::Fill if !pen.path.is_empty() => {
                let _ = write!(
                    out,
                    r#"<path d="{}" fill="{}"{}/>"#,
                    pen.path,
                    escape(&pen.fill),
                    pen.opacity()
                );
            }
            Cmd::Stroke | Cmd::Fill => {}
            Cmd::FillText(t, x, y) => {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" fill="{}"{}{}>{}</text>"#,
                    num(*x),
                    num(*y),
                    escape(&pen.fill),
                    pen.text_attrs(*x, *y),
                    pen.opacity(),
                    escape(t)
                );
            }
            Cmd::StrokeText(t, x, y) => {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}"{}{}>{}</text>"#,
                    num(*x),
                    num(*y),
                    pen.stroke_attrs(),
                    pen.text_attrs(*x, *y),
                    escape(t)
                );
            }
            Cmd::Cells {
                area,
                cols,
                rows,
                colors,
            } => cells(&mut out, *area, *cols, *rows, colors),
        }
    }
    out.push_str("</svg>");
    out
}
