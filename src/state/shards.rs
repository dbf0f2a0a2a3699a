//! A published corpus (`parallax publish`, [`parallax_core::publish`]) opened with
//! `?corpus=URL`: where its index and shards are (same origin only), what the story
//! list shows, and which corpus the views get. Plain functions, tested natively;
//! `pages/shards.rs` fetches and renders.

use crate::state::corpus::Corpus;
use crate::state::facts::date_range;
use crate::state::overview::articles_text;
use leptos::prelude::*;
use parallax_core::publish::{Index, StoryEntry, INDEX_FORMAT, INDEX_PATH};
use std::sync::Arc;

/// Why a `?corpus=` value is not opened, in a sentence for the person.
pub fn refusal_other_origin(origin: &str) -> String {
    format!(
        "This page opens only corpora published on its own site; {origin} is another site, so nothing was fetched from it."
    )
}

/// Check a `?corpus=` value before anything is fetched: a path on this site
/// (relative to the app, or absolute), or a full URL of this very origin.
/// Returns the value to resolve against the app's base.
pub fn check_location(value: &str, page_origin: &str) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err("The corpus address is empty.".to_owned());
    }
    // Browsers read a backslash as a slash in web addresses ("/\host" is "//host").
    if v.contains('\\') || v.chars().any(char::is_control) {
        return Err("The corpus address has characters a web address cannot have.".to_owned());
    }
    if let Some(rest) = v.strip_prefix("//") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return Err(refusal_other_origin(host));
    }
    let scheme = v
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.is_empty() && !s.contains(['/', '?', '#']));
    match scheme {
        None => Ok(v.to_owned()),
        Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
            let origin = origin_of(v);
            if origin.eq_ignore_ascii_case(page_origin) {
                Ok(v.to_owned())
            } else {
                Err(refusal_other_origin(&origin))
            }
        }
        Some(s) => Err(format!(
            "A corpus is opened from a web address on this site, not a \"{s}:\" address."
        )),
    }
}

/// `scheme://host[:port]` of an absolute URL.
fn origin_of(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            format!(
                "{}://{}",
                scheme.to_ascii_lowercase(),
                host.to_ascii_lowercase()
            )
        }
        None => url.to_owned(),
    }
}

/// The index's URL for a resolved corpus URL: the URL itself when it names a
/// `.json` file, else `index.json` in that folder.
pub fn index_url(resolved: &str) -> String {
    let path_end = resolved.find(['?', '#']).unwrap_or(resolved.len());
    let (path, _) = resolved.split_at(path_end);
    if path.ends_with(".json") {
        path.to_owned()
    } else if path.ends_with('/') {
        format!("{path}{INDEX_PATH}")
    } else {
        format!("{path}/{INDEX_PATH}")
    }
}

/// The URL of a shard named in the index, next to the index; `None` when the
/// index names anything but a plain relative path below its folder.
pub fn shard_url(index_url: &str, shard: &str) -> Option<String> {
    let plain = !shard.is_empty()
        && shard
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !shard.starts_with('/')
        && shard
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    let folder = index_url
        .rfind('/')
        .and_then(|i| index_url.get(..=i))
        .unwrap_or("");
    plain.then(|| format!("{folder}{shard}"))
}

/// Read an index; anything but a Parallax corpus index is refused in a sentence.
pub fn read_index(json: &str) -> Result<Index, String> {
    let format = serde_json::from_str::<serde_json::Value>(json)
        .ok()
        .and_then(|v| v.get("format")?.as_str().map(str::to_owned));
    match format.as_deref() {
        Some(INDEX_FORMAT) => serde_json::from_str(json)
            .map_err(|e| format!("The corpus index could not be read: {e}.")),
        Some(other) => Err(format!(
            "This corpus was published in a format this page does not read ({other}; it reads {INDEX_FORMAT})."
        )),
        None => Err("This address does not hold a Parallax corpus index.".to_owned()),
    }
}

/// A story as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryRow {
    pub id: String,
    pub name: String,
    /// "137 articles".
    pub articles: String,
    /// "BBC News", "Reuters, AP and 3 more".
    pub outlets: String,
    /// "3 Mar 2025 – 5 Mar 2025", empty when undated.
    pub dates: String,
    /// Its most-named names, "Labour Party, Tony Blair".
    pub names: String,
}

/// The story list: one row per story, in the index's order.
pub fn rows(index: &Index) -> Vec<StoryRow> {
    index.stories.iter().map(row).collect()
}

fn row(s: &StoryEntry) -> StoryRow {
    let outlets: Vec<String> = s.outlets.iter().map(|o| o.name.clone()).collect();
    StoryRow {
        id: s.id.clone(),
        name: if s.name.is_empty() {
            s.id.clone()
        } else {
            s.name.clone()
        },
        articles: articles_text(s.articles),
        outlets: if outlets.is_empty() {
            "outlet not stated".to_owned()
        } else {
            crate::state::overview::list_text(&outlets, 3)
        },
        dates: date_range(s.first.as_deref(), s.last.as_deref()).unwrap_or_default(),
        names: s
            .entities
            .iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "2,127 articles in 451 stories".
pub fn heading(index: &Index) -> String {
    let n = index.stories.len();
    format!(
        "{} in {n} {}",
        articles_text(index.articles),
        if n == 1 { "story" } else { "stories" }
    )
}

/// What the URL asks for: `?corpus=` and `?story=`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Want {
    pub corpus: Option<String>,
    pub story: Option<String>,
}

/// What the main area shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown<T> {
    /// The story list (or the corpus's loading or error line) stands alone.
    List,
    /// Nothing to show yet: the engine is starting.
    Starting,
    /// The views, over this corpus.
    Corpus(T),
}

/// Which corpus the views show: a published story once it is open (also after
/// the person moves on to another view), else the library's.
pub fn choose<T>(want: &Want, story: Option<T>, library: Option<T>) -> Shown<T> {
    match (&want.corpus, &want.story, story) {
        (Some(_), None, _) | (Some(_), Some(_), None) => Shown::List,
        (_, _, Some(s)) => Shown::Corpus(s),
        (None, _, None) => library.map_or(Shown::Starting, Shown::Corpus),
    }
}

/// A fetch in progress, done or failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Load<T> {
    #[default]
    Idle,
    Loading,
    Ready(T),
    Failed(String),
}

/// The open published corpus, provided once as a typed context.
#[derive(Clone, Copy)]
pub struct Published {
    /// What the URL last asked for.
    pub want: RwSignal<Want>,
    /// The index URL (resolved) and the index.
    pub index: RwSignal<Load<(String, Arc<Index>)>>,
    /// The open story: its id and its corpus.
    pub story: RwSignal<Load<(String, Corpus)>>,
}

impl Published {
    /// What the main area shows, given the library's corpus.
    pub fn shown(&self, library: Option<Corpus>) -> Shown<Corpus> {
        let story = match self.story.get() {
            Load::Ready((_, corpus)) => Some(corpus),
            _ => None,
        };
        choose(&self.want.get(), story, library)
    }

    /// Back to the library's articles.
    pub fn close(&self) {
        self.story.set(Load::Idle);
    }
}

pub fn provide_published() -> Published {
    let published = Published {
        want: RwSignal::new(Want::default()),
        index: RwSignal::new(Load::Idle),
        story: RwSignal::new(Load::Idle),
    };
    provide_context(published);
    published
}

pub fn expect_published() -> Published {
    expect_context::<Published>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::publish::{Count, TopEntity};
    use parallax_core::Label;

    const HERE: &str = "http://127.0.0.1:8080";

    #[test]
    fn only_this_site_is_opened() {
        struct Case {
            value: &'static str,
            ok: bool,
            says: &'static str,
        }
        let cases = [
            Case {
                value: "bbc/",
                ok: true,
                says: "",
            },
            Case {
                value: "/parallax/bbc/index.json",
                ok: true,
                says: "",
            },
            Case {
                value: "http://127.0.0.1:8080/parallax/bbc/",
                ok: true,
                says: "",
            },
            Case {
                value: "HTTP://127.0.0.1:8080/x/",
                ok: true,
                says: "",
            },
            Case {
                value: "http://localhost:8080/parallax/bbc/",
                ok: false,
                says: "http://localhost:8080 is another site",
            },
            Case {
                value: "https://127.0.0.1:8080/x/",
                ok: false,
                says: "https://127.0.0.1:8080 is another site",
            },
            Case {
                value: "http://127.0.0.1:9999/x/",
                ok: false,
                says: "another site",
            },
            Case {
                value: "//evil.example/corpus/",
                ok: false,
                says: "evil.example is another site",
            },
            Case {
                value: "/\\evil.example/corpus/",
                ok: false,
                says: "cannot have",
            },
            Case {
                value: "javascript:alert(1)",
                ok: false,
                says: "not a \"javascript:\" address",
            },
            Case {
                value: "data:application/json,{}",
                ok: false,
                says: "\"data:\"",
            },
            Case {
                value: "  ",
                ok: false,
                says: "empty",
            },
        ];
        for c in cases {
            let got = check_location(c.value, HERE);
            assert_eq!(got.is_ok(), c.ok, "{}: {got:?}", c.value);
            if let Err(e) = got {
                assert!(e.contains(c.says), "{}: {e}", c.value);
            }
        }
    }

    #[test]
    fn the_index_and_its_shards_sit_in_one_folder() {
        for (resolved, index) in [
            ("http://h/p/bbc/", "http://h/p/bbc/index.json"),
            ("http://h/p/bbc", "http://h/p/bbc/index.json"),
            ("http://h/p/bbc/corpus.json", "http://h/p/bbc/corpus.json"),
            ("http://h/p/bbc/?x=1", "http://h/p/bbc/index.json"),
        ] {
            assert_eq!(index_url(resolved), index);
        }
        let index = "http://h/p/bbc/index.json";
        assert_eq!(
            shard_url(index, "stories/s0001-00ff.json").as_deref(),
            Some("http://h/p/bbc/stories/s0001-00ff.json")
        );
        for bad in [
            "",
            "/etc/x.json",
            "../x.json",
            "stories/../../x.json",
            "http://e/x.json",
            "//e/x",
            "a//b.json",
            "a?b",
        ] {
            assert_eq!(shard_url(index, bad), None, "{bad}");
        }
    }

    fn index() -> Index {
        Index {
            format: INDEX_FORMAT.into(),
            articles: 7,
            stories: vec![
                StoryEntry {
                    id: "s0001".into(),
                    name: "flood, Porto Alegre, Brazil".into(),
                    articles: 5,
                    outlets: ["Gaucho Post", "River Daily", "Sul Wire", "Delta News"]
                        .map(|n| Count {
                            name: n.into(),
                            articles: 1,
                        })
                        .to_vec(),
                    first: Some("2024-05-02".into()),
                    last: Some("2024-05-06".into()),
                    entities: vec![TopEntity {
                        id: "loc-porto-alegre".into(),
                        name: "Porto Alegre".into(),
                        label: Label::Loc,
                        articles: 5,
                    }],
                    ..StoryEntry::default()
                },
                StoryEntry {
                    id: "s0002".into(),
                    articles: 2,
                    ..StoryEntry::default()
                },
            ],
            ..Index::default()
        }
    }

    #[test]
    fn the_list_names_each_story_its_outlets_dates_and_size() {
        let idx = index();
        assert_eq!(heading(&idx), "7 articles in 2 stories");
        let rows = rows(&idx);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].name, "flood, Porto Alegre, Brazil");
        assert_eq!(rows[0].articles, "5 articles");
        assert!(
            rows[0]
                .outlets
                .starts_with("Gaucho Post, River Daily, Sul Wire"),
            "{}",
            rows[0].outlets
        );
        assert!(
            rows[0].outlets.contains("1 more") || rows[0].outlets.contains("1 other"),
            "{}",
            rows[0].outlets
        );
        assert!(rows[0].dates.contains("May 2024"), "{}", rows[0].dates);
        assert_eq!(rows[0].names, "Porto Alegre");
        assert_eq!(rows[1].name, "s0002", "an unnamed story goes by its id");
        assert_eq!(rows[1].outlets, "outlet not stated");
        assert_eq!(rows[1].dates, "");
    }

    #[test]
    fn an_index_is_read_only_in_its_format() {
        let json = serde_json::to_string(&index()).expect("serialises");
        assert_eq!(read_index(&json).map(|i| i.articles), Ok(7));
        let newer = json.replace(INDEX_FORMAT, "parallax-corpus/9");
        assert!(read_index(&newer).is_err_and(|e| e.contains("parallax-corpus/9")));
        assert!(read_index("<!doctype html><p>Not found</p>")
            .is_err_and(|e| e.contains("does not hold")));
        assert!(read_index(r#"{"documents": []}"#).is_err());
    }

    #[test]
    fn an_open_story_is_what_the_views_show() {
        let list = Want {
            corpus: Some("bbc/".into()),
            story: None,
        };
        let open = Want {
            corpus: Some("bbc/".into()),
            story: Some("s0001".into()),
        };
        let elsewhere = Want::default();
        assert_eq!(choose(&list, Some("story"), Some("seeds")), Shown::List);
        assert_eq!(
            choose(&open, None, Some("seeds")),
            Shown::List,
            "while the shard loads"
        );
        assert_eq!(
            choose(&open, Some("story"), Some("seeds")),
            Shown::Corpus("story")
        );
        assert_eq!(
            choose(&elsewhere, Some("story"), Some("seeds")),
            Shown::Corpus("story")
        );
        assert_eq!(
            choose(&elsewhere, None, Some("seeds")),
            Shown::Corpus("seeds")
        );
        assert_eq!(choose::<&str>(&elsewhere, None, None), Shown::Starting);
    }
}
