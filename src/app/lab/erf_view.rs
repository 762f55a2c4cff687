//! The effective receptive field of a probed layer's centre unit, loaded weights beside
//! the same layers at initialisation, with the theoretical field outlined.

use super::draw::grey;
use super::page::use_lab;
use crate::app::canvas::{mark_drawn, prepare, scratch_canvas};
use crate::app::paint::{blit_cells, Palette};
use crate::i18n::fill;
use crate::lab::session::ToWorker;
use leptos::html::Canvas;
use leptos::prelude::*;

/// CSS pixels per input pixel.
const CELL: f64 = 24.0;

/// Paints one map (scaled to its largest value) and outlines the `field` square around the centre.
fn paint(
    el: &web_sys::HtmlCanvasElement,
    scratch: &web_sys::HtmlCanvasElement,
    side: [usize; 2],
    field: u64,
    map: &[f32],
    pal: &Palette,
) {
    let (w, h) = (side[1] as f64 * CELL, side[0] as f64 * CELL);
    let Some(ctx) = prepare(el, w, h) else { return };
    let max = map.iter().copied().fold(0.0f32, f32::max).max(1e-12);
    blit_cells(
        &ctx,
        scratch,
        side[1],
        side[0],
        CELL,
        map.iter().map(|v| grey(v / max, pal)),
    );
    // The centre unit of an even map sits at (side/2); its field spans field/2 either side.
    let half = field as f64 / 2.0;
    let (cy, cx) = ((side[0] / 2) as f64 + 0.5, (side[1] / 2) as f64 + 0.5);
    ctx.set_stroke_style_str(pal.tap);
    ctx.set_line_width(2.0);
    ctx.stroke_rect(
        (cx - half) * CELL,
        (cy - half) * CELL,
        field as f64 * CELL,
        field as f64 * CELL,
    );
}

#[component]
pub fn ErfView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let (left, right) = (NodeRef::<Canvas>::new(), NodeRef::<Canvas>::new());
    let scratch = scratch_canvas();
    let layer = RwSignal::new(1usize);
    let names = Memo::new(move |_| {
        lab.probe.with(|p| {
            p.as_ref()
                .map(|p| p.layers.iter().map(|l| l.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // Ask again whenever the network or the chosen layer changes.
    Effect::new(move |_| {
        let n = names.with(Vec::len);
        let l = layer.get();
        if lab.probe.with(Option::is_some) && n > 0 {
            lab.send(ToWorker::Erf {
                layer: l.min(n - 1),
            });
        }
    });
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let (Some(a), Some(b), Some(scratch)) = (left.get(), right.get(), scratch.as_ref()) else {
            return;
        };
        lab.erf.with(|e| {
            if let Some(e) = e {
                paint(&a, scratch, e.side, e.field, &e.loaded, &pal);
                paint(&b, scratch, e.side, e.field, &e.initial, &pal);
            }
        });
        mark_drawn("lab-erf");
    });
    let core = move |n: usize| {
        lab.erf.with(|e| {
            e.as_ref().map(|e| {
                fill(
                    tr().erf_core,
                    &[("n", &n.to_string()), ("field", &e.field.to_string())],
                )
            })
        })
    };
    view! {
        <section class="panel lab-erf">
            <h2>{move || tr().erf_title}</h2>
            <label>
                {move || tr().layer} " "
                <select id="lab-erf-layer" on:change=move |e| {
                    if let Ok(i) = event_target_value(&e).parse::<usize>() {
                        layer.set(i);
                    }
                }>
                    {move || names.get().into_iter().enumerate().map(|(i, n)| view! {
                        <option value=i.to_string() selected=move || layer.get() == i>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            <div class="views">
                <figure class="view">
                    <canvas node_ref=left id="lab-erf-loaded" role="img" aria-label=move || tr().erf_loaded></canvas>
                    <figcaption>{move || tr().erf_loaded}<br/><span id="lab-erf-loaded-core">{move || core(lab.erf.with(|e| e.as_ref().map_or(0, |e| e.loaded_core)))}</span></figcaption>
                </figure>
                <figure class="view">
                    <canvas node_ref=right id="lab-erf-initial" role="img" aria-label=move || tr().erf_initial></canvas>
                    <figcaption>{move || tr().erf_initial}<br/>{move || core(lab.erf.with(|e| e.as_ref().map_or(0, |e| e.initial_core)))}</figcaption>
                </figure>
            </div>
            <p class="hint">{move || tr().erf_note}</p>
        </section>
    }
}
