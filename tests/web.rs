//! In-browser tests (wasm-bindgen-test in headless Chromium): the app is mounted at
//! a URL, driven through its DOM, and checked; and the wasm32 convolution kernels are
//! checked against the naive reference where they run, in the browser.
#![cfg(target_arch = "wasm32")]

use convatlas::app::{canvas, routes_of, App};
use convatlas::pages::Page;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `url` in a fresh container; dropping the handle unmounts it.
fn mount_at(url: &str) -> impl Drop {
    window()
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .expect("url");
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let path = url.split('?').next().unwrap_or(url);
    let routes = routes_of(Page::of_path(path).expect("a chapter's address"));
    leptos::mount::mount_to(host.unchecked_into(), move || view! { <App routes /> })
}

/// Lets effects, navigation and redraws run.
async fn settle() {
    for _ in 0..3 {
        let (tx, rx) = futures_channel();
        set_timeout(tx, Duration::from_millis(30));
        let _ = rx.await;
    }
}

/// A one-shot wake-up for [`settle`], built on a JS promise.
fn futures_channel() -> (impl FnOnce(), wasm_bindgen_futures::JsFuture) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    let resolve = resolve.expect("promise executor runs at once");
    (
        move || drop(resolve.call0(&wasm_bindgen::JsValue::NULL)),
        wasm_bindgen_futures::JsFuture::from(promise),
    )
}

fn query(selector: &str) -> web_sys::Element {
    document()
        .query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element {selector}"))
}

fn url_param(key: &str) -> Option<String> {
    let search = window().location().search().expect("search");
    convatlas::query::Query::parse(&search)
        .get(key)
        .map(str::to_string)
}

#[wasm_bindgen_test]
async fn playground_shows_dilated_taps_from_the_url() {
    let _app = mount_at("/playground?in=dot&size=10&dil=2&pad=1&pos=0");
    settle().await;
    // Padding 1, dilation 2: the first output cell reads rows/cols -1, 1, 3.
    let taps = query("#input-canvas")
        .get_attribute("data-taps")
        .expect("taps");
    assert_eq!(taps, "-1,-1;-1,1;-1,3;1,-1;1,1;1,3;3,-1;3,1;3,3");
    // (10 + 2 - 2*2 - 1) / 1 + 1 = 8
    assert_eq!(
        query(".output-view .dims").text_content().as_deref(),
        Some("8 x 8")
    );
    assert_eq!(
        query("#macs").text_content().as_deref(),
        Some(&*(8 * 8 * 9).to_string())
    );
}

#[wasm_bindgen_test]
async fn sample_button_and_stepper_write_the_url() {
    let _app = mount_at("/playground");
    settle().await;
    query("[data-sample=\"checker\"]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(url_param("in").as_deref(), Some("checker"));
    query("#step")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(url_param("pos").as_deref(), Some("1"));
    assert!(query("#written-sum")
        .text_content()
        .unwrap_or_default()
        .starts_with("y[0,1] = "));
}

#[wasm_bindgen_test]
async fn garbage_values_show_notices_and_defaults() {
    let _app = mount_at("/playground?lang=zz&dil=0&stride=x");
    settle().await;
    let count = document()
        .query_selector_all(".notice li")
        .expect("list")
        .length();
    assert_eq!(count, 3, "one notice per bad value");
    let root = document().document_element().expect("root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        query("#dilation")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        "1"
    );
}

#[wasm_bindgen_test]
async fn korean_and_embed_mode() {
    let app = mount_at("/playground?lang=ko");
    settle().await;
    assert!(query("h1")
        .text_content()
        .unwrap_or_default()
        .contains("합성곱"));
    assert!(document()
        .query_selector("nav.chapters")
        .expect("selector")
        .is_some());
    drop(app);
    let _embed = mount_at("/playground?embed=1");
    settle().await;
    assert!(document()
        .query_selector("nav.chapters")
        .expect("selector")
        .is_none());
    assert!(document()
        .query_selector("#input-canvas")
        .expect("selector")
        .is_some());
}

#[wasm_bindgen_test]
fn canvas_backing_store_follows_device_pixel_ratio() {
    let el = document()
        .create_element("canvas")
        .expect("canvas")
        .unchecked_into::<web_sys::HtmlCanvasElement>();
    let ratio = window().device_pixel_ratio().clamp(1.0, 4.0);
    assert!(canvas::prepare(&el, 120.0, 80.0).is_some());
    assert_eq!(el.width(), (120.0 * ratio).round() as u32);
    assert_eq!(el.height(), (80.0 * ratio).round() as u32);
    assert_eq!(
        web_sys::HtmlElement::style(&el)
            .get_property_value("width")
            .ok()
            .as_deref(),
        Some("120px")
    );
}

/// The atlas's total of a table (`#layers` or `#vs_layers`) as a number.
fn atlas_total(table: &str, column: &str) -> u64 {
    query(&format!("{table} .total-{column}"))
        .text_content()
        .unwrap_or_default()
        .replace(',', "")
        .parse()
        .expect("a number")
}

#[wasm_bindgen_test]
async fn atlas_totals_follow_mobilenet_table_6_and_sort_from_the_header() {
    let _app = mount_at("/atlas?model=mobilenet_v1&alpha=0.5&res=224");
    settle().await;
    // Howard et al. 2017, Table 6: 0.5 MobileNet-224 has 149M MACs and 1.3M parameters.
    let macs = atlas_total("#layers", "macs") as f64 / 1e6;
    let params = atlas_total("#layers", "params") as f64 / 1e6;
    assert!((macs / 149.0 - 1.0).abs() < 0.01, "{macs}M MACs");
    assert!((params - 1.3).abs() < 0.05, "{params}M params");
    query("button.sort[data-key=\"params\"]")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert_eq!(url_param("sort").as_deref(), Some("params"));
    assert_eq!(url_param("desc").as_deref(), Some("1"));
    let first = query("#layers tbody tr td:nth-child(9)")
        .text_content()
        .unwrap_or_default()
        .replace(',', "");
    // The largest layer is the classifier: 512 inputs x 1000 outputs + 1000 biases.
    assert_eq!(first, (512 * 1000 + 1000).to_string());
}

#[wasm_bindgen_test]
async fn group_slider_cuts_the_links_and_the_cost() {
    let _app = mount_at("/group?cin=4&cout=8&g=1&kh=3&kw=3&oh=2&ow=2");
    settle().await;
    // In sight, as for a reader dragging the slider (views out of sight wait to be seen).
    query("#connections").scroll_into_view();
    settle().await;
    let links = || {
        query("#connections")
            .get_attribute("data-links")
            .unwrap_or_default()
    };
    assert_eq!(links(), (4 * 8).to_string());
    let slider = query("#groups").unchecked_into::<web_sys::HtmlInputElement>();
    // Common divisors of 4 and 8: 1, 2, 4; position 2 is g = 4 (depth-wise with multiplier 2).
    let history = || {
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .length()
            .unwrap()
    };
    let entries = history();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let fire = |kind: &str| {
        let event = web_sys::Event::new_with_event_init_dict(kind, &init).expect("event");
        slider.dispatch_event(&event).expect("dispatch");
    };
    // Dragging: the views follow each step; the address waits for the release.
    slider.set_value("1");
    fire("input");
    settle().await;
    assert_eq!(links(), (8 * 4 / 2).to_string());
    slider.set_value("2");
    fire("input");
    settle().await;
    assert_eq!(links(), (8 * 4 / 4).to_string());
    assert_eq!(url_param("g").as_deref(), Some("1"));
    assert_eq!(history(), entries);
    // Released: one history entry for the whole drag.
    fire("change");
    settle().await;
    assert_eq!(url_param("g").as_deref(), Some("4"));
    assert_eq!(history(), entries + 1);
    assert_eq!(links(), (8 * 4 / 4).to_string());
    let params: u64 = query("#total-params")
        .text_content()
        .unwrap_or_default()
        .replace(',', "")
        .parse()
        .expect("number");
    let (c_in, c_out, groups) = (4, 8, 4);
    assert_eq!(params, c_out * (c_in / groups) * 9);
}

/// The wasm32 GEMM micro-kernel (simd128, the pages' build) against the naive reference,
/// in the browser: a 3x3 layer whose GEMM crosses every cache block with a ragged tail
/// (102 filters: MC = 96 and a partial register tile; k = 270 past KC = 256; 529 pixels
/// past NC = 512), and a grouped point-wise layer on a 7x9 image.
#[wasm_bindgen_test]
fn conv2d_in_wasm_matches_the_naive_reference() {
    use convatlas::nn::conv::{conv2d, reference::conv2d_reference, Conv2dSpec, Padding};
    use convatlas::nn::rng::Rng;
    use convatlas::nn::tensor::Tensor;
    let cases = [(30, 102, 3, 1, 1, [23, 23]), (12, 9, 1, 0, 3, [7, 9])];
    let mut rng = Rng::new(7);
    for (c, o, k, pad, groups, [h, w]) in cases {
        let spec = Conv2dSpec {
            in_channels: c,
            out_channels: o,
            kernel: [k, k],
            stride: [1, 1],
            dilation: [1, 1],
            padding: Padding::symmetric(pad),
            groups,
            bias: true,
        };
        let mut tensor = |shape: &[usize]| {
            let n = shape.iter().product();
            Tensor::from_vec(shape, rng.uniform_vec(n, -1.0, 1.0)).expect("shape")
        };
        let x = tensor(&[1, c, h, w]);
        let weight = tensor(&[o, c / groups, k, k]);
        let bias = tensor(&[o]);
        let fast = conv2d(&x, &weight, Some(bias.data()), &spec).expect("valid layer");
        let naive = conv2d_reference(&x, &weight, Some(bias.data()), &spec).expect("valid layer");
        assert_eq!(fast.shape(), naive.shape());
        for (i, (a, b)) in fast.data().iter().zip(naive.data()).enumerate() {
            assert!(
                (a - b).abs() <= 1e-4 * (1.0 + b.abs()),
                "{c}->{o} k{k} g{groups} [{i}]: {a} vs {b}"
            );
        }
    }
}
