//! Picking a network that has blocks, and one of its blocks.

use super::page::use_blocks;
use crate::atlas::NetChoice;
use crate::block::blocks;
use crate::block::state::{blocks_of, models_with_blocks};
use crate::i18n::blocks::blocks_tr;
use crate::zoo::MODELS;
use leptos::prelude::*;

#[component]
pub fn BlockPicker() -> impl IntoView {
    let b = use_blocks();
    let tr = move || blocks_tr(b.app.shell.get().lang);
    let models = models_with_blocks();
    let list = Memo::new(move |_| b.model.with(|m| m.as_ref().map(blocks).unwrap_or_default()));
    let pick_model = move |ev| {
        let name = event_target_value(&ev);
        if let Some(m) = MODELS.iter().find(|m| m.name == name) {
            let net = NetChoice::defaults(m.name);
            let first = blocks_of(&net).into_iter().next().unwrap_or_default();
            b.set(|s| {
                s.net = net;
                s.block = first;
            });
        }
    };
    let pick_block = move |ev| {
        let path = event_target_value(&ev);
        b.set(|s| s.block = path);
    };
    view! {
        <div class="controls">
            <label class="field" for="block-model">
                <span>{move || tr().model}</span>
                <select id="block-model" on:change=pick_model>
                    {move || {
                        let current = b.state.with(|s| s.net.model);
                        models
                            .iter()
                            .map(|m| {
                                let title = MODELS.iter().find(|i| i.name == *m).map_or(*m, |i| i.title);
                                view! { <option value=*m selected=*m == current>{title}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field" for="block-path">
                <span>{move || tr().block}</span>
                <select id="block-path" on:change=pick_block>
                    {move || {
                        let current = b.state.with(|s| s.block.clone());
                        list.get()
                            .into_iter()
                            .map(|p| {
                                let selected = p == current;
                                view! { <option value=p.clone() selected=selected>{p.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}
