//! The chart picker and the chart, drawn with plotters on a canvas sized by
//! devicePixelRatio, in the page's theme and text size.

use super::page::{use_atlas, Shown};
use crate::app::canvas::{draw_chart, mark_drawn};
use crate::charts::adapt::{figure, network_costs};
use crate::charts::{ChartKind, NetworkCosts};
use crate::i18n::{fill, Tr};
use leptos::ev;
use leptos::html::{Canvas, Figure as FigureEl};
use leptos::prelude::*;

/// Narrowest and widest chart, in CSS pixels.
const WIDTH: (f64, f64) = (320.0, 1100.0);

fn chart_name(tr: &Tr, kind: ChartKind) -> &'static str {
    match kind {
        ChartKind::CostByType => tr.atlas().atlas_chart_cost_by_type,
        ChartKind::Layers => tr.atlas().atlas_chart_layers,
        ChartKind::RfGrowth => tr.atlas().atlas_chart_rf,
        ChartKind::AccuracyVsMacs => tr.atlas().atlas_chart_accuracy,
        ChartKind::MobilenetMultipliers => tr.atlas().atlas_chart_mobilenet,
        ChartKind::ShufflenetGroups => tr.atlas().atlas_chart_shufflenet,
        ChartKind::Compare => tr.atlas().atlas_chart_compare,
    }
}

/// Chart height in CSS pixels for `width`: per-layer bars stack two panels.
fn height(kind: ChartKind, width: f64) -> f64 {
    match kind {
        ChartKind::Layers => (width * 0.9).clamp(560.0, 1000.0),
        _ => (width * 0.62).clamp(340.0, 700.0),
    }
}

/// Chart data of a shown network, if it has a summary.
fn costs(shown: &Shown) -> Option<NetworkCosts> {
    match shown {
        Some((choice, Ok(sum))) => Some(network_costs(&choice.label(), sum)),
        _ => None,
    }
}

#[component]
pub fn ChartView() -> impl IntoView {
    let atlas = use_atlas();
    let tr = move || atlas.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<FigureEl>::new();
    let resized = RwSignal::new(0u32);
    let stop = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || stop.remove());
    let nets = Memo::new(move |_| {
        let main = atlas.main.with(costs);
        let vs = atlas.vs.with(costs);
        main.into_iter().chain(vs).collect::<Vec<_>>()
    });
    let kind = Memo::new(move |_| atlas.state.get().chart);
    let lang = Memo::new(move |_| atlas.app.shell.with(|s| s.lang));
    // Built once per chart, network or language change; resizing and theme changes only redraw.
    let fig = Memo::new(move |_| {
        let kind = kind.get();
        let shown = |nets: &Vec<NetworkCosts>| {
            figure(
                kind,
                &nets[..nets.len().min(*kind.model_count().end())],
                lang.get(),
            )
        };
        nets.with(shown)
    });
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        resized.track();
        let shell = atlas.app.shell.get();
        let (Some(el), Some(frame)) = (canvas.get(), frame.get()) else {
            return;
        };
        let width = f64::from(frame.client_width()).clamp(WIDTH.0, WIDTH.1);
        let height = height(kind.get(), width) * if shell.large { 1.3 } else { 1.0 };
        let drawn = fig.with(|fig| {
            let fig = fig.as_ref().map_err(String::clone)?;
            draw_chart(el, width, height, fig, &shell)
        });
        problem.set(drawn.err());
        mark_drawn("atlas-chart");
    });
    let charts = move || {
        let current = kind.get();
        atlas.state.with(|s| s.charts()).into_iter().map(|k| {
            view! { <option value=k.as_str() selected=k == current>{chart_name(tr(), k)}</option> }
        }).collect_view()
    };
    let pick = move |ev: ev::Event| {
        let value = event_target_value(&ev);
        if let Some(k) = ChartKind::ALL.into_iter().find(|k| k.as_str() == value) {
            atlas.set(|s| s.chart = k);
        }
    };
    view! {
        <label class="field" for="chart">
            <span>{move || tr().atlas().atlas_chart}</span>
            <select id="chart" on:change=pick>{charts}</select>
        </label>
        <figure class="chart" node_ref=frame>
            <canvas node_ref=canvas id="atlas-chart" role="img" data-chart=move || kind.get().as_str()
                aria-label=move || chart_name(tr(), kind.get())></canvas>
            <figcaption class="note">
                {move || tr().atlas().atlas_chart_note}
                {move || (kind.get() == ChartKind::AccuracyVsMacs).then(|| view! {
                    " " <span id="accuracy-note">{tr().atlas().atlas_chart_accuracy_note}</span>
                })}
            </figcaption>
        </figure>
        <crate::app::figure_export::FigureExport canvas=canvas file=Signal::derive(move || format!("atlas-{}", kind.get().as_str())) />
        {move || problem.get().map(|e| view! {
            <p class="error" role="alert">{fill(tr().atlas_chart_failed, &[("error", &e)])}</p>
        })}
    }
}
