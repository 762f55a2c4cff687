//! Charts on an HTML canvas in headless Chromium, drawn as the app draws them (the
//! figure as a sketch, replayed on the canvas): on a canvas sized and scaled for a
//! device pixel ratio of 2, the figure fills exactly the whole backing store, so
//! charts stay sharp on high-density screens.
#![cfg(target_arch = "wasm32")]

use convatlas::app::paint::replay;
use convatlas::charts::sketch_backend::figure_sketch;
use convatlas::charts::xy::{Marker, Point, Series, XyChart};
use convatlas::charts::{ChartTheme, Figure};
use convatlas::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// RGBA pixels of the backing-store rectangle (`x`, `y`, `w`, `h`), row by row.
fn pixels(ctx: &web_sys::CanvasRenderingContext2d, x: u32, y: u32, w: u32, h: u32) -> Vec<[u8; 4]> {
    let get = js_sys::Reflect::get(ctx, &"getImageData".into()).expect("getImageData");
    let get: js_sys::Function = get.unchecked_into();
    let args = js_sys::Array::of4(&x.into(), &y.into(), &w.into(), &h.into());
    let image = js_sys::Reflect::apply(&get, ctx, &args).expect("image data");
    let data = js_sys::Reflect::get(&image, &"data".into()).expect("data");
    let bytes = js_sys::Uint8ClampedArray::from(data).to_vec();
    bytes.chunks(4).map(|c| [c[0], c[1], c[2], c[3]]).collect()
}

/// One panel with two unlabelled dots: bottom left and top right of the plot.
fn corners() -> Figure {
    Figure::one_xy(
        "Corners",
        XyChart {
            subtitle: String::new(),
            x_label: "x".into(),
            y_label: "y".into(),
            log_x: false,
            series: vec![Series {
                label: "dots".into(),
                points: vec![Point::new(0.0, 0.0, ""), Point::new(10.0, 10.0, "")],
                line: false,
                marker: Marker::Filled,
                color: 1,
            }],
            hlines: Vec::new(),
        },
        vec!["a source line".into()],
        Lang::En,
    )
}

#[wasm_bindgen_test]
fn a_figure_fills_a_double_density_canvas() {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .expect("canvas")
        .unchecked_into();
    let (css_w, css_h) = (480u32, 270u32);
    canvas.set_width(css_w * 2);
    canvas.set_height(css_h * 2);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("context")
        .expect("2d")
        .unchecked_into();
    ctx.set_transform(2.0, 0.0, 0.0, 2.0, 0.0, 0.0)
        .expect("scale");
    let theme = ChartTheme::dark();
    replay(
        &ctx,
        &figure_sketch(&corners(), &theme, (css_w, css_h)).expect("drawn"),
    );

    let bg = theme.background();
    let corner = pixels(&ctx, css_w * 2 - 2, css_h * 2 - 2, 1, 1)[0];
    assert_eq!(
        corner,
        [bg.0, bg.1, bg.2, 255],
        "the background reaches the far corner"
    );
    // The top-right dot lands in the right quarter of the backing store: drawn
    // at CSS size and scaled up, not at backing size and cut off.
    let dot = theme.series(1);
    let (x0, w) = (css_w * 2 * 3 / 4, css_w * 2 / 4);
    let right = pixels(&ctx, x0, 0, w, css_h * 2);
    let hits = right
        .iter()
        .filter(|p| **p == [dot.0, dot.1, dot.2, 255])
        .count();
    assert!(hits > 20, "{hits} pixels of the top-right dot");
}
