//! The app state: derived from the URL, written back to the URL.

use super::location::Location;
use crate::i18n::Tr;
use crate::pages::route_of;
use crate::query::{Notice, Query, ShellSettings, Theme};
use leptos::prelude::*;

/// Everything components share, `Copy` so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The window's current path, under the base (e.g. `/convatlas/playground`).
    pub path: Memo<String>,
    /// The chapter route of that path (e.g. `/playground`), the base taken off.
    pub route: Memo<String>,
    /// The path the app is hosted under (`""` at the root of an address).
    pub base: &'static str,
    /// The parsed query string.
    pub query: Memo<Query>,
    /// Language, theme, text size, embed mode.
    pub shell: Memo<ShellSettings>,
    /// Problems with the shell's own URL values.
    pub shell_notices: Memo<Vec<Notice>>,
    location: Location,
}

impl AppState {
    /// Builds the state from the window's address; call once, in the shell.
    pub fn from_window() -> AppState {
        let location = Location::new();
        let base = super::base();
        let pathname = Memo::new(move |_| location.path.get());
        let query = Memo::new(move |_| location.search.with(|s| Query::parse(s)));
        // From the shell's own keys: a page's values changing leave it alone.
        let parsed = Memo::new(move |_| {
            let shell_query = location.shell_search.with(|s| Query::parse(s));
            let mut notices = vec![];
            let mut settings = ShellSettings::from_query(&shell_query, &mut notices);
            // An embedded widget follows the host reader's light or dark preference
            // unless its URL names a theme.
            let no_theme = shell_query.get("theme").is_none();
            if settings.embed && no_theme && prefers_dark() {
                settings.theme = Theme::Dark;
            }
            // Presenting: large type and thick lines, on the dark (high-contrast) theme
            // unless the URL names one.
            if settings.present {
                settings.large = true;
                if no_theme {
                    settings.theme = Theme::Dark;
                }
            }
            (settings, notices)
        });
        AppState {
            path: pathname,
            route: Memo::new(move |_| pathname.with(|p| route_of(p, base).to_string())),
            base,
            query,
            shell: Memo::new(move |_| parsed.get().0),
            shell_notices: Memo::new(move |_| parsed.get().1),
            location,
        }
    }

    /// The current language's strings (reactive).
    pub fn tr(&self) -> &'static Tr {
        self.shell.get().lang.tr()
    }

    /// Rewrites the query of the current page. `replace` keeps the history entry
    /// (for animation steps); otherwise back/forward can undo the change.
    pub fn update_query(&self, replace: bool, edit: impl FnOnce(&mut Query)) {
        self.location.navigate(&self.edited_url(edit), replace);
    }

    /// Shows an edited query without a history entry, while a slider is dragged: the
    /// `change` at its release writes the address (see [`super::location`]).
    pub fn preview_query(&self, edit: impl FnOnce(&mut Query)) {
        self.location.preview(&self.edited_url(edit));
    }

    /// Writes the address a drag previewed (see [`AppState::preview_query`]) when the drag
    /// ends without a `change` event (a painting stroke).
    pub fn commit(&self) {
        self.location.commit();
    }

    /// The current page's address with its query edited by `edit`.
    fn edited_url(&self, edit: impl FnOnce(&mut Query)) -> String {
        let mut q = self.query.get_untracked();
        let settings = self.shell.get_untracked();
        settings.write(&mut q);
        edit(&mut q);
        format!("{}{}", self.path.get_untracked(), q.to_search())
    }

    /// A page's own state read from the URL by `parse`, and the notices for the values it
    /// could not use; both recompute only when the query changes.
    pub fn page_state<T>(
        &self,
        parse: impl Fn(&Query, &mut Vec<Notice>) -> T + Send + Sync + 'static,
    ) -> (Memo<T>, Memo<Vec<Notice>>)
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let query = self.query;
        let parsed = Memo::new(move |_| {
            let mut notices = vec![];
            let state = query.with(|q| parse(q, &mut notices));
            (state, notices)
        });
        (
            Memo::new(move |_| parsed.with(|p| p.0.clone())),
            Memo::new(move |_| parsed.with(|p| p.1.clone())),
        )
    }

    /// Writes an edited copy of a page's `state` to the URL (a new history entry, so
    /// back/forward undo it).
    pub fn edit_state<T>(
        &self,
        state: Memo<T>,
        write: fn(&T, &mut Query),
        edit: impl FnOnce(&mut T),
    ) where
        T: Clone + Send + Sync + 'static,
    {
        let mut next = state.get_untracked();
        edit(&mut next);
        self.update_query(false, |q| write(&next, q));
    }

    /// Changes the shell settings, keeping the rest of the query.
    pub fn update_shell(&self, edit: impl FnOnce(&mut ShellSettings)) {
        let mut settings = self.shell.get_untracked();
        edit(&mut settings);
        self.update_query(false, |q| settings.write(q));
    }

    /// A link to the chapter route `path` (which may carry its own query) under the
    /// app's base, keeping the language, theme and text size.
    pub fn link(&self, path: &str) -> String {
        self.link_with(path, &[])
    }

    /// [`AppState::link`] with the target page's own `values` in its query.
    pub fn link_with(&self, path: &str, values: &[(&str, String)]) -> String {
        let (route, search) = path.split_once('?').unwrap_or((path, ""));
        let mut q = Query::parse(search);
        for (key, value) in values {
            q.set(key, value.clone());
        }
        let settings = ShellSettings {
            embed: false,
            ..self.shell.get()
        };
        settings.write(&mut q);
        format!("{}{route}{}", self.base, q.to_search())
    }
}

/// Whether the reader's system asks for dark pages (`prefers-color-scheme`).
fn prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
