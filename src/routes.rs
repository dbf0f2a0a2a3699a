//! The app's URLs: the public base it is served under and the paths of each view.

use leptos::prelude::*;

/// The path the app is served under, as `<base href>` states it (set by trunk's
/// public URL), e.g. `/parallax/` on GitHub Pages or `/` locally.
pub fn document_base_path() -> String {
    document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_else(|| "/".to_owned())
}

/// The router's base for a public path: no trailing slash, `""` at the root.
pub fn router_base(public_path: &str) -> String {
    let path = public_path
        .split_once("://")
        .map_or(public_path, |(_, rest)| {
            rest.find('/').map_or("/", |i| &rest[i..])
        });
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    }
}

/// The router base, found by its type.
#[derive(Clone, Debug)]
pub struct Base(pub String);

pub fn provide_base(base: String) {
    provide_context(Base(base));
}

/// An absolute href for an app path such as `/article/000`, including the base.
pub fn href(path: &str) -> String {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    join(&base, path)
}

fn join(base: &str, path: &str) -> String {
    format!("{base}/{}", path.trim_start_matches('/'))
}

pub fn article_path(short_id: &str) -> String {
    format!("/article/{short_id}")
}

/// The reader of an article with `span` (byte offsets) marked and scrolled to.
pub fn article_at_path(short_id: &str, span: parallax_core::Span) -> String {
    format!("/article/{short_id}?at={}-{}", span.start, span.end)
}

pub fn entity_path(entity_id: &str) -> String {
    format!("/entity/{entity_id}")
}

/// The view a path (without the base) shows, as the navigation names it.
pub fn view_name(path: &str) -> &'static str {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    let path = if base.is_empty() {
        path
    } else {
        path.strip_prefix(base.as_str()).unwrap_or(path)
    };
    view_of(path)
}

fn view_of(path: &str) -> &'static str {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "" => "Overview",
        "article" => "Article",
        "entities" => "Entities",
        "entity" => "Entity",
        "compare" => "Compare",
        "facts" => "Facts",
        "timeline" => "Timeline",
        "quotes" => "Quotes",
        "network" => "Network",
        "map" => "Map",
        "search" => "Search",
        "library" => "Your articles",
        _ => "Not found",
    }
}

/// The tab's title: "Lloyd Austin · Entity · Parallax", "Facts · Parallax".
pub fn page_title(view: &str, heading: &str) -> String {
    if heading.is_empty() || heading == view {
        format!("{view} · Parallax")
    } else {
        format!("{heading} · {view} · Parallax")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_titles_name_the_view_and_its_heading() {
        for (path, heading, title) in [
            (
                "/",
                "Wildfire, Lahaina, Maui",
                "Wildfire, Lahaina, Maui · Overview · Parallax",
            ),
            ("/facts", "Facts", "Facts · Parallax"),
            (
                "/entity/person-ana-lima",
                "Ana Lima",
                "Ana Lima · Entity · Parallax",
            ),
            (
                "/article/004_abc",
                "A headline",
                "A headline · Article · Parallax",
            ),
            ("/library", "Your articles", "Your articles · Parallax"),
            ("/nope", "", "Not found · Parallax"),
        ] {
            assert_eq!(page_title(view_of(path), heading), title, "{path}");
        }
    }

    #[test]
    fn router_base_from_public_path() {
        for (public, base) in [
            ("/", ""),
            ("", ""),
            ("/parallax/", "/parallax"),
            ("/parallax", "/parallax"),
            ("parallax/", "/parallax"),
            ("https://user.github.io/parallax/", "/parallax"),
            ("https://user.github.io", ""),
            ("/a/b/", "/a/b"),
        ] {
            assert_eq!(router_base(public), base, "public path {public:?}");
        }
    }

    #[test]
    fn hrefs_join_base_and_path() {
        for (base, path, href) in [
            ("", "/", "/"),
            ("/parallax", "/", "/parallax/"),
            ("/parallax", "/article/000", "/parallax/article/000"),
            ("", "article/000", "/article/000"),
        ] {
            assert_eq!(join(base, path), href);
        }
    }
}
