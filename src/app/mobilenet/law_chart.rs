//! The α²ρ² law against the paper's points and ours, drawn on a canvas.

use super::page::use_mobilenet;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::mobilenet::{law_figure, NetPoint};
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn LawChart(points: Memo<Result<Vec<NetPoint>, String>>) -> impl IntoView {
    let mn = use_mobilenet();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (300.0, 860.0));
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shell = mn.app.shell.get();
        let words = &crate::i18n::mobilenet::mobilenet_tr(shell.lang).law;
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let Ok(points) = points.get() else { return };
        let fig = law_figure(&points, words);
        let h = (w * 0.55).clamp(260.0, 440.0);
        problem.set(draw_chart(el, w, h, &fig, &shell).err());
        mark_drawn("mn-law");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="mn-law" role="img" aria-label=move || mn.tr().law.title></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="mobilenet-law".to_string() />
        {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}
