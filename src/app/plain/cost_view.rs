//! The stack's cost: totals, the heaviest layer's formula with its numbers, what each
//! change does to the MACs, and the layer-by-layer table with the receptive field.

use super::page::use_plain;
use crate::arch::OpKind;
use crate::atlas::table::shape;
use crate::format::thousands;
use crate::plain::{macs_with, PlainState};
use leptos::prelude::*;

/// `ratio` of `after` to `before`, e.g. `×3.98`.
fn times(before: u64, after: Option<u64>) -> String {
    match after {
        Some(a) if before > 0 => format!("×{:.2}", a as f64 / before as f64),
        _ => "–".into(),
    }
}

#[component]
pub fn CostView() -> impl IntoView {
    let p = use_plain();
    let tr = move || p.tr();
    // Every scaling ratio needs a second summary: only when the sliders change.
    let scaling = Memo::new(move |_| {
        let s: PlainState = p.state.get();
        let base = p.summary.with(|r| r.as_ref().map(|s| s.macs).unwrap_or(0));
        [
            times(base, macs_with(&s, |s| s.width *= 2)),
            times(base, macs_with(&s, |s| s.side *= 2)),
            times(base, macs_with(&s, |s| s.depth += 1)),
            times(base, macs_with(&s, |s| s.pool = !s.pool)),
        ]
    });
    view! {
        <div class="ch-views">
            {move || p.summary.with(|r| match r {
                Err(e) => view! { <p class="error" role="alert" id="plain-error">{format!("{}{e}", tr().too_big)}</p> }.into_any(),
                Ok(sum) => {
                    let t = tr();
                    let heaviest = sum.layers.iter().filter(|l| l.op == OpKind::Conv2d).max_by_key(|l| l.macs);
                    let formula = heaviest.map(|l| format!(
                        "{}: {}·{}·{}·{}·{}·{} = {} {}",
                        l.name,
                        l.kernel.map_or(1, |k| k[0]), l.kernel.map_or(1, |k| k[1]),
                        l.in_shape[0], l.out_shape[0], l.out_shape[1], l.out_shape[2],
                        thousands(l.macs),
                        t.macs,
                    ));
                    view! {
                        <section class="panel plain-totals">
                            <h2>{t.totals}</h2>
                            <ul class="facts-list" id="plain-totals">
                                <li><strong id="plain-params">{thousands(sum.params)}</strong>" "{t.params}</li>
                                <li><strong id="plain-macs">{thousands(sum.macs)}</strong>" "{t.macs}</li>
                                <li><strong>{format!("{:.1} MB", sum.activation_bytes as f64 / 1e6)}</strong>" "{t.memory}<span class="hint">{format!(" ({})", t.memory_note)}</span></li>
                                <li><strong id="plain-rf">{format!("{} px", sum.receptive_field)}</strong>" "{t.field}</li>
                            </ul>
                            <p class="sum" id="plain-formula">{t.heaviest}": "{formula}</p>
                            <h3>{t.scaling}</h3>
                            <ul class="facts-list" id="plain-scaling">
                                <li>{t.twice_width}": "<strong>{scaling.get()[0].clone()}</strong></li>
                                <li>{t.twice_side}": "<strong>{scaling.get()[1].clone()}</strong></li>
                                <li>{t.one_more}": "<strong>{scaling.get()[2].clone()}</strong></li>
                                <li>{if p.state.get().pool { t.pooling_toggled_off } else { t.pooling_toggled_on }}": "<strong>{scaling.get()[3].clone()}</strong></li>
                            </ul>
                        </section>
                        <section class="panel plain-table">
                            <h2>{t.table}</h2>
                            <div class="table-scroll">
                                <table id="plain-layers">
                                    <thead><tr>
                                        <th>{t.layer}</th><th>{t.output}</th><th class="num">{t.params}</th><th class="num">{t.macs}</th><th class="num">{p.app.tr().atlas_col_rf}</th>
                                    </tr></thead>
                                    <tbody>
                                        {sum.layers.iter().filter(|l| l.op != OpKind::Relu).map(|l| view! {
                                            <tr>
                                                <td>{l.name.clone()}</td>
                                                <td>{shape(l.out_shape)}</td>
                                                <td class="num">{thousands(l.params)}</td>
                                                <td class="num">{thousands(l.macs)}</td>
                                                <td class="num">{l.receptive_field}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        </section>
                    }.into_any()
                }
            })}
        </div>
    }
}
