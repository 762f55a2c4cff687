//! Table 2: the cost by layer type of our network at the chosen α and resolution,
//! beside the paper's for 1.0 MobileNet-224.

use super::page::use_mobilenet;
use crate::charts::LayerKind;
use crate::i18n::Tr;
use crate::mobilenet::shares;
use leptos::prelude::*;

fn kind_name(tr: &Tr, kind: LayerKind) -> &'static str {
    let a = tr.atlas();
    match kind {
        LayerKind::Pointwise => a.atlas_kind_pointwise,
        LayerKind::Depthwise => a.atlas_kind_depthwise,
        LayerKind::Spatial => a.atlas_kind_spatial,
        LayerKind::Group => a.atlas_kind_group,
        LayerKind::Linear => a.atlas_kind_linear,
        LayerKind::Pool => a.atlas_kind_pool,
        LayerKind::Other => a.atlas_kind_other,
    }
}

#[component]
pub fn SharesTable() -> impl IntoView {
    let mn = use_mobilenet();
    let tr = move || mn.tr();
    let rows = Memo::new(move |_| {
        let (a, r) = mn.state.with(|s| (s.alpha, s.res));
        shares(a, r).map_err(|e| e.to_string())
    });
    let pct = |v: f64| format!("{v:.2}%");
    let paper = move |v: Option<f64>| v.map_or("–".to_string(), pct);
    let body = move || {
        let t = tr();
        let common = mn.app.tr();
        match rows.get() {
            Err(e) => view! { <p class="error" role="alert">{e}</p> }.into_any(),
            Ok(rows) => view! {
                <table class="cost" id="shares-table">
                    <thead><tr>
                        <th scope="col">{t.col_kind}</th>
                        <th scope="col" class="num">{t.col_macs_ours}</th>
                        <th scope="col" class="num">{t.col_macs_paper}</th>
                        <th scope="col" class="num">{t.col_params}</th>
                        <th scope="col" class="num">{t.col_params_paper}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr data-kind=format!("{:?}", r.kind).to_lowercase()>
                                <th scope="row">{kind_name(common, r.kind)}</th>
                                <td class="num">{pct(r.macs)}</td>
                                <td class="num">{paper(r.paper.map(|p| p.0))}</td>
                                <td class="num">{pct(r.params)}</td>
                                <td class="num">{paper(r.paper.map(|p| p.1))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any(),
        }
    };
    view! {
        <section class="panel" aria-labelledby="shares-title">
            <h2 id="shares-title">{move || tr().shares_title}</h2>
            <p class="hint">{move || tr().shares_note}</p>
            <div class="table-scroll">{body}</div>
        </section>
    }
}
