//! One dilated kernel drawn with its taps and holes (the playground's dilation lesson in
//! this chapter), its numbers, and a link that runs it in the playground.

use super::page::use_explorer;
use crate::app::canvas::{draw_sketch, mark_drawn};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::rfield::state::{tap_grid, MAX_TAP_DILATION, MAX_TAP_KERNEL};
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;

/// CSS pixels per input pixel.
const CELL: f64 = 18.0;

#[component]
pub fn TapsView() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let taps = Memo::new(move |_| ex.state.with(|s| s.taps));
    let facts = move || {
        let (k, d) = taps.get();
        let (span, _) = tap_grid(k, d);
        let n = |v: usize| v.to_string();
        fill(
            tr().rf().rf_taps_facts,
            &[
                ("k", &n(k)),
                ("d", &n(d)),
                ("weights", &n(k * k)),
                ("span", &n(span)),
                ("holes", &n(span * span - k * k)),
            ],
        )
    };
    Effect::new(move |_| {
        let pal = Palette::for_theme(ex.app.shell.get().theme);
        let (k, d) = taps.get();
        let (span, grid) = tap_grid(k, d);
        let Some(el) = canvas.get() else { return };
        let side = span as f64 * CELL;
        let mut sketch = Sketch::new(side, side);
        {
            sketch.set_fill_style_str(pal.background);
            sketch.fill_rect(0.0, 0.0, side, side);
            for (i, &tap) in grid.iter().enumerate() {
                let (x, y) = ((i % span) as f64 * CELL, (i / span) as f64 * CELL);
                if tap {
                    sketch.set_fill_style_str(pal.tap);
                    sketch.fill_rect(x + 1.0, y + 1.0, CELL - 2.0, CELL - 2.0);
                } else {
                    sketch.set_stroke_style_str(pal.hole);
                    sketch.set_line_width(1.0);
                    sketch.stroke_rect(x + 2.5, y + 2.5, CELL - 5.0, CELL - 5.0);
                }
            }
        }
        draw_sketch(&el, sketch, &facts());
        mark_drawn("taps");
    });
    let playground = move || {
        let (k, d) = taps.get();
        ex.app.link(&format!(
            "/playground?kh={k}&kw={k}&dil={d}&pad={}",
            d * (k - 1) / 2
        ))
    };
    let select = move |id: &'static str,
                       max: usize,
                       read: fn((usize, usize)) -> usize,
                       write: fn(&mut (usize, usize), usize)| {
        view! {
            <select id=id on:change=move |e| {
                if let Ok(v) = event_target_value(&e).parse::<usize>() {
                    ex.app.edit_state(ex.state, crate::rfield::state::RfState::write, |s| write(&mut s.taps, v.clamp(1, max)));
                }
            }>
                {(1..=max).map(|v| view! { <option value=v.to_string() selected=move || read(taps.get()) == v>{v}</option> }).collect_view()}
            </select>
        }
    };
    view! {
        <section class="panel taps-view">
            <h2>{move || tr().rf().rf_taps}</h2>
            <div class="field-row">
                <label class="field">{move || tr().rf().rf_taps_kernel} " " {select("taps-k", MAX_TAP_KERNEL, |t| t.0, |t, v| t.0 = v)}</label>
                <label class="field">{move || tr().rf().rf_taps_dilation} " " {select("taps-d", MAX_TAP_DILATION, |t| t.1, |t, v| t.1 = v)}</label>
            </div>
            <canvas node_ref=canvas id="taps" role="img" aria-label=move || tr().rf().rf_taps></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-taps".to_string() />
            <p id="taps-facts">{facts}</p>
            <a id="taps-open" href=playground>{move || tr().rf().rf_taps_open}</a>
        </section>
    }
}
