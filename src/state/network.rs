//! View state of the network: entities as nodes, co-occurrence in a sentence as
//! weighted edges; the most linked entities only (a limit in the URL), laid out by
//! [`force::layout`] (Barnes–Hut, deterministic).

use crate::state::force;
use parallax_core::{Analysis, Label};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Index into `Analysis::entities`.
    pub entity: usize,
    pub x: f32,
    pub y: f32,
    pub degree: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Indexes into the node list.
    pub a: usize,
    pub b: usize,
    pub weight: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    /// How many entities the filters let through before the limit: `total -
    /// nodes.len()` were left out.
    pub total: usize,
}

/// The side of the square the layout fills.
pub const SIZE: f32 = 1000.0;

/// How many entities the network shows when the URL does not say (`?limit=`).
pub const DEFAULT_LIMIT: usize = 150;
/// The most it shows at once: past this the drawing itself stalls the page.
pub const MAX_LIMIT: usize = 1200;

/// The limit from the `limit` query, clamped to `1..=MAX_LIMIT`; the default when absent or unreadable.
pub fn parse_limit(query: Option<&str>) -> usize {
    query
        .and_then(|q| q.trim().parse::<usize>().ok())
        .unwrap_or(DEFAULT_LIMIT)
        .clamp(1, MAX_LIMIT)
}

/// The graph of the `limit` most linked entities of the `shown` types joined by
/// at least `min_weight` shared sentences (ties go to the earlier entity), laid
/// out in a `SIZE` square. Degrees count every link, shown or not. Same input,
/// same layout.
pub fn graph(analysis: &Analysis, shown: &[Label], min_weight: usize, limit: usize) -> Graph {
    let keep = |e: usize| {
        analysis
            .entities
            .get(e)
            .is_some_and(|x| shown.contains(&x.label))
    };
    let pairs: Vec<((usize, usize), usize)> = analysis
        .co_occurrences()
        .into_iter()
        .filter(|&((a, b), w)| w >= min_weight.max(1) && keep(a) && keep(b) && a != b)
        .collect();
    let mut degree: BTreeMap<usize, usize> = BTreeMap::new();
    for &((a, b), _) in &pairs {
        *degree.entry(a).or_insert(0) += 1;
        *degree.entry(b).or_insert(0) += 1;
    }
    let total = degree.len();
    let mut ranked: Vec<(usize, usize)> = degree.into_iter().collect();
    ranked.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    ranked.truncate(limit);
    // Nodes in entity order, so the layout does not depend on how ties were ranked.
    ranked.sort_unstable();
    let index: BTreeMap<usize, usize> = ranked
        .iter()
        .enumerate()
        .map(|(i, &(entity, _))| (entity, i))
        .collect();
    let edges: Vec<Edge> = pairs
        .iter()
        .filter_map(|&((a, b), weight)| {
            Some(Edge {
                a: *index.get(&a)?,
                b: *index.get(&b)?,
                weight,
            })
        })
        .collect();
    let links: Vec<(usize, usize, usize)> = edges.iter().map(|e| (e.a, e.b, e.weight)).collect();
    let params = force::Params {
        size: SIZE,
        ..force::Params::default()
    };
    let at = force::layout(ranked.len(), &links, &params);
    let nodes = ranked
        .iter()
        .zip(at)
        .map(|(&(entity, degree), (x, y))| Node {
            entity,
            x,
            y,
            degree,
        })
        .collect();
    Graph {
        nodes,
        edges,
        total,
    }
}

/// How many line widths the links are drawn in.
pub const WIDTHS: usize = 5;

/// The links as SVG path data, one path per line width (thicker for more shared
/// sentences, in [`WIDTHS`] steps), thinnest first: `(stroke width, d)`. `at` gives a
/// node's position (where it was dragged, or its layout).
pub fn edge_paths(g: &Graph, at: impl Fn(usize) -> (f32, f32)) -> Vec<(f32, String)> {
    use std::fmt::Write;
    let max_w = g.edges.iter().map(|e| e.weight).max().unwrap_or(1).max(1);
    let mut paths = vec![String::new(); WIDTHS];
    for e in &g.edges {
        // 1..=WIDTHS, the heaviest links in the last step.
        let step = (e.weight * WIDTHS).div_ceil(max_w).clamp(1, WIDTHS);
        let ((x1, y1), (x2, y2)) = (at(e.a), at(e.b));
        if let Some(d) = paths.get_mut(step - 1) {
            let _ = write!(d, "M{x1:.1} {y1:.1}L{x2:.1} {y2:.1}");
        }
    }
    paths
        .into_iter()
        .enumerate()
        .filter(|(_, d)| !d.is_empty())
        .map(|(i, d)| (0.8 + 4.0 * (i + 1) as f32 / WIDTHS as f32, d))
        .collect()
}

/// The types shown, from the `types` query (`types=PERSON,ORG`); all when absent.
pub fn parse_types(query: &str) -> Vec<Label> {
    let picked: Vec<Label> = query
        .split(',')
        .filter_map(|s| Label::parse(s.trim()))
        .collect();
    if picked.is_empty() {
        vec![Label::Person, Label::Org, Label::Loc, Label::Norp]
    } else {
        picked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;

    #[test]
    fn the_seed_graph_links_austin_and_nato_and_is_deterministic() {
        let a = parallax_core::analyze(engine::bundled_documents());
        let all = parse_types("");
        let g = graph(&a, &all, 1, MAX_LIMIT);
        assert!(g.nodes.len() > 20 && !g.edges.is_empty());
        let name = |n: &Node| a.entities[n.entity].canonical.as_str();
        let find = |s: &str| g.nodes.iter().position(|n| name(n) == s);
        let (austin, nato) = (
            find("Lloyd Austin").expect("Austin"),
            find("NATO").expect("NATO"),
        );
        assert!(g
            .edges
            .iter()
            .any(|e| (e.a, e.b) == (austin, nato) || (e.a, e.b) == (nato, austin)));
        assert!(g
            .nodes
            .iter()
            .all(|n| (0.0..=SIZE).contains(&n.x) && (0.0..=SIZE).contains(&n.y)));
        assert_eq!(graph(&a, &all, 1, MAX_LIMIT), g, "same input, same layout");
        let strong = graph(&a, &all, 3, MAX_LIMIT);
        assert!(strong.edges.len() < g.edges.len() && strong.edges.iter().all(|e| e.weight >= 3));
        let people = graph(&a, &[Label::Person], 1, MAX_LIMIT);
        assert!(people
            .nodes
            .iter()
            .all(|n| a.entities[n.entity].label == Label::Person));
    }

    #[test]
    fn the_limit_keeps_the_most_linked_entities_and_counts_the_rest() {
        let a = parallax_core::analyze(engine::bundled_documents());
        let all = parse_types("");
        let whole = graph(&a, &all, 1, MAX_LIMIT);
        let top = graph(&a, &all, 1, 10);
        assert_eq!(top.nodes.len(), 10);
        assert_eq!(top.total, whole.nodes.len(), "left out: total - shown");
        let least_shown = top.nodes.iter().map(|n| n.degree).min().unwrap_or(0);
        let shown: Vec<usize> = top.nodes.iter().map(|n| n.entity).collect();
        assert!(
            whole
                .nodes
                .iter()
                .filter(|n| !shown.contains(&n.entity))
                .all(|n| n.degree <= least_shown),
            "no entity left out is more linked than one shown"
        );
        let lloyd = whole
            .nodes
            .iter()
            .max_by_key(|n| (n.degree, std::cmp::Reverse(n.entity)))
            .map(|n| n.entity);
        assert!(
            shown.iter().any(|&e| Some(e) == lloyd),
            "the most linked is shown"
        );
        assert!(top.edges.iter().all(|e| e.a < 10 && e.b < 10));
        assert_eq!(graph(&a, &all, 1, 10), top);
    }

    #[test]
    fn links_are_drawn_as_one_path_per_width() {
        let node = |entity: usize, x: f32| Node {
            entity,
            x,
            y: 10.0,
            degree: 1,
        };
        let g = Graph {
            nodes: vec![node(0, 0.0), node(1, 100.0), node(2, 200.0)],
            edges: vec![
                Edge {
                    a: 0,
                    b: 1,
                    weight: 1,
                },
                Edge {
                    a: 1,
                    b: 2,
                    weight: 10,
                },
                Edge {
                    a: 0,
                    b: 2,
                    weight: 1,
                },
            ],
            total: 3,
        };
        let at = |i: usize| g.nodes.get(i).map_or((0.0, 0.0), |n| (n.x, n.y));
        let paths = edge_paths(&g, at);
        assert_eq!(paths.len(), 2, "two weights, two widths: {paths:?}");
        let (thin, heavy) = (&paths[0], &paths[1]);
        assert!(thin.0 < heavy.0, "more shared sentences, a thicker line");
        assert_eq!(thin.1, "M0.0 10.0L100.0 10.0M0.0 10.0L200.0 10.0");
        assert_eq!(heavy.1, "M100.0 10.0L200.0 10.0");
        assert!(edge_paths(&Graph::default(), at).is_empty());
    }

    #[test]
    fn the_limit_comes_from_the_query() {
        assert_eq!(parse_limit(None), DEFAULT_LIMIT);
        assert_eq!(parse_limit(Some("40")), 40);
        assert_eq!(parse_limit(Some("0")), 1);
        assert_eq!(parse_limit(Some("999999")), MAX_LIMIT);
        assert_eq!(parse_limit(Some("lots")), DEFAULT_LIMIT);
    }

    #[test]
    fn types_come_from_the_query() {
        assert_eq!(parse_types("PERSON, ORG"), [Label::Person, Label::Org]);
        assert_eq!(parse_types("nonsense").len(), 4);
    }
}
