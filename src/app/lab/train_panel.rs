//! Training in the page: epochs and seed (in the URL), train / pause / resume / stop,
//! a progress bar and a plotters chart of the loss and test accuracy per epoch.

use super::page::{use_lab, Status};
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::charts::xy::{Marker, Point, Series, XyChart};
use crate::charts::Figure;
use crate::lab::session::ToWorker;
use crate::lab::state::MAX_SEED;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn TrainPanel() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (300.0, 860.0));
    let problem = RwSignal::new(None::<String>);
    let train = move |_| {
        let s = lab.state.get_untracked();
        lab.history.set(Vec::new());
        lab.message.set(None);
        lab.status.set(Status::Training);
        lab.send(ToWorker::Train {
            model: s.model.to_string(),
            epochs: s.epochs,
            seed: s.seed,
        });
    };
    let stop = move |_| {
        lab.history.set(Vec::new());
        lab.restart();
        lab.message.set(Some(lab.tr().stopped.to_string()));
    };
    Effect::new(move |_| {
        let shell = lab.app.shell.get();
        let t = crate::i18n::lab::lab_tr(shell.lang);
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let (loss, accuracy): (Vec<Point>, Vec<Point>) = lab.history.with(|h| {
            h.iter()
                .map(|e| {
                    (
                        Point::new(e.epoch as f64, f64::from(e.loss), format!("{:.3}", e.loss)),
                        Point::new(
                            e.epoch as f64,
                            f64::from(e.test_accuracy),
                            format!("{:.1}%", 100.0 * e.test_accuracy),
                        ),
                    )
                })
                .unzip()
        });
        let fig = Figure::one_xy(
            t.chart_title.to_string(),
            XyChart {
                subtitle: String::new(),
                x_label: t.chart_x.to_string(),
                y_label: t.chart_y.to_string(),
                log_x: false,
                series: vec![
                    Series {
                        label: t.loss.to_string(),
                        points: loss,
                        line: true,
                        marker: Marker::Filled,
                        color: 0,
                    },
                    Series {
                        label: t.test_accuracy.to_string(),
                        points: accuracy,
                        line: true,
                        marker: Marker::Hollow,
                        color: 1,
                    },
                ],
                hlines: vec![],
            },
            vec![],
            shell.lang,
        );
        let h = (w * 0.4).clamp(220.0, 340.0);
        let drawn = draw_chart(el, w, h, &fig, &shell);
        problem.set(drawn.err());
        mark_drawn("lab-train-chart");
    });
    let progress = move || {
        lab.history
            .with(|h| h.last().map(|e| (e.epoch, e.epochs)))
            .unwrap_or((0, lab.state.with(|s| s.epochs)))
    };
    let busy = move || matches!(lab.status.get(), Status::Training | Status::Paused);
    view! {
        <section class="panel lab-train" data-simd=if lab.fused { "relaxed" } else { "simd128" }>
            <h2>{move || tr().train_title}</h2>
            <p class="hint">{move || tr().train_note}
                {move || lab.fused.then(|| format!(" {}", tr().train_fused))}</p>
            <div class="button-row">
                <label>{move || tr().epochs} " "
                    <input type="number" id="lab-epochs" min="1" max="30" prop:value=move || lab.state.with(|s| s.epochs)
                        on:change=move |e| {
                            if let Ok(v) = event_target_value(&e).trim().parse::<usize>() {
                                lab.set(|s| s.epochs = v.clamp(1, 30));
                            }
                        } />
                </label>
                <label>{move || tr().seed} " "
                    <input type="number" id="lab-seed" min="0" max=MAX_SEED prop:value=move || lab.state.with(|s| s.seed)
                        on:change=move |e| {
                            if let Ok(v) = event_target_value(&e).trim().parse::<u64>() {
                                lab.set(|s| s.seed = v.min(MAX_SEED as u64));
                            }
                        } />
                </label>
                <button id="lab-train" on:click=train disabled=move || busy() || lab.status.get() == Status::Loading>{move || tr().train}</button>
                <button id="lab-pause" on:click=move |_| lab.send(ToWorker::Pause) disabled=move || lab.status.get() != Status::Training>{move || tr().pause}</button>
                <button id="lab-resume" on:click=move |_| { lab.status.set(Status::Training); lab.send(ToWorker::Resume) }
                    disabled=move || lab.status.get() != Status::Paused>{move || tr().resume}</button>
                <button id="lab-stop" on:click=stop>{move || tr().stop}</button>
            </div>
            <progress id="lab-progress" max=move || progress().1 value=move || progress().0></progress>
            <span id="lab-progress-text">{move || format!(" {}/{}", progress().0, progress().1)}</span>
            <span id="lab-progress-accuracy">{move || lab.history.with(|h| h.last().map(|e| {
                format!(" · {} {:.2}%", tr().test_accuracy, 100.0 * e.test_accuracy)
            }))}</span>
            <div node_ref=frame class="chart" class:hidden=move || lab.history.with(Vec::is_empty)>
                <canvas node_ref=canvas id="lab-train-chart" role="img" aria-label=move || tr().chart_title></canvas>
                // Downloads only once there is a chart to download.
                <crate::app::figure_export::FigureExport canvas=canvas file="lab-training".to_string() />
            </div>
            {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
