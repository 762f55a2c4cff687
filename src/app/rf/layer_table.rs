//! One row per layer: its output size, receptive field, effective stride and padding,
//! coverage, and the recurrence written out with the numbers; a radio picks the layer
//! the path map shows.

use super::page::use_explorer;
use crate::rfield::field::LayerField;
use crate::rfield::paths::sides;
use crate::rfield::stack::layer_text;
use leptos::prelude::*;

/// `r = r_prev + (k' - 1) · S_prev = ...` for the height axis (both when they differ).
fn recurrence(prev: Option<&LayerField>, f: &LayerField) -> String {
    let axis = |a: usize| {
        let (r0, s0) = prev.map_or((1, 1), |p| (p.rf.size[a], p.rf.stride[a]));
        let k = f.layer.extent()[a];
        format!("{r0} + ({k} − 1)·{s0} = {}", f.rf.size[a])
    };
    if f.layer.kernel[0] == f.layer.kernel[1] {
        axis(0)
    } else {
        format!("{} | {}", axis(0), axis(1))
    }
}

fn pct(c: Option<f64>, uncounted: &str) -> String {
    c.map_or_else(|| uncounted.to_string(), |c| format!("{:.1}%", c * 100.0))
}

#[component]
pub fn LayerTable() -> impl IntoView {
    let ex = use_explorer();
    let tr = move || ex.app.tr();
    // The rows depend on the stack and the input side; the selection only marks a row.
    let n = Memo::new(move |_| ex.state.with(|s| s.n));
    let selected = Memo::new(move |_| ex.state.with(|s| s.selected));
    let rows = move || {
        let t = tr();
        let n = n.get();
        let outs = ex.stack.with(|s| sides(s, n).ok());
        ex.fields.with(|fields| {
            fields
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let out = outs.as_ref().and_then(|o| o.get(i + 1)).map_or_else(|| "—".to_string(), |o| format!("{}×{}", o[0], o[1]));
                    let size = |v: [u64; 2]| if v[0] == v[1] { v[0].to_string() } else { format!("{}×{}", v[0], v[1]) };
                    let layer = i + 1;
                    view! {
                        <tr class:selected=move || layer == selected.get()>
                            <td><input type="radio" name="rf-layer" id=format!("layer-{layer}") prop:checked=move || layer == selected.get()
                                aria-label=t.rf().rf_select
                                on:change=move |_| ex.set(|s| { s.selected = layer; s.unit = None; }) /></td>
                            <th scope="row"><label for=format!("layer-{layer}")>{layer} ". " <code>{layer_text(&f.layer)}</code></label></th>
                            <td class="num">{out}</td>
                            <td class="num rf-size">{size(f.rf.size)}</td>
                            <td class="num">{size(f.rf.stride)}</td>
                            <td class="num">{size(f.rf.padding)}</td>
                            <td class="num coverage">{pct(f.coverage, t.rf().rf_uncounted)}</td>
                            <td><code>{recurrence(i.checked_sub(1).map(|j| &fields[j]), f)}</code></td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll cost-scroll">
            <table class="cost rf-table" id="rf-table">
                <thead><tr>
                    <th></th>
                    <th scope="col">{move || tr().rf().rf_col_layer}</th>
                    <th scope="col">{move || tr().rf().rf_col_out}</th>
                    <th scope="col">{move || tr().rf().rf_col_rf}</th>
                    <th scope="col">{move || tr().rf().rf_col_stride}</th>
                    <th scope="col">{move || tr().rf().rf_col_padding}</th>
                    <th scope="col">{move || tr().rf().rf_col_coverage}</th>
                    <th scope="col">{move || tr().rf().rf_col_recurrence}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
