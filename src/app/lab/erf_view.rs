//! The effective receptive field of a probed layer's centre unit, loaded weights beside
//! the same layers at initialisation, with the theoretical field outlined.

use super::draw::grey;
use super::page::use_lab;
use crate::app::canvas::{draw_sketch, mark_drawn};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::i18n::lab::LabTr;
use crate::lab::session::ToWorker;
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;

/// CSS pixels per input pixel.
const CELL: f64 = 24.0;

/// Paints one map (scaled to its largest value) and outlines the `field` square around
/// the centre; its text alternative names the field and where the largest gradient is.
fn paint(
    el: &web_sys::HtmlCanvasElement,
    side: [usize; 2],
    field: u64,
    map: &[f32],
    pal: &Palette,
    t: &LabTr,
) {
    let (w, h) = (side[1] as f64 * CELL, side[0] as f64 * CELL);
    let mut sketch = Sketch::new(w, h);
    let (at, max) =
        (map.iter().enumerate()).fold(
            (0, 0.0f32),
            |best, (i, &v)| if v > best.1 { (i, v) } else { best },
        );
    let scale = max.max(1e-12);
    sketch.cells(
        [0.0, 0.0, w, h],
        side[1],
        side[0],
        map.iter().map(|v| grey(v / scale, pal)),
    );
    // The centre unit of an even map sits at (side/2); its field spans field/2 either side.
    let half = field as f64 / 2.0;
    let (cy, cx) = ((side[0] / 2) as f64 + 0.5, (side[1] / 2) as f64 + 0.5);
    sketch.set_stroke_style_str(pal.tap);
    sketch.set_line_width(2.0);
    sketch.stroke_rect(
        (cx - half) * CELL,
        (cy - half) * CELL,
        field as f64 * CELL,
        field as f64 * CELL,
    );
    let text = fill(
        t.describe_erf,
        &[
            ("h", &side[0].to_string()),
            ("w", &side[1].to_string()),
            ("field", &field.to_string()),
            ("max", &format!("{max:.3e}")),
            ("row", &(at / side[1].max(1)).to_string()),
            ("col", &(at % side[1].max(1)).to_string()),
        ],
    );
    draw_sketch(el, sketch, &text);
}

#[component]
pub fn ErfView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let (left, right) = (NodeRef::<Canvas>::new(), NodeRef::<Canvas>::new());
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
        let (Some(a), Some(b)) = (left.get(), right.get()) else {
            return;
        };
        lab.erf.with(|e| {
            if let Some(e) = e {
                paint(&a, e.side, e.field, &e.loaded, &pal, tr());
                paint(&b, e.side, e.field, &e.initial, &pal, tr());
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
                    <crate::app::figure_export::FigureExport canvas=left file="lab-erf-loaded".to_string() />
                    <figcaption>{move || tr().erf_loaded}<br/><span id="lab-erf-loaded-core">{move || core(lab.erf.with(|e| e.as_ref().map_or(0, |e| e.loaded_core)))}</span></figcaption>
                </figure>
                <figure class="view">
                    <canvas node_ref=right id="lab-erf-initial" role="img" aria-label=move || tr().erf_initial></canvas>
                    <crate::app::figure_export::FigureExport canvas=right file="lab-erf-initial".to_string() />
                    <figcaption>{move || tr().erf_initial}<br/>{move || core(lab.erf.with(|e| e.as_ref().map_or(0, |e| e.initial_core)))}</figcaption>
                </figure>
            </div>
            <p class="hint">{move || tr().erf_note}</p>
        </section>
    }
}
