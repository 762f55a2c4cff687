//! The cost-by-type chart's numbers as a table (readable by screen readers and
//! searchable), for each network shown.

use super::page::{use_atlas, Shown};
use crate::charts::adapt::network_costs;
use crate::charts::network::type_shares;
use crate::charts::{ChartKind, LayerKind};
use crate::i18n::Tr;
use leptos::prelude::*;

fn kind_name(tr: &Tr, kind: LayerKind) -> &'static str {
    match kind {
        LayerKind::Pointwise => tr.atlas().atlas_kind_pointwise,
        LayerKind::Depthwise => tr.atlas().atlas_kind_depthwise,
        LayerKind::Spatial => tr.atlas().atlas_kind_spatial,
        LayerKind::Group => tr.atlas().atlas_kind_group,
        LayerKind::Linear => tr.atlas().atlas_kind_linear,
        LayerKind::Pool => tr.atlas().atlas_kind_pool,
        LayerKind::Other => tr.atlas().atlas_kind_other,
    }
}

/// A network's label and (kind, MACs %, params %) of the kinds that carry any cost.
type ShareRows = (String, Vec<(LayerKind, f64, f64)>);

/// The shares of a shown network, if it has a summary.
fn shares(shown: &Shown) -> Option<ShareRows> {
    let (choice, Ok(sum)) = shown.as_ref()? else {
        return None;
    };
    let label = choice.label();
    let rows = type_shares(&network_costs(&label, sum))
        .into_iter()
        .filter(|(_, m, p)| *m > 0.0 || *p > 0.0)
        .collect();
    Some((label, rows))
}

#[component]
pub fn Shares() -> impl IntoView {
    let atlas = use_atlas();
    let visible = move || atlas.state.with(|s| s.chart == ChartKind::CostByType);
    let table = move |shown: Memo<Shown>| {
        move || {
            let tr = atlas.app.tr();
            shown.with(shares).map(|(label, rows)| {
                view! {
                    <table class="shares">
                        <caption>{tr.atlas().atlas_shares} ": " {label}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr.atlas().atlas_col_op}</th>
                                <th scope="col" class="num">{tr.atlas().atlas_share_macs}</th>
                                <th scope="col" class="num">{tr.atlas().atlas_share_params}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|(k, m, p)| view! {
                                <tr data-kind=format!("{k:?}").to_lowercase()>
                                    <th scope="row">{kind_name(tr, k)}</th>
                                    <td class="num">{format!("{m:.2}%")}</td>
                                    <td class="num">{format!("{p:.2}%")}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            })
        }
    };
    view! {
        <Show when=visible>
            <div class="shares-row">
                {table(atlas.main)}
                {table(atlas.vs)}
            </div>
        </Show>
    }
}
