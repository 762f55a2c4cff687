//! Table 2 complete: the error change from g = 1 at three widths as a chart, and the
//! table with each width's best g and the zoo's complexity beside the paper's.

use super::extras::use_shufflenet;
use crate::app::canvas::{draw_chart, mark_drawn, use_frame_width};
use crate::shufflenet::{table2_figure, zoo_macs, GROUPS, TABLE2};
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
pub fn ScaleChart() -> impl IntoView {
    let sn = use_shufflenet();
    let tr = move || sn.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, (300.0, 860.0));
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let shell = sn.app.shell.get();
        let words = &crate::i18n::shufflenet::shufflenet_tr(shell.lang).table2;
        let w = width.get();
        let Some(el) = canvas.get() else { return };
        let h = (w * 0.55).clamp(260.0, 440.0);
        problem.set(draw_chart(el, w, h, &table2_figure(words), &shell).err());
        mark_drawn("sn-scale");
    });
    // The zoo's MFLOPs for every (scale, g) of the table, computed once.
    let ours: Vec<String> = TABLE2
        .iter()
        .map(|row| {
            GROUPS
                .iter()
                .map(|g| {
                    zoo_macs(*g, row.scale)
                        .map_or("–".into(), |m| format!("{:.0}", m as f64 / 1e6))
                })
                .collect::<Vec<_>>()
                .join(" / ")
        })
        .collect();
    let table = move || {
        let t = tr();
        view! {
            <table class="cost" id="scale-table">
                <thead><tr>
                    <th scope="col">{t.scale}</th>
                    {GROUPS.iter().map(|g| view! { <th scope="col" class="num">{format!("g = {g}")}</th> }).collect_view()}
                    <th scope="col" class="num">{t.best}</th>
                    <th scope="col" class="num">{t.paper_mflops}</th>
                    <th scope="col" class="num">{t.zoo_mflops}</th>
                </tr></thead>
                <tbody>
                    {TABLE2.iter().zip(ours.clone()).map(|(row, ours)| {
                        let best = row.best();
                        view! {
                            <tr>
                                <th scope="row">{format!("{}×", row.scale)}</th>
                                {GROUPS.iter().zip(row.error).map(|(g, e)| view! {
                                    <td class="num" class:chosen=*g == best>{format!("{e:.1}")}</td>
                                }).collect_view()}
                                <td class="num best">{best}</td>
                                <td class="num">{row.mflops}</td>
                                <td class="num">{ours}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <section class="panel" aria-labelledby="scale-title">
            <h2 id="scale-title">{move || tr().scale_title}</h2>
            <p class="hint">{move || tr().scale_note}</p>
            <div node_ref=frame class="chart">
                <canvas node_ref=canvas id="sn-scale" role="img" aria-label=move || tr().table2.title></canvas>
            </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="shufflenet-table2".to_string() />
            {move || problem.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            <div class="table-scroll">{table}</div>
        </section>
    }
}
