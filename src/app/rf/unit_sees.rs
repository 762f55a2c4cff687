//! "What does this unit see": a picture with the selected unit's theoretical field
//! outlined and everything outside it dimmed, to make the post's point about context
//! concrete (early layers see strokes, deep layers the object and its surroundings).

use super::draw::cell_size;
use super::page::use_explorer;
use crate::app::canvas::{draw_sketch, mark_drawn, use_frame_width};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::playground::image::Sample;
use crate::rfield::paths::field_box;
use crate::sketch::Sketch;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn UnitSees() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (240.0, 520.0));
    let n = Memo::new(move |_| ex.state.with(|s| s.n));
    // The theoretical field of the selected unit, clipped to the input.
    let field = Memo::new(move |_| {
        let t = ex.target.get().ok()?;
        Some(
            ex.stack
                .with(|s| field_box(&s[..t.layer.min(s.len())], n.get(), t.unit)),
        )
    });
    let note = move || {
        let n = n.get();
        field.get().map(|[t, b, l, r]| {
            let (h, w) = (b + 1 - t, r + 1 - l);
            fill(
                tr().rf().rf_sees_note,
                &[
                    ("h", &h.to_string()),
                    ("w", &w.to_string()),
                    ("n", &n.to_string()),
                    (
                        "share",
                        &format!("{:.0}%", (h * w) as f64 / (n * n) as f64 * 100.0),
                    ),
                ],
            )
        })
    };
    Effect::new(move |_| {
        let theme = ex.app.shell.get().theme;
        let (w, n) = (width.get(), n.get());
        let Some(el) = canvas.get() else {
            return;
        };
        let pal = Palette::for_theme(theme);
        let picture = Sample::Digit.render(n);
        let f = field.get();
        let inside = |y: usize, x: usize| {
            f.is_some_and(|[t, b, l, r]| (t..=b).contains(&y) && (l..=r).contains(&x))
        };
        let cell = cell_size(w, n);
        let side = cell * n as f64;
        let mut sketch = Sketch::new(side, side);
        {
            let colors = picture.iter().enumerate().map(|(i, &v)| {
                let (paper, ink) = (pal.paper, pal.ink);
                let mix =
                    |a: u8, b: u8, t: f32| (a as f32 + (b as f32 - a as f32) * t).round() as u8;
                // Outside the field: the picture at a quarter of its contrast.
                let t = if inside(i / n, i % n) { v } else { v * 0.25 };
                (
                    mix(paper.0, ink.0, t),
                    mix(paper.1, ink.1, t),
                    mix(paper.2, ink.2, t),
                )
            });
            sketch.cells([0.0, 0.0, side, side], n, n, colors);
            if let Some([t, b, l, r]) = f {
                sketch.set_stroke_style_str(pal.tap);
                sketch.set_line_width(3.0);
                sketch.stroke_rect(
                    l as f64 * cell + 1.5,
                    t as f64 * cell + 1.5,
                    (r + 1 - l) as f64 * cell - 3.0,
                    (b + 1 - t) as f64 * cell - 3.0,
                );
            }
        }
        draw_sketch(&el, sketch, &note().unwrap_or_default());
        mark_drawn("unit-sees");
    });
    view! {
        <figure class="view unit-sees">
            <figcaption>{move || tr().rf().rf_sees}</figcaption>
            <div node_ref=frame class="canvas-frame">
                <canvas node_ref=canvas id="unit-sees" role="img" aria-label=move || tr().rf().rf_sees></canvas>
            </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-unit-sees".to_string() />
            <p class="status" id="sees-status">{note}</p>
        </figure>
    }
}
