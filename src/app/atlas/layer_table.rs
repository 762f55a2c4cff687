//! The per-layer table of one network: sortable columns, totals row, sticky header.
//! Rows are rendered once per summary or sort change.

use super::page::use_atlas;
use crate::atlas::table::{pair, shape, sorted, SortKey};
use crate::atlas::Slot;
use crate::block::state::{blocks_of, BlockChoice};
use crate::format::thousands;
use crate::i18n::{fill, Tr};
use crate::query::Query;
use leptos::prelude::*;

fn header(tr: &Tr, key: SortKey) -> &'static str {
    match key {
        SortKey::Order => tr.atlas().atlas_col_order,
        SortKey::Name => tr.atlas().atlas_col_name,
        SortKey::Op => tr.atlas().atlas_col_op,
        SortKey::Kernel => tr.atlas().atlas_col_kernel,
        SortKey::Stride => tr.atlas().atlas_col_stride,
        SortKey::Dilation => tr.atlas().atlas_col_dilation,
        SortKey::Groups => tr.atlas().atlas_col_groups,
        SortKey::Out => tr.atlas().atlas_col_out,
        SortKey::Params => tr.atlas_col_params,
        SortKey::Macs => tr.atlas_col_macs,
        SortKey::Rf => tr.atlas_col_rf,
    }
}

/// A column header: a button that sorts by the column (again: reverses).
#[component]
fn SortHeader(key: SortKey) -> impl IntoView {
    let atlas = use_atlas();
    let aria = move || {
        atlas.state.with(|s| match (s.sort == key, s.desc) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        })
    };
    let on_click = move |_| {
        atlas.set(|s| {
            if s.sort == key {
                s.desc = !s.desc;
            } else {
                s.sort = key;
                s.desc = key.numeric() && key != SortKey::Order;
            }
        })
    };
    view! {
        <th scope="col" aria-sort=aria class:num=key.numeric()>
            <button type="button" class="sort" data-key=key.as_str() on:click=on_click>
                {move || header(atlas.app.tr(), key)}
                <span class="arrow" aria-hidden="true">
                    {move || match aria() { "ascending" => "▲", "descending" => "▼", _ => "" }}
                </span>
            </button>
        </th>
    }
}

#[component]
pub fn LayerTable(which: Slot) -> impl IntoView {
    let atlas = use_atlas();
    let shown = atlas.shown(which);
    let order = Memo::new(move |_| {
        let (key, desc) = atlas.state.with(|s| (s.sort, s.desc));
        shown.with(|s| match s {
            Some((_, Ok(sum))) => sorted(&sum.layers, key, desc),
            _ => vec![],
        })
    });
    // (block path, its address on the block-diagram page) for the shown network.
    let links = Memo::new(move |_| {
        let Some(net) = shown.with(|s| match s {
            Some((net, Ok(_))) => Some(*net),
            _ => None,
        }) else {
            return vec![];
        };
        let shell = atlas.app.shell.get();
        blocks_of(&net)
            .into_iter()
            .map(|block| {
                let mut q = Query::default();
                shell.write(&mut q);
                let choice = BlockChoice { net, block };
                choice.write(&mut q);
                (
                    choice.block,
                    format!("{}/blocks{}", atlas.app.base, q.to_search()),
                )
            })
            .collect::<Vec<_>>()
    });
    let name_cell = move |name: &str| {
        let inside =
            |b: &str| name == b || name.strip_prefix(b).is_some_and(|r| r.starts_with('.'));
        links
            .with(|l| {
                l.iter()
                    .find(|(b, _)| inside(b))
                    .map(|(_, href)| href.clone())
            })
            .map_or_else(
                || name.to_string().into_any(),
                |href| {
                    let title = atlas.app.tr().atlas().atlas_open_block;
                    view! { <a href=href title=title>{name.to_string()}</a> }.into_any()
                },
            )
    };
    let rows = move || {
        shown.with(|s| {
            let Some((_, Ok(sum))) = s else {
                return vec![];
            };
            order.with(|order| {
                order
                    .iter()
                    .map(|&i| {
                        let r = &sum.layers[i];
                        view! {
                            <tr class:aux=r.aux class:free=r.params == 0 && r.macs == 0>
                                <td class="num">{i + 1}</td>
                                <th scope="row" class="name" style=format!("padding-left:{}rem", 0.3 + 0.6 * r.depth.min(4) as f64)>{name_cell(&r.name)}</th>
                                <td>{r.op.as_str()}</td>
                                <td class="num">{pair(r.kernel, true)}</td>
                                <td class="num">{pair(r.stride, false)}</td>
                                <td class="num">{pair(r.dilation, false)}</td>
                                <td class="num">{r.groups.map_or("–".to_string(), |g| g.to_string())}</td>
                                <td class="num">{shape(r.out_shape)}</td>
                                <td class="num">{thousands(r.params)}</td>
                                <td class="num">{thousands(r.macs)}</td>
                                <td class="num">{r.receptive_field}</td>
                            </tr>
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let caption = move || {
        shown
            .with(|s| {
                s.as_ref()
                    .and_then(|(c, r)| r.as_ref().ok().map(|sum| (c.label(), sum.layers.len())))
            })
            .map(|(label, n)| {
                fill(
                    atlas.app.tr().atlas().atlas_table_caption,
                    &[("model", &label), ("count", &n.to_string())],
                )
            })
    };
    let totals = move || {
        shown.with(|s| match s {
            Some((_, Ok(sum))) => Some(view! {
                <tr class="totals">
                    <td></td>
                    <th scope="row">{atlas.app.tr().atlas().atlas_total}</th>
                    <td colspan="6"></td>
                    <td class="num total-params">{thousands(sum.params)}</td>
                    <td class="num total-macs">{thousands(sum.macs)}</td>
                    <td class="num total-rf">{sum.receptive_field}</td>
                </tr>
            }),
            _ => None,
        })
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=caption>
            <table class="layers" id=which.key("layers")>
                <caption>{caption}</caption>
                <thead>
                    <tr>{SortKey::ALL.into_iter().map(|key| view! { <SortHeader key /> }).collect_view()}</tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>{totals}</tfoot>
            </table>
        </div>
    }
}
