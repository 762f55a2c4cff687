//! The Fire module widget: its filters (or one of SqueezeNet v1.0's modules) against a
//! plain 3×3 layer with the same channels, costed by the atlas's analysis.

use super::page::use_squeeze;
use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::app::number_field::NumberField;
use crate::format::thousands;
use crate::i18n::fill;
use crate::squeeze::state::{MAX_CHANNELS, MAX_SIDE};
use crate::squeeze::{fire_cost, fire_model, network_fires, plain_cost, FireSpec};
use leptos::prelude::*;

/// A ratio as a short decimal ("0.125", "0.5").
fn short(x: f64) -> String {
    let text = format!("{x:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[component]
pub fn FireWidget() -> impl IntoView {
    let sq = use_squeeze();
    let tr = move || sq.tr();
    let fire = Memo::new(move |_| sq.state.with(|s| s.fire));
    let presets = network_fires().unwrap_or_default();
    let preset_names: Vec<String> = presets.iter().map(|(n, _)| n.clone()).collect();
    let selected = {
        let presets = presets.clone();
        move || {
            let f = fire.get();
            presets
                .iter()
                .find(|(_, p)| *p == f)
                .map_or(String::new(), |(n, _)| n.clone())
        }
    };
    let pick = move |name: String| {
        if let Some((_, spec)) = presets.iter().find(|(n, _)| *n == name) {
            let spec = *spec;
            sq.set(|s| s.fire = spec);
        }
    };
    let number = move |id: &'static str,
                       label: fn(&crate::i18n::squeeze::SqueezeTr) -> &'static str,
                       min: usize,
                       max: usize,
                       get: fn(&FireSpec) -> usize,
                       put: fn(&mut FireSpec, usize)| {
        view! {
            <NumberField id label=Signal::derive(move || label(tr())) min max
                value=Signal::derive(move || get(&fire.get()))
                set=Callback::new(move |v| sq.set(|s| put(&mut s.fire, v))) />
        }
    };
    let costs = Memo::new(move |_| {
        let f = fire.get();
        fire_cost(&f)
            .and_then(|a| plain_cost(&f).map(|b| (a, b)))
            .map_err(|e| e.to_string())
    });
    let diagram = Signal::derive(move || {
        let shell = sq.app.shell.get();
        block_svg(&fire_model(&fire.get()), "fire", &shell)
    });
    let ratio = |a: u64, b: u64| format!("{:.3}", a as f64 / b.max(1) as f64);
    let table = move || {
        let t = tr();
        let f = fire.get();
        match costs.get() {
            Err(error) => view! {
                <p class="error" role="alert">{fill(t.too_big, &[("error", &error)])}</p>
            }
            .into_any(),
            Ok((fire_c, plain_c)) => view! {
                <table class="cost" id="fire-table">
                    <thead><tr>
                        <th scope="col">{t.layer}</th>
                        <th scope="col">{t.params}</th>
                        <th scope="col">{t.macs}</th>
                    </tr></thead>
                    <tbody>
                        <tr class="fire"><th scope="row">{t.fire_row}</th>
                            <td class="num params">{thousands(fire_c.params)}</td>
                            <td class="num macs">{thousands(fire_c.macs)}</td></tr>
                        <tr class="plain"><th scope="row">{t.plain_row}</th>
                            <td class="num params">{thousands(plain_c.params)}</td>
                            <td class="num macs">{thousands(plain_c.macs)}</td></tr>
                        <tr class="ratio"><th scope="row">{t.ratio_row}</th>
                            <td class="num params">{ratio(fire_c.params, plain_c.params)}</td>
                            <td class="num macs">{ratio(fire_c.macs, plain_c.macs)}</td></tr>
                    </tbody>
                </table>
                <p id="fire-weights">{fill(t.weights_written, &[
                    ("weights", &thousands(f.weights())),
                    ("biases", &f.biases().to_string()),
                ])}</p>
            }
            .into_any(),
        }
    };
    let sr = move || {
        let f = fire.get();
        f.s as f64 / f.cout().max(1) as f64
    };
    let pct = move || {
        let f = fire.get();
        f.e3 as f64 / f.cout().max(1) as f64
    };
    let metaparameters = move || {
        fill(
            tr().metaparameters,
            &[("sr", &short(sr())), ("pct", &short(pct()))],
        )
    };
    // A new SR or pct keeps C_in, the side and the expand total e1 + e3 (the paper's
    // metaparameters), and sets s, e1 and e3 from them.
    let set_meta = move |new_sr: Option<f64>, new_pct: Option<f64>| {
        let f = fire.get_untracked();
        let (r, p) = (
            new_sr.unwrap_or(f.s as f64 / f.cout() as f64),
            new_pct.unwrap_or(f.e3 as f64 / f.cout() as f64),
        );
        if r.is_finite() && p.is_finite() && r > 0.0 && (0.0..=1.0).contains(&p) {
            let next = FireSpec::from_metaparameters(f.cin, f.cout(), r.min(8.0), p, f.side);
            sq.set(|s| s.fire = next);
        }
    };
    view! {
        <section class="panel widget" aria-labelledby="fire-title">
            <h2 id="fire-title">{move || tr().fire_title}</h2>
            <p class="hint">{move || tr().fire_note}</p>
            <div class="field-row">
                <label class="field">
                    <span>{move || tr().preset}</span>
                    <select id="fire-preset" prop:value=selected
                        on:change=move |ev| pick(event_target_value(&ev))>
                        <option value="">{move || tr().custom}</option>
                        {preset_names.into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                    </select>
                </label>
                {number("fire-cin", |t| t.cin, 1, MAX_CHANNELS, |f| f.cin, |f, v| f.cin = v)}
                {number("fire-s", |t| t.squeeze, 1, MAX_CHANNELS, |f| f.s, |f, v| f.s = v)}
                {number("fire-e1", |t| t.expand1, 1, MAX_CHANNELS, |f| f.e1, |f, v| f.e1 = v)}
                {number("fire-e3", |t| t.expand3, 1, MAX_CHANNELS, |f| f.e3, |f, v| f.e3 = v)}
                {number("fire-side", |t| t.side, 1, MAX_SIDE, |f| f.side, |f, v| f.side = v)}
            </div>
            <div class="field-row">
                <label class="field">
                    <span>"SR"</span>
                    <input type="number" id="fire-sr" min="0.001" max="8" step="0.001" class="typed"
                        prop:value=move || short(sr())
                        on:change=move |ev| set_meta(event_target_value(&ev).trim().parse().ok(), None) />
                </label>
                <label class="field">
                    <span>"pct (3×3)"</span>
                    <input type="number" id="fire-pct" min="0" max="1" step="0.01" class="typed"
                        prop:value=move || short(pct())
                        on:change=move |ev| set_meta(None, event_target_value(&ev).trim().parse().ok()) />
                </label>
            </div>
            <p id="fire-meta">{metaparameters}</p>
            {move || (fire.get().s >= fire.get().cout()).then(|| view! {
                <p class="caution" role="status" id="fire-no-squeeze">{tr().no_squeeze}</p>
            })}
            <div class="table-scroll cost-scroll">{table}</div>
            <BlockDiagram svg=diagram file="fire-module.svg".to_string() />
        </section>
    }
}
