//! The Leptos web app (wasm32 only).

/// Mounts the app on the page body.
pub fn mount() {}
