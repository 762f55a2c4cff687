//! A plotters chart of the receptive field's growth through the stack.

use super::page::use_explorer;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::rfield::growth::growth_figure;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn GrowthChart() -> impl IntoView {
    let ex = use_explorer();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (320.0, 900.0));
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shell = ex.app.shell.get();
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let fig = ex
            .fields
            .with(|f| ex.erf_growth.with(|g| growth_figure(f, g, shell.lang)));
        let h = (w * 0.45).clamp(240.0, 380.0) * if shell.large { 1.3 } else { 1.0 };
        let drawn = draw_chart(el, w, h, &fig, &shell);
        problem.set(drawn.err());
        mark_drawn("rf-chart");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="rf-chart" role="img" aria-label=move || ex.app.tr().rf().rf_chart></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="rf-growth".to_string() />
        {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}
