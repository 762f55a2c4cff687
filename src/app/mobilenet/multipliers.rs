//! α and ρ on the whole network: the published points of Tables 6 and 7 (and the
//! chosen one) with our MACs, the α²ρ² law and the paper's figures, and the law chart.

use super::law_chart::LawChart;
use super::page::use_mobilenet;
use crate::atlas::{multiplier, ALPHAS, RESOLUTIONS};
use crate::format::thousands;
use crate::mobilenet::network_points;
use leptos::prelude::*;

/// Millions with one decimal: "569.0".
fn mega(v: f64) -> String {
    format!("{:.1}M", v / 1e6)
}

#[component]
pub fn Multipliers() -> impl IntoView {
    let mn = use_mobilenet();
    let tr = move || mn.tr();
    let chosen = Memo::new(move |_| mn.state.with(|s| (s.alpha, s.res)));
    let points = Memo::new(move |_| {
        let (a, r) = chosen.get();
        network_points(a, r).map_err(|e| e.to_string())
    });
    let pick_alpha = move |ev| {
        let raw = event_target_value(&ev);
        if let Some(a) = crate::atlas::match_multiplier(&raw, &ALPHAS) {
            mn.set(|s| s.alpha = a);
        }
    };
    let pick_res = move |ev| {
        if let Ok(r) = event_target_value(&ev).parse::<usize>() {
            if RESOLUTIONS.contains(&r) {
                mn.set(|s| s.res = r);
            }
        }
    };
    let table = move || {
        let t = tr();
        let (a, r) = chosen.get();
        points.get().map(|points| {
            view! {
                <table class="cost" id="multipliers-table">
                    <thead><tr>
                        <th scope="col">{t.col_point}</th>
                        <th scope="col" class="num">{t.col_ours}</th>
                        <th scope="col" class="num">{t.col_law}</th>
                        <th scope="col" class="num">{t.col_paper}</th>
                        <th scope="col" class="num">{t.col_params}</th>
                        <th scope="col" class="num">{t.col_params_paper}</th>
                        <th scope="col" class="num">{t.col_top1}</th>
                    </tr></thead>
                    <tbody>
                        {points.into_iter().map(|p| {
                            let is_chosen = p.alpha == a && p.res == r;
                            let mut name = format!("α {}, {}", multiplier(p.alpha), p.res);
                            if is_chosen {
                                name.push_str(&format!(" ({})", t.chosen));
                            }
                            let paper = p.paper;
                            view! {
                                <tr class:chosen=is_chosen>
                                    <th scope="row">{name}</th>
                                    <td class="num macs">{thousands(p.macs)}</td>
                                    <td class="num">{mega(p.law_macs)}</td>
                                    <td class="num">{paper.and_then(|x| x.mmacs).map_or("–".into(), |m| format!("{m}M"))}</td>
                                    <td class="num">{thousands(p.params)}</td>
                                    <td class="num">{paper.and_then(|x| x.mparams).map_or("–".into(), |m| format!("{m}M"))}</td>
                                    <td class="num">{paper.map_or("–".into(), |x| format!("{}%", x.top1))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
        })
    };
    view! {
        <section class="panel widget" aria-labelledby="multipliers-title">
            <h2 id="multipliers-title">{move || tr().multipliers_title}</h2>
            <p class="hint">{move || tr().multipliers_note}</p>
            <div class="controls">
                <label class="field">
                    <span>{move || tr().alpha}</span>
                    <select id="mn-alpha" on:change=pick_alpha>
                        {move || ALPHAS.iter().map(|v| {
                            let selected = chosen.get().0 == *v;
                            view! { <option value=multiplier(*v) selected=selected>{multiplier(*v)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || tr().res}</span>
                    <select id="mn-res" on:change=pick_res>
                        {move || RESOLUTIONS.iter().map(|v| {
                            let selected = chosen.get().1 == *v;
                            view! { <option value=v.to_string() selected=selected>{format!("{v} (ρ = {:.3})", *v as f64 / 224.0)}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="table-scroll cost-scroll">
                {move || match table() {
                    Ok(v) => v.into_any(),
                    Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
                }}
            </div>
            <LawChart points=points />
        </section>
    }
}
