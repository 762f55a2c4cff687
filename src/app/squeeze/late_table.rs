//! "Downsample late": SqueezeNet v1.0's top-level layers with their output sizes and their
//! share of the multiply-accumulates, from the atlas's analysis of the zoo's network.

use super::page::use_squeeze;
use crate::format::thousands;
use crate::i18n::fill;
use crate::squeeze::stages;
use leptos::prelude::*;

#[component]
pub fn LateTable() -> impl IntoView {
    let sq = use_squeeze();
    let tr = move || sq.tr();
    let stages = stages().unwrap_or_default();
    let total: u64 = stages.iter().map(|s| s.macs).sum();
    // A Fire module keeps its map side, so its output side is the side it runs at.
    let fires: Vec<usize> = stages
        .iter()
        .filter(|s| s.name.starts_with("fire"))
        .map(|s| s.out_shape[1])
        .collect();
    let late = fires.iter().filter(|&&side| side >= 27).count();
    let all = fires.len();
    let rows = stages
        .into_iter()
        .map(|s| {
            let [c, h, w] = s.out_shape;
            let share = format!("{:.1}%", 100.0 * s.macs as f64 / total.max(1) as f64);
            let pool = s.name.starts_with("pool");
            view! {
                <tr class:pool=pool>
                    <th scope="row">{s.name.clone()}</th>
                    <td class="num">{format!("{c} × {h} × {w}")}</td>
                    <td class="num">{thousands(s.macs)}</td>
                    <td class="num">{share}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="late-title">
            <h2 id="late-title">{move || tr().late_title}</h2>
            <p class="hint" id="late-note">{move || fill(tr().late_note, &[("late", &late.to_string()), ("all", &all.to_string())])}</p>
            <div class="table-scroll">
                <table class="cost" id="late-table">
                    <thead><tr>
                        <th scope="col">{move || tr().layer}</th>
                        <th scope="col">{move || tr().output}</th>
                        <th scope="col">{move || tr().macs}</th>
                        <th scope="col">{move || tr().share}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
