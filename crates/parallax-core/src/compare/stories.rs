//! Stories: the articles grouped by the event or developing story they report.
//!
//! Two articles are linked when they are among each other's nearest by TF-IDF
//! cosine and either share much of their wording or share some wording and the
//! people, organisations and places they name. Links are taken strongest first,
//! and two groups join only while the mean cosine over every pair across them
//! stays above a floor (average linkage, computed from the groups' summed
//! vectors), so a chain of links cannot wander across a large corpus. Twenty
//! outlets on one earthquake make one story, an import mixing an earthquake and a
//! train crash makes two, and an article close to no other is a story of its own.
//! A large undated corpus of unrelated news (the BBC set) comes out as topics
//! rather than events: nothing in the text tells a follow-up from a story on the
//! same subject months apart.
//!
//! A story is named from its articles the way a headline names it: the event
//! word most of them use ("earthquake", "wildfire", "bombing") after the place
//! named with that event by the most headlines, then articles, then sentences
//! ("Marrakech earthquake", "Moscow attack"); with no such sentence, after the
//! most-named place. A story with no event word is named by its most-named
//! places, or its heaviest shared terms.

use super::dates::{event_place, event_sentences, kind_of, EVENT_WORDS};
use super::similarity::{jaccard, TfIdf, UnionFind};
use super::text::term;
use super::{Neighbours, Story, View};
use crate::Label;
use std::collections::{HashMap, HashSet};

/// Cosine at which two neighbouring articles are one story on wording alone.
const WORDING: f32 = 0.2;
/// Lower cosine that is enough when the articles also share named entities.
const WORDING_WITH_NAMES: f32 = 0.08;
/// Entity Jaccard that counts as sharing names.
const NAMES: f32 = 0.08;

/// Mean cosine over the pairs across two groups at which they may join.
const COHESION: f32 = 0.08;

/// Dot product of two sparse vectors held as maps.
fn dot(a: &HashMap<u32, f32>, b: &HashMap<u32, f32>) -> f32 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(t, w)| large.get(t).map(|v| v * w))
        .sum()
}

/// Group the articles into stories. Returns the stories (ordered by first
/// article) and each article's story.
pub(crate) fn stories(
    view: &View,
    tf: &TfIdf,
    pairs: &[(u32, u32, f32)],
    nearest: &[Neighbours],
    entity_sets: &[Vec<u32>],
) -> (Vec<Story>, Vec<usize>) {
    let n = view.n;
    let near = |a: usize, b: usize| {
        nearest
            .get(a)
            .is_some_and(|x| x.neighbours.iter().any(|nb| nb.doc == b))
    };
    let names = |a: usize, b: usize| match (entity_sets.get(a), entity_sets.get(b)) {
        (Some(x), Some(y)) => jaccard(x, y),
        _ => 0.0,
    };
    // Strongest links first; two groups join only while their summed term vectors
    // stay alike, so a chain of pairwise links cannot wander from one topic to
    // the next across a large corpus.
    let mut links: Vec<(u32, u32, f32)> = pairs
        .iter()
        .copied()
        .filter(|&(a, b, cos)| {
            let (a, b) = (a as usize, b as usize);
            a < n
                && b < n
                && (near(a, b) || near(b, a))
                && (cos >= WORDING || (cos >= WORDING_WITH_NAMES && names(a, b) >= NAMES))
        })
        .collect();
    links.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut uf = UnionFind::new(n);
    let mut centroid: Vec<HashMap<u32, f32>> = (0..n)
        .map(|d| {
            tf.vectors
                .get(d)
                .map_or_else(HashMap::new, |v| v.iter().copied().collect())
        })
        .collect();
    let cohesion = COHESION;
    let mut size = vec![1usize; n];
    for (a, b, _) in links {
        let (ra, rb) = (uf.find(a as usize), uf.find(b as usize));
        if ra == rb {
            continue;
        }
        // Average link: the mean cosine over every pair across the two groups.
        let mean = dot(&centroid[ra], &centroid[rb]) / (size[ra] * size[rb]) as f32;
        if mean < cohesion {
            continue;
        }
        uf.union(ra, rb);
        let root = uf.find(ra);
        let other = if root == ra { rb } else { ra };
        size[root] = size[ra] + size[rb];
        let moved = std::mem::take(&mut centroid[other]);
        let into = &mut centroid[root];
        for (t, w) in moved {
            *into.entry(t).or_insert(0.0) += w;
        }
    }
    let groups = uf.groups(1);
    let mut of_doc = vec![0; n];
    let mut list = Vec::with_capacity(groups.len());
    for (s, docs) in groups.into_iter().enumerate() {
        for &d in &docs {
            if let Some(x) = of_doc.get_mut(d) {
                *x = s;
            }
        }
        let dates: Vec<_> = docs
            .iter()
            .filter_map(|&d| view.publication.get(d).copied().flatten())
            .collect();
        let key = |v: &super::CalendarValue| (v.year, v.month.unwrap_or(0), v.day.unwrap_or(0));
        let first = dates.iter().min_by_key(|v| key(v)).map(|v| v.label());
        let last = dates.iter().max_by_key(|v| key(v)).map(|v| v.label());
        let (name, event) = name(view, tf, &docs);
        list.push(Story {
            name,
            event,
            docs,
            first,
            last,
            tracks: Vec::new(),
            summary: String::new(),
        });
    }
    // Stories of one corpus that got one name are told apart by who they name.
    let mut names: Vec<String> = list.iter().map(|s| s.name.clone()).collect();
    tell_apart(&mut names, |i| {
        let docs = list.get(i).map_or(&[][..], |s| s.docs.as_slice());
        most_named(view, docs, |l| {
            matches!(l, Label::Person | Label::Org | Label::Loc)
        })
        .iter()
        .filter_map(|&(e, _)| view.analysis.entities.get(e))
        .map(|x| (x.canonical.clone(), x.label))
        .collect()
    });
    for (story, name) in list.iter_mut().zip(names) {
        story.name = name;
    }
    (list, of_doc)
}

/// Names made unique, as a list of stories needs them: every name (not empty) that
/// several items share becomes `name · X`, X the first of `candidates(i)` (most
/// named first) that is a person or a body, else a place, that the name does not
/// already say and that makes a name no other item has. A name nothing tells apart
/// stays as it is. Groups are taken in the order of their first item; near-linear.
///
/// ```
/// use parallax_core::compare::stories::tell_apart;
/// use parallax_core::Label;
/// let mut names: Vec<String> = ["Portugal election", "Oslo budget", "Portugal election", "Portugal election · Ana Gil"]
///     .map(String::from)
///     .into();
/// tell_apart(&mut names, |i| match i {
///     0 => vec![("Portugal".into(), Label::Loc), ("Ana Gil".into(), Label::Person), ("Porto".into(), Label::Loc)],
///     _ => vec![("Green Party".into(), Label::Org)],
/// });
/// assert_eq!(names, ["Portugal election · Porto", "Oslo budget", "Portugal election · Green Party", "Portugal election · Ana Gil"]);
/// ```
pub fn tell_apart(names: &mut [String], candidates: impl Fn(usize) -> Vec<(String, Label)>) {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        if !n.is_empty() {
            by_name.entry(n.as_str()).or_default().push(i);
        }
    }
    let mut repeated: Vec<Vec<usize>> = by_name.into_values().filter(|g| g.len() > 1).collect();
    repeated.sort_unstable();
    // A name may already carry a qualifier ("X · Y"): no new one repeats it.
    let mut used: HashSet<String> = names.iter().cloned().collect();
    for group in repeated {
        for i in group {
            let Some(name) = names.get(i) else { continue };
            let pick = |labels: &[Label]| {
                candidates(i)
                    .into_iter()
                    .filter(|(c, l)| labels.contains(l) && !name.contains(c.as_str()))
                    .map(|(c, _)| format!("{name} · {c}"))
                    .find(|q| !used.contains(q))
            };
            if let Some(q) = pick(&[Label::Person, Label::Org]).or_else(|| pick(&[Label::Loc])) {
                used.insert(q.clone());
                if let Some(slot) = names.get_mut(i) {
                    *slot = q;
                }
            }
        }
    }
}

/// The story's name ("Marrakech earthquake"; "Morocco, Rabat" or its heaviest
/// shared terms when it has no event word) and its event word.
fn name(view: &View, tf: &TfIdf, docs: &[usize]) -> (String, Option<String>) {
    let mut parts: Vec<String> = Vec::new();
    // The event word named by most articles (ties: the list's order).
    let mut best: Option<(usize, usize)> = None; // (articles, position in list)
    for (k, w) in EVENT_WORDS.iter().enumerate() {
        let Some(id) = term(w).and_then(|t| tf.id(&t)) else {
            continue;
        };
        let count = docs
            .iter()
            .filter(|&&d| {
                // Vectors are sorted by term id.
                tf.vectors
                    .get(d)
                    .is_some_and(|v| v.binary_search_by_key(&id, |x| x.0).is_ok())
            })
            .count();
        if count * 3 >= docs.len() && count > 0 && best.is_none_or(|(c, _)| count > c) {
            best = Some((count, k));
        }
    }
    let event = best
        .and_then(|(_, k)| EVENT_WORDS.get(k))
        .map(|w| w.to_string());
    // The event at its place: the place said with the event word, in headlines first.
    let canonical = |e: usize| view.analysis.entities.get(e).map(|x| x.canonical.clone());
    let at = event
        .as_deref()
        .and_then(kind_of)
        .and_then(|kind| event_place(&event_sentences(view, docs, kind)))
        .and_then(canonical);
    if let (Some(w), Some(place)) = (&event, &at) {
        return (format!("{place} {w}"), event);
    }
    let ranked = most_named(view, docs, |l| l == Label::Loc);
    if let Some(w) = &event {
        // No sentence names the event with a place: the story's most-named one.
        if let Some(place) = ranked.first().and_then(|&(e, _)| canonical(e)) {
            return (format!("{place} {w}"), event);
        }
        parts.push(w.clone());
    }
    // No event: the person or body most of the articles name says more than a
    // second country ("Ana Gil, Portugal" rather than "Portugal, Spain").
    let actor = most_named(view, docs, |l| matches!(l, Label::Person | Label::Org))
        .first()
        .filter(|&&(_, (articles, _))| {
            event.is_none() && articles >= 2 && 2 * articles >= docs.len()
        })
        .and_then(|&(e, _)| canonical(e));
    let places = if actor.is_some() { 1 } else { 2 };
    parts.extend(actor);
    for (e, _) in ranked.into_iter().take(places) {
        if let Some(x) = view.analysis.entities.get(e) {
            parts.push(x.canonical.clone());
        }
    }
    if parts.len() < 2 {
        for t in tf.shared_terms(docs, 3 - parts.len()) {
            if !parts.contains(&t) {
                parts.push(t);
            }
        }
    }
    (parts.join(", "), event)
}

/// The entities of the labels `keep` accepts that the story's articles name, most
/// named first: by how many articles, then by mentions (ties: entity order).
fn most_named(
    view: &View,
    docs: &[usize],
    keep: impl Fn(Label) -> bool,
) -> Vec<(usize, (usize, usize))> {
    let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
    for &d in docs {
        let Some(links) = view.analysis.mention_entity.get(d) else {
            continue;
        };
        let mut seen: Vec<usize> = Vec::new();
        for &e in links {
            if view.analysis.entities.get(e).is_some_and(|x| keep(x.label)) {
                let c = counts.entry(e).or_default();
                c.1 += 1;
                if !seen.contains(&e) {
                    seen.push(e);
                    c.0 += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(usize, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

#[cfg(test)]
mod tests {
    use crate::{analyze, compare, Document};

    /// Articles a reader would put in one story stay together; another story
    /// becomes a story of its own, and each is named by its event and place.
    #[test]
    fn stories_split_a_mixed_import() {
        let quake = [
            "An earthquake struck the High Atlas in Morocco on Friday night, killing at least 600 people in villages south of Marrakech, the interior ministry said.",
            "Rescuers in Morocco dug through rubble in mountain villages near Marrakech after the earthquake, as the interior ministry said the death toll rose to 2,012.",
            "The earthquake in Morocco killed 2,497 people, the interior ministry said, as rescuers searched villages in the High Atlas near Marrakech.",
        ];
        let crash = [
            "Two passenger trains collided near Leeds on Monday, and the railway operator said 12 people were killed in the crash.",
            "The train crash near Leeds killed 14 people, the railway operator said on Tuesday, as investigators examined the signals.",
        ];
        let docs: Vec<Document> = quake
            .iter()
            .chain(crash.iter())
            .enumerate()
            .map(|(i, t)| Document::parse(format!("{i}.txt"), t.as_bytes()))
            .collect();
        let cmp = compare(&analyze(docs));
        let mut sets: Vec<Vec<usize>> = cmp.stories.iter().map(|s| s.docs.clone()).collect();
        sets.sort();
        assert_eq!(sets, vec![vec![0, 1, 2], vec![3, 4]], "{:?}", cmp.stories);
        let quake_story = cmp.stories.iter().find(|s| s.docs.contains(&0));
        let name = quake_story.map(|s| s.name.clone()).unwrap_or_default();
        assert!(name.ends_with(" earthquake"), "{name}");
        assert!(
            name.contains("Morocco") || name.contains("Marrakech"),
            "{name}"
        );
        let crash_story = cmp.stories.iter().find(|s| s.docs.contains(&3));
        let name = crash_story.map(|s| s.name.clone()).unwrap_or_default();
        assert!(name.contains("crash") && name.contains("Leeds"), "{name}");
    }

    /// A story is named as a headline names it: its event word after the place
    /// said with the event (in headlines first), not every country its articles
    /// mention in passing.
    #[test]
    fn a_story_is_named_by_its_event_at_its_place() {
        struct Case {
            articles: &'static [&'static str],
            name: &'static str,
        }
        let cases = [
            Case {
                articles: &[
                    "Flood cuts off Ostrava\n\nThe flood in Ostrava forced 3,000 people from their homes on Sunday, the city said, as rain that began in Poland and Austria kept falling.\n",
                    "River Oder bursts its banks\n\nRescuers in Ostrava used boats to reach families trapped by the flood, and the regional governor said 4,000 people had left. Germany offered pumps.\n",
                    "Ostrava counts the cost\n\nInsurers said the flood in Ostrava would cost more than the one in 1997, while Poland and Austria also counted damage.\n",
                ],
                name: "Ostrava flood",
            },
            Case {
                articles: &[
                    "Earthquake flattens villages near Kerman\n\nAn earthquake struck near Kerman on Tuesday, killing at least 40 people, officials in Tehran said. Turkey sent rescue teams.\n",
                    "Kerman earthquake toll rises\n\nThe death toll from the earthquake near Kerman rose to 61, the health ministry in Tehran said on Wednesday.\n",
                    "Aid reaches Kerman\n\nTrucks from Turkey and Pakistan reached the earthquake zone around Kerman, where 61 people died.\n",
                ],
                name: "Kerman earthquake",
            },
            Case {
                articles: &[
                    "Bombing at Brindle market\n\nA bombing at a market in Brindle killed 12 people on Friday, police said. Officials in Lisbon and Madrid condemned it.\n",
                    "Brindle bombing suspect held\n\nPolice arrested a man over the bombing in Brindle, which killed 12 people, while Lisbon raised its alert level.\n",
                    "Brindle mourns\n\nHundreds gathered in Brindle on Sunday for the victims of the bombing. Madrid sent its condolences.\n",
                ],
                name: "Brindle bombing",
            },
            Case {
                // No event word: the person most articles name, then the place.
                articles: &[
                    "Okafor takes the helm at Delta Mills\n\nMaria Okafor will lead Delta Mills from May, the Lagos textile maker said, after its chief retired. Investors in London welcomed the choice.\n",
                    "New chief for Delta Mills\n\nMaria Okafor, who ran the firm's exports, becomes chief executive of Delta Mills in Lagos. Shares rose in London.\n",
                    "Okafor promises growth\n\nMaria Okafor told staff in Lagos that Delta Mills would open two plants, and that exports to London would double.\n",
                ],
                name: "Maria Okafor, Lagos",
            },
        ];
        for case in cases {
            let docs: Vec<Document> = case
                .articles
                .iter()
                .enumerate()
                .map(|(i, t)| Document::parse(format!("{i}.txt"), t.as_bytes()))
                .collect();
            let cmp = compare(&analyze(docs));
            let names: Vec<&str> = cmp.stories.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(names, vec![case.name], "{:?}", cmp.stories);
        }
    }

    /// Two stories that get one name ("Porto fire") are told apart by whom each
    /// names most, so an overview never lists the same name twice.
    #[test]
    fn stories_of_one_name_are_told_apart() {
        let texts = [
            "Fire guts warehouse in Porto\n\nA fire destroyed a textile warehouse in Porto's harbour district on Monday night. Fire chief Rui Costa said the blaze started in a loading bay and spread through stacks of cotton bales.",
            "Porto warehouse fire under control\n\nRui Costa, the fire chief, said crews had the warehouse fire in Porto under control by dawn, after cotton bales burned for hours in the harbour district.",
            "Forest fire threatens villages near Porto\n\nA forest fire in the hills east of Porto forced 300 villagers to leave their homes, the Civil Protection Authority said, as strong winds pushed flames towards the pine plantations.",
            "Villagers return as Porto forest fire dies down\n\nThe Civil Protection Authority said the forest fire east of Porto was contained on Thursday and villagers returned to homes near the pine plantations in the hills.",
        ];
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(format!("{i}.txt"), t.as_bytes()))
            .collect();
        let cmp = compare(&analyze(docs));
        let named: Vec<(&str, Vec<usize>)> = cmp
            .stories
            .iter()
            .map(|s| (s.name.as_str(), s.docs.clone()))
            .collect();
        assert_eq!(
            named,
            [
                ("Porto fire · Rui Costa", vec![0, 1]),
                ("Porto fire · Civil Protection Authority", vec![2, 3])
            ]
        );
    }

    /// A single article is one story; no article is left out of every story.
    #[test]
    fn every_article_has_a_story() {
        let cmp = compare(&analyze(vec![Document::parse(
            "a",
            b"The budget raises the tax on fuel.",
        )]));
        assert_eq!(cmp.stories.len(), 1);
        assert_eq!(cmp.stories[0].docs, vec![0]);
    }
}
