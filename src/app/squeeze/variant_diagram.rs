//! One Fire module of one variant (plain, simple bypass, complex bypass) as the
//! zoo builds it, drawn as a block diagram: where the shortcut is, and what it costs.

use super::page::use_squeeze;
use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::i18n::squeeze::SqueezeTr;
use crate::squeeze::state::BYPASSES;
use crate::squeeze::variant_block;
use crate::zoo::squeezenet::Bypass;
use leptos::prelude::*;

fn label(t: &SqueezeTr, b: Bypass) -> &'static str {
    match b {
        Bypass::None => t.vanilla,
        Bypass::Simple => t.simple,
        Bypass::Complex => t.complex,
    }
}

#[component]
pub fn VariantDiagram() -> impl IntoView {
    let sq = use_squeeze();
    let tr = move || sq.tr();
    let choice = Memo::new(move |_| sq.state.with(|s| (s.bypass, s.module)));
    let svg = Signal::derive(move || {
        let (bypass, n) = choice.get();
        let shell = sq.app.shell.get();
        variant_block(bypass, n)
            .map_err(|e| e.to_string())
            .and_then(|(model, path)| block_svg(&model, &path, &shell))
    });
    let file = Signal::derive(move || {
        let (bypass, n) = choice.get();
        let key = BYPASSES
            .iter()
            .find(|(_, b)| *b == bypass)
            .map_or("none", |(k, _)| *k);
        format!("squeezenet-{key}-fire{n}.svg")
    });
    let pick_bypass = move |ev| {
        let key = event_target_value(&ev);
        if let Some((_, b)) = BYPASSES.iter().find(|(k, _)| *k == key) {
            sq.set(|s| s.bypass = *b);
        }
    };
    let pick_module = move |ev| {
        if let Ok(n) = event_target_value(&ev).parse::<usize>() {
            sq.set(|s| s.module = n.clamp(2, 9));
        }
    };
    view! {
        <p class="hint">{move || tr().variant_block_note}</p>
        <div class="controls">
            <label class="field" for="variant-bypass">
                <span>{move || tr().variant}</span>
                <select id="variant-bypass" on:change=pick_bypass>
                    {move || BYPASSES.iter().map(|(k, b)| {
                        let selected = choice.get().0 == *b;
                        view! { <option value=*k selected=selected>{label(tr(), *b)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field" for="variant-fire">
                <span>{move || tr().module}</span>
                <select id="variant-fire" on:change=pick_module>
                    {move || (2..=9usize).map(|n| {
                        let selected = choice.get().1 == n;
                        view! { <option value=n.to_string() selected=selected>{format!("fire{n}")}</option> }
                    }).collect_view()}
                </select>
            </label>
        </div>
        <BlockDiagram svg=svg file=file />
    }
}
