//! The output feature map canvas; clicking a cell makes it the current one.

use super::draw::{cell_size, draw_output};
use super::input_view::grid_space;
use super::page::use_playground;
use crate::app::canvas::{mark_drawn, pointer_position, prepare, scratch_canvas};
use crate::app::paint::Palette;
use crate::playground::kernel::format_weight;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

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
    let scratch = scratch_canvas();
    Effect::new(move |_| {
        let theme = pg.app.shell.get().theme;
        let cell = cell();
        pg.shown.with(|shown| {
            let (Some(el), Some(scratch), Some((state, view))) =
                (canvas.get(), scratch.as_ref(), shown.as_ref())
            else {
                return;
            };
            let Some(ctx) = prepare(&el, cell * view.out_w as f64, cell * view.out_h as f64) else {
                return;
            };
            draw_output(
                &ctx,
                scratch,
                cell,
                view.out_h,
                view.out_w,
                &view.output,
                state.pos,
                &Palette::for_theme(theme),
            );
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
        </figure>
    }
}
