//! The weight tensor (C_out, C_in/g, k_h, k_w) as a C_out × C_in grid of k_h × k_w
//! blocks: a grouped layer's missing blocks are blank.

use super::connections::WIDTH;
use super::draw::{block_cell, draw_weight_blocks};
use super::page::use_channels;
use crate::app::canvas::{draw_sketch, mark_drawn, use_frame_width, use_in_sight};
use crate::app::paint::Palette;
use crate::format::thousands;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// The weight tensor's shape, C_out × C_in/g × k_h × k_w.
fn shape(l: &crate::channels::layer::ChannelLayer) -> String {
    format!(
        "{} × {} × {} × {}",
        l.c_out,
        l.c_in / l.groups.max(1),
        l.kernel[0],
        l.kernel[1]
    )
}

#[component]
pub fn WeightBlocks() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, WIDTH);
    let weights = ch.weights;
    let in_sight = use_in_sight(canvas);
    Effect::new(move |_| {
        if !in_sight.get() {
            return;
        }
        let layer = ch.shown.get();
        let theme = ch.app.shell.get().theme;
        let (Some(el), width) = (canvas.get(), width.get()) else {
            return;
        };
        weights.with(|w| {
            let Some(w) = w else { return };
            let cell = block_cell(width, layer.c_in, layer.kernel[0].max(layer.kernel[1]));
            let (cw, chh) = (cell * layer.c_in as f64, cell * layer.c_out as f64);
            let mut sketch = Sketch::new(cw, chh);
            draw_weight_blocks(&mut sketch, &layer, w, cell, &Palette::for_theme(theme));
            let largest = w.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            let text = fill(
                tr().channels().ch_describe_weights,
                &[
                    ("shape", &shape(&layer)),
                    (
                        "blocks",
                        &thousands((layer.c_out * layer.inputs_of(0).len()) as u64),
                    ),
                    ("all", &thousands((layer.c_out * layer.c_in) as u64)),
                    ("weights", &thousands(w.len() as u64)),
                    ("max", &format!("{largest:.2}")),
                ],
            );
            draw_sketch(&el, sketch, &text);
        });
        mark_drawn("weights");
    });
    let caption = move || {
        fill(
            tr().channels().ch_weights_caption,
            &[("shape", &shape(&ch.shown.get()))],
        )
    };
    view! {
        <Show when=move || ch.shown.get().drawable()>
            <figure class="view weights">
                <figcaption>{move || tr().channels().ch_weights}</figcaption>
                <div node_ref=frame class="canvas-frame">
                    <canvas node_ref=canvas id="weight-blocks" role="img" aria-label=caption></canvas>
                </div>
                <crate::app::figure_export::FigureExport canvas=canvas file="weight-blocks".to_string() />
                <p class="note" id="weights-caption">{caption}</p>
            </figure>
        </Show>
    }
}
