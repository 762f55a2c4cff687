//! Table 4: the network with full 3×3 convolutions against the separable one, at the
//! chosen α and resolution, with the paper's figures for 1.0 MobileNet-224.

use super::page::use_mobilenet;
use crate::format::thousands;
use crate::i18n::fill;
use crate::mobilenet::table4;
use leptos::prelude::*;

#[component]
pub fn FullTable() -> impl IntoView {
    let mn = use_mobilenet();
    let tr = move || mn.tr();
    let rows = Memo::new(move |_| {
        let (a, r) = mn.state.with(|s| (s.alpha, s.res));
        table4(a, r).map_err(|e| e.to_string())
    });
    let dash = || "–".to_string();
    let body = move || {
        let t = tr();
        match rows.get() {
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
            Ok(rows) => {
                let summary = match (rows.first(), rows.get(1)) {
                    (Some(full), Some(sep)) => {
                        let gained = match (full.paper, sep.paper) {
                            (Some(f), Some(s)) => format!("{:.1}", f.top1 - s.top1),
                            _ => dash(),
                        };
                        fill(
                            t.full_summary,
                            &[
                                (
                                    "macs",
                                    &format!("{:.1}", full.macs as f64 / sep.macs.max(1) as f64),
                                ),
                                (
                                    "params",
                                    &format!(
                                        "{:.1}",
                                        full.params as f64 / sep.params.max(1) as f64
                                    ),
                                ),
                                ("points", &gained),
                            ],
                        )
                    }
                    _ => String::new(),
                };
                view! {
                    <table class="cost" id="full-table">
                        <thead><tr>
                            <th scope="col">{t.col_network}</th>
                            <th scope="col" class="num">{t.col_ours}</th>
                            <th scope="col" class="num">{t.col_paper}</th>
                            <th scope="col" class="num">{t.col_params}</th>
                            <th scope="col" class="num">{t.col_params_paper}</th>
                            <th scope="col" class="num">{t.col_top1}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| {
                                let name = if r.zoo == "mobilenet_v1_full" { t.full_row } else { t.separable_row };
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        <td class="num macs">{thousands(r.macs)}</td>
                                        <td class="num">{r.paper.and_then(|p| p.mmacs).map_or_else(dash, |m| format!("{m}M"))}</td>
                                        <td class="num">{thousands(r.params)}</td>
                                        <td class="num">{r.paper.and_then(|p| p.mparams).map_or_else(dash, |m| format!("{m}M"))}</td>
                                        <td class="num">{r.paper.map_or_else(dash, |p| format!("{}%", p.top1))}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    <p id="full-summary">{summary}</p>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="panel" aria-labelledby="full-title">
            <h2 id="full-title">{move || tr().full_title}</h2>
            <p class="hint">{move || tr().full_note}</p>
            <div class="table-scroll">{body}</div>
        </section>
    }
}
