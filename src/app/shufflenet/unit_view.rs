//! A unit of the zoo's ShuffleNet 1× (stage 3) with the chosen groups and stride,
//! drawn as a block diagram.

use super::extras::use_shufflenet;
use crate::app::block_diagram::{block_svg, BlockDiagram};
use crate::shufflenet::{network, GROUPS};
use leptos::prelude::*;

#[component]
pub fn UnitView() -> impl IntoView {
    let sn = use_shufflenet();
    let tr = move || sn.tr();
    let choice = Memo::new(move |_| sn.state.with(|s| (s.groups, s.stride)));
    let svg = Signal::derive(move || {
        let (g, stride) = choice.get();
        let shell = sn.app.shell.get();
        let model = network(g, 1.0).map_err(|e| e.to_string())?;
        let block = if stride == 2 {
            "stage3.unit1"
        } else {
            "stage3.unit2"
        };
        block_svg(&model, block, &shell)
    });
    let file = Signal::derive(move || {
        let (g, stride) = choice.get();
        format!("shufflenet-unit-g{g}-stride{stride}.svg")
    });
    view! {
        <section class="panel widget" aria-labelledby="unit-title">
            <h2 id="unit-title">{move || tr().unit_title}</h2>
            <p class="hint">{move || tr().unit_note}</p>
            <div class="controls">
                <label class="field">
                    <span>{move || tr().groups}</span>
                    <select id="sn-groups" on:change=move |ev| {
                        if let Ok(g) = event_target_value(&ev).parse::<usize>() {
                            if GROUPS.contains(&g) { sn.set(|s| s.groups = g); }
                        }
                    }>
                        {move || GROUPS.iter().map(|g| {
                            let selected = choice.get().0 == *g;
                            view! { <option value=g.to_string() selected=selected>{g.to_string()}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || tr().stride}</span>
                    <select id="sn-stride" on:change=move |ev| {
                        let stride = if event_target_value(&ev) == "2" { 2 } else { 1 };
                        sn.set(|s| s.stride = stride);
                    }>
                        {move || [1usize, 2].into_iter().map(|v| {
                            let selected = choice.get().1 == v;
                            view! { <option value=v.to_string() selected=selected>{v.to_string()}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            <BlockDiagram svg=svg file=file />
        </section>
    }
}
