//! The effective receptive field of the selected unit (Luo et al. 2016): the gradient
//! of the unit with respect to the input, by the core's backward pass through the stack
//! with seeded random weights, beside the theoretical field; a button re-rolls the seed.

use super::draw::{cell_size, describe, draw_field_map, FieldMap};
use super::page::use_explorer;
use crate::app::canvas::{draw_sketch, mark_drawn, use_frame_width};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::rfield::erf::MASS;
use crate::rfield::paths::field_box;
use crate::rfield::state::MAX_SEED;
use crate::sketch::Sketch;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// The gradient map, the theoretical field's box, the pixels holding 95% and the field's pixels.
type Erf = (Vec<f64>, [usize; 4], usize, u64);

#[component]
pub fn ErfView() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (240.0, 520.0));
    let n = Memo::new(move |_| ex.state.with(|s| s.n));
    // Picking a unit or a layer is one backward pass through the page's kept forward pass.
    let erf = Memo::new(move |_| -> Result<Erf, String> {
        let t = ex.target.get().map_err(|_| String::new())?;
        let view = ex.erf_net.with(|net| match net {
            Ok(net) => net.erf(t.layer, t.unit).map_err(|e| e.to_string()),
            Err(e) => Err(e.clone()),
        })?;
        ex.stack.with(|stack| {
            let field = field_box(&stack[..t.layer.min(stack.len())], view.n, t.unit);
            let values: Vec<f64> = view.values.iter().map(|&v| f64::from(v)).collect();
            Ok((values, field, view.mass_pixels, view.field_pixels))
        })
    });
    Effect::new(move |_| {
        let theme = ex.app.shell.get().theme;
        let (w, n) = (width.get(), n.get());
        let Some(el) = canvas.get() else {
            return;
        };
        erf.with(|e| {
            if let Ok((values, field, _, _)) = e {
                let cell = cell_size(w, n);
                let map = FieldMap {
                    n,
                    values,
                    field: Some(*field),
                    log: false,
                };
                let mut sketch = Sketch::new(cell * n as f64, cell * n as f64);
                draw_field_map(&mut sketch, &map, cell, &Palette::for_theme(theme));
                draw_sketch(&el, sketch, &describe(&map, tr().rf().rf_describe_map));
            }
        });
        mark_drawn("erf-map");
    });
    let status = move || {
        let t = tr();
        erf.with(|e| match e {
            Ok((_, _, mass, field)) => fill(
                t.rf().rf_erf_mass,
                &[
                    ("mass", &format!("{:.0}", MASS * 100.0)),
                    ("pixels", &mass.to_string()),
                    ("field", &field.to_string()),
                    (
                        "share",
                        &format!("{:.1}%", *mass as f64 / (*field).max(1) as f64 * 100.0),
                    ),
                ],
            ),
            Err(e) if e.is_empty() => String::new(),
            Err(e) => fill(t.rf().rf_erf_failed, &[("error", e)]),
        })
    };
    view! {
        <figure class="view erf-map">
            <figcaption>{move || tr().rf().rf_erf}</figcaption>
            <div node_ref=frame class="canvas-frame">
                <canvas node_ref=canvas id="erf-map" role="img" aria-label=move || tr().rf().rf_erf></canvas>
            </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-erf".to_string() />
            <div class="button-row">
                <button type="button" id="reroll" on:click=move |_| ex.set(|s| s.seed = (s.seed + 1) % (MAX_SEED as u64 + 1))>
                    {move || tr().rf().rf_erf_reroll}
                </button>
                <span class="note" id="erf-seed">{move || fill(tr().rf().rf_erf_seed, &[("seed", &ex.state.with(|s| s.seed).to_string())])}</span>
            </div>
            <p class="status" id="erf-status" role="status">{status}</p>
            <a id="erf-trained" href=move || ex.app.link("/lab")>{move || tr().rf().rf_erf_trained}</a>
        </figure>
    }
}
