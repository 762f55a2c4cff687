//! The paper's three variants (Table 3): published top-1 beside the parameters our zoo
//! counts for each.

use super::page::use_squeeze;
use super::variant_diagram::VariantDiagram;
use crate::format::thousands;
use crate::i18n::squeeze::SqueezeTr;
use crate::squeeze::variants;
use leptos::prelude::*;

fn label(t: &SqueezeTr, zoo: &str) -> &'static str {
    match zoo {
        "squeezenet1_0_simple_bypass" => t.simple,
        "squeezenet1_0_complex_bypass" => t.complex,
        _ => t.vanilla,
    }
}

#[component]
pub fn VariantsTable() -> impl IntoView {
    let sq = use_squeeze();
    let tr = move || sq.tr();
    let variants = variants().unwrap_or_default();
    let rows = move || {
        let t = tr();
        variants
            .iter()
            .map(|v| {
                view! {
                    <tr>
                        <th scope="row">{label(t, v.zoo)}</th>
                        <td class="num">{thousands(v.params)}</td>
                        <td class="num">{format!("{:.1}%", v.top1)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="variants-title">
            <h2 id="variants-title">{move || tr().variants_title}</h2>
            <p class="hint">{move || tr().variants_note}</p>
            <div class="table-scroll">
                <table class="cost" id="variants-table">
                    <thead><tr>
                        <th scope="col">{move || tr().variant}</th>
                        <th scope="col">{move || tr().params}</th>
                        <th scope="col">{move || tr().top1}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <VariantDiagram />
        </section>
    }
}
