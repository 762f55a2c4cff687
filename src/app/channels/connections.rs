//! The connection diagram: input and output channel rows with every connection,
//! coloured by group. Pointing at a channel, or focusing the diagram and using the
//! arrow keys, highlights what that channel connects to.

use super::draw::{draw_connections, lit_channels, ChannelRef, ConnLayout};
use super::page::use_channels;
use crate::app::canvas::{
    draw_sketch, mark_drawn, pointer_position, use_frame_width, use_in_sight,
};
use crate::app::paint::Palette;
use crate::channels::layer::ChannelLayer;
use crate::channels::layer::MAX_DRAWN;
use crate::format::thousands;
use crate::i18n::fill;
use crate::sketch::Sketch;
use leptos::ev;
use leptos::html::{Canvas, Div};
use leptos::prelude::*;

/// Narrowest and widest diagram, in CSS pixels.
pub const WIDTH: (f64, f64) = (300.0, 980.0);

/// The diagram's numbers as text: channels, groups and connections per layer.
fn describe(layer: &ChannelLayer, t: &crate::i18n::Tr) -> String {
    let t = t.channels();
    let count = |n: usize| thousands(n as u64);
    let links: usize = (0..layer.c_out).map(|o| layer.inputs_of(o).len()).sum();
    let mut text = fill(
        t.ch_describe_links,
        &[
            ("in", &count(layer.c_in)),
            ("out", &count(layer.c_out)),
            ("groups", &count(layer.groups)),
            ("per", &count(layer.inputs_of(0).len())),
            ("links", &count(links)),
        ],
    );
    if let Some(n) = layer.pointwise {
        text += &fill(
            t.ch_describe_pointwise,
            &[("out", &count(n)), ("links", &count(n * layer.c_out))],
        );
    }
    text
}

#[component]
pub fn Connections() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let canvas = NodeRef::<Canvas>::new();
    let frame = NodeRef::<Div>::new();
    let width = use_frame_width(frame, WIDTH);
    let in_sight = use_in_sight(canvas);
    let focus = RwSignal::new(None::<ChannelRef>);
    // How many links the last drawing drew (read by the tests).
    let links = RwSignal::new(0usize);
    // A focus that no longer exists (fewer channels) is dropped.
    let focus_valid = Memo::new(move |_| {
        let layer = ch.shown.get();
        focus.get().filter(|f| {
            let count = [layer.c_in, layer.c_out, layer.pointwise.unwrap_or(0)][f.row.min(2)];
            f.index < count
        })
    });
    Effect::new(move |_| {
        if !in_sight.get() {
            return;
        }
        let layer = ch.shown.get();
        let theme = ch.app.shell.get().theme;
        let w = width.get();
        let Some(el) = canvas.get() else {
            return;
        };
        if !layer.drawable() {
            return;
        }
        let lay = ConnLayout::new(&layer, w);
        let mut sketch = Sketch::new(w, lay.height());
        links.set(draw_connections(
            &mut sketch,
            &layer,
            &lay,
            focus_valid.get(),
            &Palette::for_theme(theme),
        ));
        draw_sketch(&el, sketch, &describe(&layer, tr()));
        mark_drawn("connections");
    });
    let point = move |e: ev::PointerEvent| {
        if let Some((x, y)) = pointer_position(&e) {
            let lay = ConnLayout::new(&ch.shown.get_untracked(), width.get_untracked());
            focus.set(lay.hit(x, y));
        }
    };
    let key = move |e: ev::KeyboardEvent| {
        let layer = ch.shown.get_untracked();
        let rows = if layer.pointwise.is_some() { 3 } else { 2 };
        let counts = [layer.c_in, layer.c_out, layer.pointwise.unwrap_or(0)];
        let cur = focus
            .get_untracked()
            .unwrap_or(ChannelRef { row: 0, index: 0 });
        let next = match e.key().as_str() {
            "ArrowRight" => ChannelRef {
                index: (cur.index + 1).min(counts[cur.row] - 1),
                ..cur
            },
            "ArrowLeft" => ChannelRef {
                index: cur.index.saturating_sub(1),
                ..cur
            },
            "ArrowDown" if cur.row + 1 < rows => ChannelRef {
                row: cur.row + 1,
                index: cur.index.min(counts[cur.row + 1] - 1),
            },
            "ArrowUp" if cur.row > 0 => ChannelRef {
                row: cur.row - 1,
                index: cur.index.min(counts[cur.row - 1] - 1),
            },
            "Escape" => {
                focus.set(None);
                return;
            }
            _ => return,
        };
        e.prevent_default();
        focus.set(Some(next));
    };
    let status = move || {
        let f = focus_valid.get()?;
        let layer = ch.shown.get();
        let lit = lit_channels(&layer, f);
        let t = tr();
        let (template, count) = match f.row {
            0 => (
                t.channels().ch_focus_input,
                lit[1].iter().filter(|&&b| b).count(),
            ),
            1 => (
                t.channels().ch_focus_output,
                lit[0].iter().filter(|&&b| b).count(),
            ),
            _ => (t.channels().ch_focus_output, layer.c_out),
        };
        Some(fill(
            template,
            &[("ch", &f.index.to_string()), ("count", &count.to_string())],
        ))
    };
    view! {
        <figure class="view connections" >
            <figcaption>{move || tr().channels().ch_connections}</figcaption>
            <div node_ref=frame class="canvas-frame">
                <Show when=move || ch.shown.get().drawable()
                    fallback=move || view! {
                        <p class="note" id="too-many">{fill(tr().channels().ch_too_many, &[("most", &MAX_DRAWN.to_string())])}</p>
                    }>
                    <canvas node_ref=canvas id="connections" tabindex="0" role="img"
                        data-links=move || links.get()
                        aria-label=move || tr().channels().ch_connections
                        on:pointermove=point
                        on:pointerdown=point
                        on:pointerleave=move |_| focus.set(None)
                        on:keydown=key></canvas>
                    <crate::app::figure_export::FigureExport canvas=canvas file="connections".to_string() />
                </Show>
            </div>
            <p class="hint">{move || tr().channels().ch_connections_hint}</p>
            <p class="status" id="focus-status" role="status">{status}</p>
        </figure>
    }
}
