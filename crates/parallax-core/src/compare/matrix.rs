//! The entity presence matrix: per entity, which articles name it and how often;
//! per article, what its peers name that it leaves out.

use super::{Cluster, Coverage, DocCount, Matrix, Omissions, Presence};
use crate::analysis::Analysis;
use crate::Label;

/// Build the matrix over the first `n` documents. Peers of a document are all the
/// others when there are at most `all_up_to` documents (a reader's own selection),
/// else the other members of its cluster.
pub(crate) fn matrix(
    analysis: &Analysis,
    n: usize,
    clusters: &[Cluster],
    all_up_to: usize,
) -> Matrix {
    let mut rows: Vec<(usize, Presence)> = Vec::new();
    // Per document, the entities it names (sorted indexes).
    let mut names: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (e, ent) in analysis.entities.iter().enumerate() {
        if ent.label == Label::Date {
            continue;
        }
        let mut counts: Vec<DocCount> = Vec::new();
        for m in &ent.mentions {
            if m.doc >= n {
                continue;
            }
            match counts.last_mut() {
                Some(c) if c.doc == m.doc => c.count += 1,
                _ => counts.push(DocCount {
                    doc: m.doc,
                    count: 1,
                }),
            }
        }
        counts.sort_by_key(|c| c.doc);
        counts.dedup_by(|b, a| {
            if a.doc == b.doc {
                a.count += b.count;
                true
            } else {
                false
            }
        });
        if counts.is_empty() {
            continue;
        }
        for c in &counts {
            names[c.doc].push(e);
        }
        let named_by = match counts.len() {
            1 if n > 1 => Coverage::One,
            k if k >= n => Coverage::All,
            _ => Coverage::Several,
        };
        rows.push((
            e,
            Presence {
                entity: ent.id.clone(),
                name: ent.canonical.clone(),
                label: ent.label,
                counts,
                named_by,
            },
        ));
    }
    rows.sort_by(|a, b| {
        b.1.counts
            .len()
            .cmp(&a.1.counts.len())
            .then_with(|| total(&b.1).cmp(&total(&a.1)))
            .then(a.0.cmp(&b.0))
    });

    let mut cluster_of = vec![usize::MAX; n];
    for (c, cl) in clusters.iter().enumerate() {
        for &d in &cl.docs {
            if d < n {
                cluster_of[d] = c;
            }
        }
    }
    let omissions = (0..n)
        .map(|d| {
            let peers: Vec<usize> = if n <= all_up_to {
                (0..n).filter(|&p| p != d).collect()
            } else if let Some(cl) = clusters.get(cluster_of[d]) {
                cl.docs.iter().copied().filter(|&p| p != d).collect()
            } else {
                Vec::new()
            };
            let need = if peers.len() >= 2 {
                peers.len().div_ceil(2).max(2)
            } else {
                peers.len()
            };
            let mut tally: std::collections::HashMap<usize, usize> = Default::default();
            for &p in &peers {
                for &e in &names[p] {
                    *tally.entry(e).or_insert(0) += 1;
                }
            }
            let mut omitted: Vec<(usize, usize)> = tally
                .into_iter()
                .filter(|&(e, k)| need > 0 && k >= need && names[d].binary_search(&e).is_err())
                .collect();
            omitted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            Omissions {
                doc: d,
                peers,
                omits: omitted
                    .into_iter()
                    .map(|(e, _)| analysis.entities[e].id.clone())
                    .collect(),
            }
        })
        .collect();
    Matrix {
        documents: n,
        entities: rows.into_iter().map(|(_, p)| p).collect(),
        omissions,
    }
}

fn total(p: &Presence) -> usize {
    p.counts.iter().map(|c| c.count).sum()
}
