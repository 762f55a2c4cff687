//! Shared canvas painting for every widget: the theme palette, a [`Sketch`] replayed on
//! a canvas (cell grids blitted in three calls), and the diverging heat colour scale.

use crate::charts::theme::Surface;
use crate::query::Theme;
use crate::sketch::{Cmd, Sketch};
use wasm_bindgen::{Clamped, JsCast, JsValue};
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

thread_local! {
    /// The detached canvases cell grids are built on before they are scaled up, most
    /// recently used last: one per image size in use, so that views of different sizes
    /// redrawn together do not resize one canvas back and forth (each resize reallocates).
    static SCRATCH: std::cell::RefCell<Vec<HtmlCanvasElement>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Most scratch canvases kept.
const SCRATCHES: usize = 4;

/// Calls `draw` with a scratch canvas of `cols × rows` pixels, if the browser gives one:
/// one of that size already, else a new one, else the least recently used, resized.
fn with_scratch(cols: u32, rows: u32, draw: impl FnOnce(&HtmlCanvasElement)) {
    SCRATCH.with_borrow_mut(|kept| {
        let sized = kept
            .iter()
            .position(|c| c.width() == cols && c.height() == rows);
        let canvas = match sized {
            Some(at) => kept.remove(at),
            None if kept.len() < SCRATCHES => {
                let Some(c) = super::canvas::scratch_canvas() else {
                    return;
                };
                c
            }
            None => kept.remove(0),
        };
        if canvas.width() != cols || canvas.height() != rows {
            canvas.set_width(cols);
            canvas.set_height(rows);
        }
        draw(&canvas);
        kept.push(canvas);
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
        if !put_pixels(scratch, cols, height, &rgba) {
            return;
        }
        ctx.set_image_smoothing_enabled(false);
        for (i, [x, y, w, h]) in run.iter().map(|(a, _)| **a).enumerate() {
            let (sw, sh) = (cols as f64, rows as f64);
            let _ = ctx
                .draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                    scratch,
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

/// Writes `cols × rows` pixels (`rgba`, four bytes each) into `scratch`, a canvas of
/// exactly that size (a larger one costs more: writing into a canvas that was drawn from
/// copies all of it first); false if the bytes do not fill it or the browser refuses.
fn put_pixels(scratch: &HtmlCanvasElement, cols: usize, rows: usize, rgba: &[u8]) -> bool {
    if rgba.is_empty() || rgba.len() != cols * rows * 4 {
        return false;
    }
    let small = scratch
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok());
    let image =
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), cols as u32, rows as u32);
    match (small, image) {
        (Some(small), Ok(image)) => small.put_image_data(&image, 0.0, 0.0).is_ok(),
        _ => false,
    }
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
