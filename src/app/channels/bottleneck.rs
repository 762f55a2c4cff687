//! The point-wise lesson's bottleneck table: a 3×3 layer 256 → 256 against ResNet's
//! 1×1 256 → 64, 3×3 64 → 64, 1×1 64 → 256, costed by the same layer functions.

use super::page::use_channels;
use crate::atlas::table::thousands;
use crate::channels::layer::{ChannelLayer, Cost};
use crate::i18n::fill;
use leptos::prelude::*;

/// Output side of ResNet-50's first stage (conv2_x).
const SIDE: usize = 56;

fn conv(c_in: usize, c_out: usize, k: usize) -> Cost {
    ChannelLayer {
        c_in,
        c_out,
        kernel: [k, k],
        groups: 1,
        pointwise: None,
        out_size: [SIDE, SIDE],
    }
    .cost()
}

#[component]
pub fn Bottleneck() -> impl IntoView {
    let ch = use_channels();
    let tr = move || ch.app.tr();
    let plain = conv(256, 256, 3);
    let parts = [conv(256, 64, 1), conv(64, 64, 3), conv(64, 256, 1)];
    let reduced = parts.iter().fold(Cost::default(), |a, c| Cost {
        params: a.params + c.params,
        macs: a.macs + c.macs,
    });
    let ratio = format!("{:.1}×", plain.macs as f64 / reduced.macs as f64);
    view! {
        <section class="panel bottleneck" aria-labelledby="bn-title">
            <h2 id="bn-title">{move || tr().pw_bottleneck}</h2>
            <table class="cost" id="bottleneck-table">
                <thead><tr><th>{move || tr().pw_bn_layer}</th><th scope="col">{move || tr().pg_params}</th><th scope="col">{move || tr().pg_macs}</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{move || tr().pw_bn_plain}</th><td class="num">{thousands(plain.params)}</td><td class="num">{thousands(plain.macs)}</td></tr>
                    <tr><th scope="row">{move || tr().pw_bn_reduced}</th><td class="num">{thousands(reduced.params)}</td><td class="num">{thousands(reduced.macs)}</td></tr>
                </tbody>
            </table>
            <p class="ratio"><strong>{ratio}</strong></p>
            <p class="note">{move || fill(tr().pw_bn_note, &[("hw", &SIDE.to_string())])}</p>
        </section>
    }
}
