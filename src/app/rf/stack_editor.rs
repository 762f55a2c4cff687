//! The stack's text box, the presets and the input side.

use super::page::use_explorer;
use crate::i18n::Tr;
use crate::rfield::paths::{MAX_INPUT, MIN_INPUT};
use crate::rfield::state::{Preset, PRESETS};
use leptos::prelude::*;

fn preset_label(t: &Tr, p: Preset) -> &'static str {
    match p {
        Preset::Vgg => t.rf().rf_p_vgg,
        Preset::One5 => t.rf().rf_p_one5,
        Preset::Two3 => t.rf().rf_p_two3,
        Preset::One7 => t.rf().rf_p_one7,
        Preset::Three3 => t.rf().rf_p_three3,
        Preset::Context => t.rf().rf_p_context,
        Preset::Grid222 => t.rf().rf_p_grid,
        Preset::Hdc123 => t.rf().rf_p_hdc123,
        Preset::Hdc125 => t.rf().rf_p_hdc125,
        Preset::Strided => t.rf().rf_p_strided,
    }
}

#[component]
pub fn StackEditor() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    let typed = Memo::new(move |_| ex.state.with(|s| s.text.clone()));
    let draft = RwSignal::new(String::new());
    // The box follows the URL (presets, back/forward) until the user types.
    Effect::new(move |_| draft.set(typed.get()));
    let apply = move || {
        let text = draft.get_untracked();
        ex.set(|s| s.set_text(&text));
    };
    let presets = move || {
        let t = tr();
        PRESETS
            .into_iter()
            .map(|(p, text)| {
                let pressed = move || (typed.get() == text).to_string();
                view! {
                    <button type="button" class="preset" data-stack=text aria-pressed=pressed
                        on:click=move |_| ex.set(|s| s.set_text(text))>{preset_label(t, p)}</button>
                }
            })
            .collect_view()
    };
    view! {
        <div class="stack-editor">
            <form class="field stack-text" on:submit=move |ev| { ev.prevent_default(); apply(); }>
                <label for="stack">{move || tr().rf().rf_layers}</label>
                <input type="text" id="stack" spellcheck="false" autocomplete="off" maxlength="200"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                    on:change=move |_| apply() />
                <button type="submit">{move || tr().rf().rf_apply}</button>
            </form>
            <p class="hint">{move || tr().rf().rf_layers_hint}</p>
            <div class="button-row" role="group" aria-label=move || tr().rf().rf_presets>
                <span>{move || tr().rf().rf_presets}</span>
                {presets}
            </div>
            <label class="field slider">
                <span>{move || tr().rf().rf_input_side}</span>
                <input type="range" id="input-side" min=MIN_INPUT max=MAX_INPUT step="8"
                    prop:value=move || ex.state.with(|s| s.n).to_string()
                    on:input=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<usize>() {
                            ex.set(|s| { s.n = n.clamp(MIN_INPUT, MAX_INPUT); s.unit = None; });
                        }
                    } />
                <output for="input-side">{move || ex.state.with(|s| s.n)}</output>
            </label>
        </div>
    }
}
