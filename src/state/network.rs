//! View state of the network: entities as nodes, co-occurrence in a sentence as
//! weighted edges, laid out by a deterministic force-directed simulation.

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
}

/// The side of the square the layout fills.
pub const SIZE: f32 = 1000.0;

/// The graph of entities of the `shown` types joined by at least `min_weight`
/// shared sentences, laid out in a `SIZE` square. Same input, same layout.
pub fn graph(analysis: &Analysis, shown: &[Label], min_weight: usize) -> Graph {
    let keep = |e: usize| {
        analysis
            .entities
            .get(e)
            .is_some_and(|x| shown.contains(&x.label))
    };
    let pairs: Vec<((usize, usize), usize)> = analysis
        .co_occurrences()
        .into_iter()
        .filter(|&((a, b), w)| w >= min_weight.max(1) && keep(a) && keep(b))
        .collect();
    let mut index: BTreeMap<usize, usize> = BTreeMap::new();
    for &((a, b), _) in &pairs {
        let n = index.len();
        index.entry(a).or_insert(n);
        let n = index.len();
        index.entry(b).or_insert(n);
    }
    let n = index.len();
    let mut nodes: Vec<Node> = vec![
        Node {
            entity: 0,
            x: 0.0,
            y: 0.0,
            degree: 0
        };
        n
    ];
    for (&entity, &i) in &index {
        // Start on a circle, in entity order, so the result is deterministic.
        let angle = i as f32 / n.max(1) as f32 * std::f32::consts::TAU;
        nodes[i] = Node {
            entity,
            x: SIZE / 2.0 + SIZE * 0.35 * angle.cos(),
            y: SIZE / 2.0 + SIZE * 0.35 * angle.sin(),
            degree: 0,
        };
    }
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
    for e in &edges {
        nodes[e.a].degree += 1;
        nodes[e.b].degree += 1;
    }
    layout(&mut nodes, &edges, 200);
    Graph { nodes, edges }
}

/// Fruchterman–Reingold: neighbours attract, everyone repels, steps cool down.
fn layout(nodes: &mut [Node], edges: &[Edge], iterations: usize) {
    let n = nodes.len();
    if n < 2 {
        if let Some(only) = nodes.first_mut() {
            (only.x, only.y) = (SIZE / 2.0, SIZE / 2.0);
        }
        return;
    }
    let k = (SIZE * SIZE / n as f32).sqrt() * 0.6;
    let mut temperature = SIZE / 10.0;
    let mut disp = vec![(0.0f32, 0.0f32); n];
    for _ in 0..iterations {
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y);
                let dist = (dx * dx + dy * dy).sqrt().max(0.01);
                let f = k * k / dist;
                disp[i].0 += dx / dist * f;
                disp[i].1 += dy / dist * f;
                disp[j].0 -= dx / dist * f;
                disp[j].1 -= dy / dist * f;
            }
        }
        for e in edges {
            let (dx, dy) = (nodes[e.a].x - nodes[e.b].x, nodes[e.a].y - nodes[e.b].y);
            let dist = (dx * dx + dy * dy).sqrt().max(0.01);
            let f = dist * dist / k * (1.0 + (e.weight as f32).ln());
            disp[e.a].0 -= dx / dist * f;
            disp[e.a].1 -= dy / dist * f;
            disp[e.b].0 += dx / dist * f;
            disp[e.b].1 += dy / dist * f;
        }
        // Gravity keeps separate components near the middle instead of at the edges.
        for (node, d) in nodes.iter().zip(disp.iter_mut()) {
            d.0 += SIZE / 2.0 - node.x;
            d.1 += SIZE / 2.0 - node.y;
        }
        for (node, d) in nodes.iter_mut().zip(&disp) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt().max(0.01);
            node.x += d.0 / len * len.min(temperature);
            node.y += d.1 / len * len.min(temperature);
        }
        temperature = (temperature * 0.97).max(1.0);
    }
    fit(nodes);
}

/// Scale and move the layout to fill the square, keeping its proportions.
fn fit(nodes: &mut [Node]) {
    const MARGIN: f32 = 40.0;
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for n in nodes.iter() {
        (x0, y0, x1, y1) = (x0.min(n.x), y0.min(n.y), x1.max(n.x), y1.max(n.y));
    }
    let span = (x1 - x0).max(y1 - y0);
    if !span.is_finite() || span <= f32::EPSILON {
        return;
    }
    let scale = (SIZE - 2.0 * MARGIN) / span;
    let (ox, oy) = (
        (SIZE - (x1 - x0) * scale) / 2.0,
        (SIZE - (y1 - y0) * scale) / 2.0,
    );
    for n in nodes.iter_mut() {
        n.x = ox + (n.x - x0) * scale;
        n.y = oy + (n.y - y0) * scale;
    }
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
        let g = graph(&a, &all, 1);
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
        assert_eq!(graph(&a, &all, 1), g, "same input, same layout");
        let strong = graph(&a, &all, 3);
        assert!(strong.edges.len() < g.edges.len() && strong.edges.iter().all(|e| e.weight >= 3));
        let people = graph(&a, &[Label::Person], 1);
        assert!(people
            .nodes
            .iter()
            .all(|n| a.entities[n.entity].label == Label::Person));
    }

    #[test]
    fn types_come_from_the_query() {
        assert_eq!(parse_types("PERSON, ORG"), [Label::Person, Label::Org]);
        assert_eq!(parse_types("nonsense").len(), 4);
    }
}
