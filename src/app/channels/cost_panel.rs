//! Parameters and MACs of the layer, live, with each formula written out with the
//! current numbers, and the ratio to the standard layer of the same shape.

use super::cost_chart::CostChart;
use super::page::use_channels;
use crate::channels::layer::ChannelLayer;
use crate::format::thousands;
use crate::i18n::{fill, Tr};
use leptos::prelude::*;

/// `a · b · c = product` with thousands separators.
fn written(factors: &[usize], total: u64) -> String {
    let parts: Vec<String> = factors.iter().map(|f| f.to_string()).collect();
    format!("{} = {}", parts.join(" · "), thousands(total))
}

/// One row of the cost table: name, parameter formula, MAC formula.
fn rows(l: &ChannelLayer, t: &Tr) -> Vec<(&'static str, String, String, &'static str)> {
    let [h, w] = l.out_size;
    let [kh, kw] = l.kernel;
    let cg = l.c_in / l.groups.max(1);
    let spatial = l.spatial_cost();
    let mut rows = vec![(
        t.channels().ch_spatial_layer,
        format!(
            "C_out · C_in/g · k_h · k_w = {}",
            written(&[l.c_out, cg, kh, kw], spatial.params)
        ),
        format!(
            "H · W · C_out · C_in/g · k_h · k_w = {}",
            written(&[h, w, l.c_out, cg, kh, kw], spatial.macs)
        ),
        "spatial",
    )];
    if let Some(n) = l.pointwise {
        let pw = l.pointwise_cost();
        rows.push((
            t.channels().ch_pointwise_layer,
            format!("N · C_out = {}", written(&[n, l.c_out], pw.params)),
            format!(
                "H · W · N · C_out = {}",
                written(&[h, w, n, l.c_out], pw.macs)
            ),
            "pointwise",
        ));
    }
    let std = l.standard_cost();
    rows.push((
        t.channels().ch_standard_layer,
        format!(
            "C_final · C_in · k_h · k_w = {}",
            written(&[l.final_channels(), l.c_in, kh, kw], std.params)
        ),
        format!(
            "H · W · C_final · C_in · k_h · k_w = {}",
            written(&[h, w, l.final_channels(), l.c_in, kh, kw], std.macs)
        ),
        "standard",
    ));
    rows
}

/// The ratio sentence, and the closed form when the layer is one of the textbook cases.
fn ratio_text(l: &ChannelLayer, t: &Tr) -> (String, Option<String>) {
    let ratio = l.ratio();
    let line = fill(
        t.channels().ch_ratio,
        &[
            ("ratio", &format!("{:.4}", ratio)),
            ("times", &format!("{:.2}", 1.0 / ratio.max(1e-12))),
        ],
    );
    let closed = match (l.pointwise, l.depth_multiplier()) {
        (None, _) if l.groups > 1 => Some(fill(
            t.channels().ch_ratio_groups,
            &[("g", &l.groups.to_string())],
        )),
        (Some(n), Some(1)) => {
            let k = l.kernel[0] * l.kernel[1];
            Some(fill(
                t.channels().ch_ratio_separable,
                &[
                    ("n", &n.to_string()),
                    ("k", &k.to_string()),
                    ("value", &format!("{:.4}", 1.0 / n as f64 + 1.0 / k as f64)),
                ],
            ))
        }
        _ => None,
    };
    (line, closed)
}

#[component]
pub fn CostPanel() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let table = move || {
        let l = ch.shown.get();
        let t = tr();
        let total = l.cost();
        let body = rows(&l, t)
            .into_iter()
            .map(|(name, params, macs, id)| {
                view! {
                    <tr id=format!("cost-{id}")>
                        <th scope="row">{name}</th>
                        <td><code>{params}</code></td>
                        <td><code>{macs}</code></td>
                    </tr>
                }
            })
            .collect_view();
        let (ratio, closed) = ratio_text(&l, t);
        view! {
            <table class="cost">
                <thead><tr><th></th><th scope="col">{t.pg_params}</th><th scope="col">{t.pg_macs}</th></tr></thead>
                <tbody>{body}</tbody>
                <tfoot>
                    <tr id="cost-total">
                        <th scope="row">{t.channels().ch_total}</th>
                        <td class="num"><strong id="total-params">{thousands(total.params)}</strong></td>
                        <td class="num"><strong id="total-macs">{thousands(total.macs)}</strong></td>
                    </tr>
                </tfoot>
            </table>
            <p class="ratio" id="ratio">{ratio}</p>
            {closed.map(|c| view! { <p class="ratio closed" id="ratio-formula">{c}</p> })}
        }
    };
    view! {
        <section class="cost-panel" aria-labelledby="cost-title">
            <h3 id="cost-title">{move || tr().channels().ch_cost}</h3>
            <div class="table-scroll cost-scroll">{table}</div>
            <CostChart />
        </section>
    }
}
