//! `parallax-train`: trains the NER model embedded in parallax-core.
//!
//! ```text
//! cargo run --release -p parallax-train -- [--data DIR] [--gazetteer DIR] [--out FILE]
//!     [--train conll,wikigold,wnut,wikineural,wikineural-test,wikiann] [--epochs N]
//!     [--final] [--seed N] [--ensemble N] [--isolate N]
//!     [--min-count N] [--min-q N] [--min-pop N]
//!     [--no-gazetteers] [--no-wikiann-lexicon] [--train-names] [--dry-run]
//!     [--tag SENTENCE] [--bench]
//! ```
//!
//! Trains on CoNLL-2003 train (plus any other listed sets; by default wikigold, WNUT-17
//! and WikiNEuRal's validation split) and picks the epoch count by CoNLL valid F1.
//! Each sentence is featurised within its document (`-DOCSTART-`), except every
//! `--isolate`-th one (default 10th), which is read alone as a one-sentence text is.
//! `--ensemble` perceptrons (default 3) train side by side on different shuffles and
//! the model is their mean; with `--final` it then retrains on train + valid for that many
//! epochs. Confidence temperature is fitted on valid in the first stage.
//! Prints valid, test and CoNLL++ test scores and writes the model file.

mod data;
mod eval;
mod gazetteer;
mod perceptron;

/// Lexicons for training: `full` goes into the model; sentence `i` of the training
/// set is featurised with `folds[fold(i)]`, which lacks the names annotated in its
/// own fold, so the model learns how far to trust a name it has "seen before" the
/// way it will meet one at test time (jackknifing).
pub struct Lexicons {
    pub full: parallax_core::ner::Lexicon,
    pub folds: Vec<parallax_core::ner::Lexicon>,
    pub n: usize,
}

impl Lexicons {
    pub fn for_sentence(&self, i: usize) -> &parallax_core::ner::Lexicon {
        if self.folds.is_empty() || self.n == 0 {
            return &self.full;
        }
        &self.folds[(i * self.folds.len() / self.n).min(self.folds.len() - 1)]
    }
}

const FOLDS: usize = 5;

/// Adds each annotated name of `sents` (outside `skip`) under its majority label.
fn add_training_names(
    b: &mut parallax_core::ner::LexiconBuilder,
    sents: &[Sentence],
    skip: std::ops::Range<usize>,
) {
    use parallax_core::ner::decode::spans_from_tags;
    use parallax_core::ner::lexicon::class;
    let mut counts: std::collections::BTreeMap<Vec<&str>, [u32; 4]> = Default::default();
    for (i, s) in sents.iter().enumerate() {
        if skip.contains(&i) {
            continue;
        }
        for sp in spans_from_tags(&s.tags) {
            let words: Vec<&str> = s.tokens[sp.start..sp.end]
                .iter()
                .map(String::as_str)
                .collect();
            counts.entry(words).or_insert([0; 4])[sp.label.index()] += 1;
        }
    }
    let bits = [
        class::TRAIN_PER,
        class::TRAIN_ORG,
        class::TRAIN_LOC,
        class::TRAIN_MISC,
    ];
    for (words, c) in counts {
        let total: u32 = c.iter().sum();
        if let Some((l, &n)) = c
            .iter()
            .enumerate()
            .max_by_key(|&(l, &n)| (n, std::cmp::Reverse(l)))
        {
            if 2 * n > total {
                b.add(&words, bits[l]);
            }
        }
    }
}

fn lexicons(
    base: &parallax_core::ner::LexiconBuilder,
    sents: &[Sentence],
    with_names: bool,
) -> Lexicons {
    if !with_names {
        return Lexicons {
            full: base.clone().build(),
            folds: Vec::new(),
            n: sents.len(),
        };
    }
    let n = sents.len();
    let mut full = base.clone();
    add_training_names(&mut full, sents, 0..0);
    let folds = (0..FOLDS)
        .map(|k| {
            let mut b = base.clone();
            add_training_names(&mut b, sents, k * n / FOLDS..(k + 1) * n / FOLDS);
            b.build()
        })
        .collect();
    Lexicons {
        full: full.build(),
        folds,
        n,
    }
}

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use data::{Format, Sentence};
use parallax_core::ner::features::DocContext;
use parallax_core::ner::NerModel;
use perceptron::{Perceptron, Rng};

struct Options {
    data: PathBuf,
    gazetteer: PathBuf,
    out: PathBuf,
    train: Vec<String>,
    epochs: usize,
    final_fit: bool,
    seed: u64,
    min_count: u32,
    min_q: i8,
    lex: gazetteer::LexiconOptions,
    dry_run: bool,
    train_names: bool,
    /// Every `isolate`-th training sentence is read as its own document (0: none).
    isolate: usize,
    /// Perceptrons trained side by side on different shuffles and averaged.
    ensemble: usize,
}

fn repo_relative(p: &str) -> PathBuf {
    // Works from the repository root (as documented) and from anywhere else via the
    // crate's own location.
    let direct = PathBuf::from(p);
    if direct.exists() {
        return direct;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(p)
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        data: repo_relative("../shared/data/ner"),
        gazetteer: repo_relative("../shared/data/gazetteer"),
        out: Path::new(env!("CARGO_MANIFEST_DIR")).join("../parallax-core/models/ner.bin"),
        train: vec![
            "conll".into(),
            "wikigold".into(),
            "wnut".into(),
            "wikineural".into(),
        ],
        epochs: 20,
        final_fit: true,
        seed: 2003,
        min_count: 2,
        min_q: 7,
        lex: gazetteer::LexiconOptions {
            gazetteers: true,
            min_population: 100_000,
            wikiann: true,
            wiki_max_tokens: 6,
            wiki_min_count: 1,
            wiki_token_min_count: 1,
            wiki_tokens: true,
        },
        dry_run: false,
        train_names: false,
        isolate: 10,
        ensemble: 3,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--data" => o.data = PathBuf::from(val()?),
            "--gazetteer" => o.gazetteer = PathBuf::from(val()?),
            "--out" => o.out = PathBuf::from(val()?),
            "--train" => o.train = val()?.split(',').map(str::to_string).collect(),
            "--epochs" => o.epochs = val()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--seed" => o.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--min-count" => {
                o.min_count = val()?.parse().map_err(|e| format!("--min-count: {e}"))?
            }
            "--min-q" => o.min_q = val()?.parse().map_err(|e| format!("--min-q: {e}"))?,
            "--min-pop" => {
                o.lex.min_population = val()?.parse().map_err(|e| format!("--min-pop: {e}"))?
            }
            "--wiki-max-tokens" => {
                o.lex.wiki_max_tokens = val()?
                    .parse()
                    .map_err(|e| format!("--wiki-max-tokens: {e}"))?
            }
            "--wiki-min-count" => {
                o.lex.wiki_min_count = val()?
                    .parse()
                    .map_err(|e| format!("--wiki-min-count: {e}"))?
            }
            "--wiki-token-min-count" => {
                o.lex.wiki_token_min_count = val()?
                    .parse()
                    .map_err(|e| format!("--wiki-token-min-count: {e}"))?
            }
            "--no-wiki-tokens" => o.lex.wiki_tokens = false,
            "--final" => o.final_fit = true,
            "--no-final" => o.final_fit = false,
            "--no-gazetteers" => o.lex.gazetteers = false,
            "--no-wikiann-lexicon" => o.lex.wikiann = false,
            "--dry-run" => o.dry_run = true,
            "--ensemble" => o.ensemble = val()?.parse().map_err(|e| format!("--ensemble: {e}"))?,
            "--isolate" => o.isolate = val()?.parse().map_err(|e| format!("--isolate: {e}"))?,
            "--train-names" => o.train_names = true,
            "--bench" => {
                bench(&o)?;
                std::process::exit(0);
            }
            "--tag" => {
                // Debug aid: tag a whitespace-tokenised sentence with the model at --out.
                let text = val()?;
                let bytes =
                    std::fs::read(&o.out).map_err(|e| format!("{}: {e}", o.out.display()))?;
                let model = NerModel::from_bytes(&bytes).map_err(|e| e.to_string())?;
                let toks: Vec<&str> = text.split_whitespace().collect();
                for s in model.tag_all(&toks) {
                    println!(
                        "{} {} {:.3}",
                        toks[s.start..s.end].join(" "),
                        s.label.conll(),
                        s.confidence
                    );
                }
                std::process::exit(0);
            }
            "-h" | "--help" => {
                println!("see the doc comment of crates/parallax-train/src/main.rs");
                std::process::exit(0);
            }
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    Ok(o)
}

fn load_training(o: &Options) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    for name in &o.train {
        let sents = match name.as_str() {
            "conll" => data::read(&o.data.join("conll2003/train.txt"), Format::Conll)?,
            "wikigold" => data::read(&o.data.join("wikigold/wikigold.conll.txt"), Format::Conll)?,
            "wnut" => data::read(&o.data.join("wnut17/wnut17train.conll"), Format::Wnut)?,
            "wikiann" => data::read(&o.data.join("wikiann_en/train"), Format::WikiAnn)?,
            "wikineural" => {
                data::read(&o.data.join("wikineural_en/val.conllu"), Format::WikiNeural)?
            }
            "wikineural-test" => data::read(
                &o.data.join("wikineural_en/test.conllu"),
                Format::WikiNeural,
            )?,
            other => return Err(format!("unknown training set {other}")),
        };
        println!("train set {name}: {} sentences", sents.len());
        out.extend(sents);
    }
    isolate(&mut out, o.isolate);
    Ok(out)
}

/// Reads every `every`-th sentence as a document of its own, so that the model also
/// learns to tag a name it meets once, in a one-sentence text (0: none).
fn isolate(sents: &mut [Sentence], every: usize) {
    if every == 0 {
        return;
    }
    for s in sents.iter_mut().step_by(every) {
        s.doc = Arc::new(DocContext::of_sentence(&s.token_refs()));
    }
}

/// Trains for up to `epochs`, returning the best model on `dev` (if given) and its epoch.
fn train(
    sents: &[Sentence],
    dev: Option<&[Sentence]>,
    lexicons: &Lexicons,
    o: &Options,
    epochs: usize,
) -> (NerModel, usize) {
    let t0 = Instant::now();
    let lexicon = &lexicons.full;
    let enc = perceptron::encode(sents, &|i| lexicons.for_sentence(i), o.min_count);
    println!(
        "  {} features over {} sentences ({:.1}s)",
        enc.hashes.len(),
        sents.len(),
        t0.elapsed().as_secs_f64()
    );
    // `ensemble` perceptrons, each over its own shuffles; the model averages them.
    let k = o.ensemble.max(1);
    let mut ps: Vec<Perceptron> = (0..k).map(|_| Perceptron::new(enc.hashes.len())).collect();
    let mut rngs: Vec<Rng> = (0..k as u64)
        .map(|j| Rng::new(o.seed.wrapping_add(j)))
        .collect();
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut best: Option<(f64, NerModel, usize)> = None;
    for e in 1..=epochs {
        let mut errors = 0;
        for (p, rng) in ps.iter_mut().zip(&mut rngs) {
            // From the same start, so each member's order is its own generator's alone.
            order.sort_unstable();
            rng.shuffle(&mut order);
            errors += p.epoch(&enc, &order);
        }
        let parts = perceptron::mean_parts(ps.iter().map(|p| p.parts(&enc.hashes, lexicon, 1.0)));
        let model = NerModel::from_parts(&parts, o.min_q);
        match dev {
            Some(dev) => {
                let f = eval::evaluate(&model, dev).f1();
                println!(
                    "  epoch {e:>2}: {errors} sentences wrong (all members), valid F1 {f:.4} ({:.1}s)",
                    t0.elapsed().as_secs_f64()
                );
                if best.as_ref().is_none_or(|b| f > b.0) {
                    best = Some((f, model, e));
                }
            }
            None => {
                println!(
                    "  epoch {e:>2}: {errors} sentences wrong (all members) ({:.1}s)",
                    t0.elapsed().as_secs_f64()
                );
                best = Some((0.0, model, e));
            }
        }
    }
    match best {
        Some((_, m, e)) => (m, e),
        None => (NerModel::empty(), 0),
    }
}

/// The temperature minimising log loss of span correctness on `dev`.
fn fit_temperature(model: &NerModel, dev: &[Sentence]) -> f32 {
    let mut best = (f64::INFINITY, 1.0f32);
    for k in -8..=28 {
        let t = 2f32.powf(k as f32 / 4.0);
        let m = model.clone().with_temperature(t);
        let loss = eval::log_loss(&eval::evaluate(&m, dev).confidences);
        if loss < best.0 {
            best = (loss, t);
        }
    }
    println!(
        "  temperature {:.3} (valid span log loss {:.4})",
        best.1, best.0
    );
    best.1
}

/// Load time of the model at `--out`, and single-core tagging speed over the
/// CoNLL++ test sentences (tokens per second, best of five passes).
fn bench(o: &Options) -> Result<(), String> {
    let bytes = std::fs::read(&o.out).map_err(|e| format!("{}: {e}", o.out.display()))?;
    let t = Instant::now();
    let mut model = NerModel::empty();
    for _ in 0..10 {
        model = NerModel::from_bytes(&bytes).map_err(|e| e.to_string())?;
    }
    println!("load: {:.2} ms", t.elapsed().as_secs_f64() * 100.0);
    let sents = data::read(&o.data.join("conll2003/conllpp_test.txt"), Format::Conll)?;
    let toks: Vec<Vec<&str>> = sents.iter().map(Sentence::token_refs).collect();
    let n: usize = toks.iter().map(Vec::len).sum();
    // Wall time suffers when other jobs share the cores, so also count the time this
    // thread actually ran (Linux schedstat, nanoseconds).
    let cpu_ns = || -> Option<u64> {
        let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        s.split_whitespace().next()?.parse().ok()
    };
    let passes = 20;
    let mut best = f64::INFINITY;
    let mut spans = 0;
    let cpu0 = cpu_ns();
    let t0 = Instant::now();
    for _ in 0..passes {
        let t = Instant::now();
        spans = toks.iter().map(|s| model.tag(s).len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let wall = t0.elapsed().as_secs_f64();
    println!(
        "tag: {n} tokens, {spans} spans; best pass {:.1} ms = {:.0} tokens/s; mean wall {:.0} tokens/s",
        best * 1e3,
        n as f64 / best,
        (n * passes) as f64 / wall
    );
    if let (Some(a), Some(b)) = (cpu0, cpu_ns()) {
        let cpu = (b - a) as f64 / 1e9;
        println!(
            "tag: on-CPU time {:.0} ms for {passes} passes = {:.0} tokens/s",
            cpu * 1e3,
            (n * passes) as f64 / cpu
        );
    }
    Ok(())
}

fn run() -> Result<(), String> {
    let o = parse_args()?;
    let t0 = Instant::now();
    let conll = |f: &str| data::read(&o.data.join("conll2003").join(f), Format::Conll);
    let valid = conll("valid.txt")?;
    let test = conll("test.txt")?;
    let conllpp = conll("conllpp_test.txt")?;
    let mut train_sents = load_training(&o)?;
    let wikiann: Vec<Sentence> = if o.lex.wikiann {
        let mut v = Vec::new();
        for f in ["train", "dev", "test"] {
            v.extend(data::read(
                &o.data.join("wikiann_en").join(f),
                Format::WikiAnn,
            )?);
        }
        v
    } else {
        Vec::new()
    };
    let base = gazetteer::build(&o.gazetteer, &wikiann, &o.lex)?;
    let lex1 = lexicons(&base, &train_sents, o.train_names);
    println!("lexicon: {} phrases", lex1.full.len());

    println!("stage 1: train, select epochs on valid");
    let (mut model, best_epoch) = train(&train_sents, Some(&valid), &lex1, &o, o.epochs);
    let temperature = fit_temperature(&model, &valid);
    model = model.with_temperature(temperature);
    let dev_report = eval::evaluate(&model, &valid);
    println!("best epoch {best_epoch}");
    dev_report.print("valid");
    if o.final_fit {
        println!("stage 2: retrain on train + valid for {best_epoch} epochs");
        let mut more = valid.clone();
        isolate(&mut more, o.isolate);
        train_sents.extend(more);
        let lex2 = lexicons(&base, &train_sents, o.train_names);
        println!("lexicon: {} phrases", lex2.full.len());
        let (m, _) = train(&train_sents, None, &lex2, &o, best_epoch);
        model = m.with_temperature(temperature);
    }
    eval::evaluate(&model, &test).print("test");
    let pp = eval::evaluate(&model, &conllpp);
    pp.print("conll++");
    eval::print_calibration("conll++", &pp.confidences);
    // Out-of-domain checks, evaluation only (never trained on): WikiNEuRal is CC BY-NC
    // Wikipedia text, re3d is defence and security reporting closer to the target news.
    let extra = [
        (
            "wikineural",
            "wikineural_en/test.conllu",
            Format::WikiNeural,
        ),
        (
            "re3d",
            "re3d/CONLL-format/data/test/re3d-test.conll",
            Format::Conll,
        ),
    ];
    for (name, path, format) in extra {
        if let Ok(sents) = data::read(&o.data.join(path), format) {
            let r = eval::evaluate(&model, &sents);
            let (p, r, f) = r.micro().prf();
            println!("  {name:<10} micro P {p:.4} R {r:.4} F1 {f:.4}");
        }
    }
    let bytes = model.to_bytes();
    println!(
        "model: {} features, {} lexicon phrases, {} bytes; total time {:.1}s",
        model.feature_count(),
        model.lexicon().len(),
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    // Check the bytes we write are the model we scored.
    let back = NerModel::from_bytes(&bytes).map_err(|e| e.to_string())?;
    if (eval::evaluate(&back, &conllpp).f1() - pp.f1()).abs() > 1e-9 {
        return Err("reloaded model scores differently".into());
    }
    if !o.dry_run {
        std::fs::write(&o.out, &bytes).map_err(|e| format!("{}: {e}", o.out.display()))?;
        println!("wrote {}", o.out.display());
    }
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("parallax-train: {e}");
        std::process::exit(1);
    }
}
