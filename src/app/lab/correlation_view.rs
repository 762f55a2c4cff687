//! The channel-correlation heat map of one probed layer over the test set.

use super::draw::draw_correlation;
use super::page::use_lab;
use crate::app::canvas::{draw_sketch, mark_drawn};
use crate::app::paint::Palette;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;

/// Side of the heat map in CSS pixels (at most).
const SIDE: f64 = 320.0;

/// The matrix's numbers as text: the strongest correlation between two different
/// channels (by magnitude) and how many channels never vary (their row is undefined).
fn describe(c: usize, values: &[Option<f32>], t: &crate::i18n::lab::LabTr) -> String {
    let strongest = (0..c)
        .flat_map(|a| (a + 1..c).map(move |b| (a, b)))
        .filter_map(|(a, b)| Some((a, b, values.get(a * c + b).copied().flatten()?)))
        .fold(None::<(usize, usize, f32)>, |best, cur| match best {
            Some(b) if b.2.abs() >= cur.2.abs() => Some(b),
            _ => Some(cur),
        });
    let constant = (0..c)
        .filter(|&a| (0..c).all(|b| values.get(a * c + b).copied().flatten().is_none()))
        .count();
    let (a, b, r) = strongest.map_or(
        (String::new(), String::new(), t.none.to_string()),
        |(a, b, r)| (a.to_string(), b.to_string(), format!("{r:.2}")),
    );
    fill(
        t.describe_corr,
        &[
            ("c", &c.to_string()),
            ("r", &r),
            ("a", &a),
            ("b", &b),
            ("constant", &constant.to_string()),
        ],
    )
}

#[component]
pub fn CorrelationView() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let chosen = RwSignal::new(usize::MAX);
    let names = Memo::new(move |_| {
        lab.probe.with(|p| {
            p.as_ref()
                .map(|p| p.layers.iter().map(|l| l.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // The last probed layer unless one is chosen (it has the most channels).
    let layer = Memo::new(move |_| {
        let n = names.with(Vec::len);
        let c = chosen.get();
        if c < n {
            c
        } else {
            n.saturating_sub(1)
        }
    });
    Effect::new(move |_| {
        let pal = Palette::for_theme(lab.app.shell.get().theme);
        let Some(el) = canvas.get() else {
            return;
        };
        lab.probe.with(|p| {
            if let Some(l) = p.as_ref().and_then(|p| p.layers.get(layer.get())) {
                let cell = (SIDE / l.channels.max(1) as f64).floor().max(2.0);
                let side = cell * l.channels as f64;
                let mut sketch = Sketch::new(side, side);
                draw_correlation(&mut sketch, l.channels, &l.correlation, cell, &pal);
                draw_sketch(&el, sketch, &describe(l.channels, &l.correlation, tr()));
            }
        });
        mark_drawn("lab-corr");
    });
    view! {
        <section class="panel lab-corr">
            <h2>{move || tr().corr_title}</h2>
            <label>
                {move || tr().layer} " "
                <select id="lab-corr-layer" on:change=move |e| {
                    if let Ok(i) = event_target_value(&e).parse::<usize>() {
                        chosen.set(i);
                    }
                }>
                    {move || names.get().into_iter().enumerate().map(|(i, n)| view! {
                        <option value=i.to_string() selected=move || layer.get() == i>{n}</option>
                    }).collect_view()}
                </select>
            </label>
            <canvas node_ref=canvas id="lab-corr" role="img" aria-label=move || tr().corr_title></canvas>
            <crate::app::figure_export::FigureExport canvas=canvas file="lab-correlation".to_string() />
            <p class="hint">{move || tr().corr_note}</p>
        </section>
    }
}
