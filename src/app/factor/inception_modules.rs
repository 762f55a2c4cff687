//! Inception v3's factorized modules (Figures 5, 6, 7) as tables of branches with their
//! costs, read from the zoo by `factor::inception`, each with its block diagram.

use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::app::state::use_app;
use crate::factor::inception::{modules, Module};
use crate::format::thousands;
use crate::i18n::fill;
use crate::zoo::{self, ZooParams};
use leptos::prelude::*;

#[component]
pub fn InceptionModules() -> impl IntoView {
    let app = use_app();
    let tr = move || app.tr();
    // The zoo's Inception v3 never changes: summarised once per page.
    let shown: Result<Vec<Module>, String> = modules().map_err(|e| e.to_string());
    let shown = StoredValue::new(shown);
    let model = StoredValue::new(zoo::build("inception_v3", &ZooParams::default()));
    let diagram = move |block: &'static str| {
        Signal::derive(move || {
            let shell = app.shell.get();
            model.with_value(|m| match m {
                Ok(m) => block_svg(m, block, &shell),
                Err(e) => Err(e.to_string()),
            })
        })
    };
    view! {
        <section class="panel inception-modules" id="inception-modules">
            <h2>{move || tr().factor().fa_modules}</h2>
            <p class="hint">{move || tr().factor().fa_modules_note}</p>
            {move || shown.with_value(|s| match s {
                Err(e) => view! { <p class="error" role="alert">{e.clone()}</p> }.into_any(),
                Ok(ms) => ms.iter().map(|m| {
                    let t = tr();
                    let head = fill(t.factor().fa_module_head, &[("block", m.block), ("grid", &m.output[1].to_string()), ("n", &m.figure.to_string())]);
                    view! {
                        <h3>{head}</h3>
                        <div class="table-scroll">
                            <table class="module-table" data-block=m.block>
                                <thead><tr>
                                    <th>{t.factor().fa_branch}</th><th>{t.factor().fa_steps}</th><th class="num">{t.atlas_col_params}</th><th class="num">{t.atlas_col_macs}</th>
                                </tr></thead>
                                <tbody>
                                    {m.branches.iter().map(|b| view! {
                                        <tr>
                                            <td>{b.name.clone()}</td>
                                            <td>{b.steps.join(" → ")}</td>
                                            <td class="num">{thousands(b.params)}</td>
                                            <td class="num">{thousands(b.macs)}</td>
                                        </tr>
                                    }).collect_view()}
                                    <tr class="total">
                                        <td>{t.factor().fa_total}</td>
                                        <td>{format!("→ {}×{}×{}", m.output[0], m.output[1], m.output[2])}</td>
                                        <td class="num">{thousands(m.params)}</td>
                                        <td class="num">{thousands(m.macs)}</td>
                                    </tr>
                                </tbody>
                            </table>
                        </div>
                        <details class="module-diagram" data-block=m.block>
                            <summary>{t.factor().fa_diagram}</summary>
                            <BlockDiagram svg=diagram(m.block) file=format!("inception_v3-{}.svg", m.block) />
                        </details>
                    }
                }).collect_view().into_any(),
            })}
        </section>
    }
}
