//! The layer's controls: channels, kernel, groups (one slider from standard through
//! grouped to depth-wise), depth multiplier, the point-wise switch and the output size.

use super::page::use_channels;
use crate::channels::layer::{
    common_divisors, MAX_COST_CHANNELS, MAX_DRAWN, MAX_KERNEL, MAX_OUT_SIDE,
};
use crate::channels::state::{ChannelsState, Lesson};
use crate::i18n::fill;
use leptos::prelude::*;

/// A slider over `min..=max`, with a number box up to `typed_max` beside it when given
/// (channel counts past what is drawn still go to the cost panel).
#[component]
fn IntField(
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    min: usize,
    max: usize,
    #[prop(optional)] typed_max: Option<usize>,
    get: fn(&ChannelsState) -> usize,
    put: fn(&mut ChannelsState, usize),
) -> impl IntoView {
    let ch = use_channels();
    let value = Memo::new(move |_| ch.state.with(get));
    let hi = typed_max.unwrap_or(max);
    let write = move |raw: String, dragged: bool| {
        if let Ok(v) = raw.trim().parse::<usize>() {
            let edit = |s: &mut ChannelsState| put(s, v.clamp(min, hi));
            if dragged {
                ch.preview(edit);
            } else {
                ch.set(edit);
            }
        }
    };
    view! {
        <label class="field slider">
            <span>{move || label.get()}</span>
            <input type="range" id=id min=min max=max step="1"
                prop:value=move || value.get().min(max).to_string()
                on:input=move |ev| write(event_target_value(&ev), true) />
            {match typed_max {
                Some(_) => view! {
                    <input type="number" class="typed" id=format!("{id}-typed") min=min max=hi
                        aria-label=move || label.get()
                        prop:value=move || value.get().to_string()
                        on:change=move |ev| write(event_target_value(&ev), false) />
                }.into_any(),
                None => view! { <output for=id>{move || value.get()}</output> }.into_any(),
            }}
        </label>
    }
}

/// The groups slider: walks the common divisors of C_in and C_out.
#[component]
fn GroupsField() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let divisors = Memo::new(move |_| ch.layer.with(|l| common_divisors(l.c_in, l.c_out)));
    let groups = Memo::new(move |_| ch.layer.with(|l| l.groups));
    let position =
        move || divisors.with(|d| d.iter().position(|&g| g == groups.get()).unwrap_or(0));
    let kind = move || {
        let t = tr();
        let l = ch.layer.get();
        if l.check().is_err() {
            "—"
        } else if l.groups == 1 {
            t.channels().ch_kind_standard
        } else if l.is_depthwise() {
            t.channels().ch_kind_depthwise
        } else {
            t.channels().ch_kind_grouped
        }
    };
    let label = move || {
        if ch.lesson == Lesson::Xception {
            tr().channels().ch_towers
        } else {
            tr().channels().ch_groups
        }
    };
    view! {
        <label class="field slider groups">
            <span>{label}</span>
            <input type="range" id="groups" min="0" step="1"
                max=move || divisors.with(|d| d.len().saturating_sub(1))
                prop:value=move || position().to_string()
                on:input=move |ev| {
                    let i = event_target_value(&ev).parse::<usize>().unwrap_or(0);
                    if let Some(&g) = divisors.with(|d| d.get(i).copied()).as_ref() {
                        ch.preview(|s| s.layer.groups = g);
                    }
                } />
            <output for="groups" id="groups-value">{move || groups.get()} " · " {kind}</output>
        </label>
        {(ch.lesson == Lesson::Xception).then(|| view! {
            <p class="note" id="spectrum">
                {move || {
                    let t = tr();
                    let l = ch.layer.get();
                    let point = if l.groups == 1 {
                        t.channels().xc_regular
                    } else if l.is_depthwise() {
                        t.channels().xc_extreme
                    } else {
                        t.channels().xc_inception
                    };
                    format!("{}: {point}", t.channels().xc_spectrum)
                }}
            </p>
        })}
        <p class="note" id="groups-allowed">
            {move || {
                let list: Vec<String> = divisors.get().iter().map(usize::to_string).collect();
                fill(tr().channels().ch_groups_allowed, &[("list", &list.join(", "))])
            }}
        </p>
    }
}

#[component]
pub fn ChannelControls() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let pointwise_on = Memo::new(move |_| ch.layer.with(|l| l.pointwise.is_some()));
    let multiplier = Memo::new(move |_| ch.layer.with(|l| l.depth_multiplier()));
    view! {
        <div class="ch-controls">
            <IntField id="c-in" label=Signal::derive(move || tr().channels().ch_c_in) min=1 max=MAX_DRAWN
                typed_max=MAX_COST_CHANNELS get=|s| s.layer.c_in put=|s, v| s.set_c_in(v) />
            <IntField id="c-out" label=Signal::derive(move || tr().channels().ch_c_out) min=1 max=MAX_DRAWN
                typed_max=MAX_COST_CHANNELS get=|s| s.layer.c_out put=|s, v| s.layer.c_out = v />
            <div class="field-row">
                <IntField id="kh" label=Signal::derive(move || tr().pg_kernel_height) min=1 max=MAX_KERNEL
                    get=|s| s.layer.kernel[0] put=|s, v| s.layer.kernel[0] = v />
                <IntField id="kw" label=Signal::derive(move || tr().pg_kernel_width) min=1 max=MAX_KERNEL
                    get=|s| s.layer.kernel[1] put=|s, v| s.layer.kernel[1] = v />
            </div>
            <GroupsField />
            <label class="field slider">
                <span>{move || tr().channels().ch_multiplier}</span>
                <input type="range" id="multiplier" min="1" max="4" step="1"
                    prop:value=move || multiplier.get().unwrap_or(1).to_string()
                    on:input=move |ev| {
                        let m = event_target_value(&ev).parse::<usize>().unwrap_or(1).clamp(1, 4);
                        ch.preview(|s| s.set_depthwise(m));
                    } />
                <output for="multiplier">{move || multiplier.get().map_or_else(|| "—".to_string(), |m| m.to_string())}</output>
            </label>
            <div class="button-row">
                <button type="button" id="make-depthwise" on:click=move |_| ch.set(|s| s.set_depthwise(1))>
                    {move || tr().channels().ch_make_depthwise}
                </button>
                {(ch.lesson == Lesson::Separable).then(|| view! {
                    <button type="button" id="table3" on:click=move |_| ch.set(|s| {
                        s.layer.c_in = 512;
                        s.set_depthwise(1);
                        s.layer.kernel = [3, 3];
                        s.layer.pointwise = Some(512);
                        s.layer.out_size = [14, 14];
                        s.knocked = None;
                    })>{move || tr().channels().ch_table3}</button>
                })}
            </div>
            <label class="field check">
                <input type="checkbox" id="pointwise"
                    prop:checked=move || pointwise_on.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ch.set(|s| s.layer.pointwise = on.then_some(s.layer.c_out));
                    } />
                <span>{move || tr().channels().ch_pointwise}</span>
            </label>
            <Show when=move || pointwise_on.get()>
                <IntField id="pw-out" label=Signal::derive(move || tr().channels().ch_pointwise_out) min=1 max=MAX_DRAWN
                    typed_max=MAX_COST_CHANNELS get=|s| s.layer.pointwise.unwrap_or(1)
                    put=|s, v| s.layer.pointwise = Some(v) />
            </Show>
            <div class="field-row">
                <IntField id="out-h" label=Signal::derive(move || tr().channels().ch_out_h) min=1 max=64
                    typed_max=MAX_OUT_SIDE get=|s| s.layer.out_size[0] put=|s, v| s.layer.out_size[0] = v />
                <IntField id="out-w" label=Signal::derive(move || tr().channels().ch_out_w) min=1 max=64
                    typed_max=MAX_OUT_SIDE get=|s| s.layer.out_size[1] put=|s, v| s.layer.out_size[1] = v />
            </div>
        </div>
    }
}
