//! A laid-out block as SVG text: the same string the app puts on the page and
//! `convatlas svg block` writes to a file. Colours come from the charts' theme
//! (light or dark), one per kind of box, and every colour is an attribute, so
//! the SVG looks the same inline, in a file or on a slide.

use super::layout::{Drawing, Item, Rect, TextRole};
use super::BoxKind;
use crate::arch::Merge;
use crate::charts::{ChartTheme, LayerKind};
use crate::sketch::escape;
use plotters::style::RGBColor;
use std::fmt::Write;

/// The colour of a kind of box: that of the same kind on the cost charts.
pub fn kind_colour(kind: BoxKind, theme: &ChartTheme) -> RGBColor {
    theme.series(
        match kind {
            BoxKind::Conv => LayerKind::Spatial,
            BoxKind::Depthwise => LayerKind::Depthwise,
            BoxKind::Pointwise => LayerKind::Pointwise,
            BoxKind::Group => LayerKind::Group,
            BoxKind::Pool => LayerKind::Pool,
            BoxKind::Channels | BoxKind::Other => LayerKind::Other,
        }
        .color(),
    )
}

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn rect(out: &mut String, r: &Rect, rx: f64, fill: &str, fill_opacity: f64, stroke: &str) {
    let _ = write!(
        out,
        r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{rx}" fill="{fill}" fill-opacity="{fill_opacity}" stroke="{stroke}" stroke-width="1.5"/>"#,
        r.x, r.y, r.w, r.h
    );
}

/// Writes `s` at (x, y) in `font` = (size, weight, colour).
fn text(out: &mut String, (x, y): (f64, f64), font: (f64, &str, &str), centred: bool, s: &str) {
    let (size, weight, fill) = font;
    let anchor = if centred { "middle" } else { "start" };
    let _ = write!(
        out,
        r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{}</text>"#,
        escape(s)
    );
}

/// The SVG document of `drawing` in `theme`; `zoom` scales its displayed size
/// (clamped to 0.5..=4; the drawing itself is in a view box).
pub fn to_svg(drawing: &Drawing, theme: &ChartTheme, zoom: f64) -> String {
    let zoom = if zoom.is_finite() {
        zoom.clamp(0.5, 4.0)
    } else {
        1.0
    };
    let fg = hex(theme.foreground());
    let muted = hex(theme.muted());
    let bg = hex(theme.background());
    let (w, h) = (drawing.width, drawing.height);
    let mut out = String::with_capacity(256 * drawing.items.len() + 512);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:.0} {h:.0}" width="{:.0}" height="{:.0}" role="img" aria-label="{}" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', sans-serif">"#,
        w * zoom,
        h * zoom,
        escape(&drawing.summary)
    );
    let _ = write!(out, "<title>{}</title>", escape(&drawing.summary));
    let _ = write!(out, r#"<rect width="{w:.0}" height="{h:.0}" fill="{bg}"/>"#);
    for item in &drawing.items {
        match item {
            Item::Line { from, to, arrow } => {
                let _ = write!(
                    out,
                    r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{muted}" stroke-width="1.5"/>"#,
                    from.0, from.1, to.0, to.1
                );
                if *arrow {
                    let (x, y) = *to;
                    let _ = write!(
                        out,
                        r#"<path d="M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z" fill="{muted}"/>"#,
                        x - 5.0,
                        y - 8.0,
                        x + 5.0,
                        y - 8.0,
                        x,
                        y
                    );
                }
            }
            Item::Box {
                rect: r,
                kind,
                lines,
                path,
            } => {
                let colour = hex(kind_colour(*kind, theme));
                let _ = write!(out, "<g><title>{}</title>", escape(path));
                rect(&mut out, r, 6.0, &bg, 1.0, &colour);
                rect(&mut out, r, 6.0, &colour, 0.16, &colour);
                let cx = r.x + r.w / 2.0;
                text(
                    &mut out,
                    (cx, r.y + 18.0),
                    (13.0, "600", &fg),
                    true,
                    &lines[0],
                );
                text(
                    &mut out,
                    (cx, r.y + 35.0),
                    (12.0, "400", &fg),
                    true,
                    &lines[1],
                );
                let third = (11.0, "400", muted.as_str());
                text(&mut out, (cx, r.y + 51.0), third, true, &lines[2]);
                out.push_str("</g>");
            }
            Item::Pill { rect: r, text: t } => {
                rect(&mut out, r, r.h / 2.0, &bg, 1.0, &muted);
                let at = (r.x + r.w / 2.0, r.y + r.h / 2.0 + 4.5);
                text(&mut out, at, (12.0, "600", &fg), true, t);
            }
            Item::Merge {
                rect: r,
                merge,
                text: t,
            } => {
                let (cx, cy) = (r.x + r.w / 2.0, r.y + r.h / 2.0);
                match merge {
                    Merge::Concat => {
                        rect(&mut out, r, 4.0, &bg, 1.0, &fg);
                        text(&mut out, (cx, cy + 4.5), (12.0, "600", &fg), true, t);
                    }
                    Merge::Add => {
                        let _ = write!(
                            out,
                            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{:.1}" fill="{bg}" stroke="{fg}" stroke-width="1.5"/>"#,
                            r.h / 2.0
                        );
                        text(&mut out, (cx, cy + 6.0), (18.0, "600", &fg), true, t);
                    }
                }
            }
            Item::Text {
                at,
                text: t,
                role,
                centred,
                backed,
            } => {
                let (size, weight, fill) = match role {
                    TextRole::Title => (14.0, "700", &fg),
                    TextRole::Shape => (11.0, "400", &muted),
                    TextRole::Cost => (11.0, "400", &muted),
                };
                if *backed {
                    let tw = super::layout::text_width(t) * size / 12.0 + 8.0;
                    let x = if *centred {
                        at.0 - tw / 2.0
                    } else {
                        at.0 - 4.0
                    };
                    let _ = write!(
                        out,
                        r#"<rect x="{x:.1}" y="{:.1}" width="{tw:.1}" height="{:.1}" fill="{bg}"/>"#,
                        at.1 - size,
                        size + 5.0
                    );
                }
                text(&mut out, (at.0, at.1), (size, weight, fill), *centred, t);
            }
        }
    }
    out.push_str("</svg>");
    out
}
