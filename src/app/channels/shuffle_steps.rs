//! The shuffle itself, step by step: the channels as a (g, n) matrix, transposed to
//! (n, g), then read out row by row. The order is the core's `channel_shuffle`.

use super::page::use_channel_state;
use crate::app::channels::draw::group_color;
use crate::channels::shuffle::ShuffleStack;
use crate::i18n::fill;
use leptos::prelude::*;

/// Milliseconds between animation steps.
const STEP_MS: u64 = 700;

#[component]
pub fn ShuffleSteps(stack: Memo<ShuffleStack>) -> impl IntoView {
    let ch = use_channel_state();
    let tr = move || ch.app.tr();
    // The output position being shown (0..C); local, like an animation frame.
    let step = RwSignal::new(0usize);
    let playing = RwSignal::new(false);
    let handle = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(h) = handle.get_value() {
            h.clear();
        }
        handle.set_value(None);
        playing.set(false);
    };
    on_cleanup(stop);
    let advance = move || {
        let c = stack.get_untracked().channels();
        step.update(|s| *s = (*s + 1) % c.max(1));
    };
    let toggle = move |_| {
        if playing.get_untracked() {
            stop();
        } else if let Ok(h) =
            set_interval_with_handle(advance, std::time::Duration::from_millis(STEP_MS))
        {
            handle.set_value(Some(h));
            playing.set(true);
        }
    };
    let perm = Memo::new(move |_| stack.get().permutation());
    let cellv = move |ch_index: usize, n: usize, here: bool| {
        view! {
            <span class="sh-cell" class:here=here style=format!("border-color:{}", group_color(ch_index / n.max(1)))>{ch_index}</span>
        }
    };
    let matrices = move || {
        let s = stack.get();
        let (g, n) = (s.groups, s.per_group);
        let p = perm.get();
        let cur = step.get().min(p.len().saturating_sub(1));
        let moving = p.get(cur).copied().unwrap_or(0);
        let reshaped = (0..g).map(|r| view! {
            <div class="sh-row">{(0..n).map(|c| cellv(r * n + c, n, r * n + c == moving)).collect_view()}</div>
        }).collect_view();
        let transposed = (0..n).map(|r| view! {
            <div class="sh-row">{(0..g).map(|c| cellv(c * n + r, n, c * n + r == moving)).collect_view()}</div>
        }).collect_view();
        let flat = p
            .iter()
            .enumerate()
            .map(|(j, &src)| cellv(src, n, j == cur))
            .collect_view();
        view! {
            <div class="sh-steps">
                <figure><figcaption>{tr().channels().sh_reshape}</figcaption>{reshaped}</figure>
                <span class="sh-arrow" aria-hidden="true">"→"</span>
                <figure><figcaption>{tr().channels().sh_transpose}</figcaption>{transposed}</figure>
                <span class="sh-arrow" aria-hidden="true">"→"</span>
                <figure><figcaption>{tr().channels().sh_flatten}</figcaption><div class="sh-row flat" id="shuffle-order">{flat}</div></figure>
            </div>
            <p class="status" id="shuffle-moving">{fill(tr().channels().sh_moving, &[("from", &moving.to_string()), ("to", &cur.to_string())])}</p>
        }
    };
    view! {
        <div class="shuffle-steps">
            <p>{move || tr().channels().sh_permutation} " "
                <code id="permutation">{move || perm.get().iter().map(usize::to_string).collect::<Vec<_>>().join(" ")}</code>
            </p>
            <div class="button-row">
                <button type="button" id="shuffle-play" aria-pressed=move || playing.get().to_string() on:click=toggle>
                    {move || tr().channels().sh_play}
                </button>
                <button type="button" id="shuffle-step" on:click=move |_| advance()>{move || tr().channels().sh_step}</button>
            </div>
            {matrices}
        </div>
    }
}
