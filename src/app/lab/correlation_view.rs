//! The channel-correlation heat map of one probed layer over the test set.

use super::draw::draw_correlation;
use super::page::use_lab;
use crate::app::canvas::{mark_drawn, prepare, scratch_canvas};
use crate::app::paint::Palette;
use leptos::html::Canvas;
use leptos::prelude::*;

/// Side of the heat map in CSS pixels (at most).
const SIDE: f64 = 320.0;

#[component]
pub fn CorrelationView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let scratch = scratch_canvas();
    let chosen = RwSignal::new(usize::MAX);
    let names = Memo::new(move |_| {
        lab.probe.with(|p| {
            p.as_ref()
                .map(|p| p.layers.iter().map(|l| l.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // The last probed layer unless one is chosen (it has the most channels).
    let layer = Memo::new(move |_| {
        let n = names.with(Vec::len);
        let c = chosen.get();
        if c < n {
            c
        } else {
            n.saturating_sub(1)
        }
    });
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let (Some(el), Some(scratch)) = (canvas.get(), scratch.as_ref()) else {
            return;
        };
        lab.probe.with(|p| {
            if let Some(l) = p.as_ref().and_then(|p| p.layers.get(layer.get())) {
                let cell = (SIDE / l.channels.max(1) as f64).floor().max(2.0);
                let side = cell * l.channels as f64;
                if let Some(ctx) = prepare(&el, side, side) {
                    draw_correlation(&ctx, scratch, l.channels, &l.correlation, cell, &pal);
                }
            }
        });
        mark_drawn("lab-corr");
    });
    view! {
        <section class="panel lab-corr">
            <h2>{move || tr().corr_title}</h2>
            <label>
                {move || tr().layer} " "
                <select id="lab-corr-layer" on:change=move |e| {
                    if let Ok(i) = event_target_value(&e).parse::<usize>() {
                        chosen.set(i);
                    }
                }>
                    {move || names.get().into_iter().enumerate().map(|(i, n)| view! {
                        <option value=i.to_string() selected=move || layer.get() == i>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            <canvas node_ref=canvas id="lab-corr" role="img" aria-label=move || tr().corr_title></canvas>
            <p class="hint">{move || tr().corr_note}</p>
        </section>
    }
}
