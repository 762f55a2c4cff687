//! The atlas page.

use leptos::prelude::*;

#[component]
pub fn AtlasPage() -> impl IntoView {
    view! { <article class="atlas"></article> }
}
