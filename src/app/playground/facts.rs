//! The numbers of the current layer: output size formula, parameters, MACs and
//! the current cell's multiply-add written out.

use super::page::use_playground;
use crate::i18n::fill;
use crate::playground::compute::written_sum;
use leptos::prelude::*;

#[component]
pub fn Facts() -> impl IntoView {
    let pg = use_playground();
    let tr = move || pg.app.tr();
    move || {
        pg.shown.with(|shown| {
            let (state, view) = shown.as_ref()?;
            let t = tr();
            let (kh, kw) = (state.kernel.h, state.kernel.w);
            let pos = state.pos.min(view.cells().saturating_sub(1));
            let taps = view.taps(state, pos);
            let sum = written_sum(&taps, view.output.get(pos).copied().unwrap_or(0.0));
            let (oy, ox) = (pos / view.out_w.max(1), pos % view.out_w.max(1));
            let dims = [("oh", view.out_h.to_string()), ("ow", view.out_w.to_string()), ("kh", kh.to_string()), ("kw", kw.to_string())];
            let args: Vec<(&str, &str)> = dims.iter().map(|(k, v)| (*k, v.as_str())).collect();
            Some(view! {
                <section class="facts">
                    <dl>
                        <div>
                            <dt>{t.playground().pg_output_size}</dt>
                            <dd>
                                <code id="formula-h">{"OH = "}{view.size_formula(kh, view.out_h)}</code>
                                <code id="formula-w">{"OW = "}{view.size_formula(kw, view.out_w)}</code>
                            </dd>
                        </div>
                        <div>
                            <dt>{t.pg_params}</dt>
                            <dd><strong id="params">{view.spec.params()}</strong> " — " {fill(t.playground().pg_params_explain, &args)}</dd>
                        </div>
                        <div>
                            <dt>{t.pg_macs}</dt>
                            <dd><strong id="macs">{view.spec.macs(view.out_h, view.out_w)}</strong> " — " {fill(t.playground().pg_macs_explain, &args)}</dd>
                        </div>
                    </dl>
                    <p class="sum"><code id="written-sum">{format!("y[{oy},{ox}] = {sum}")}</code></p>
                </section>
            })
        })
    }
}
