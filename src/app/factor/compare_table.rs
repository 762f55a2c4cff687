//! One kernel against its factorization, costed live at the chosen channels and map
//! side, with a link that opens both stacks' fields in the explorer.

use super::page::use_factor;
use crate::factor::compare::{comparisons, StackCost};
use crate::factor::state::{MAX_CHANNELS, MAX_SIDE};
use crate::format::thousands;
use crate::i18n::fill;
use leptos::prelude::*;

fn field(c: &StackCost) -> String {
    if c.field[0] == c.field[1] {
        format!("{0} × {0}", c.field[0])
    } else {
        format!("{} × {}", c.field[0], c.field[1])
    }
}

#[component]
pub fn CompareTable() -> impl IntoView {
    let fa = use_factor();
    let tr = move || fa.app.tr();
    let channels = Memo::new(move |_| fa.state.with(|s| s.channels));
    let side = Memo::new(move |_| fa.state.with(|s| s.side));
    let rows = move || {
        let t = tr();
        comparisons(channels.get(), side.get())
            .into_iter()
            .map(|(one, many)| {
                let saving = format!("{:.0}%", (1.0 - many.weights_per_pair as f64 / one.weights_per_pair as f64) * 100.0);
                let explorer = fa.app.link(&format!("/dilation?layers={}", many.text));
                let row = |c: &StackCost| view! {
                    <td><code>{c.text}</code></td>
                    <td class="num">{field(c)}</td>
                    <td class="num">{c.weights_per_pair}</td>
                    <td class="num">{thousands(c.macs)}</td>
                    <td class="num">{c.layers}</td>
                };
                view! {
                    <tr class="one">{row(&one)}<td rowspan="2" class="num"><strong>{saving}</strong></td>
                        <td rowspan="2"><a href=explorer>{t.factor().fa_explorer}</a></td></tr>
                    <tr class="many">{row(&many)}</tr>
                }
            })
            .collect_view()
    };
    let number = move |id: &'static str,
                       label: fn(&crate::i18n::Tr) -> &'static str,
                       max: usize,
                       get: fn(&crate::factor::state::FactorState) -> usize,
                       put: fn(&mut crate::factor::state::FactorState, usize)| {
        view! {
            <label class="field">
                <span>{move || label(tr())}</span>
                <input type="number" id=id min="1" max=max class="typed"
                    prop:value=move || fa.state.with(get).to_string()
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).trim().parse::<usize>() {
                            fa.set(|s| put(s, v.clamp(1, max)));
                        }
                    } />
            </label>
        }
    };
    view! {
        <section class="panel widget" aria-labelledby="compare-title">
            <h2 id="compare-title">{move || tr().factor().fa_compare}</h2>
            <div class="field-row">
                {number("channels", |t| t.factor().fa_channels, MAX_CHANNELS, |s| s.channels, |s, v| s.channels = v)}
                {number("side", |t| t.factor().fa_side, MAX_SIDE, |s| s.side, |s, v| s.side = v)}
            </div>
            <div class="table-scroll cost-scroll">
                <table class="cost" id="compare-table">
                    <thead><tr>
                        <th scope="col">{move || tr().factor().fa_col_stack}</th>
                        <th scope="col">{move || tr().factor().fa_col_field}</th>
                        <th scope="col">{move || tr().factor().fa_col_weights}</th>
                        <th scope="col">{move || tr().pg_macs}</th>
                        <th scope="col">{move || tr().factor().fa_col_depth}</th>
                        <th scope="col">{move || tr().factor().fa_col_saving}</th>
                        <th></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="note">{move || fill(tr().factor().fa_note, &[("c", &channels.get().to_string()), ("hw", &side.get().to_string())])}</p>
        </section>
    }
}
