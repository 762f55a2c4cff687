//! The papers in miniature: the shipped ablation (every tiny network, three seeds), read
//! by the lab's worker when the lab opens, as a table and each paper's claim checked against it.

use super::page::use_lab;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::charts::xy::{Marker, Point, Series, XyChart};
use crate::charts::Figure;
use crate::i18n::lab::{claim_text, verdict_text};
use crate::lab::ablation::{checks, Ablation};
use crate::lab::mean_spread;
use crate::lab::session::ToWorker;
use crate::zoo::tiny::TINY;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// Test accuracy against MACs, one labelled point per network.
#[component]
fn AblationScatter(ablation: Ablation) -> impl IntoView {
    let lab = use_lab();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (300.0, 860.0));
    let problem = RwSignal::new(None::<String>);
    let points: Vec<Point> = ablation
        .rows
        .iter()
        .map(|r| {
            Point::new(
                r.macs as f64,
                100.0 * f64::from(mean_spread(&r.accuracy).0),
                r.model.clone(),
            )
        })
        .collect();
    Effect::new(move |_| {
        let shell = lab.app.shell.get();
        let t = crate::i18n::lab::lab_tr(shell.lang);
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let fig = Figure::one_xy(
            t.scatter_title.to_string(),
            XyChart {
                subtitle: String::new(),
                x_label: t.scatter_x.to_string(),
                y_label: t.scatter_y.to_string(),
                log_x: true,
                series: vec![Series {
                    label: t.network.to_string(),
                    points: points.clone(),
                    line: false,
                    marker: Marker::Filled,
                    color: 0,
                }],
                hlines: vec![],
            },
            vec![],
            shell.lang,
        );
        let h = (w * 0.5).clamp(260.0, 420.0);
        let drawn = draw_chart(el, w, h, &fig, &shell);
        problem.set(drawn.err());
        mark_drawn("lab-scatter");
    });
    view! {
        <div node_ref=frame class="chart">
            <canvas node_ref=canvas id="lab-scatter" role="img" aria-label=move || lab.tr().scatter_title></canvas>
        </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="lab-ablation".to_string() />
        {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}

#[component]
pub fn AblationView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let loaded = lab.ablation;
    if loaded.get_untracked().is_none() {
        lab.send(ToWorker::Ablation);
    }
    let pct = |(m, s): (f32, f32)| format!("{:.2}% ± {:.2}", 100.0 * m, 100.0 * s);
    view! {
        <section class="panel lab-ablation">
            <h2>{move || tr().ablation_title}</h2>
            <p class="hint">{move || tr().ablation_note}</p>
            {move || loaded.with(|l| match l {
                None => None,
                Some(Err(e)) => Some(view! { <p class="error" role="alert">{e.clone()}</p> }.into_any()),
                Some(Ok(a)) => {
                    let lang = lab.app.shell.get().lang;
                    let t = tr();
                    Some(view! {
                        <div class="table-scroll"><table class="lab-ablation-table" id="lab-ablation">
                            <thead><tr>
                                <th>{t.network}</th><th class="num">{t.params}</th><th class="num">{t.macs}</th><th class="num">{t.test_accuracy}</th><th></th>
                            </tr></thead>
                            <tbody>
                                {a.rows.iter().map(|r| view! {
                                    <tr>
                                        <td>{r.model.clone()}</td>
                                        <td class="num">{r.params}</td>
                                        <td class="num">{r.macs}</td>
                                        <td class="num">{pct(mean_spread(&r.accuracy))}</td>
                                        <td>{TINY.iter().find(|x| x.name == r.model).map(|x| {
                                            let (name, epochs) = (x.name, a.epochs.min(30));
                                            view! {
                                                <button class="link" on:click=move |_| lab.set(|s| {
                                                    s.model = name;
                                                    s.epochs = epochs;
                                                    s.seed = 1;
                                                })>{t.reproduce}</button>
                                            }
                                        })}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table></div>
                        <AblationScatter ablation=a.clone() />
                        <ul class="claims" id="lab-claims">
                            {checks(a).into_iter().map(|c| {
                                let (x, y) = c.claim.pair();
                                view! {
                                    <li>
                                        <p>{claim_text(lang, c.claim)}</p>
                                        <p class="check">
                                            {format!("{x} {} · {y} {} · {:+.2} · {} ×{:.2} · {} ×{:.2} — ",
                                                pct(c.first), pct(c.second), 100.0 * c.delta, t.macs, c.macs_ratio, t.params, c.params_ratio)}
                                            <strong>{verdict_text(lang, c.verdict)}</strong>
                                        </p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any())
                }
            })}
        </section>
    }
}
