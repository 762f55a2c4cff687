//! The standard layer and the MobileNet layer at the reader's channels and map size:
//! both as block diagrams, and Table 3's walk through α and ρ with eq. 5.

use super::page::use_mobilenet;
use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::app::number_field::NumberField;
use crate::atlas::multiplier;
use crate::format::thousands;
use crate::i18n::fill;
use crate::i18n::mobilenet::MobileNetTr;
use crate::mobilenet::state::{KERNELS, MAX_CHANNELS, MAX_SIDE};
use crate::mobilenet::{eq5, separable_model, standard_model, walk, LayerSpec, WalkStep};
use leptos::prelude::*;

fn step_name(t: &MobileNetTr, step: WalkStep, alpha: f32, res: usize) -> String {
    match step {
        WalkStep::Standard => t.standard.to_string(),
        WalkStep::Separable => t.separable.to_string(),
        WalkStep::Alpha => fill(t.with_alpha, &[("alpha", &multiplier(alpha))]),
        WalkStep::AlphaRho => fill(
            t.with_rho,
            &[
                ("rho", &format!("{:.3}", res as f64 / 224.0)),
                ("res", &res.to_string()),
            ],
        ),
    }
}

#[component]
pub fn LayerWidget() -> impl IntoView {
    let mn = use_mobilenet();
    let tr = move || mn.tr();
    let layer = Memo::new(move |_| mn.state.with(|s| s.layer));
    let multipliers = Memo::new(move |_| mn.state.with(|s| (s.alpha, s.res)));
    let rows = Memo::new(move |_| {
        let (alpha, res) = multipliers.get();
        walk(&layer.get(), alpha, res).map_err(|e| e.to_string())
    });
    let number = move |id: &'static str,
                       label: fn(&MobileNetTr) -> &'static str,
                       max: usize,
                       get: fn(&LayerSpec) -> usize,
                       put: fn(&mut LayerSpec, usize)| {
        view! {
            <NumberField id label=Signal::derive(move || label(tr())) min=1 max
                value=Signal::derive(move || get(&layer.get()))
                set=Callback::new(move |v| mn.set(|s| put(&mut s.layer, v))) />
        }
    };
    let pick_kernel = move |ev| {
        if let Ok(k) = event_target_value(&ev).parse::<usize>() {
            if KERNELS.contains(&k) {
                mn.set(|s| s.layer.dk = k);
            }
        }
    };
    let table = move || {
        let t = tr();
        let (alpha, res) = multipliers.get();
        match rows.get() {
            Err(e) => view! { <p class="error" role="alert">{format!("{}: {e}", t.too_big)}</p> }
                .into_any(),
            Ok(rows) => {
                let standard = rows[0].2.macs.max(1) as f64;
                view! {
                    <table class="cost" id="walk-table">
                        <thead><tr>
                            <th scope="col">{t.step}</th>
                            <th scope="col">{t.shape}</th>
                            <th scope="col" class="num">{t.macs}</th>
                            <th scope="col" class="num">{t.weights}</th>
                            <th scope="col" class="num">{t.ratio}</th>
                        </tr></thead>
                        <tbody>
                            {rows.iter().map(|(step, l, c)| view! {
                                <tr>
                                    <th scope="row">{step_name(t, *step, alpha, res)}</th>
                                    <td>{format!("{} → {}, {} × {}", l.m, l.n, l.df, l.df)}</td>
                                    <td class="num macs">{thousands(c.macs)}</td>
                                    <td class="num params">{thousands(c.params)}</td>
                                    <td class="num">{format!("{:.4}", c.macs as f64 / standard)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }
        }
    };
    let eq5_line = move || fill(tr().eq5, &[("value", &format!("{:.4}", eq5(&layer.get())))]);
    let diagram = move |separable: bool| {
        Signal::derive(move || {
            let shell = mn.app.shell.get();
            let l = layer.get();
            if separable {
                block_svg(&separable_model(&l), "mobilenet", &shell)
            } else {
                block_svg(&standard_model(&l), "standard", &shell)
            }
        })
    };
    view! {
        <section class="panel widget" aria-labelledby="layer-title">
            <h2 id="layer-title">{move || tr().layer_title}</h2>
            <p class="hint">{move || tr().layer_note}</p>
            <div class="controls">
                {number("mn-m", |t| t.m, MAX_CHANNELS, |l| l.m, |l, v| l.m = v)}
                {number("mn-n", |t| t.n, MAX_CHANNELS, |l| l.n, |l, v| l.n = v)}
                {number("mn-df", |t| t.df, MAX_SIDE, |l| l.df, |l, v| l.df = v)}
                <label class="field">
                    <span>{move || tr().dk}</span>
                    <select id="mn-k" on:change=pick_kernel>
                        {move || KERNELS.iter().map(|k| {
                            let selected = layer.get().dk == *k;
                            view! { <option value=k.to_string() selected=selected>{format!("{k} × {k}")}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="table-scroll cost-scroll">{table}</div>
            <p id="mn-eq5">{eq5_line}</p>
            <p class="hint">{move || tr().bn_note}</p>
            <div class="diagram-pair">
                <div><h3>{move || tr().standard_layer}</h3>
                    <BlockDiagram svg=diagram(false) file="standard-layer.svg".to_string() /></div>
                <div><h3>{move || tr().mobilenet_layer}</h3>
                    <BlockDiagram svg=diagram(true) file="mobilenet-layer.svg".to_string() /></div>
            </div>
        </section>
    }
}
