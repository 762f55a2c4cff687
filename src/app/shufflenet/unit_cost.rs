//! One unit's multiply-adds for ResNet, ResNeXt and ShuffleNet at the reader's c, m, g
//! and h, each computed from the unit's layers, with the paper's formula beside it.

use super::extras::use_shufflenet;
use crate::app::number_field::NumberField;
use crate::format::thousands;
use crate::i18n::shufflenet::ShuffleNetTr;
use crate::shufflenet::state::ShuffleNetState;
use crate::shufflenet::state::{MAX_CHANNELS, MAX_SIDE};
use crate::shufflenet::{unit_macs, UnitKind, UnitSpec};
use leptos::prelude::*;

fn name(t: &ShuffleNetTr, kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::ResNet => t.resnet,
        UnitKind::ResNeXt => t.resnext,
        UnitKind::ShuffleNet => t.shufflenet,
    }
}

fn formula(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::ResNet => "hw(2cm + 9m²)",
        UnitKind::ResNeXt => "hw(2cm + 9m²/g)",
        UnitKind::ShuffleNet => "hw(2cm/g + 9m)",
    }
}

#[component]
pub fn UnitCost() -> impl IntoView {
    let sn = use_shufflenet();
    let tr = move || sn.tr();
    let spec = Memo::new(move |_| {
        sn.state.with(|s| UnitSpec {
            c: s.c,
            m: s.m,
            g: s.groups,
            h: s.h,
        })
    });
    let rows = Memo::new(move |_| {
        let u = spec.get();
        UnitKind::ALL
            .iter()
            .map(|k| unit_macs(*k, &u).map(|m| (*k, m)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| e.to_string())
    });
    let number = move |id: &'static str,
                       label: fn(&ShuffleNetTr) -> &'static str,
                       max: usize,
                       get: fn(&ShuffleNetState) -> usize,
                       put: fn(&mut ShuffleNetState, usize)| {
        view! {
            <NumberField id label=Signal::derive(move || label(tr())) min=1 max
                value=Signal::derive(move || sn.state.with(get))
                set=Callback::new(move |v| sn.set(|s| put(s, v))) />
        }
    };
    let table = move || {
        let t = tr();
        match rows.get() {
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
            Ok(rows) => {
                let resnet = rows.first().map_or(1, |r| r.1.max(1)) as f64;
                view! {
                    <table class="cost" id="unit-cost-table">
                        <thead><tr>
                            <th scope="col">{t.unit}</th>
                            <th scope="col">{t.formula}</th>
                            <th scope="col" class="num">{t.macs}</th>
                            <th scope="col" class="num">{t.vs_resnet}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(k, macs)| view! {
                                <tr>
                                    <th scope="row">{name(t, k)}</th>
                                    <td>{formula(k)}</td>
                                    <td class="num macs">{thousands(macs)}</td>
                                    <td class="num">{format!("{:.3}", macs as f64 / resnet)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="panel widget" aria-labelledby="unit-cost-title">
            <h2 id="unit-cost-title">{move || tr().cost_title}</h2>
            <p class="hint">{move || tr().cost_note}</p>
            <div class="controls">
                {number("sn-c", |t| t.c, MAX_CHANNELS, |s| s.c, |s, v| s.c = v)}
                {number("sn-m", |t| t.m, MAX_CHANNELS, |s| s.m, |s, v| s.m = v)}
                {number("sn-h", |t| t.h, MAX_SIDE, |s| s.h, |s, v| s.h = v)}
            </div>
            <div class="table-scroll cost-scroll">{table}</div>
        </section>
    }
}
