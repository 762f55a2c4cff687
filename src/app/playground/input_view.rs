//! The padded input canvas: paint pixels, see the current output cell's taps.

use super::draw::{cell_size, draw_input, InputPicture};
use super::page::use_playground;
use crate::app::canvas::{draw_sketch, mark_drawn, pointer_position};
use crate::app::paint::Palette;
use crate::format::format_weight;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// Width and height available to the input grid, in CSS pixels (larger with the
/// large-text setting, for projection).
pub fn grid_space(large: bool) -> f64 {
    if large {
        500.0
    } else {
        360.0
    }
}

#[component]
pub fn InputView() -> impl IntoView {
    let pg = use_playground();
    let canvas = NodeRef::<Canvas>::new();
    let painting = RwSignal::new(None::<f32>);
    // The taps of the current cell of the last valid picture: "row,col;row,col…" for tests.
    let taps = Memo::new(move |_| {
        pg.shown.with(|shown| {
            shown
                .as_ref()
                .map(|(state, view)| {
                    view.taps(state, state.pos.min(view.cells().saturating_sub(1)))
                })
                .unwrap_or_default()
        })
    });
    Effect::new(move |_| {
        let (theme, large) = pg.app.shell.with(|s| (s.theme, s.large));
        pg.shown.with(|shown| {
            let (Some(el), Some((state, view))) = (canvas.get(), shown.as_ref()) else {
                return;
            };
            let side = state.size + 2 * state.padding;
            let cell = cell_size(grid_space(large), side);
            let [eh, ew] = view.spec.extent();
            let picture = InputPicture {
                size: state.size,
                pad: state.padding,
                pixels: &state.pixels,
                taps: &taps.get(),
                extent: (eh, ew),
            };
            let mut sketch = Sketch::new(cell * side as f64, cell * side as f64);
            draw_input(&mut sketch, cell, &picture, &Palette::for_theme(theme));
            // The taps as "(row, col) × weight", in input coordinates.
            let list: Vec<String> = (picture.taps.iter())
                .map(|t| format!("({}, {}) × {}", t.iy, t.ix, format_weight(t.weight)))
                .collect();
            let text = fill(
                pg.app.tr().playground().pg_describe_input,
                &[
                    ("size", &state.size.to_string()),
                    ("pad", &state.padding.to_string()),
                    (
                        "ink",
                        &state
                            .pixels
                            .iter()
                            .filter(|&&v| v > 0.5)
                            .count()
                            .to_string(),
                    ),
                    ("taps", &picture.taps.len().to_string()),
                    ("eh", &eh.to_string()),
                    ("ew", &ew.to_string()),
                    ("list", &list.join(", ")),
                ],
            );
            draw_sketch(&el, sketch, &text);
            mark_drawn("input");
        });
    });
    // Maps a pointer position to an input pixel of the shown picture, if it is on one.
    let pixel_at = move |e: &ev::PointerEvent| -> Option<usize> {
        let large = pg.app.shell.with_untracked(|s| s.large);
        pg.shown.with_untracked(|shown| {
            let (state, _) = shown.as_ref()?;
            let side = state.size + 2 * state.padding;
            let cell = cell_size(grid_space(large), side);
            let (x, y) = pointer_position(e)?;
            let col = (x / cell).floor() as isize - state.padding as isize;
            let row = (y / cell).floor() as isize - state.padding as isize;
            let inside =
                (0..state.size as isize).contains(&row) && (0..state.size as isize).contains(&col);
            (inside && state.size == pg.state.with_untracked(|s| s.size))
                .then(|| row as usize * state.size + col as usize)
        })
    };
    let paint = move |e: &ev::PointerEvent, replace: bool| {
        if let (Some(value), Some(i)) = (painting.get_untracked(), pixel_at(e)) {
            if pg.state.with_untracked(|s| s.pixels[i] != value) {
                pg.set(replace, |s| s.pixels[i] = value);
            }
        }
    };
    view! {
        <figure class="view input-view">
            <figcaption>{move || pg.app.tr().playground().pg_input}</figcaption>
            <canvas
                node_ref=canvas
                id="input-canvas"
                role="img"
                aria-label=move || pg.app.tr().playground().pg_input_canvas
                data-taps=move || taps.with(|t| t.iter().map(|t| format!("{},{}", t.iy, t.ix)).collect::<Vec<_>>().join(";"))
                on:pointerdown=move |e: ev::PointerEvent| {
                    e.prevent_default();
                    let el: web_sys::Element = event_target(&e);
                    let _ = el.set_pointer_capture(e.pointer_id());
                    painting.set(Some(if e.shift_key() || e.button() == 2 { 0.0 } else { 1.0 }));
                    paint(&e, false);
                }
                on:pointermove=move |e: ev::PointerEvent| paint(&e, true)
                on:pointerup=move |_| painting.set(None)
                on:pointercancel=move |_| painting.set(None)
                on:contextmenu=move |e| e.prevent_default()
            ></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file="playground-input".to_string() />
            <p class="hint">{move || pg.app.tr().playground().pg_input_hint}</p>
            <ul class="legend">
                <li><span class="swatch tap"></span>{move || pg.app.tr().playground().pg_legend_tap}</li>
                <li><span class="swatch hole"></span>{move || pg.app.tr().playground().pg_legend_hole}</li>
                <li><span class="swatch pad"></span>{move || pg.app.tr().playground().pg_legend_pad}</li>
            </ul>
        </figure>
    }
}
