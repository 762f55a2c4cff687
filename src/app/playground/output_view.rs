//! The output feature map canvas; clicking a cell makes it the current one.

use super::draw::{cell_size, draw_output};
use super::input_view::grid_space;
use super::page::use_playground;
use crate::app::canvas::{draw_sketch, mark_drawn, pointer_position};
use crate::app::paint::Palette;
use crate::format::format_weight;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// The output's numbers as text: every value row by row (the first 64, then "+N") and
/// the current cell.
fn describe(
    view: &crate::playground::compute::ConvView,
    pos: usize,
    t: &crate::i18n::Tr,
) -> String {
    const SHOWN: usize = 64;
    let mut values: Vec<String> = view
        .output
        .iter()
        .take(SHOWN)
        .map(|v| format_weight(*v))
        .collect();
    if view.output.len() > SHOWN {
        values.push(format!("+{}", view.output.len() - SHOWN));
    }
    let w = view.out_w.max(1);
    fill(
        t.playground().pg_describe_output,
        &[
            ("h", &view.out_h.to_string()),
            ("w", &view.out_w.to_string()),
            ("values", &values.join(", ")),
            ("row", &(pos / w).to_string()),
            ("col", &(pos % w).to_string()),
            (
                "value",
                &view
                    .output
                    .get(pos)
                    .map_or(String::new(), |v| format_weight(*v)),
            ),
        ],
    )
}

#[component]
pub fn OutputView() -> impl IntoView {
    let pg = use_playground();
    let canvas = NodeRef::<Canvas>::new();
    // Output cells share the input's cell size, so both grids are at one scale.
    let cell = move || {
        let large = pg.app.shell.with(|s| s.large);
        pg.shown.with(|s| {
            s.as_ref().map_or(24.0, |(st, _)| {
                cell_size(grid_space(large), st.size + 2 * st.padding)
            })
        })
    };
    Effect::new(move |_| {
        let theme = pg.app.shell.get().theme;
        let cell = cell();
        pg.shown.with(|shown| {
            let (Some(el), Some((state, view))) = (canvas.get(), shown.as_ref()) else {
                return;
            };
            let mut sketch = Sketch::new(cell * view.out_w as f64, cell * view.out_h as f64);
            draw_output(
                &mut sketch,
                cell,
                view.out_h,
                view.out_w,
                &view.output,
                state.pos,
                &Palette::for_theme(theme),
            );
            draw_sketch(&el, sketch, &describe(view, state.pos, pg.app.tr()));
            mark_drawn("output");
        });
    });
    let on_click = move |e: ev::MouseEvent| {
        let Some((x, y)) = pointer_position(&e) else {
            return;
        };
        let cell = cell();
        let (col, row) = ((x / cell) as usize, (y / cell) as usize);
        let target = pg.shown.with_untracked(|s| {
            s.as_ref()
                .and_then(|(_, v)| (row < v.out_h && col < v.out_w).then(|| row * v.out_w + col))
        });
        if let Some(pos) = target {
            pg.set(false, |s| s.pos = pos);
        }
    };
    view! {
        <figure class="view output-view">
            <figcaption>
                {move || pg.app.tr().playground().pg_output}
                " "
                <span class="dims">{move || pg.shown.with(|s| s.as_ref().map(|(_, v)| format!("{} x {}", v.out_h, v.out_w)))}</span>
            </figcaption>
            <canvas
                node_ref=canvas
                id="output-canvas"
                role="img"
                aria-label=move || pg.app.tr().playground().pg_output_canvas
                data-output=move || pg.shown.with(|s| s.as_ref().map(|(_, v)| v.output.iter().map(|x| format_weight(*x)).collect::<Vec<_>>().join(",")))
                on:click=on_click
            ></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file="playground-output".to_string() />
        </figure>
    }
}
