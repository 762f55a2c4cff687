//! What the network sees (the 8×8 input) and its class probabilities as bars.

use super::draw::grey;
use super::page::use_lab;
use crate::app::canvas::{draw_sketch, mark_drawn};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;

/// CSS pixels per input pixel.
const CELL: f64 = 20.0;

#[component]
pub fn PredictionView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let Some(el) = canvas.get() else {
            return;
        };
        lab.prediction.with(|p| {
            if let Some(p) = p {
                let side = 8.0 * CELL;
                let mut sketch = Sketch::new(side, side);
                sketch.cells(
                    [0.0, 0.0, side, side],
                    8,
                    8,
                    p.pixels.iter().map(|&v| grey(v, &pal)),
                );
                let values: Vec<String> = p.pixels.iter().map(|v| format!("{v:.1}")).collect();
                draw_sketch(
                    &el,
                    sketch,
                    &fill(tr().describe_input, &[("values", &values.join(" "))]),
                );
            }
        });
        mark_drawn("lab-input");
    });
    let best = Memo::new(move |_| {
        lab.prediction.with(|p| {
            p.as_ref().map(|p| {
                p.probabilities.iter().enumerate().fold(0, |b, (i, &v)| {
                    if v > p.probabilities[b] {
                        i
                    } else {
                        b
                    }
                })
            })
        })
    });
    view! {
        <section class="panel lab-prediction">
            <h2>{move || tr().input_8x8}</h2>
            <canvas node_ref=canvas id="lab-input" role="img" aria-label=move || tr().input_8x8></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file="lab-input".to_string() />
            <p id="lab-truth">{move || lab.prediction.with(|p| p.as_ref().map(|p| match p.label {
                Some(l) => format!("{} {}: {l}", tr().label, p.index.map(|i| format!("(#{i})")).unwrap_or_default()),
                None => tr().drawn.to_string(),
            }))}</p>
            <h2>{move || tr().probabilities}</h2>
            <ol class="prob-bars" id="lab-probs">
                {move || lab.prediction.with(|p| p.as_ref().map(|p| p.probabilities.iter().enumerate().map(|(digit, &v)| {
                    let chosen = best.get() == Some(digit);
                    view! {
                        <li class:chosen=chosen>
                            <span class="digit">{digit}</span>
                            <span class="bar"><span style=format!("width:{:.1}%", 100.0 * v)></span></span>
                            <span class="value">{format!("{:.1}%", 100.0 * v)}</span>
                        </li>
                    }
                }).collect_view()))}
            </ol>
            <p id="lab-predicted" class="verdict">{move || best.get().map(|b| format!("{}: {b}", tr().prediction))}</p>
        </section>
    }
}
