//! "PNG" and "SVG" under every chart: the figure last drawn on the chart's canvas (see
//! [`super::canvas::draw_chart`], which remembers it), drawn again for the file: the PNG
//! at twice its size on screen (sharp on a slide), the SVG through plotters' SVG backend,
//! both with the figure's title and sources line as on screen. Every chart of the app uses
//! it.

use super::canvas::last_drawn;
use super::state::use_app;
use crate::charts::{draw_figure, ChartTheme};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

/// How many device pixels a PNG gets per CSS pixel of the chart on screen.
const PNG_SCALE: f64 = 2.0;

/// Saves `url` as a file named `file` through a temporary download link.
fn save(url: &str, file: &str) -> Option<()> {
    let link = document().create_element("a").ok()?;
    link.set_attribute("href", url).ok()?;
    link.set_attribute("download", file).ok()?;
    link.dyn_ref::<web_sys::HtmlElement>()?.click();
    Some(())
}

/// The chart on `canvas` as a PNG data URL at [`PNG_SCALE`] times its CSS size (the
/// canvas as it stands if it has no remembered figure).
fn png(canvas: &web_sys::HtmlCanvasElement) -> Option<String> {
    let Some((fig, (w, h), theme)) = last_drawn(&canvas.id()) else {
        return canvas.to_data_url_with_type("image/png").ok();
    };
    let sheet = document()
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    sheet.set_width((w * PNG_SCALE).round() as u32);
    sheet.set_height((h * PNG_SCALE).round() as u32);
    let ctx = sheet
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    ctx.set_transform(PNG_SCALE, 0.0, 0.0, PNG_SCALE, 0.0, 0.0)
        .ok()?;
    crate::charts::canvas::draw_on_canvas(sheet.clone(), (w as u32, h as u32), &fig, &theme)
        .ok()?;
    sheet.to_data_url_with_type("image/png").ok()
}

/// The chart on `canvas` as an SVG data URL, at its CSS size.
fn svg(canvas: &web_sys::HtmlCanvasElement) -> Option<String> {
    let (fig, (w, h), theme): (_, _, ChartTheme) = last_drawn(&canvas.id())?;
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, (w as u32, h as u32)).into_drawing_area();
        draw_figure(&root, &fig, &theme).ok()?;
    }
    let encoded: String = js_sys::encode_uri_component(&text).into();
    Some(format!("data:image/svg+xml;charset=utf-8,{encoded}"))
}

#[component]
pub fn ChartExport(canvas: NodeRef<Canvas>, #[prop(into)] file: Signal<String>) -> impl IntoView {
    let app = use_app();
    let export = move |as_svg: bool| {
        let Some(el) = canvas.get_untracked() else {
            return;
        };
        let stem = file.get_untracked();
        let url = if as_svg { svg(&el) } else { png(&el) };
        if let Some(url) = url {
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
