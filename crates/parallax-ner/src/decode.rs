//! BILOU tag set, transition constraints, Viterbi decoding and span confidences.
//!
//! Tag `0` is `O`; label `l` (see [`NerLabel::index`]) at position `p`
//! (B = 0, I = 1, L = 2, U = 3) is tag `1 + 4 * l + p`.

use super::NerLabel;

/// Number of entity labels the model is trained on (PER, ORG, LOC, MISC).
pub const N_LABELS: usize = 4;
/// Number of BILOU tags: `O` plus B/I/L/U for each label.
pub const N_TAGS: usize = 1 + 4 * N_LABELS;

/// Position of a tag inside an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// `B`: the first token of an entity of two or more tokens.
    Begin,
    /// `I`: a token between the first and the last of an entity.
    Inside,
    /// `L`: the last token of an entity of two or more tokens.
    Last,
    /// `U`: the only token of a one-token entity.
    Unit,
}

/// The tag index for `label` at `pos`.
pub const fn tag_index(label: NerLabel, pos: Pos) -> usize {
    let p = match pos {
        Pos::Begin => 0,
        Pos::Inside => 1,
        Pos::Last => 2,
        Pos::Unit => 3,
    };
    1 + 4 * label.index() + p
}

/// The label and position of a tag, `None` for `O` or out of range.
pub fn tag_parts(tag: usize) -> Option<(NerLabel, Pos)> {
    if tag == 0 || tag >= N_TAGS {
        return None;
    }
    let label = NerLabel::from_index((tag - 1) / 4)?;
    let pos = match (tag - 1) % 4 {
        0 => Pos::Begin,
        1 => Pos::Inside,
        2 => Pos::Last,
        _ => Pos::Unit,
    };
    Some((label, pos))
}

/// Whether tag `to` may follow tag `from` under BILOU.
pub fn allowed(from: usize, to: usize) -> bool {
    let open = |t: usize| matches!(tag_parts(t), Some((_, Pos::Begin | Pos::Inside)));
    match (tag_parts(from), tag_parts(to)) {
        (_, None) if to != 0 => false,
        (None, _) if from != 0 => false,
        (Some((lf, Pos::Begin | Pos::Inside)), Some((lt, Pos::Inside | Pos::Last))) => lf == lt,
        (_, Some((_, Pos::Inside | Pos::Last))) => false,
        _ => !open(from),
    }
}

/// Whether a sentence may start with `tag`.
pub fn allowed_start(tag: usize) -> bool {
    tag == 0 || matches!(tag_parts(tag), Some((_, Pos::Begin | Pos::Unit)))
}

/// Whether a sentence may end with `tag`.
pub fn allowed_end(tag: usize) -> bool {
    tag == 0 || matches!(tag_parts(tag), Some((_, Pos::Last | Pos::Unit)))
}

/// Score tables shared by decoding and confidence: transitions `[from * N_TAGS + to]`,
/// start and end scores, with forbidden moves already folded in, and for each tag
/// the tags that may precede and follow it (97 of the 289 pairs are allowed, so
/// walking lists instead of the full square is three times less work).
#[derive(Clone, Debug)]
pub struct Transitions {
    /// Transition scores, `[from * N_TAGS + to]`; `-inf` where BILOU forbids the move.
    pub trans: Vec<f32>,
    /// Score of each tag as a sentence's first; `-inf` for `I` and `L` tags.
    pub start: Vec<f32>,
    /// Score of each tag as a sentence's last; `-inf` for `B` and `I` tags.
    pub end: Vec<f32>,
    from: [[u8; N_TAGS]; N_TAGS],
    n_from: [u8; N_TAGS],
    /// `from[to]` paired with the transition score, for Viterbi.
    into: [[(u8, f32); N_TAGS]; N_TAGS],
    to: [[u8; N_TAGS]; N_TAGS],
    n_to: [u8; N_TAGS],
}

impl Transitions {
    /// Builds the tables; BILOU-forbidden moves get `-inf` whatever the learned scores say.
    pub fn new(trans: &[f32], start: &[f32], end: &[f32]) -> Self {
        let get = |v: &[f32], i: usize| v.get(i).copied().unwrap_or(0.0);
        let mut t = vec![f32::NEG_INFINITY; N_TAGS * N_TAGS];
        let mut from = [[0u8; N_TAGS]; N_TAGS];
        let mut n_from = [0u8; N_TAGS];
        let mut to_list = [[0u8; N_TAGS]; N_TAGS];
        let mut n_to = [0u8; N_TAGS];
        for f in 0..N_TAGS {
            for to in 0..N_TAGS {
                if allowed(f, to) {
                    t[f * N_TAGS + to] = get(trans, f * N_TAGS + to);
                    from[to][usize::from(n_from[to])] = f as u8;
                    n_from[to] += 1;
                    to_list[f][usize::from(n_to[f])] = to as u8;
                    n_to[f] += 1;
                }
            }
        }
        let mut into = [[(0u8, 0f32); N_TAGS]; N_TAGS];
        for to in 0..N_TAGS {
            for k in 0..usize::from(n_from[to]) {
                let f = from[to][k];
                into[to][k] = (f, t[usize::from(f) * N_TAGS + to]);
            }
        }
        let s = (0..N_TAGS)
            .map(|i| {
                if allowed_start(i) {
                    get(start, i)
                } else {
                    f32::NEG_INFINITY
                }
            })
            .collect();
        let e = (0..N_TAGS)
            .map(|i| {
                if allowed_end(i) {
                    get(end, i)
                } else {
                    f32::NEG_INFINITY
                }
            })
            .collect();
        Transitions {
            trans: t,
            start: s,
            end: e,
            from,
            n_from,
            into,
            to: to_list,
            n_to,
        }
    }

    /// Tags allowed right before `to`.
    #[inline]
    fn preceding(&self, to: usize) -> &[u8] {
        &self.from[to][..usize::from(self.n_from[to])]
    }

    /// Tags allowed right after `from`.
    #[inline]
    fn following(&self, from: usize) -> &[u8] {
        &self.to[from][..usize::from(self.n_to[from])]
    }
}

/// Best tag sequence for `emissions` (`n * N_TAGS` scores, row per token).
/// Writes `n` tags to `out`; an empty input gives an empty output.
pub fn viterbi(emissions: &[f32], tr: &Transitions, out: &mut Vec<u8>) {
    out.clear();
    let n = emissions.len() / N_TAGS;
    if n == 0 {
        return;
    }
    let mut back = vec![[0u8; N_TAGS]; n];
    let mut prev = [0f32; N_TAGS];
    let mut cur = [0f32; N_TAGS];
    for t in 0..N_TAGS {
        prev[t] = tr.start[t] + emissions[t];
    }
    for (i, row) in emissions.chunks_exact(N_TAGS).enumerate().skip(1) {
        for to in 0..N_TAGS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for &(from, w) in &tr.into[to][..usize::from(tr.n_from[to])] {
                let s = prev[usize::from(from)] + w;
                if s > best {
                    best = s;
                    arg = from;
                }
            }
            cur[to] = best + row[to];
            back[i][to] = arg;
        }
        prev = cur;
    }
    let mut best = f32::NEG_INFINITY;
    let mut arg = 0usize;
    for (t, &p) in prev.iter().enumerate() {
        let s = p + tr.end[t];
        if s > best {
            best = s;
            arg = t;
        }
    }
    out.resize(n, 0);
    out[n - 1] = arg as u8;
    for i in (1..n).rev() {
        arg = usize::from(back[i][arg]);
        out[i - 1] = arg as u8;
    }
}

/// A decoded entity: tokens `start..end` with `label`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagSpan {
    /// Index of the first token.
    pub start: usize,
    /// Index one past the last token.
    pub end: usize,
    /// What kind of entity the span names.
    pub label: NerLabel,
}

/// Reads entity spans from a BILOU tag sequence. Ill-formed runs (which Viterbi never
/// produces, but a caller might) are repaired leniently: an `I`/`L` without a matching
/// opener starts a new span, an unclosed `B`/`I` run ends at the next break.
pub fn spans_from_tags(tags: &[u8]) -> Vec<TagSpan> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, NerLabel)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let parts = tag_parts(t as usize);
        match parts {
            None => {
                if let Some((s, l)) = open.take() {
                    spans.push(TagSpan {
                        start: s,
                        end: i,
                        label: l,
                    });
                }
            }
            Some((label, pos)) => {
                let continues = matches!(open, Some((_, l)) if l == label)
                    && matches!(pos, Pos::Inside | Pos::Last);
                if !continues {
                    if let Some((s, l)) = open.take() {
                        spans.push(TagSpan {
                            start: s,
                            end: i,
                            label: l,
                        });
                    }
                    if matches!(pos, Pos::Unit) {
                        spans.push(TagSpan {
                            start: i,
                            end: i + 1,
                            label,
                        });
                        continue;
                    }
                    open = Some((i, label));
                }
                if matches!(pos, Pos::Last) {
                    if let Some((s, l)) = open.take() {
                        spans.push(TagSpan {
                            start: s,
                            end: i + 1,
                            label: l,
                        });
                    }
                }
            }
        }
    }
    if let Some((s, l)) = open {
        spans.push(TagSpan {
            start: s,
            end: tags.len(),
            label: l,
        });
    }
    spans
}

/// Converts IOB2 (or IO) labels per token into BILOU tags.
/// `labels[i]` is `None` for `O`, else the label and whether the token is marked `B-`.
pub fn bilou_from_iob(labels: &[Option<(NerLabel, bool)>]) -> Vec<u8> {
    let mut tags = vec![0u8; labels.len()];
    let mut i = 0;
    while i < labels.len() {
        let Some((label, _)) = labels[i] else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < labels.len() {
            match labels[j] {
                Some((l, false)) if l == label => j += 1,
                _ => break,
            }
        }
        if j - i == 1 {
            tags[i] = tag_index(label, Pos::Unit) as u8;
        } else {
            tags[i] = tag_index(label, Pos::Begin) as u8;
            for t in tags.iter_mut().take(j - 1).skip(i + 1) {
                *t = tag_index(label, Pos::Inside) as u8;
            }
            tags[j - 1] = tag_index(label, Pos::Last) as u8;
        }
        i = j;
    }
    tags
}

/// `exp(score / temperature)` of the transition tables, computed once per model.
#[derive(Clone, Debug)]
pub struct ConfidenceTables {
    inv_t: f32,
    m: Vec<f32>,
    start: Vec<f32>,
    end: Vec<f32>,
    /// For each tag, its allowed predecessors with `exp(trans / T)`.
    into: [[(u8, f32); N_TAGS]; N_TAGS],
    n_into: [u8; N_TAGS],
    /// For each tag, its allowed successors with `exp(trans / T)`.
    out_of: [[(u8, f32); N_TAGS]; N_TAGS],
    n_out_of: [u8; N_TAGS],
}

impl ConfidenceTables {
    /// Builds the tables for `tr` at `temperature`; a temperature that is not finite
    /// and positive counts as 1.
    pub fn new(tr: &Transitions, temperature: f32) -> Self {
        let inv_t = if temperature.is_finite() && temperature > 0.0 {
            1.0 / temperature
        } else {
            1.0
        };
        let ex = |v: &[f32]| -> Vec<f32> { v.iter().map(|&s| (s * inv_t).exp()).collect() };
        let m = ex(&tr.trans);
        let mut into = [[(0u8, 0f32); N_TAGS]; N_TAGS];
        let mut n_into = [0u8; N_TAGS];
        let mut out_of = [[(0u8, 0f32); N_TAGS]; N_TAGS];
        let mut n_out_of = [0u8; N_TAGS];
        for to in 0..N_TAGS {
            for (k, &f) in tr.preceding(to).iter().enumerate() {
                into[to][k] = (f, m[usize::from(f) * N_TAGS + to]);
            }
            n_into[to] = tr.preceding(to).len() as u8;
        }
        for from in 0..N_TAGS {
            for (k, &t) in tr.following(from).iter().enumerate() {
                out_of[from][k] = (t, m[from * N_TAGS + usize::from(t)]);
            }
            n_out_of[from] = tr.following(from).len() as u8;
        }
        ConfidenceTables {
            inv_t,
            start: ex(&tr.start),
            end: ex(&tr.end),
            m,
            into,
            n_into,
            out_of,
            n_out_of,
        }
    }
}

/// Posterior probability of each span under a softmax over whole tag sequences
/// with scores divided by the temperature (forward-backward with per-step scaling,
/// so no logarithms per cell).
pub fn span_confidences(emissions: &[f32], ct: &ConfidenceTables, spans: &[TagSpan]) -> Vec<f32> {
    let n = emissions.len() / N_TAGS;
    if n == 0 || spans.is_empty() {
        return Vec::new();
    }
    let m = &ct.m;
    // Per-token exp(emission) shifted by the row max; the shift cancels in normalisation.
    let mut e = vec![[0f32; N_TAGS]; n];
    for (ei, row) in e.iter_mut().zip(emissions.chunks_exact(N_TAGS)) {
        let mx = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        for (x, &r) in ei.iter_mut().zip(row) {
            *x = ((r - mx) * ct.inv_t).exp();
        }
    }
    let mut alpha = vec![[0f32; N_TAGS]; n];
    let mut scale = vec![1f32; n];
    for i in 0..n {
        let mut sum = 0f32;
        for to in 0..N_TAGS {
            let mut a = if i == 0 {
                ct.start[to]
            } else {
                let prev = &alpha[i - 1];
                ct.into[to][..usize::from(ct.n_into[to])]
                    .iter()
                    .map(|&(f, w)| prev[usize::from(f)] * w)
                    .sum()
            };
            a *= e[i][to];
            alpha[i][to] = a;
            sum += a;
        }
        let s = if sum > 0.0 && sum.is_finite() {
            sum
        } else {
            1.0
        };
        scale[i] = s;
        for a in &mut alpha[i] {
            *a /= s;
        }
    }
    let mut beta = vec![[0f32; N_TAGS]; n];
    // Fold the end scores into beta at the last token and renormalise by the total.
    let z: f32 = (0..N_TAGS).map(|t| alpha[n - 1][t] * ct.end[t]).sum();
    let z = if z > 0.0 && z.is_finite() { z } else { 1.0 };
    for (b, &e) in beta[n - 1].iter_mut().zip(&ct.end) {
        *b = e / z;
    }
    for i in (0..n - 1).rev() {
        let mut eb = [0f32; N_TAGS];
        for (x, (&a, &b)) in eb.iter_mut().zip(e[i + 1].iter().zip(&beta[i + 1])) {
            *x = a * b;
        }
        let inv = 1.0 / scale[i + 1];
        for ((b, succ), &k) in beta[i].iter_mut().zip(&ct.out_of).zip(&ct.n_out_of) {
            let acc: f32 = succ[..usize::from(k)]
                .iter()
                .map(|&(t, w)| w * eb[usize::from(t)])
                .sum();
            *b = acc * inv;
        }
    }
    spans
        .iter()
        .map(|sp| {
            if sp.end > n || sp.start >= sp.end {
                return 0.0;
            }
            let p = if sp.end - sp.start == 1 {
                let t = tag_index(sp.label, Pos::Unit);
                alpha[sp.start][t] * beta[sp.start][t]
            } else {
                let mut prev = tag_index(sp.label, Pos::Begin);
                let mut p = alpha[sp.start][prev];
                for k in sp.start + 1..sp.end {
                    let cur = if k + 1 == sp.end {
                        tag_index(sp.label, Pos::Last)
                    } else {
                        tag_index(sp.label, Pos::Inside)
                    };
                    p *= m[prev * N_TAGS + cur] * e[k][cur] / scale[k];
                    prev = cur;
                }
                p * beta[sp.end - 1][prev]
            };
            if p.is_finite() {
                p.clamp(0.0, 1.0)
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use NerLabel::*;

    fn t(label: NerLabel, pos: Pos) -> u8 {
        tag_index(label, pos) as u8
    }

    #[test]
    fn tag_index_round_trips() {
        for tag in 1..N_TAGS {
            let (l, p) = tag_parts(tag).expect("valid tag");
            assert_eq!(tag_index(l, p), tag);
        }
        assert_eq!(tag_parts(0), None);
        assert_eq!(tag_parts(N_TAGS), None);
    }

    #[test]
    fn transition_constraints() {
        struct Case {
            from: u8,
            to: u8,
            ok: bool,
        }
        let cases = [
            Case {
                from: 0,
                to: t(Person, Pos::Begin),
                ok: true,
            },
            Case {
                from: 0,
                to: t(Person, Pos::Inside),
                ok: false,
            },
            Case {
                from: 0,
                to: t(Person, Pos::Last),
                ok: false,
            },
            Case {
                from: t(Person, Pos::Begin),
                to: t(Person, Pos::Last),
                ok: true,
            },
            Case {
                from: t(Person, Pos::Begin),
                to: t(Org, Pos::Last),
                ok: false,
            },
            Case {
                from: t(Person, Pos::Begin),
                to: 0,
                ok: false,
            },
            Case {
                from: t(Person, Pos::Inside),
                to: t(Person, Pos::Inside),
                ok: true,
            },
            Case {
                from: t(Person, Pos::Last),
                to: t(Org, Pos::Unit),
                ok: true,
            },
            Case {
                from: t(Loc, Pos::Unit),
                to: t(Loc, Pos::Inside),
                ok: false,
            },
            Case {
                from: t(Loc, Pos::Unit),
                to: 0,
                ok: true,
            },
        ];
        for c in cases {
            assert_eq!(
                allowed(c.from as usize, c.to as usize),
                c.ok,
                "{} -> {}",
                c.from,
                c.to
            );
        }
        assert!(allowed_start(t(Org, Pos::Unit) as usize));
        assert!(!allowed_start(t(Org, Pos::Last) as usize));
        assert!(allowed_end(t(Org, Pos::Last) as usize));
        assert!(!allowed_end(t(Org, Pos::Begin) as usize));
    }

    #[test]
    fn iob_to_bilou_to_spans() {
        struct Case {
            iob: Vec<Option<(NerLabel, bool)>>,
            bilou: Vec<u8>,
            spans: Vec<(usize, usize, NerLabel)>,
        }
        let b = |l| Some((l, true));
        let i = |l| Some((l, false));
        let cases = [
            Case {
                iob: vec![b(Person), i(Person), None, b(Loc)],
                bilou: vec![
                    t(Person, Pos::Begin),
                    t(Person, Pos::Last),
                    0,
                    t(Loc, Pos::Unit),
                ],
                spans: vec![(0, 2, Person), (3, 4, Loc)],
            },
            Case {
                // IO scheme (wikigold): an I- run with no B- is one entity.
                iob: vec![i(Org), i(Org), i(Org), b(Org)],
                bilou: vec![
                    t(Org, Pos::Begin),
                    t(Org, Pos::Inside),
                    t(Org, Pos::Last),
                    t(Org, Pos::Unit),
                ],
                spans: vec![(0, 3, Org), (3, 4, Org)],
            },
            Case {
                iob: vec![],
                bilou: vec![],
                spans: vec![],
            },
        ];
        for c in cases {
            let tags = bilou_from_iob(&c.iob);
            assert_eq!(tags, c.bilou);
            let spans: Vec<_> = spans_from_tags(&tags)
                .into_iter()
                .map(|s| (s.start, s.end, s.label))
                .collect();
            assert_eq!(spans, c.spans);
        }
    }

    #[test]
    fn lenient_span_reading() {
        // An orphan I- and an unclosed B- still give spans, never a panic.
        let tags = [t(Org, Pos::Inside), 0, t(Loc, Pos::Begin), 99];
        let spans = spans_from_tags(&tags);
        assert_eq!(spans.len(), 2);
        assert_eq!((spans[1].start, spans[1].end), (2, 3));
    }

    #[test]
    fn viterbi_obeys_constraints_and_confidence_is_a_probability() {
        // Emissions that greedily prefer an illegal O, I-PER sequence.
        let mut em = vec![0f32; 2 * N_TAGS];
        em[0] = 1.0;
        em[N_TAGS + t(Person, Pos::Inside) as usize] = 5.0;
        em[N_TAGS + t(Person, Pos::Unit) as usize] = 4.0;
        let tr = Transitions::new(&[], &[], &[]);
        let mut out = Vec::new();
        viterbi(&em, &tr, &mut out);
        assert_eq!(out, vec![0, t(Person, Pos::Unit)]);
        let spans = spans_from_tags(&out);
        let conf = span_confidences(&em, &ConfidenceTables::new(&tr, 1.0), &spans);
        assert_eq!(conf.len(), 1);
        assert!(conf[0] > 0.3 && conf[0] <= 1.0, "{}", conf[0]);
        viterbi(&[], &tr, &mut out);
        assert!(out.is_empty());
    }
}
