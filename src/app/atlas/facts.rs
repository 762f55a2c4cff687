//! A network's totals beside the figures its paper published for the same settings.

use super::page::use_atlas;
use crate::atlas::Slot;
use crate::format::thousands;
use crate::i18n::fill;
use leptos::prelude::*;

/// `569` or `70.6` (published figures have at most one or two decimals).
fn figure(v: f64) -> String {
    format!("{v}")
}

#[component]
pub fn Facts(which: Slot) -> impl IntoView {
    let atlas = use_atlas();
    let shown = atlas.shown(which);
    move || {
        let tr = atlas.app.tr();
        shown.with(|s| {
            let (choice, result) = s.as_ref()?;
            Some(match result {
                Err(e) => view! {
                    <p class="error" role="alert">{fill(tr.atlas().atlas_error, &[("error", e)])}</p>
                }
                .into_any(),
                Ok(sum) => {
                    let published = choice
                        .published()
                        .into_iter()
                        .map(|p| {
                            let mut parts =
                                vec![fill(tr.atlas().atlas_pub_top1, &[("v", &figure(p.top1))])];
                            parts.extend(
                                p.mmacs
                                    .map(|m| fill(tr.atlas().atlas_pub_macs, &[("v", &figure(m))])),
                            );
                            parts.extend(
                                p.mparams
                                    .map(|m| fill(tr.atlas().atlas_pub_params, &[("v", &figure(m))])),
                            );
                            let text = fill(
                                tr.atlas().atlas_pub_entry,
                                &[
                                    ("label", p.label),
                                    ("figures", &parts.join(", ")),
                                    ("source", p.source),
                                ],
                            );
                            view! { <li>{text}</li> }
                        })
                        .collect::<Vec<_>>();
                    let ours = fill(
                        tr.atlas().atlas_ours,
                        &[
                            ("macs", &thousands(sum.macs)),
                            ("params", &thousands(sum.params)),
                        ],
                    );
                    view! {
                        <div class="atlas-facts">
                            <h2>{choice.label()}</h2>
                            <p class="ours">{ours}</p>
                            {(!published.is_empty()).then(|| view! {
                                <p class="published-title">{tr.atlas().atlas_published}</p>
                                <ul class="published">{published}</ul>
                            })}
                        </div>
                    }
                    .into_any()
                }
            })
        })
    }
}
