//! Stacked group layers with the channel shuffle on or off (ShuffleNet Figure 1):
//! pick an output channel and every input channel that can reach it lights up.

use super::connections::WIDTH;
use super::draw::{draw_stack, StackLayout};
use super::page::use_channel_state;
use super::shuffle_steps::ShuffleSteps;
use crate::app::canvas::{draw_sketch, mark_drawn, pointer_position, use_frame_width};
use crate::app::paint::Palette;
use crate::channels::shuffle::{
    ShuffleStack, MAX_GROUPS, MAX_LAYERS, MAX_PER_GROUP, MIN_GROUPS, MIN_LAYERS,
};
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

#[component]
fn StackSlider(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    min: usize,
    max: usize,
    get: fn(&ShuffleStack) -> usize,
    put: fn(&mut ShuffleStack, usize),
) -> impl IntoView {
    let ch = use_channel_state();
    let value = Memo::new(move |_| ch.state.with(|s| get(&s.shuffle)));
    view! {
        <label class="field slider">
            <span>{move || label.get()}</span>
            <input type="range" id=id min=min max=max step="1"
                prop:value=move || value.get().to_string()
                on:input=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                    ch.preview(|s| {
                        let mut stack = s.shuffle;
                        put(&mut stack, v.clamp(min, max));
                        s.set_shuffle(stack);
                    });
                } } />
            <output for=id>{move || value.get()}</output>
        </label>
    }
}

#[component]
pub fn ShuffleView() -> impl IntoView {
    let ch = use_channel_state();
    let tr = move || ch.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, WIDTH);
    let stack = Memo::new(move |_| ch.state.with(|s| s.shuffle));
    let traced = Memo::new(move |_| ch.state.with(|s| s.traced));
    let reach = Memo::new(move |_| stack.get().reach(traced.get()));
    Effect::new(move |_| {
        let theme = ch.app.shell.get().theme;
        let Some(el) = canvas.get() else {
            return;
        };
        let w = width.get();
        let s = stack.get();
        let lay = StackLayout::new(&s, w);
        reach.with(|reach| {
            let mut sketch = Sketch::new(w, lay.height());
            draw_stack(
                &mut sketch,
                &s,
                &lay,
                reach,
                traced.get(),
                &Palette::for_theme(theme),
            );
            let t = ch.app.tr().channels();
            let text = fill(
                t.ch_describe_stack,
                &[
                    ("layers", &s.layers.to_string()),
                    ("channels", &s.channels().to_string()),
                    ("groups", &s.groups.to_string()),
                    ("shuffle", if s.shuffle { t.ch_on } else { t.ch_off }),
                    ("traced", &traced.get().to_string()),
                    (
                        "reach",
                        &reach
                            .first()
                            .map_or(0, |r| r.iter().filter(|&&b| b).count())
                            .to_string(),
                    ),
                ],
            );
            draw_sketch(&el, sketch, &text);
        });
        mark_drawn("shuffle");
    });
    let click = move |e: ev::MouseEvent| {
        let Some((x, y)) = pointer_position(&e) else {
            return;
        };
        let lay = StackLayout::new(&stack.get_untracked(), width.get_untracked());
        if let Some(i) = lay.hit_last(x, y) {
            ch.set(|s| s.traced = i);
        }
    };
    let key = move |e: ev::KeyboardEvent| {
        let c = stack.get_untracked().channels();
        let t = traced.get_untracked();
        let next = match e.key().as_str() {
            "ArrowRight" => (t + 1).min(c - 1),
            "ArrowLeft" => t.saturating_sub(1),
            _ => return,
        };
        e.prevent_default();
        ch.set(|s| s.traced = next);
    };
    let status = move || {
        reach.with(|r| {
            let count = r[0].iter().filter(|&&b| b).count();
            fill(
                tr().channels().sh_reach,
                &[
                    ("count", &count.to_string()),
                    ("total", &r[0].len().to_string()),
                    ("ch", &traced.get().to_string()),
                ],
            )
        })
    };
    view! {
        <section class="panel shuffle-view" aria-labelledby="shuffle-title">
            <h2 id="shuffle-title">{move || tr().channels().sh_title}</h2>
            <p class="note">{move || tr().channels().sh_intro}</p>
            <div class="shuffle-controls">
                <StackSlider id="stack-layers" label=Signal::derive(move || tr().channels().sh_layers) min=MIN_LAYERS max=MAX_LAYERS
                    get=|s| s.layers put=|s, v| s.layers = v />
                <StackSlider id="stack-groups" label=Signal::derive(move || tr().channels().sh_groups) min=MIN_GROUPS max=MAX_GROUPS
                    get=|s| s.groups put=|s, v| s.groups = v />
                <StackSlider id="stack-per-group" label=Signal::derive(move || tr().channels().sh_per_group) min=1 max=MAX_PER_GROUP
                    get=|s| s.per_group put=|s, v| s.per_group = v />
                <label class="field slider">
                    <span>{move || tr().channels().sh_traced}</span>
                    <input type="range" id="traced" min="0" step="1"
                        max=move || stack.get().channels() - 1
                        prop:value=move || traced.get().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<usize>() {
                                ch.preview(|s| s.traced = v.min(s.shuffle.channels() - 1));
                            }
                        } />
                    <output for="traced">{move || traced.get()}</output>
                </label>
                <label class="field check">
                    <input type="checkbox" id="shuffle-on" prop:checked=move || stack.get().shuffle
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            ch.set(|s| s.shuffle.shuffle = on);
                        } />
                    <span>{move || tr().channels().sh_shuffle}</span>
                </label>
            </div>
            <div node_ref=frame class="canvas-frame">
                <canvas node_ref=canvas id="shuffle-stack" tabindex="0" role="img" class="clickable"
                    aria-label=move || tr().channels().sh_title on:click=click on:keydown=key></canvas>
            </div>
            <crate::app::figure_export::FigureExport canvas=canvas file="shuffle-stack".to_string() />
            <p class="status" id="reach-status" role="status">{status}</p>
            <ShuffleSteps stack=stack />
        </section>
    }
}
