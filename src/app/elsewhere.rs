//! What a page module shows at an address it does not serve. Another chapter's address
//! (the loader in index.html disagreed with [`Page::of_path`]) is loaded from the server
//! again, which starts that chapter's module; any other address is "not found".

use super::state::use_app;
use crate::pages::Page;
use leptos::prelude::*;

/// The session-storage key remembering the last address reloaded, so a loader that
/// disagreed with [`Page::of_path`] would show "not found" instead of reloading forever.
const RELOADED: &str = "convatlas-reloaded";

#[component]
pub fn Elsewhere(
    /// The module this is.
    page: Page,
) -> impl IntoView {
    let app = use_app();
    let path = app.path.get_untracked();
    let storage = window().session_storage().ok().flatten();
    let href = format!("{path}{}", app.query.get_untracked().to_search());
    let already = storage
        .as_ref()
        .and_then(|s| s.get_item(RELOADED).ok().flatten())
        .is_some_and(|last| last == href);
    let other = Page::of_path(&app.route.get_untracked()).is_some_and(|p| p != page);
    if other && !already {
        if let Some(s) = &storage {
            let _ = s.set_item(RELOADED, &href);
        }
        let _ = window().location().replace(&href);
        return ().into_any();
    }
    if let Some(s) = &storage {
        let _ = s.remove_item(RELOADED);
    }
    view! { <p class="not-found">{move || app.tr().not_found}</p> }.into_any()
}
