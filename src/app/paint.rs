//! Shared canvas painting for every widget: the theme palette, a [`Sketch`] replayed on
//! a canvas (cell grids blitted in three calls), and the diverging heat colour scale.

use crate::charts::theme::Surface;
use crate::query::Theme;
use crate::sketch::{Cmd, Sketch};
use wasm_bindgen::{JsCast, JsValue};
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
                background: Surface::LIGHT.panel,
                grid: "#c9ced6",
                paper: (255, 255, 255),
                ink: (31, 41, 55),
                padding: (238, 241, 245),
                tap: "#d9480f",
                hole: "#8a94a6",
                text: Surface::LIGHT.text,
                positive: (217, 72, 15),
                negative: (25, 113, 194),
                neutral: (255, 255, 255),
            },
            Theme::Dark => Palette {
                background: Surface::DARK.panel,
                grid: "#3a4452",
                paper: (16, 21, 28),
                ink: (229, 233, 240),
                padding: (28, 36, 48),
                tap: "#ff922b",
                hole: "#9aa5b8",
                text: Surface::DARK.text,
                positive: (255, 146, 43),
                negative: (77, 171, 247),
                neutral: (16, 21, 28),
            },
        }
    }

    /// The stylesheet's variables for the colours `theme`'s page shares with the figures
    /// (panels and their text, the legend's swatches, negative weights, selected rows): set
    /// on the document from here, so each colour is defined once.
    pub fn css_variables(theme: Theme) -> [(&'static str, String); 7] {
        let pal = Palette::for_theme(theme);
        let surface = Surface::of(theme == Theme::Dark);
        let rgb = |(r, g, b): (u8, u8, u8)| format!("rgb({r},{g},{b})");
        [
            ("--panel", surface.panel.to_string()),
            ("--text", surface.text.to_string()),
            ("--muted", surface.muted.to_string()),
            ("--tap", pal.tap.to_string()),
            ("--hole", pal.hole.to_string()),
            ("--pad", rgb(pal.padding)),
            ("--neg", rgb(pal.negative)),
        ]
    }
}

/// A detached canvas cell grids are built on before they are scaled up, with its context
/// and an image of its size: writing the pixels copies them into that image, so no image
/// (and no garbage for the collector) is made per redraw.
struct Scratch {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    image: ImageData,
    /// The image's bytes, a view the pixels are copied into.
    bytes: js_sys::Uint8ClampedArray,
}

impl Scratch {
    /// A scratch canvas of `cols × rows` pixels, if the browser gives one.
    fn new(cols: u32, rows: u32) -> Option<Scratch> {
        let canvas = super::canvas::scratch_canvas()?;
        canvas.set_width(cols);
        canvas.set_height(rows);
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let image = ImageData::new_with_sw(cols, rows).ok()?;
        let bytes = js_sys::Reflect::get(&image, &"data".into())
            .ok()?
            .dyn_into()
            .ok()?;
        Some(Scratch {
            canvas,
            context,
            image,
            bytes,
        })
    }

    fn size(&self) -> (u32, u32) {
        (self.image.width(), self.image.height())
    }

    /// Writes `rgba` (four bytes per pixel) into the canvas; false if the bytes do not
    /// fill it or the browser refuses.
    fn put(&self, rgba: &[u8]) -> bool {
        if rgba.is_empty() || rgba.len() != self.bytes.length() as usize {
            return false;
        }
        self.bytes.copy_from(rgba);
        self.context.put_image_data(&self.image, 0.0, 0.0).is_ok()
    }
}

thread_local! {
    /// The scratch canvases, most recently used last: one per image size in use, so that
    /// views of different sizes redrawn together do not resize one back and forth (each
    /// resize reallocates). An image of exactly the grid's size: writing into a larger
    /// canvas that was drawn from copies all of it first.
    static SCRATCH: std::cell::RefCell<Vec<Scratch>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Most scratch canvases kept.
const SCRATCHES: usize = 4;

/// Calls `draw` with a scratch canvas of `cols × rows` pixels, if the browser gives one:
/// one of that size already, else a new one (the least recently used dropped if there
/// are [`SCRATCHES`]).
fn with_scratch(cols: u32, rows: u32, draw: impl FnOnce(&Scratch)) {
    SCRATCH.with_borrow_mut(|kept| {
        let scratch = match kept.iter().position(|s| s.size() == (cols, rows)) {
            Some(at) => kept.remove(at),
            None => {
                if kept.len() >= SCRATCHES {
                    kept.remove(0);
                }
                let Some(s) = Scratch::new(cols, rows) else {
                    return;
                };
                s
            }
        };
        draw(&scratch);
        kept.push(scratch);
    });
}

/// The context's styles as this replay last set them. Each set crosses into JavaScript
/// (and a font is parsed anew), so setting a style to the value it has is skipped.
/// Everything is unknown at the start: the canvas keeps the last drawing's styles.
#[derive(Default)]
struct Styles<'a> {
    fill: Option<&'a str>,
    stroke: Option<&'a str>,
    font: Option<&'a str>,
    align: Option<&'a str>,
    baseline: Option<&'a str>,
    line_width: Option<f64>,
    alpha: Option<f64>,
}

/// Records `value` in `slot`; true when it differs from what was there.
fn differs<T: PartialEq>(slot: &mut Option<T>, value: T) -> bool {
    let new = slot.as_ref() != Some(&value);
    *slot = Some(value);
    new
}

/// Draws `sketch` on `ctx` (already scaled so one unit is one CSS pixel): every command
/// as the canvas call of the same name (a style set to the value it already has is
/// skipped); a run of equal cell grids in one image, one pixel per cell, scaled up
/// without smoothing (a call per cell is slow).
/// Nothing is drawn for a sketch past [`Sketch::is_bounded`].
pub fn replay(ctx: &CanvasRenderingContext2d, sketch: &Sketch) {
    if !sketch.is_bounded() {
        return;
    }
    let mut set = Styles::default();
    // Degrees the texts turn (a canvas has no such state: each text is turned alone).
    let mut rotation = 0.0;
    let turned = |x: f64, y: f64, rotation: f64, draw: &dyn Fn(f64, f64)| {
        if rotation == 0.0 {
            draw(x, y);
        } else {
            ctx.save();
            let _ = ctx.translate(x, y);
            let _ = ctx.rotate(rotation.to_radians());
            draw(0.0, 0.0);
            ctx.restore();
        }
    };
    let mut cmds = sketch.cmds.iter().enumerate();
    while let Some((at, cmd)) = cmds.next() {
        match cmd {
            Cmd::FillStyle(c) if differs(&mut set.fill, c.as_str()) => ctx.set_fill_style_str(c),
            Cmd::StrokeStyle(c) if differs(&mut set.stroke, c.as_str()) => {
                ctx.set_stroke_style_str(c)
            }
            Cmd::LineWidth(v) if differs(&mut set.line_width, *v) => ctx.set_line_width(*v),
            Cmd::Alpha(v) if differs(&mut set.alpha, *v) => ctx.set_global_alpha(*v),
            Cmd::FillStyle(_) | Cmd::StrokeStyle(_) | Cmd::LineWidth(_) | Cmd::Alpha(_) => {}
            Cmd::LineDash(d) => {
                let dash: js_sys::Array = d.iter().map(|v| JsValue::from_f64(*v)).collect();
                let _ = ctx.set_line_dash(&dash);
            }
            Cmd::Font(f) if differs(&mut set.font, f.as_str()) => ctx.set_font(f),
            Cmd::TextAlign(a) if differs(&mut set.align, *a) => ctx.set_text_align(a),
            Cmd::TextBaseline(b) if differs(&mut set.baseline, *b) => ctx.set_text_baseline(b),
            Cmd::Font(_) | Cmd::TextAlign(_) | Cmd::TextBaseline(_) => {}
            Cmd::TextRotation(d) => rotation = *d,
            Cmd::FillRect([x, y, w, h]) => ctx.fill_rect(*x, *y, *w, *h),
            Cmd::StrokeRect([x, y, w, h]) => ctx.stroke_rect(*x, *y, *w, *h),
            Cmd::BeginPath => ctx.begin_path(),
            Cmd::MoveTo(x, y) => ctx.move_to(*x, *y),
            Cmd::LineTo(x, y) => ctx.line_to(*x, *y),
            Cmd::Rect([x, y, w, h]) => ctx.rect(*x, *y, *w, *h),
            Cmd::Arc([x, y, r, a, b]) => {
                let _ = ctx.arc(*x, *y, *r, *a, *b);
            }
            Cmd::Stroke => ctx.stroke(),
            Cmd::Fill => ctx.fill(),
            Cmd::FillText(t, x, y) => turned(*x, *y, rotation, &|x, y| {
                let _ = ctx.fill_text(t, x, y);
            }),
            Cmd::StrokeText(t, x, y) => turned(*x, *y, rotation, &|x, y| {
                let _ = ctx.stroke_text(t, x, y);
            }),
            Cmd::Cells { cols, rows, .. } => {
                // This grid and the equal grids right after it, stacked in one image.
                let run: Vec<_> = sketch.cmds[at..]
                    .iter()
                    .map_while(|c| match c {
                        Cmd::Cells {
                            area,
                            cols: c,
                            rows: r,
                            colors,
                        } if (c, r) == (cols, rows) => Some((area, colors)),
                        _ => None,
                    })
                    .collect();
                for _ in 1..run.len() {
                    cmds.next();
                }
                blit_run(ctx, *cols, *rows, &run);
            }
        }
    }
}

/// Paints `run`, grids of `cols × rows` cells each stretched over its area: all of them
/// stacked into the scratch canvas with one pixel per cell, then each scaled up without
/// smoothing (a call per cell, or an image per grid, is slow).
fn blit_run(
    ctx: &CanvasRenderingContext2d,
    cols: usize,
    rows: usize,
    run: &[(&[f64; 4], &Vec<[u8; 3]>)],
) {
    // Plain indexing: the release build optimises for size, and iterator chains there
    // stay calls per pixel.
    let mut rgba = vec![255u8; cols * rows * run.len() * 4];
    let mut at = 0;
    for (_, colors) in run {
        for c in colors.iter() {
            if let Some(px) = rgba.get_mut(at..at + 3) {
                px.copy_from_slice(c);
            }
            at += 4;
        }
    }
    let height = rows * run.len();
    if rgba.is_empty() || u32::try_from(cols.max(height)).is_err() {
        return;
    }
    with_scratch(cols as u32, height as u32, |scratch| {
        if !scratch.put(&rgba) {
            return;
        }
        ctx.set_image_smoothing_enabled(false);
        for (i, [x, y, w, h]) in run.iter().map(|(a, _)| **a).enumerate() {
            let (sw, sh) = (cols as f64, rows as f64);
            let _ = ctx
                .draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                    &scratch.canvas,
                    0.0,
                    i as f64 * sh,
                    sw,
                    sh,
                    x,
                    y,
                    w,
                    h,
                );
        }
    });
}

/// Blends from the neutral colour towards positive or negative by `t` in -1..=1.
pub fn heat(t: f32, pal: &Palette) -> (u8, u8, u8) {
    let (to, t) = if t >= 0.0 {
        (pal.positive, t)
    } else {
        (pal.negative, -t)
    };
    // Rounded by adding a half (the mix is never negative): `round` is a library call in wasm.
    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t.clamp(0.0, 1.0) + 0.5) as u8;
    (
        mix(pal.neutral.0, to.0),
        mix(pal.neutral.1, to.1),
        mix(pal.neutral.2, to.2),
    )
}
