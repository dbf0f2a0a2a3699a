//! Light and dark themes: chosen by the person, remembered, applied to `<html data-theme>`.

use leptos::prelude::*;

const STORAGE_KEY: &str = "parallax-theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn toggled(self) -> Self {
        match self {
            Self::Light => Self::Dark,
            Self::Dark => Self::Light,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }

    /// The label of the button that switches away from this theme.
    pub fn toggle_label(self) -> &'static str {
        match self {
            Self::Light => "Switch to dark theme",
            Self::Dark => "Switch to light theme",
        }
    }
}

/// The theme signal, found by its type.
#[derive(Clone, Copy)]
pub struct ThemeContext(pub RwSignal<Theme>);

/// Read the stored or system theme, provide it, and keep `<html data-theme>` and
/// storage in step with it.
pub fn provide_theme() {
    let theme = RwSignal::new(initial_theme());
    provide_context(ThemeContext(theme));
    Effect::new(move |_| {
        let t = theme.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", t.as_str());
        }
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, t.as_str());
        }
    });
}

pub fn expect_theme() -> RwSignal<Theme> {
    expect_context::<ThemeContext>().0
}

fn initial_theme() -> Theme {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    if let Some(t) = stored.as_deref().and_then(Theme::parse) {
        return t;
    }
    let prefers_dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if prefers_dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_round_trip_and_toggle() {
        for t in [Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
            assert_ne!(t.toggled(), t);
            assert_eq!(t.toggled().toggled(), t);
        }
        assert_eq!(Theme::parse("purple"), None);
        assert_eq!(Theme::Light.toggle_label(), "Switch to dark theme");
    }
}
