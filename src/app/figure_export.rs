//! "PNG" and "SVG" under every figure, chart or hand-drawn: the drawing the figure's
//! canvas was last drawn with (see [`super::canvas::draw_chart`] and
//! [`super::canvas::draw_sketch`], which remember it), written out again. The PNG is
//! twice its size on screen (sharp on a slide), the SVG vector shapes
//! ([`crate::sketch::Sketch::to_svg`]). Each file carries the figure's title and source:
//! a chart has its own title and sources line; a hand-drawn figure gets its name above
//! it and the address it was drawn at below.

use super::canvas::{last_drawn, scratch_canvas};
use super::paint::{replay, Palette};
use super::state::use_app;
use crate::charts::legend::{fit, text_width};
use crate::sketch::Sketch;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// How many device pixels a PNG gets per CSS pixel of the figure on screen.
const PNG_SCALE: f64 = 2.0;

/// Saves `url` as a file named `file` through a temporary download link.
fn save(url: &str, file: &str) -> Option<()> {
    let link = document().create_element("a").ok()?;
    link.set_attribute("href", url).ok()?;
    link.set_attribute("download", file).ok()?;
    link.dyn_ref::<web_sys::HtmlElement>()?.click();
    Some(())
}

/// The figure on `canvas` as it goes into a file: a chart as drawn; a hand-drawn figure
/// with its name (the canvas's label) above, widened for it if need be, and
/// "ConvAtlas · address" below, fitted to that width, in the interface's theme.
fn file_sketch(canvas: &HtmlCanvasElement, pal: &Palette) -> Option<Sketch> {
    let drawn = last_drawn(&canvas.id())?;
    if drawn.titled {
        return Some(drawn.sketch);
    }
    let title = canvas.get_attribute("aria-label").unwrap_or_default();
    // Bold 14-pixel type is about a tenth wider than the estimate for regular type.
    let width = (text_width(&title, 14.0) * 1.1 + 16.0).max(drawn.sketch.width);
    let address = window().location().href().unwrap_or_default();
    let source = fit(&format!("ConvAtlas · {address}"), width - 16.0, 11.0);
    let colors = [pal.background, pal.text];
    Some(drawn.sketch.framed(&title, &source, colors, width))
}

/// `sketch` as a PNG data URL at [`PNG_SCALE`] times its CSS size.
fn png(sketch: &Sketch) -> Option<String> {
    let sheet = scratch_canvas()?;
    sheet.set_width((sketch.width * PNG_SCALE).round() as u32);
    sheet.set_height((sketch.height * PNG_SCALE).round() as u32);
    let ctx = sheet
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    ctx.set_transform(PNG_SCALE, 0.0, 0.0, PNG_SCALE, 0.0, 0.0)
        .ok()?;
    replay(&ctx, sketch);
    sheet.to_data_url_with_type("image/png").ok()
}

/// `sketch` as an SVG data URL, at its CSS size.
fn svg(sketch: &Sketch) -> Option<String> {
    let encoded: String = js_sys::encode_uri_component(&sketch.to_svg()?).into();
    Some(format!("data:image/svg+xml;charset=utf-8,{encoded}"))
}

/// The two download buttons for the figure drawn on `canvas`, saved as `file`.png / .svg.
#[component]
pub fn FigureExport(canvas: NodeRef<Canvas>, #[prop(into)] file: Signal<String>) -> impl IntoView {
    let app = use_app();
    let export = move |as_svg: bool| {
        let Some(el) = canvas.get_untracked() else {
            return;
        };
        let pal = Palette::for_theme(app.shell.get_untracked().theme);
        let Some(sketch) = file_sketch(&el, &pal) else {
            return;
        };
        let url = if as_svg { svg(&sketch) } else { png(&sketch) };
        if let Some(url) = url {
            let stem = file.get_untracked();
            let _ = save(
                &url,
                &format!("{stem}.{}", if as_svg { "svg" } else { "png" }),
            );
        }
    };
    view! {
        <div class="chart-export">
            <button type="button" class="png-export" on:click=move |_| export(false)>
                {move || app.tr().download_png}
            </button>
            <button type="button" class="svg-export" on:click=move |_| export(true)>
                {move || app.tr().download_svg}
            </button>
        </div>
    }
}
