//! The separable lesson's MobileNet Table 3, rebuilt live: each row's parameters and
//! MACs computed by the layer functions beside the paper's figures, and a button that
//! loads the row into the widget.

use super::page::use_channels;
use crate::channels::published::{mobilenet_table3, Table3};
use crate::i18n::Tr;
use leptos::prelude::*;

fn label(t: &Tr, row: Table3) -> &'static str {
    match row {
        Table3::FullConvolution => t.channels().t3_full,
        Table3::Separable => t.channels().t3_separable,
        Table3::Alpha075 => t.channels().t3_alpha,
        Table3::Rho0714 => t.channels().t3_rho,
    }
}

/// Millions with the paper's precision.
fn millions(v: u64) -> String {
    let m = v as f64 / 1e6;
    if m >= 100.0 {
        format!("{m:.0}")
    } else {
        format!("{m:.2}")
    }
}

#[component]
pub fn Table3View() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let rows = move || {
        let t = tr();
        mobilenet_table3()
            .into_iter()
            .map(|r| {
                let cost = r.layer.cost();
                let layer = r.layer;
                view! {
                    <tr>
                        <th scope="row">{label(t, r.row)}</th>
                        <td class="num">{millions(cost.macs)}</td>
                        <td class="num paper">{r.paper_macs_m.to_string()}</td>
                        <td class="num">{millions(cost.params)}</td>
                        <td class="num paper">{r.paper_params_m.to_string()}</td>
                        <td><button type="button" class="show-row" on:click=move |_| ch.set(|s| {
                            s.layer = layer;
                            s.knocked = None;
                        })>{t.channels().t3_show}</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel table3" aria-labelledby="t3-title">
            <h2 id="t3-title">{move || tr().channels().t3_title}</h2>
            <div class="table-scroll cost-scroll">
                <table class="cost" id="table3">
                    <thead>
                        <tr>
                            <th></th>
                            <th scope="col" colspan="2">{move || tr().pg_macs}</th>
                            <th scope="col" colspan="2">{move || tr().pg_params}</th>
                            <th></th>
                        </tr>
                        <tr>
                            <th></th>
                            <th scope="col">{move || tr().channels().t3_ours}</th>
                            <th scope="col">{move || tr().channels().t3_paper}</th>
                            <th scope="col">{move || tr().channels().t3_ours}</th>
                            <th scope="col">{move || tr().channels().t3_paper}</th>
                            <th></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="note">{move || tr().channels().t3_source}</p>
        </section>
    }
}
