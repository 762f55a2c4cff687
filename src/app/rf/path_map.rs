//! The path map of the selected unit on the input, with its numbers: the unit, the
//! field's size, stride, padding and coverage, and the HDC verdict with its M_i.

use super::draw::{cell_size, describe, draw_field_map, path_values, FieldMap};
use super::page::use_explorer;
use crate::app::canvas::{draw_sketch, mark_drawn, pointer_position, use_frame_width};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::rfield::field::{hdc, Hdc};
use crate::rfield::paths::{path_map, PathMap, PathProblem};
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// The map of the selected unit and where it is: (map, unit, selected layer's output side).
type Shown = Result<(PathMap, (usize, usize), [usize; 2]), PathProblem>;

#[component]
pub fn PathMapView() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (240.0, 520.0));
    let n = Memo::new(move |_| ex.state.with(|s| s.n));
    let shown = Memo::new(move |_| -> Shown {
        let n = n.get();
        let t = ex.target.get()?;
        ex.stack
            .with(|stack| Ok((path_map(stack, t.layer, n, t.unit)?, t.unit, t.out)))
    });
    Effect::new(move |_| {
        let theme = ex.app.shell.get().theme;
        let w = width.get();
        let Some(el) = canvas.get() else {
            return;
        };
        shown.with(|s| {
            if let Ok((map, _, _)) = s {
                let cell = cell_size(w, map.n);
                let side = cell * map.n as f64;
                let values = path_values(map);
                let field = FieldMap {
                    n: map.n,
                    values: &values,
                    field: Some(map.field),
                    log: true,
                };
                let mut sketch = Sketch::new(side, side);
                draw_field_map(&mut sketch, &field, cell, &Palette::for_theme(theme));
                draw_sketch(&el, sketch, &describe(&field, tr().rf().rf_describe_map));
            }
        });
        mark_drawn("path-map");
    });
    let click = move |e: ev::MouseEvent| {
        let Some((px, py)) = pointer_position(&e) else {
            return;
        };
        let n = ex.state.with_untracked(|s| s.n);
        let cell = cell_size(width.get_untracked(), n);
        let (sel, out) = match shown.get_untracked() {
            Ok((_, _, out)) => (ex.state.with_untracked(|s| s.selected), out),
            Err(_) => return,
        };
        let Some(f) = ex.fields.with_untracked(|f| f.get(sel - 1).copied()) else {
            return;
        };
        // The unit whose field is centred nearest the clicked pixel, per axis.
        let pick = |p: f64, a: usize| {
            let centre = (f.rf.size[a] as f64 - 1.0) / 2.0;
            let u = ((p / cell).floor() + f.rf.padding[a] as f64 - centre) / f.rf.stride[a] as f64;
            (u.round().max(0.0) as usize).min(out[a] - 1)
        };
        let unit = (pick(py, 0), pick(px, 1));
        ex.set(|s| s.unit = Some(unit));
    };
    let status = move || {
        let t = tr();
        shown.with(|s| match s {
            Ok((_, (y, x), [oh, ow])) => {
                let sel = ex.state.with(|s| s.selected);
                let f = ex.fields.with(|f| f.get(sel - 1).copied());
                let mut text = fill(
                    t.rf().rf_unit,
                    &[
                        ("layer", &sel.to_string()),
                        ("y", &y.to_string()),
                        ("x", &x.to_string()),
                        ("oh", &oh.to_string()),
                        ("ow", &ow.to_string()),
                    ],
                );
                if let Some(f) = f {
                    let coverage = f.coverage.map_or_else(
                        || t.rf().rf_uncounted.to_string(),
                        |c| format!("{:.1}%", c * 100.0),
                    );
                    text.push(' ');
                    text.push_str(&fill(
                        t.rf().rf_summary,
                        &[
                            ("r", &f.rf.size[0].to_string()),
                            ("s", &f.rf.stride[0].to_string()),
                            ("p", &f.rf.padding[0].to_string()),
                            ("coverage", &coverage),
                        ],
                    ));
                }
                text
            }
            Err(PathProblem::TooSmall {
                layer,
                input,
                extent,
            }) => fill(
                t.rf().rf_err_small,
                &[
                    ("layer", &layer.to_string()),
                    ("extent", &extent.to_string()),
                    ("input", &input.to_string()),
                ],
            ),
        })
    };
    let verdict = move || {
        let t = tr();
        match ex.stack.with(|s| hdc(s)) {
            Hdc::Checked { kernel, m, holds } => {
                let values: Vec<String> = m
                    .iter()
                    .enumerate()
                    .map(|(i, v)| format!("M_{} = {v}", i + 2))
                    .collect();
                let template = if holds {
                    t.rf().rf_hdc_holds
                } else {
                    t.rf().rf_hdc_fails
                };
                fill(
                    template,
                    &[("m", &values.join(", ")), ("k", &kernel.to_string())],
                )
            }
            Hdc::NotApplicable => t.rf().rf_hdc_na.to_string(),
        }
    };
    view! {
        <figure class="view path-map">
            <figcaption>{move || tr().rf().rf_map}</figcaption>
            <div node_ref=frame class="canvas-frame">
                <canvas node_ref=canvas id="path-map" role="img" class="clickable"
                    aria-label=move || tr().rf().rf_map on:click=click
                    data-reached=move || shown.with(|s| s.as_ref().ok().map(|(m, _, _)| m.counts.iter().filter(|&&c| c > 0).count()))></canvas>
            </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-paths".to_string() />
            <p class="hint">{move || tr().rf().rf_map_hint}</p>
            <p class="status" id="unit-status" role="status">{status}</p>
            <p class="status" id="hdc-status">{verdict}</p>
        </figure>
    }
}
