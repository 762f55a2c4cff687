//! Tables 3 and 5 as the paper prints them: the shuffle on and off, and ShuffleNet
//! against MobileNet at about the same complexity.

use super::extras::use_shufflenet;
use crate::atlas::multiplier;
use crate::shufflenet::{TABLE3, TABLE5};
use leptos::prelude::*;

#[component]
pub fn ShuffleTable() -> impl IntoView {
    let sn = use_shufflenet();
    let tr = move || sn.tr();
    let body = move || {
        let t = tr();
        view! {
            <table class="cost" id="shuffle-table">
                <thead><tr>
                    <th scope="col">{t.scale}</th>
                    <th scope="col" class="num">{t.groups}</th>
                    <th scope="col" class="num">{t.without}</th>
                    <th scope="col" class="num">{t.with}</th>
                    <th scope="col" class="num">{t.gain}</th>
                </tr></thead>
                <tbody>
                    {TABLE3.iter().map(|(scale, g, without, with)| view! {
                        <tr>
                            <th scope="row">{format!("ShuffleNet {scale}×")}</th>
                            <td class="num">{*g}</td>
                            <td class="num">{format!("{without:.1}")}</td>
                            <td class="num">{format!("{with:.1}")}</td>
                            <td class="num">{format!("{:.1}", without - with)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <section class="panel" aria-labelledby="shuffle-title">
            <h2 id="shuffle-title">{move || tr().shuffle_title}</h2>
            <p class="hint">{move || tr().shuffle_note}</p>
            <div class="table-scroll">{body}</div>
        </section>
    }
}

#[component]
pub fn VersusTable() -> impl IntoView {
    let sn = use_shufflenet();
    let tr = move || sn.tr();
    let body = move || {
        let t = tr();
        view! {
            <table class="cost" id="versus-table">
                <thead><tr>
                    <th scope="col">{t.mobilenet}</th>
                    <th scope="col" class="num">{t.error}</th>
                    <th scope="col" class="num">{t.mflops}</th>
                    <th scope="col">{t.shufflenet}</th>
                    <th scope="col" class="num">{t.error}</th>
                    <th scope="col" class="num">{t.mflops}</th>
                    <th scope="col" class="num">{t.gain}</th>
                </tr></thead>
                <tbody>
                    {TABLE5.iter().map(|r| view! {
                        <tr>
                            <th scope="row">{format!("{} MobileNet-224", multiplier(r.alpha))}</th>
                            <td class="num">{format!("{:.1}", r.mobilenet_error)}</td>
                            <td class="num">{r.mobilenet_mflops}</td>
                            <td>{format!("ShuffleNet {}× (g = {})", r.scale, r.groups)}</td>
                            <td class="num">{format!("{:.1}", r.shufflenet_error)}</td>
                            <td class="num">{r.shufflenet_mflops}</td>
                            <td class="num">{format!("{:.1}", r.mobilenet_error - r.shufflenet_error)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <section class="panel" aria-labelledby="versus-title">
            <h2 id="versus-title">{move || tr().mobilenet_title}</h2>
            <p class="hint">{move || tr().mobilenet_note}</p>
            <div class="table-scroll">{body}</div>
        </section>
    }
}
