//! plotters drawing into a [`Sketch`]: a chart becomes the same list of canvas commands
//! as a hand-drawn figure, so the screen (replayed on the canvas), the PNG (replayed at
//! twice the size) and the SVG ([`Sketch::to_svg`]) come from one drawing, and the
//! charts' drawing code is compiled for one backend only. Sizes are CSS pixels.

use super::{draw_figure, ChartTheme, Figure};
use crate::sketch::Sketch;
use plotters::prelude::*;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use std::convert::Infallible;

/// The figure `fig` in `theme` at `size` (width, height) CSS pixels, as a sketch.
pub fn figure_sketch(fig: &Figure, theme: &ChartTheme, size: (u32, u32)) -> Result<Sketch, String> {
    let mut sketch = Sketch::new(f64::from(size.0), f64::from(size.1));
    {
        let root = SketchBackend {
            sketch: &mut sketch,
            alpha: 1.0,
        }
        .into_drawing_area();
        draw_figure(&root, fig, theme)?;
    }
    Ok(sketch)
}

/// A plotters backend appending to a sketch; `alpha` is the global alpha last set.
struct SketchBackend<'a> {
    sketch: &'a mut Sketch,
    alpha: f64,
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// `color` as `#rrggbb`.
fn hex(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02x}{g:02x}{b:02x}")
}

impl SketchBackend<'_> {
    /// Sets the global alpha to `color`'s; false if the colour is fully transparent.
    fn visible(&mut self, color: BackendColor) -> bool {
        if color.alpha != self.alpha {
            self.alpha = color.alpha;
            self.sketch.set_global_alpha(color.alpha);
        }
        color.alpha > 0.0
    }

    fn line_style(&mut self, style: &impl BackendStyle) {
        self.sketch.set_stroke_style_str(&hex(style.color()));
        self.sketch.set_line_width(f64::from(style.stroke_width()));
    }

    /// A path through `points`; stroked, or filled as a polygon.
    fn path(&mut self, points: impl IntoIterator<Item = BackendCoord>, fill: bool) {
        self.sketch.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            let (x, y) = (f64::from(x), f64::from(y));
            if i == 0 {
                self.sketch.move_to(x, y);
            } else {
                self.sketch.line_to(x, y);
            }
        }
        if fill {
            self.sketch.fill();
        } else {
            self.sketch.stroke();
        }
    }
}

/// A horizontal or vertical one-pixel line moved half a pixel so it covers whole
/// pixels instead of two half-lit ones.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if a.0 == b.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if a.1 == b.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    (a, b)
}

impl DrawingBackend for SketchBackend<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.sketch.width as u32, self.sketch.height as u32)
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if self.visible(color) {
            self.sketch.set_fill_style_str(&hex(color));
            self.sketch
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if self.visible(style.color()) {
            let (a, b) = crisp(from, to);
            self.line_style(style);
            self.sketch.begin_path();
            self.sketch.move_to(a.0, a.1);
            self.sketch.line_to(b.0, b.1);
            self.sketch.stroke();
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if self.visible(style.color()) {
            let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
            let (w, h) = (
                f64::from(bottom_right.0 - upper_left.0),
                f64::from(bottom_right.1 - upper_left.1),
            );
            if fill {
                self.sketch.set_fill_style_str(&hex(style.color()));
                self.sketch.fill_rect(x, y, w, h);
            } else {
                self.line_style(style);
                self.sketch.stroke_rect(x, y, w, h);
            }
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if self.visible(style.color()) {
            self.line_style(style);
            self.path(path, false);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        if self.visible(style.color()) {
            self.sketch.set_fill_style_str(&hex(style.color()));
            self.path(vert, true);
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if self.visible(style.color()) {
            if fill {
                self.sketch.set_fill_style_str(&hex(style.color()));
            } else {
                self.line_style(style);
            }
            self.sketch.begin_path();
            let (x, y) = (f64::from(center.0), f64::from(center.1));
            self.sketch
                .arc(x, y, f64::from(radius), 0.0, std::f64::consts::TAU);
            if fill {
                self.sketch.fill();
            } else {
                self.sketch.stroke();
            }
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        if !self.visible(style.color()) {
            return Ok(());
        }
        let degrees = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        let anchor = style.anchor();
        self.sketch.set_text_baseline(match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.sketch.set_text_align(match anchor.h_pos {
            HPos::Left => "left",
            HPos::Right => "right",
            HPos::Center => "center",
        });
        self.sketch.set_fill_style_str(&hex(style.color()));
        self.sketch.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        self.sketch.set_text_rotation(degrees);
        self.sketch
            .fill_text(text, f64::from(pos.0), f64::from(pos.1));
        self.sketch.set_text_rotation(0.0);
        Ok(())
    }
}
