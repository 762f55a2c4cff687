//! The drawing pad: strokes stay local while the pointer moves (nothing reactive runs);
//! on release the drawing is rasterised as the data set was made and sent to the worker.

use super::page::use_lab;
use crate::app::canvas::{pointer_position, prepare};
use crate::app::paint::Palette;
use crate::lab::session::ToWorker;
use crate::nn::digits::{from_bitmap, rasterize, MAX_POINTS};
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;
use web_sys::CanvasRenderingContext2d;

/// Side of the pad in CSS pixels.
const SIDE: f64 = 224.0;
/// Pen width on the pad, in CSS pixels.
const PEN: f64 = 14.0;
/// Pen radius in bitmap pixels (about the pad's pen scaled to the 32×32 box).
const BITMAP_PEN: f32 = 1.6;

#[component]
pub fn DrawPad() -> impl IntoView {
    let lab = use_lab();
    let tr = move || lab.tr();
    let canvas = NodeRef::<Canvas>::new();
    let strokes = StoredValue::new(Vec::<Vec<(f32, f32)>>::new());
    let drawing = StoredValue::new(false);
    // Strokes and points drawn, for the text alternative (set when a stroke ends).
    let drawn = RwSignal::new((0usize, 0usize));
    let context = move || -> Option<CanvasRenderingContext2d> {
        use wasm_bindgen::JsCast;
        canvas.get()?.get_context("2d").ok()??.dyn_into().ok()
    };
    let clear = move || {
        strokes.set_value(Vec::new());
        drawn.set((0, 0));
        if let Some(el) = canvas.get() {
            let pal = Palette::for_theme(lab.app.shell.get_untracked().theme);
            if let Some(ctx) = prepare(&el, SIDE, SIDE) {
                ctx.set_fill_style_str(pal.background);
                ctx.fill_rect(0.0, 0.0, SIDE, SIDE);
            }
        }
    };
    Effect::new(move |_| {
        lab.app.shell.track();
        clear();
    });
    let down = move |e: ev::PointerEvent| {
        let Some((x, y)) = pointer_position(&e) else {
            return;
        };
        if let Some(el) = canvas.get() {
            let _ = el.set_pointer_capture(e.pointer_id());
        }
        drawing.set_value(true);
        strokes.update_value(|s| s.push(vec![(x as f32, y as f32)]));
        if let Some(ctx) = context() {
            let pal = Palette::for_theme(lab.app.shell.get_untracked().theme);
            ctx.set_fill_style_str(pal.text);
            ctx.begin_path();
            let _ = ctx.arc(x, y, PEN / 2.0, 0.0, std::f64::consts::TAU);
            ctx.fill();
        }
    };
    let moved = move |e: ev::PointerEvent| {
        if !drawing.get_value() {
            return;
        }
        let Some((x, y)) = pointer_position(&e) else {
            return;
        };
        let total: usize = strokes.with_value(|s| s.iter().map(Vec::len).sum());
        if total >= MAX_POINTS {
            return;
        }
        let last = strokes.with_value(|s| s.last().and_then(|l| l.last().copied()));
        strokes.update_value(|s| {
            if let Some(l) = s.last_mut() {
                l.push((x as f32, y as f32));
            }
        });
        if let (Some(ctx), Some((lx, ly))) = (context(), last) {
            let pal = Palette::for_theme(lab.app.shell.get_untracked().theme);
            ctx.set_stroke_style_str(pal.text);
            ctx.set_line_width(PEN);
            ctx.set_line_cap("round");
            ctx.begin_path();
            ctx.move_to(f64::from(lx), f64::from(ly));
            ctx.line_to(x, y);
            ctx.stroke();
        }
    };
    let up = move |_| {
        if !drawing.get_value() {
            return;
        }
        drawing.set_value(false);
        drawn.set(strokes.with_value(|s| (s.len(), s.iter().map(Vec::len).sum())));
        let bitmap = strokes.with_value(|s| rasterize(s, BITMAP_PEN));
        if let Ok(pixels) = from_bitmap(&bitmap) {
            lab.drawing.set(Some(pixels.clone()));
            lab.send(ToWorker::Predict { pixels });
        }
    };
    view! {
        <section class="panel lab-draw">
            <h2>{move || tr().draw_title}</h2>
            <canvas node_ref=canvas id="lab-pad" class="lab-pad" role="img"
                aria-label=move || tr().draw_title
                aria-description=move || {
                    let (strokes, points) = drawn.get();
                    crate::i18n::fill(tr().describe_pad, &[("strokes", &strokes.to_string()), ("points", &points.to_string())])
                }
                on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up></canvas>
            <p class="hint">{move || tr().draw_hint}</p>
            <div class="button-row">
                <button id="lab-clear" on:click=move |_| {
                    clear();
                    lab.drawing.set(None);
                    lab.classify();
                }>{move || tr().clear}</button>
            </div>
            <h3>{move || tr().sample_title}</h3>
            <div class="button-row">
                <button id="lab-prev" on:click=move |_| {
                    clear();
                    lab.set(|s| s.sample = s.sample.checked_sub(1).unwrap_or(crate::lab::state::TEST_IMAGES - 1));
                }>{move || tr().previous}</button>
                <span id="lab-sample">{move || format!("#{}", lab.state.with(|s| s.sample))}</span>
                <button id="lab-next" on:click=move |_| {
                    clear();
                    lab.set(|s| s.sample = (s.sample + 1) % crate::lab::state::TEST_IMAGES);
                }>{move || tr().next}</button>
            </div>
        </section>
    }
}
