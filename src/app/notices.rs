//! The banner listing URL values that could not be used.

use super::state::use_app;
use crate::i18n::fill;
use crate::query::Notice;
use leptos::prelude::*;

/// Shows each notice until dismissed; renders nothing when there are none.
#[component]
pub fn NoticeBanner(#[prop(into)] notices: Signal<Vec<Notice>>) -> impl IntoView {
    let app = use_app();
    let dismissed = RwSignal::new(false);
    move || {
        let list = notices.get();
        (!list.is_empty() && !dismissed.get()).then(|| {
            let tr = app.tr();
            view! {
                <div class="notice" role="status">
                    <strong>{tr.url_notice_title}</strong>
                    <ul>
                        {list
                            .into_iter()
                            .map(|n| {
                                let text = fill(
                                    tr.url_notice,
                                    &[("key", &n.key), ("value", &n.value), ("allowed", &n.allowed.text(tr))],
                                );
                                view! { <li>{text}</li> }
                            })
                            .collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| dismissed.set(true)>
                        {tr.dismiss}
                    </button>
                </div>
            }
        })
    }
}
