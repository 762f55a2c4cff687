//! The plotters chart of parameters and MACs against the group count (towers in
//! the Xception lesson), on a canvas sized by devicePixelRatio.

use super::connections::WIDTH;
use super::page::use_channels;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width, use_in_sight};
use crate::channels::chart::cost_figure;
use crate::i18n::fill;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn CostChart() -> impl IntoView {
    let ch = use_channels();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let frame_width = use_frame_width(frame, WIDTH);
    let problem = RwSignal::new(None::<String>);
    let in_sight = use_in_sight(canvas);
    Effect::new(move |_| {
        if !in_sight.get() {
            return;
        }
        let shell = ch.app.shell.get();
        let Some(el) = canvas.get() else {
            return;
        };
        let width = frame_width.get();
        let height = (width * 0.42).clamp(240.0, 380.0) * if shell.large { 1.3 } else { 1.0 };
        let fig = ch.shown.with(|l| cost_figure(l, ch.lesson, shell.lang));
        let drawn = draw_chart(el, width, height, &fig, &shell);
        problem.set(drawn.err());
        mark_drawn("cost-chart");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="cost-chart" role="img"
                aria-label=move || ch.app.tr().channels().ch_chart></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="cost-by-groups".to_string() />
        {move || problem.get().map(|e| view! {
            <p class="error" role="alert">{fill(ch.app.tr().atlas_chart_failed, &[("error", &e)])}</p>
        })}
    }
}
