//! The two networks' totals in one table, with the second's ratio to the first.

use super::page::{use_atlas, Shown};
use crate::format::thousands;
use leptos::prelude::*;

/// The label and totals (params, MACs, receptive field, layers) of a shown network.
fn totals(shown: &Shown) -> Option<(String, [u64; 4])> {
    match shown {
        Some((choice, Ok(s))) => Some((
            choice.label(),
            [s.params, s.macs, s.receptive_field, s.layers.len() as u64],
        )),
        _ => None,
    }
}

#[component]
pub fn Compare() -> impl IntoView {
    let atlas = use_atlas();
    move || {
        let (a, b) = (atlas.main.with(totals)?, atlas.vs.with(totals)?);
        let tr = atlas.app.tr();
        let rows = [
            ("params", tr.atlas_col_params),
            ("macs", tr.atlas_col_macs),
            ("rf", tr.atlas_col_rf),
            ("layers", tr.atlas().atlas_compare_layers),
        ];
        let rows = rows
            .into_iter()
            .zip(a.1.into_iter().zip(b.1))
            .map(|((key, name), (x, y))| {
                let ratio = if x == 0 {
                    "–".to_string()
                } else {
                    format!("{:.2}×", y as f64 / x as f64)
                };
                view! {
                    <tr data-row=key>
                        <th scope="row">{name}</th>
                        <td class="num">{thousands(x)}</td>
                        <td class="num">{thousands(y)}</td>
                        <td class="num">{ratio}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <section class="panel atlas-compare">
                <table class="shares compare">
                    <caption>{tr.atlas().atlas_compare}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col" class="num">{a.0}</th>
                            <th scope="col" class="num">{b.0}</th>
                            <th scope="col" class="num">{tr.atlas().atlas_compare_ratio}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        })
    }
}
