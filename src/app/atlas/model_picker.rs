//! Picking a network and the parameters it takes, as selects offering only
//! allowed values (a URL may still carry others; those become notices).

use super::page::use_atlas;
use crate::atlas::{match_multiplier, multiplier, NetChoice, Slot, ALPHAS, GROUPS, SCALES};
use crate::charts::ChartKind;
use crate::zoo::{Param, MODELS};
use leptos::prelude::*;

/// One labelled select: `options` are (value, text); `pick` gets the chosen value.
#[component]
fn Choice(
    id: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    pick: Callback<String>,
) -> impl IntoView {
    let for_id = id.clone();
    view! {
        <label class="field" for=for_id>
            <span>{move || label.get()}</span>
            <select id=id on:change=move |ev| pick.run(event_target_value(&ev))>
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// The network of `which` and its parameters.
#[component]
pub fn ModelPicker(which: Slot) -> impl IntoView {
    let atlas = use_atlas();
    let tr = move || atlas.app.tr();
    let choice = Memo::new(move |_| atlas.shown(which).get().map(|(c, _)| c));
    let edit = move |f: fn(&mut NetChoice, &str), value: String| {
        atlas.set(|s| {
            let target = match which {
                Slot::Main => Some(&mut s.main),
                Slot::Versus => s.vs.as_mut(),
            };
            if let Some(c) = target {
                f(c, &value);
            }
        })
    };
    let pick_model = Callback::new(move |name: String| {
        let model = MODELS.iter().find(|m| m.name == name).map(|m| m.name);
        atlas.set(|s| match (which, model) {
            (Slot::Main, Some(m)) => s.main = NetChoice::defaults(m),
            (Slot::Versus, Some(m)) => s.vs = Some(NetChoice::defaults(m)),
            (Slot::Versus, None) => {
                s.vs = None;
                if s.chart == ChartKind::Compare {
                    s.chart = ChartKind::CostByType;
                }
            }
            (Slot::Main, None) => {}
        })
    });
    let models = Signal::derive(move || {
        let none = (which == Slot::Versus)
            .then(|| (String::new(), tr().atlas().atlas_versus_none.to_string()));
        none.into_iter()
            .chain(
                MODELS
                    .iter()
                    .map(|m| (m.name.to_string(), m.title.to_string())),
            )
            .collect::<Vec<_>>()
    });
    let takes = move |p: Param| choice.get().is_some_and(|c| c.takes(p));
    let floats = |values: &[f32]| {
        values
            .iter()
            .map(|v| (multiplier(*v), multiplier(*v)))
            .collect::<Vec<_>>()
    };
    let (alphas, scales) = (floats(&ALPHAS), floats(&SCALES));
    let groups: Vec<(String, String)> = GROUPS
        .iter()
        .map(|g| (g.to_string(), g.to_string()))
        .collect();
    let resolutions = Memo::new(move |_| {
        choice.get().map_or(vec![], |c| {
            c.resolution_options()
                .into_iter()
                .map(|r| (r.to_string(), format!("{r}×{r}")))
                .collect()
        })
    });
    let current = move |f: fn(&NetChoice) -> String| {
        Signal::derive(move || choice.get().map(|c| f(&c)).unwrap_or_default())
    };
    let id = move |name: &str| which.key(name);
    view! {
        <fieldset class="panel atlas-picker">
            <legend>{move || match which { Slot::Main => tr().atlas().atlas_network, Slot::Versus => tr().atlas().atlas_versus }}</legend>
            <Choice id=id("model") label=Signal::derive(move || tr().atlas().atlas_network) options=models
                value=current(|c| c.model.to_string()) pick=pick_model />
            <Show when=move || takes(Param::Alpha)>
                <Choice id=id("alpha") label=Signal::derive(move || tr().atlas().atlas_alpha) options=alphas.clone()
                    value=current(|c| multiplier(c.alpha))
                    pick=Callback::new(move |v: String| edit(|c, v| c.alpha = match_multiplier(v, &ALPHAS).unwrap_or(c.alpha), v)) />
            </Show>
            <Show when=move || choice.get().is_some()>
                <Choice id=id("res") label=Signal::derive(move || tr().atlas().atlas_res) options=resolutions
                    value=current(|c| c.res.to_string())
                    pick=Callback::new(move |v: String| edit(|c, v| c.res = v.parse().unwrap_or(c.res), v)) />
            </Show>
            <Show when=move || takes(Param::Groups)>
                <Choice id=id("groups") label=Signal::derive(move || tr().atlas().atlas_groups) options=groups.clone()
                    value=current(|c| c.groups.to_string())
                    pick=Callback::new(move |v: String| edit(|c, v| c.groups = v.parse().unwrap_or(c.groups), v)) />
            </Show>
            <Show when=move || takes(Param::Scale)>
                <Choice id=id("scale") label=Signal::derive(move || tr().atlas().atlas_scale) options=scales.clone()
                    value=current(|c| multiplier(c.scale))
                    pick=Callback::new(move |v: String| edit(|c, v| c.scale = match_multiplier(v, &SCALES).unwrap_or(c.scale), v)) />
            </Show>
            <p class="hint model-source" id=id("source")>{move || {
                let source = choice.get().and_then(|c| MODELS.iter().find(|m| m.name == c.model)).map(|m| m.source);
                source.map(|s| format!("{} {s}", tr().atlas().atlas_layout_from))
            }}</p>
        </fieldset>
    }
}
