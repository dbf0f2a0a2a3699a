//! Force-directed layout (Fruchterman–Reingold) with Barnes–Hut repulsion: plain
//! numbers in, positions out, no browser in sight.
//!
//! Every point repels every other; the far ones are taken a square at a time
//! from a quadtree (a square whose side over its distance is below
//! [`Params::theta`] acts as one point of its weight at its centre of mass), so
//! one iteration costs O(n log n) instead of O(n²). Edges pull their two ends
//! together; a weak gravity keeps separate components near the middle. The same
//! points, edges and parameters always give the same layout.
//!
//! ```
//! use parallax::state::force::{layout, Params};
//! let edges = [(0, 1, 1), (1, 2, 1)];
//! let a = layout(3, &edges, &Params::default());
//! assert_eq!(a, layout(3, &edges, &Params::default()));
//! assert!(a.iter().all(|&(x, y)| (0.0..=1000.0).contains(&x) && (0.0..=1000.0).contains(&y)));
//! ```

/// How the layout runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Side of the square the layout fills.
    pub size: f32,
    pub iterations: usize,
    /// Barnes–Hut opening angle: 0 is exact, larger is faster and rougher.
    pub theta: f32,
    /// Seeds the starting positions.
    pub seed: u64,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            size: 1000.0,
            iterations: 200,
            theta: 0.8,
            seed: 1,
        }
    }
}

/// Positions of `n` points joined by `edges` (`(a, b, weight)`, indexes below
/// `n`; others are ignored), inside a `params.size` square with a margin.
pub fn layout(n: usize, edges: &[(usize, usize, usize)], params: &Params) -> Vec<(f32, f32)> {
    let size = params.size;
    let mut pos = start(n, params.seed, size);
    if n < 2 {
        pos.iter_mut().for_each(|p| *p = (size / 2.0, size / 2.0));
        return pos;
    }
    let k = (size * size / n as f32).sqrt() * 0.6;
    let mut temperature = size / 10.0;
    let mut disp = vec![(0.0f32, 0.0f32); n];
    let mut tree = Tree::default();
    for _ in 0..params.iterations {
        tree.build(&pos);
        for (i, d) in disp.iter_mut().enumerate() {
            *d = tree.repulsion(&pos, i, k, params.theta);
        }
        attract(&pos, edges, k, &mut disp);
        for (p, d) in pos.iter().zip(disp.iter_mut()) {
            d.0 += size / 2.0 - p.0;
            d.1 += size / 2.0 - p.1;
        }
        for (p, d) in pos.iter_mut().zip(&disp) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt().max(0.01);
            p.0 += d.0 / len * len.min(temperature);
            p.1 += d.1 / len * len.min(temperature);
        }
        temperature = (temperature * 0.97).max(1.0);
    }
    fit(&mut pos, size);
    pos
}

/// Starting positions: a disc filled evenly (a sunflower spiral) with a seeded
/// jitter, so no two points start on top of each other.
fn start(n: usize, seed: u64, size: f32) -> Vec<(f32, f32)> {
    let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        // xorshift64*: deterministic and good enough for a jitter.
        rng ^= rng >> 12;
        rng ^= rng << 25;
        rng ^= rng >> 27;
        (rng.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 40) as f32 / (1u64 << 24) as f32
    };
    let golden = std::f32::consts::PI * (3.0 - 5f32.sqrt());
    (0..n)
        .map(|i| {
            let r = size * 0.35 * ((i as f32 + 0.5) / n.max(1) as f32).sqrt();
            let a = i as f32 * golden + next() * 0.5;
            (size / 2.0 + r * a.cos(), size / 2.0 + r * a.sin())
        })
        .collect()
}

/// Edges pull their ends together, more for heavier edges.
fn attract(pos: &[(f32, f32)], edges: &[(usize, usize, usize)], k: f32, disp: &mut [(f32, f32)]) {
    for &(a, b, weight) in edges {
        let (Some(&pa), Some(&pb)) = (pos.get(a), pos.get(b)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let (dx, dy) = (pa.0 - pb.0, pa.1 - pb.1);
        let dist = (dx * dx + dy * dy).sqrt().max(0.01);
        let f = dist * dist / k * (1.0 + (weight.max(1) as f32).ln());
        let (fx, fy) = (dx / dist * f, dy / dist * f);
        if let Some(d) = disp.get_mut(a) {
            d.0 -= fx;
            d.1 -= fy;
        }
        if let Some(d) = disp.get_mut(b) {
            d.0 += fx;
            d.1 += fy;
        }
    }
}

/// The repulsion on point `i` from every other point, exactly: O(n) per point.
/// The reference the quadtree is tested against.
pub fn exact_repulsion(pos: &[(f32, f32)], i: usize, k: f32) -> (f32, f32) {
    let Some(&p) = pos.get(i) else {
        return (0.0, 0.0);
    };
    pos.iter()
        .enumerate()
        .filter(|&(j, _)| j != i)
        .fold((0.0, 0.0), |acc, (_, &q)| {
            let f = push(p, q, 1.0, k);
            (acc.0 + f.0, acc.1 + f.1)
        })
}

/// The repulsion on `p` from `mass` points at `q`: k²/d per point, away from `q`.
fn push(p: (f32, f32), q: (f32, f32), mass: f32, k: f32) -> (f32, f32) {
    let (dx, dy) = (p.0 - q.0, p.1 - q.1);
    let dist = (dx * dx + dy * dy).sqrt().max(0.01);
    let f = mass * k * k / dist;
    (dx / dist * f, dy / dist * f)
}

/// A quadtree over the points, rebuilt each iteration, in one arena.
#[derive(Default)]
pub struct Tree {
    cells: Vec<Cell>,
}

#[derive(Clone, Copy)]
struct Cell {
    /// Centre and half side of the square.
    cx: f32,
    cy: f32,
    half: f32,
    /// Number of points and their centre of mass.
    mass: f32,
    mx: f32,
    my: f32,
    /// First of four children in the arena, or 0 for a leaf.
    children: usize,
    /// The one point of a leaf, if any (a leaf at the depth cap may hold more: they sum in `mass`).
    point: Option<usize>,
}

/// Points closer than this share a leaf instead of splitting forever.
const MAX_DEPTH: usize = 24;

impl Tree {
    /// The tree over `pos`.
    pub fn build(&mut self, pos: &[(f32, f32)]) {
        self.cells.clear();
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for &(x, y) in pos.iter().filter(|p| p.0.is_finite() && p.1.is_finite()) {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if x0 > x1 {
            return;
        }
        let half = ((x1 - x0).max(y1 - y0) / 2.0).max(0.5) * 1.001;
        self.cells
            .push(Cell::new((x0 + x1) / 2.0, (y0 + y1) / 2.0, half));
        for (i, &p) in pos.iter().enumerate() {
            if p.0.is_finite() && p.1.is_finite() {
                self.insert(pos, i, p);
            }
        }
    }

    fn insert(&mut self, pos: &[(f32, f32)], i: usize, p: (f32, f32)) {
        let mut at = 0;
        let mut depth = 0;
        loop {
            let Some(cell) = self.cells.get_mut(at) else {
                return;
            };
            // Every cell on the way down counts the point.
            let m = cell.mass + 1.0;
            cell.mx += (p.0 - cell.mx) / m;
            cell.my += (p.1 - cell.my) / m;
            cell.mass = m;
            if cell.children != 0 {
                at = cell.children + cell.quadrant(p);
                depth += 1;
                continue;
            }
            if m == 1.0 {
                cell.point = Some(i);
                return;
            }
            if depth >= MAX_DEPTH {
                return;
            }
            // A leaf with one point already: split it and send that point down.
            let (cx, cy, h) = (cell.cx, cell.cy, cell.half / 2.0);
            let old = cell.point.take();
            let first = self.cells.len();
            if let Some(cell) = self.cells.get_mut(at) {
                cell.children = first;
            }
            for (dx, dy) in [(-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)] {
                self.cells.push(Cell::new(cx + dx * h, cy + dy * h, h));
            }
            if let Some(q) = old.and_then(|o| pos.get(o).copied().map(|q| (o, q))) {
                let child = first + Cell::new(cx, cy, h * 2.0).quadrant(q.1);
                if let Some(c) = self.cells.get_mut(child) {
                    c.mass = 1.0;
                    (c.mx, c.my) = q.1;
                    c.point = Some(q.0);
                }
            }
            at = first + Cell::new(cx, cy, h * 2.0).quadrant(p);
            depth += 1;
            // The point is counted again in the child below, so undo nothing: the
            // parent already has it.
        }
    }

    /// The repulsion on point `i`, squares far enough away taken whole.
    pub fn repulsion(&self, pos: &[(f32, f32)], i: usize, k: f32, theta: f32) -> (f32, f32) {
        let Some(&p) = pos.get(i) else {
            return (0.0, 0.0);
        };
        let mut force = (0.0f32, 0.0f32);
        let mut stack = vec![0usize];
        while let Some(at) = stack.pop() {
            let Some(c) = self.cells.get(at) else {
                continue;
            };
            if c.mass == 0.0 {
                continue;
            }
            if c.children == 0 {
                // A leaf: its one point (skipping `i` itself), or a pile at the depth cap.
                let mass = if c.point == Some(i) {
                    c.mass - 1.0
                } else {
                    c.mass
                };
                if mass > 0.0 {
                    let f = push(p, (c.mx, c.my), mass, k);
                    force = (force.0 + f.0, force.1 + f.1);
                }
                continue;
            }
            let (dx, dy) = (p.0 - c.mx, p.1 - c.my);
            let dist = (dx * dx + dy * dy).sqrt();
            let inside = (p.0 - c.cx).abs() <= c.half && (p.1 - c.cy).abs() <= c.half;
            if !inside && 2.0 * c.half < theta * dist {
                let f = push(p, (c.mx, c.my), c.mass, k);
                force = (force.0 + f.0, force.1 + f.1);
            } else {
                stack.extend(c.children..c.children + 4);
            }
        }
        force
    }
}

impl Cell {
    fn new(cx: f32, cy: f32, half: f32) -> Self {
        Self {
            cx,
            cy,
            half,
            mass: 0.0,
            mx: 0.0,
            my: 0.0,
            children: 0,
            point: None,
        }
    }

    fn quadrant(&self, p: (f32, f32)) -> usize {
        usize::from(p.0 >= self.cx) + 2 * usize::from(p.1 >= self.cy)
    }
}

/// Scale and move the points to fill the square, keeping their proportions.
fn fit(pos: &mut [(f32, f32)], size: f32) {
    const MARGIN: f32 = 40.0;
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for &(x, y) in pos.iter() {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let span = (x1 - x0).max(y1 - y0);
    if !span.is_finite() || span <= f32::EPSILON {
        return;
    }
    let scale = (size - 2.0 * MARGIN) / span;
    let (ox, oy) = (
        (size - (x1 - x0) * scale) / 2.0,
        (size - (y1 - y0) * scale) / 2.0,
    );
    for p in pos.iter_mut() {
        *p = (ox + (p.0 - x0) * scale, oy + (p.1 - y0) * scale);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scattered(n: usize, seed: u64) -> Vec<(f32, f32)> {
        start(n, seed, 1000.0)
    }

    #[test]
    fn the_quadtree_force_matches_the_exact_force() {
        for (n, seed) in [(2, 1), (7, 2), (60, 3), (300, 4)] {
            let pos = scattered(n, seed);
            let k = 40.0;
            let mut tree = Tree::default();
            tree.build(&pos);
            for i in 0..n {
                let exact = exact_repulsion(&pos, i, k);
                // With theta 0 every square is opened: the same sum, up to rounding.
                let opened = tree.repulsion(&pos, i, k, 0.0);
                let approx = tree.repulsion(&pos, i, k, 0.5);
                // Pushes from all sides cancel, so the error is measured against
                // the pushes' total size, not against what is left of them.
                let scale: f32 = (0..n)
                    .filter(|&j| j != i)
                    .map(|j| k * k / (pos[i].0 - pos[j].0).hypot(pos[i].1 - pos[j].1).max(0.01))
                    .sum();
                let err = |f: (f32, f32)| (f.0 - exact.0).hypot(f.1 - exact.1) / scale.max(1.0);
                assert!(err(opened) < 1e-4, "n={n} i={i}: {opened:?} vs {exact:?}");
                assert!(err(approx) < 0.01, "n={n} i={i}: {approx:?} vs {exact:?}");
            }
        }
    }

    #[test]
    fn points_on_top_of_each_other_still_push_apart() {
        let pos = vec![(5.0, 5.0); 40];
        let mut tree = Tree::default();
        tree.build(&pos);
        let f = tree.repulsion(&pos, 0, 10.0, 0.8);
        assert!(f.0.is_finite() && f.1.is_finite());
        let out = layout(40, &[], &Params::default());
        let distinct = out
            .iter()
            .enumerate()
            .filter(|&(i, p)| out[..i].iter().all(|q| (p.0 - q.0).hypot(p.1 - q.1) > 1.0))
            .count();
        assert_eq!(distinct, 40);
    }

    #[test]
    fn the_layout_is_deterministic_and_joins_neighbours() {
        // Two triangles joined by one edge.
        let edges = [
            (0, 1, 2),
            (1, 2, 2),
            (0, 2, 2),
            (3, 4, 2),
            (4, 5, 2),
            (3, 5, 2),
            (2, 3, 1),
        ];
        let p = Params::default();
        let a = layout(6, &edges, &p);
        assert_eq!(a, layout(6, &edges, &p), "same seed, same layout");
        let other = layout(6, &edges, &Params { seed: 9, ..p });
        assert_ne!(a, other, "another seed starts elsewhere");
        assert!(a
            .iter()
            .all(|&(x, y)| (0.0..=p.size).contains(&x) && (0.0..=p.size).contains(&y)));
        let d = |i: usize, j: usize| (a[i].0 - a[j].0).hypot(a[i].1 - a[j].1);
        assert!(d(0, 1) < d(0, 5) && d(3, 4) < d(1, 4), "{a:?}");
    }

    #[test]
    fn the_exact_and_the_quadtree_layouts_agree_in_shape() {
        // A ring of 30: both keep neighbours closer than the opposite side.
        let edges: Vec<_> = (0..30).map(|i| (i, (i + 1) % 30, 1)).collect();
        let p = Params::default();
        let a = layout(30, &edges, &p);
        let near = (a[0].0 - a[1].0).hypot(a[0].1 - a[1].1);
        let far = (a[0].0 - a[15].0).hypot(a[0].1 - a[15].1);
        assert!(near * 3.0 < far, "{near} vs {far}");
    }
}
