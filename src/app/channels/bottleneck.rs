//! The point-wise lesson's bottleneck table: a spatial layer on its own against the
//! same job with 1×1 reductions (ResNet-50, GoogLeNet's inception (3a)), costed by
//! the same layer functions as the widget.

use super::page::use_channels;
use crate::channels::published::{bottlenecks, describe, Reduction};
use crate::format::thousands;
use crate::i18n::Tr;
use leptos::prelude::*;

fn title(t: &Tr, which: Reduction) -> &'static str {
    match which {
        Reduction::ResNet => t.channels().pw_bn_resnet,
        Reduction::Inception3x3 => t.channels().pw_bn_inception3,
        Reduction::Inception5x5 => t.channels().pw_bn_inception5,
    }
}

#[component]
pub fn Bottleneck() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let body = move || {
        let t = tr();
        bottlenecks()
            .into_iter()
            .map(|b| {
                let (plain, reduced) = (b.plain.cost(), b.reduced_cost());
                let saving = format!("{:.1}×", plain.macs as f64 / reduced.macs.max(1) as f64);
                view! {
                    <tr class="group-head"><th colspan="4" scope="rowgroup">{title(t, b.which)}</th></tr>
                    <tr>
                        <th scope="row">{t.channels().pw_bn_without} ": " {describe(&[b.plain])}</th>
                        <td class="num">{thousands(plain.params)}</td>
                        <td class="num">{thousands(plain.macs)}</td>
                        <td rowspan="2" class="num"><strong>{saving}</strong></td>
                    </tr>
                    <tr>
                        <th scope="row">{t.channels().pw_bn_with} ": " {describe(&b.reduced)}</th>
                        <td class="num">{thousands(reduced.params)}</td>
                        <td class="num">{thousands(reduced.macs)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel bottleneck" aria-labelledby="bn-title">
            <h2 id="bn-title">{move || tr().channels().pw_bottleneck}</h2>
            <div class="table-scroll cost-scroll">
                <table class="cost" id="bottleneck-table">
                    <thead><tr>
                        <th>{move || tr().channels().pw_bn_layer}</th>
                        <th scope="col">{move || tr().pg_params}</th>
                        <th scope="col">{move || tr().pg_macs}</th>
                        <th scope="col">{move || tr().channels().pw_bn_saving}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="note">{move || tr().channels().pw_bn_source}</p>
        </section>
    }
}
