//! Crisp canvases: the backing store is sized by devicePixelRatio and the
//! context scaled, so drawing code works in CSS pixels and stays sharp on
//! high-density screens and projectors.

use crate::sketch::Sketch;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Sizes `canvas` to `css_w x css_h` CSS pixels and returns its 2-D context,
/// scaled so one unit is one CSS pixel. `None` if the browser gives no context.
pub fn prepare(
    canvas: &HtmlCanvasElement,
    css_w: f64,
    css_h: f64,
) -> Option<CanvasRenderingContext2d> {
    let ratio = window().device_pixel_ratio().clamp(1.0, 4.0);
    let (w, h) = (
        (css_w * ratio).round() as u32,
        (css_h * ratio).round() as u32,
    );
    // Resizing reallocates the backing store and restyles the page: only when the size changes.
    let resize = canvas.width() != w || canvas.height() != h;
    if resize {
        canvas.set_width(w);
        canvas.set_height(h);
        let style = web_sys::HtmlElement::style(canvas);
        let _ = style.set_property("width", &format!("{css_w}px"));
        let _ = style.set_property("height", &format!("{css_h}px"));
    }
    let ctx = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    ctx.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0).ok()?;
    if !resize {
        ctx.clear_rect(0.0, 0.0, css_w, css_h);
    }
    Some(ctx)
}

/// Records when a view finished drawing (`window.__convatlasDrawn[name] = performance.now()`),
/// which the latency benchmark reads.
pub fn mark_drawn(name: &str) {
    let win = window();
    let now = win.performance().map_or(0.0, |p| p.now());
    let key = wasm_bindgen::JsValue::from_str("__convatlasDrawn");
    let table = js_sys::Reflect::get(&win, &key)
        .ok()
        .filter(|v| v.is_object())
        .unwrap_or_else(|| {
            let t = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&win, &key, &t);
            t
        });
    let _ = js_sys::Reflect::set(&table, &name.into(), &now.into());
}

/// A detached canvas for building images off screen (one per view).
pub fn scratch_canvas() -> Option<HtmlCanvasElement> {
    document()
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()
}

/// The pointer position in the canvas's drawing units (CSS pixels at the size it
/// was prepared for), even when CSS shrinks the canvas to fit a narrow screen.
pub fn pointer_position(e: &web_sys::MouseEvent) -> Option<(f64, f64)> {
    let canvas: HtmlCanvasElement = e.target()?.dyn_into().ok()?;
    let ratio = window().device_pixel_ratio().clamp(1.0, 4.0);
    let (shown_w, shown_h) = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    if shown_w <= 0.0 || shown_h <= 0.0 {
        return None;
    }
    let (drawn_w, drawn_h) = (
        f64::from(canvas.width()) / ratio,
        f64::from(canvas.height()) / ratio,
    );
    Some((
        f64::from(e.offset_x()) * drawn_w / shown_w,
        f64::from(e.offset_y()) * drawn_h / shown_h,
    ))
}

/// The width of `frame` in CSS pixels, clamped to `range`, read when the frame appears
/// and when the window is resized: not on every redraw, where reading it would force a
/// layout after each canvas the redraw resized.
pub fn use_frame_width(frame: NodeRef<leptos::html::Div>, range: (f64, f64)) -> ReadSignal<f64> {
    let width = RwSignal::new(range.0.max(640.0f64.min(range.1)));
    let resized = RwSignal::new(0u32);
    let stop = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || stop.remove());
    Effect::new(move |_| {
        resized.track();
        if let Some(el) = frame.get() {
            let w = f64::from(el.client_width()).clamp(range.0, range.1);
            if w != width.get_untracked() {
                width.set(w);
            }
        }
    });
    width.read_only()
}

/// Whether the canvas of `node` is within a screen's height of the viewport (or the page
/// is about to print): true until the browser first reports, so every view draws once.
///
/// A view whose redraw reads this first, and returns without reading anything else when
/// it is false, skips its redraws while out of sight and makes the latest one when it
/// comes near: a control's drag then redraws only what can be seen (on the channel pages
/// the feature maps sit three screens below the groups slider).
pub fn use_in_sight(node: NodeRef<leptos::html::Canvas>) -> ReadSignal<bool> {
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
    type Watch = (IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);
    let seen = RwSignal::new(true);
    let watch = StoredValue::new_local(None::<Watch>);
    let stop = move || watch.update_value(|w| w.take().into_iter().for_each(|w| w.0.disconnect()));
    Effect::new(move |_| {
        let Some(canvas) = node.get() else { return };
        stop();
        let report = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(latest) = entries.iter().last() {
                seen.set(
                    latest
                        .unchecked_into::<IntersectionObserverEntry>()
                        .is_intersecting(),
                );
            }
        });
        let near = IntersectionObserverInit::new();
        near.set_root_margin("100% 0px");
        if let Ok(observer) =
            IntersectionObserver::new_with_options(report.as_ref().unchecked_ref(), &near)
        {
            observer.observe(&canvas);
            watch.set_value(Some((observer, report)));
        }
    });
    let print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| seen.set(true),
    );
    on_cleanup(move || {
        print.remove();
        stop();
    });
    seen.read_only()
}

thread_local! {
    /// What each figure canvas (by id) was last drawn with, for its PNG and SVG
    /// downloads (`super::figure_export`).
    static DRAWN: std::cell::RefCell<Vec<(String, Drawn)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A figure as last drawn on its canvas: its drawing, and whether it carries its own
/// title and sources (a chart) or has them added for a file (a hand-drawn figure).
#[derive(Clone)]
pub struct Drawn {
    pub sketch: Sketch,
    pub titled: bool,
}

/// What the figure canvas `id` was last drawn with, if anything.
pub fn last_drawn(id: &str) -> Option<Drawn> {
    DRAWN.with(|d| {
        d.borrow()
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| v.clone())
    })
}

/// Draws `drawn` on `canvas` at its size, states `description` as the canvas's text
/// alternative (its numbers, for screen readers; its name stays the aria-label) when it
/// changed, and remembers the drawing for the downloads.
fn draw(canvas: &HtmlCanvasElement, drawn: Drawn, description: &str) {
    if let Some(ctx) = prepare(canvas, drawn.sketch.width, drawn.sketch.height) {
        super::paint::replay(&ctx, &drawn.sketch);
    }
    if canvas.get_attribute("aria-description").as_deref() != Some(description) {
        let _ = canvas.set_attribute("aria-description", description);
    }
    let id = canvas.id();
    DRAWN.with(|d| {
        let mut d = d.borrow_mut();
        d.retain(|(k, _)| *k != id);
        d.push((id, drawn));
    });
}

/// Draws the hand-drawn figure `sketch` on `canvas` with `description` (its numbers) as
/// its text alternative. Every hand-drawn figure of the app goes through here.
pub fn draw_sketch(canvas: &HtmlCanvasElement, sketch: Sketch, description: &str) {
    let drawn = Drawn {
        sketch,
        titled: false,
    };
    draw(canvas, drawn, description);
}

/// Draws the plotters figure `fig` on `canvas` at `css_w × css_h` CSS pixels in the
/// shell's theme and text size, its numbers as its text alternative. Every chart of the
/// app goes through here.
pub fn draw_chart(
    canvas: HtmlCanvasElement,
    css_w: f64,
    css_h: f64,
    fig: &crate::charts::Figure,
    shell: &crate::query::ShellSettings,
) -> Result<(), String> {
    use crate::charts::ChartTheme;
    let theme = match shell.theme {
        crate::query::Theme::Light => ChartTheme::light(),
        crate::query::Theme::Dark => ChartTheme::dark(),
    }
    .with_scale(if shell.large { 1.5 } else { 1.0 });
    let size = (css_w as u32, css_h as u32);
    let sketch = crate::charts::sketch_backend::figure_sketch(fig, &theme, size)?;
    let drawn = Drawn {
        sketch,
        titled: true,
    };
    draw(&canvas, drawn, &fig.describe());
    Ok(())
}
