//! Cross-article comparison: who agrees, who differs, and on what facts.
//!
//! [`compare`] reads only the extraction output of an [`Analysis`] (documents,
//! tokens, sentences, mentions, quantities and linked entities) and returns a
//! [`Comparison`]:
//!
//! - [`Matrix`]: which articles name each entity and how often, and what each
//!   article leaves out that its peers name;
//! - [`PairSimilarity`], [`Neighbours`], [`Cluster`]: TF-IDF cosine over normalised
//!   terms (sparse vectors and an inverted index, see [`similarity`]) and entity
//!   overlap; clusters of articles about the same story;
//! - [`Distinctive`]: the terms and entities that set each article apart;
//! - [`Claim`]s built from counted quantities, grouped by measure and event into
//!   [`ClaimGroup`]s that are either discrepancies or agreements (see [`facts`]);
//! - [`DateMention`]s normalised to calendar values and a timeline of
//!   [`TimelinePoint`]s (see [`dates`]);
//! - [`QuoteGroup`]s: quoted statements with their speakers (see [`quotes`]).
//!
//! Every derived item carries its document index and byte offsets into that
//! document's text; [`Comparison::to_char_offsets`] converts them for output that
//! counts characters, as the command line does.
//!
//! ```
//! use parallax_core::{analyze, compare, Document};
//!
//! let docs = vec![
//!     Document::parse("a.txt", b"Gunmen attacked a concert hall in Moscow, Russia, on Friday and killed at least 143 people."),
//!     Document::parse("b.txt", b"The attack on a concert hall in Moscow, Russia, killed 137 people, officials said."),
//! ];
//! let analysis = analyze(docs);
//! let cmp = compare(&analysis);
//! assert_eq!(cmp.discrepancies.len(), 1);
//! assert_eq!(cmp.discrepancies[0].measure, "people killed");
//! assert_eq!(cmp.discrepancies[0].claims[0].low, Some(143.0));
//! assert_eq!(cmp.discrepancies[0].claims[0].high, None);
//! assert!(cmp.similarity[0].cosine > 0.3);
//! ```

pub mod dates;
pub mod facts;
pub mod matrix;
pub mod quotes;
pub mod similarity;
mod speaker;
pub mod stories;
mod text;

use crate::analysis::Analysis;
use crate::mention::Hedge;
use crate::span::Span;
use crate::Label;
use serde::{Deserialize, Serialize};

pub use dates::{CalendarValue, Granularity};

/// Knobs of the comparison. [`CompareOptions::default`] suits news articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// Nearest articles kept per article.
    pub neighbours: usize,
    /// Pairs below this cosine are not reported or used.
    pub min_similarity: f32,
    /// Articles at least this similar (and among each other's nearest) share a cluster.
    pub cluster_threshold: f32,
    /// Up to this many articles every pair is reported; above it, only each article's nearest.
    pub all_pairs_up_to: usize,
    /// Distinctive terms and entities kept per article.
    pub distinctive: usize,
    /// Claims and dated events are aligned only between articles at least this
    /// similar that are also among each other's nearest.
    pub alignment_similarity: f32,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            neighbours: 5,
            min_similarity: 0.05,
            cluster_threshold: 0.3,
            all_pairs_up_to: 50,
            distinctive: 10,
            alignment_similarity: 0.1,
        }
    }
}

/// Everything the comparison found. All `doc` fields index [`Analysis::documents`];
/// `entity` ids are [`crate::Entity::id`]s.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// `"byte"` (offsets are byte offsets, as in the core) or `"char"` after
    /// [`Comparison::to_char_offsets`]. (Not `offsets`, so that the comparison can
    /// sit beside other output that has that key.)
    pub offset_unit: String,
    /// The stories the articles tell: the same event or developing story, each with
    /// its articles, name, date range and figure tracks. Every article is in one.
    #[serde(default)]
    pub stories: Vec<Story>,
    /// One track per measure of each story's main event ("people killed"), ordered
    /// by publication date, with what kind of story the figures tell.
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// Which articles name which entities, and what each leaves out.
    pub matrix: Matrix,
    /// Pairwise similarity: every pair for small sets, else each article's nearest.
    pub similarity: Vec<PairSimilarity>,
    /// Each article's most similar others, best first.
    pub nearest: Vec<Neighbours>,
    /// Groups of two or more articles about the same story.
    pub clusters: Vec<Cluster>,
    /// What sets each article apart, one entry per article in document order.
    pub distinctive: Vec<Distinctive>,
    /// Every counted quantity read as a claim, by document and position.
    pub claims: Vec<Claim>,
    /// Claim groups whose intervals have no common value.
    pub discrepancies: Vec<ClaimGroup>,
    /// Claim groups from two or more articles whose intervals share a value.
    pub agreements: Vec<ClaimGroup>,
    /// Every DATE mention with its calendar value, by document and position.
    pub dates: Vec<DateMention>,
    /// Dated events, by date.
    pub timeline: Vec<TimelinePoint>,
    /// The same event given incompatible dates by different articles.
    pub timing_disagreements: Vec<TimingDisagreement>,
    /// Quoted statements; near-identical quotes from several articles are one group.
    pub quotes: Vec<QuoteGroup>,
}

/// Which articles name which entities.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    /// Number of documents compared.
    pub documents: usize,
    /// One row per entity (dates left out), most widely named first.
    pub entities: Vec<Presence>,
    /// Per document, the entities its peers name that it does not.
    pub omissions: Vec<Omissions>,
}

/// How widely an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Every document names it.
    All,
    /// More than one document, not all.
    Several,
    /// A single document.
    One,
}

/// One entity's row of the presence matrix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    /// Entity id.
    pub entity: String,
    /// The entity's canonical name.
    pub name: String,
    /// The entity's label.
    pub label: Label,
    /// Mentions per document, for the documents that name it, ascending by doc.
    pub counts: Vec<DocCount>,
    /// Whether all, several or one of the documents name it.
    pub named_by: Coverage,
}

/// Mentions of an entity in one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocCount {
    /// The document, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// How many mentions of the entity it has.
    pub count: usize,
}

/// What a document leaves out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Omissions {
    /// The document, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The documents it was compared with: all others for small sets, else its cluster.
    pub peers: Vec<usize>,
    /// Entity ids named by at least half its peers (and at least two, when it has
    /// two or more) that it never names.
    pub omits: Vec<String>,
}

/// Similarity of two articles.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairSimilarity {
    /// One article, as an index into [`Analysis::documents`]; always less than `b`.
    pub a: usize,
    /// The other article.
    pub b: usize,
    /// TF-IDF cosine over normalised body terms, in `[0, 1]`.
    pub cosine: f32,
    /// Jaccard index of the entity sets (dates left out).
    pub entities: f32,
}

/// An article's nearest others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Neighbours {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// Its most similar others, best first, at most [`CompareOptions::neighbours`].
    pub neighbours: Vec<Neighbour>,
}

/// One neighbour and its cosine.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Neighbour {
    /// The other article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The TF-IDF cosine of the two articles.
    pub score: f32,
}

/// Articles about the same story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Its articles, ascending.
    pub docs: Vec<usize>,
    /// The heaviest terms shared by at least two members.
    pub terms: Vec<String>,
}

/// What sets one article apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Distinctive {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// Its distinctive terms, highest score first, at most [`CompareOptions::distinctive`].
    pub terms: Vec<DistinctiveTerm>,
    /// Entity ids this article names and few others do, rarest first.
    pub entities: Vec<String>,
}

/// A term and how much more it weighs here than elsewhere.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistinctiveTerm {
    /// The normalised term.
    pub term: String,
    /// TF-IDF weight here minus the mean weight in the other articles.
    pub score: f32,
    /// Documents that contain the term.
    pub docs: usize,
}

/// Who states something: "Ryder said", "according to officials".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The words naming the speaker.
    pub text: String,
    /// Entity id, when the words are a linked mention.
    pub entity: Option<String>,
    /// The entity's canonical name, when linked.
    pub name: Option<String>,
    /// Start of `text` in the article, in [`Comparison::offset_unit`]s.
    pub start: usize,
    /// End of `text`, exclusive.
    pub end: usize,
}

/// What a claim is about: the place, actors and words around its number.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// A short human description: the salient words and names.
    pub description: String,
    /// Places: entity ids of places and of the countries they lie in.
    pub places: Vec<String>,
    /// Other entities (organisations, people, nationalities), by id.
    pub entities: Vec<String>,
    /// Normalised content words of the clause.
    pub keywords: Vec<String>,
    /// Calendar years of dates in the clause, where resolved.
    pub years: Vec<i32>,
}

/// Articles about one event or developing story.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// A short name from its articles, as a headline names the story: the event
    /// word most of them use after the place said with it ("Al Haouz earthquake");
    /// with no event word, the most-named places or shared terms ("Morocco, Rabat").
    pub name: String,
    /// The event word most of its articles use ("earthquake"), when one is.
    #[serde(default)]
    pub event: Option<String>,
    /// Its articles, ascending.
    pub docs: Vec<usize>,
    /// The earliest publication date of its articles (`YYYY[-MM[-DD]]`).
    pub first: Option<String>,
    /// The latest publication date of its articles (`YYYY[-MM[-DD]]`).
    pub last: Option<String>,
    /// Indexes into [`Comparison::tracks`], most claims first.
    pub tracks: Vec<usize>,
    /// The story in a sentence or two, from its main track: "Death toll: 6 on
    /// 9 Aug 2023 (first report) rising to 115 by 29 Aug 2023 …". Empty with no track.
    pub summary: String,
}

/// What a claim's figure is, in its article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// The article's own current figure.
    #[default]
    Reported,
    /// A figure the article says was given before ("up from 30", "initially").
    Earlier,
    /// What the figure could reach ("could reach 60", "feared", "expected to rise").
    Projected,
    /// A figure the article attributes to a source it contrasts with its own.
    OtherSource,
    /// A subset: one district, "of them", "including".
    Partial,
}

/// What kind of story a track's figures tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackKind {
    /// The figure only grew with publication date: an update.
    Rising,
    /// The figure went down, or was corrected, at some point.
    Revised,
    /// Sources gave incompatible figures at the same time.
    Conflicting,
    /// Every report agrees.
    #[default]
    Stable,
}

/// One measure of a story's main event, followed across its articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Track {
    /// Index into [`Comparison::stories`].
    pub story: usize,
    /// "people killed", "people injured", "people missing" …
    pub measure: String,
    /// How a reader says it: "Death toll", "Injured".
    pub label: String,
    /// What kind of story the figures tell.
    pub kind: TrackKind,
    /// True for rising and revised (kept for readers of the older schema).
    pub likely_update: bool,
    /// Every claim of the measure about the main event, ordered by publication
    /// date (undated last), each with its status.
    pub claims: Vec<GroupClaim>,
    /// Index into `claims` of the latest reported figure.
    pub latest: Option<usize>,
    /// Indexes into `claims` of stale reports: an article published after a
    /// different, newer figure was out that still gives the old one.
    pub stale: Vec<usize>,
    /// The track in a sentence.
    pub summary: String,
}

/// A counted quantity read as a claim about the world.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The claim's words: the quantity with the action word next to it
    /// ("killed at least 143 people").
    pub text: String,
    /// Interval lower bound, `None` when unbounded.
    pub low: Option<f64>,
    /// Interval upper bound, `None` when unbounded.
    pub high: Option<f64>,
    /// Offsets of `text`.
    pub start: usize,
    /// End of `text`, exclusive.
    pub end: usize,
    /// The number as written, when it is one.
    pub value: Option<f64>,
    /// How the number is hedged.
    pub hedge: Hedge,
    /// What is counted and what happened to it: "people killed", "attacks".
    pub measure: String,
    /// Whether the measure is specific enough to align across articles
    /// (people counted with no action, "5,000 people", are not).
    pub alignable: bool,
    /// What the claim is about.
    pub event: Event,
    /// Who gives the figure, when the sentence says.
    pub source: Option<Speaker>,
    /// The sentence the claim is in.
    pub sentence: Span,
    /// The quantity expression alone.
    pub quantity: Span,
    /// What the figure is in its article.
    #[serde(default)]
    pub status: ClaimStatus,
    /// Whether the figure is about another event than its story's main one (a past
    /// attack, another year) mentioned in passing.
    #[serde(default)]
    pub other_event: bool,
    /// Index into [`Comparison::stories`].
    #[serde(default)]
    pub story: usize,
    /// Whether `event.places` came from the sentence before (the claim's own
    /// sentence names no place), which says less about where the figure belongs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub places_from_before: bool,
}

/// A claim as listed inside a group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GroupClaim {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The claim's words, as in [`Claim::text`].
    pub text: String,
    /// Interval lower bound, `None` when unbounded.
    pub low: Option<f64>,
    /// Interval upper bound, `None` when unbounded.
    pub high: Option<f64>,
    /// Start of `text` in the article, in [`Comparison::offset_unit`]s.
    pub start: usize,
    /// End of `text`, exclusive.
    pub end: usize,
    /// Index into [`Comparison::claims`].
    pub claim: usize,
    /// The article's publication date, `YYYY[-MM[-DD]]`, when it states one.
    pub published: Option<String>,
    /// What the figure is in its article.
    #[serde(default)]
    pub status: ClaimStatus,
    /// Who gives the figure, as written, when the sentence says.
    #[serde(default)]
    pub source: Option<String>,
    /// A stale report (in a track): the article still gives a figure that a newer one
    /// had replaced before it was published.
    #[serde(default)]
    pub stale: bool,
}

impl GroupClaim {
    /// The figure as one number: its lower bound (when above zero), else its upper.
    ///
    /// ```
    /// use parallax_core::compare::GroupClaim;
    /// let c = GroupClaim { low: Some(0.0), high: Some(25.0), ..GroupClaim::default() };
    /// assert_eq!(c.point(), Some(25.0));
    /// ```
    pub fn point(&self) -> Option<f64> {
        self.low.filter(|v| *v > 0.0).or(self.high)
    }
}

/// Claims from several articles about the same event and measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimGroup {
    /// What the claims count and what happened to it: "people killed".
    pub measure: String,
    /// What the claims are about, described from their shared places, names and words.
    pub event: String,
    /// Entity ids shared by the claims' events.
    pub entities: Vec<String>,
    /// Ordered by publication date where known, then by document.
    pub claims: Vec<GroupClaim>,
    /// Whether every claim's article has a publication date.
    pub dated: bool,
    /// The figures change with publication date (rising or revised): likely an
    /// updated toll, not a contradiction.
    pub likely_update: bool,
    /// Index into [`Comparison::stories`].
    #[serde(default)]
    pub story: usize,
    /// Index into [`Comparison::tracks`] when the group is a story's track.
    #[serde(default)]
    pub track: Option<usize>,
}

/// A DATE mention and its calendar value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The mention's words.
    pub text: String,
    /// Start of `text` in the article, in [`Comparison::offset_unit`]s.
    pub start: usize,
    /// End of `text`, exclusive.
    pub end: usize,
    /// The calendar value, `None` when relative without an anchor or too vague.
    pub value: Option<CalendarValue>,
    /// Whether the text is relative ("five years ago", "last week", "Thursday").
    pub relative: bool,
    /// Whether `value` is known.
    pub resolved: bool,
    /// The sentence the mention is in (the mention itself when no sentence holds it).
    pub sentence: Span,
}

/// One event on the timeline: what happened, when, and which articles report it.
/// One happening reported by several articles is one point with all of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelinePoint {
    /// When: the finest value its date mentions give (they all agree with it).
    pub date: CalendarValue,
    /// `date` as text: "2019", "2019-03", "2019-03-22", "week of 2019-03-18".
    pub label: String,
    /// What happened: the shortest sentence or clause among its sources that
    /// states it (one naming the event and a verb of what happened first).
    pub what: String,
    /// Where `what` is written.
    pub statement: Statement,
    /// People, organisations and groups named where it is stated, most named first.
    pub actors: Vec<String>,
    /// Places named where it is stated, most named first.
    pub places: Vec<String>,
    /// The kind of event when its sentences name one ("fire", "attack", "earthquake").
    pub kind: Option<String>,
    /// The articles that report it, ascending.
    pub docs: Vec<usize>,
    /// Indexes into [`Comparison::dates`]: the date mentions that place it.
    pub mentions: Vec<usize>,
    /// Coarser values some mentions give ("2019" for a point on "2019-03").
    pub values: Vec<String>,
    /// Index into [`Comparison::stories`].
    pub story: usize,
    /// Whether this is its story's main event.
    pub main: bool,
    /// Other dates articles give for the same happening, when they disagree.
    pub disagreements: Vec<OtherDate>,
}

/// Where a point's statement is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// Start of the statement in the article, in [`Comparison::offset_unit`]s.
    pub start: usize,
    /// End of the statement, exclusive.
    pub end: usize,
}

/// A different date given for a point's happening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtherDate {
    /// The other date.
    pub date: CalendarValue,
    /// `date` as text, as in [`TimelinePoint::label`].
    pub label: String,
    /// The articles that give it, ascending.
    pub docs: Vec<usize>,
    /// Indexes into [`Comparison::dates`].
    pub mentions: Vec<usize>,
}

/// Articles dating the same event differently.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimingDisagreement {
    /// The event, as the timeline states it ([`TimelinePoint::what`]).
    pub event: String,
    /// Indexes into [`Comparison::dates`].
    pub mentions: Vec<usize>,
    /// The dates the two mentions give, as text.
    pub values: Vec<String>,
}

/// One quoted statement, possibly reported by several articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Speaker entity id, when resolved.
    pub speaker: Option<String>,
    /// Speaker name (canonical when resolved, else as written).
    pub name: Option<String>,
    /// The articles that report it, ascending.
    pub docs: Vec<usize>,
    /// Each article's wording; the first is the reference for `missing`/`extra`.
    pub variants: Vec<QuoteVariant>,
}

/// One article's wording of a quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteVariant {
    /// The article, as an index into [`Analysis::documents`].
    pub doc: usize,
    /// The words inside the quotation marks.
    pub text: String,
    /// Start of `text` in the article, in [`Comparison::offset_unit`]s.
    pub start: usize,
    /// End of `text`, exclusive.
    pub end: usize,
    /// Who says it, when the article says.
    pub speaker: Option<Speaker>,
    /// Words of the first variant this one lacks.
    pub missing: Vec<String>,
    /// Words this one has that the first lacks.
    pub extra: Vec<String>,
}

/// Compare the documents of an analysis with [`CompareOptions::default`].
///
/// ```
/// use parallax_core::{analyze, compare, Document};
/// let cmp = compare(&analyze(vec![Document::parse("a", b"Nothing to see.")]));
/// assert!(cmp.discrepancies.is_empty());
/// assert_eq!(cmp.matrix.documents, 1);
/// ```
pub fn compare(analysis: &Analysis) -> Comparison {
    compare_with_options(analysis, &CompareOptions::default())
}

/// Compare the documents of an analysis. Never panics; an analysis whose parts
/// disagree in length is compared over the documents that have all parts.
///
/// ```
/// use parallax_core::compare::{compare_with_options, CompareOptions};
/// use parallax_core::{analyze, Document};
///
/// let a = analyze(vec![
///     Document::parse("a", b"The budget raises the tax on fuel and on tobacco."),
///     Document::parse("b", b"The budget raises the tax on fuel, the chancellor said."),
///     Document::parse("c", b"The striker scored twice in the cup final."),
/// ]);
/// let opts = CompareOptions { cluster_threshold: 0.2, ..CompareOptions::default() };
/// let cmp = compare_with_options(&a, &opts);
/// assert_eq!(cmp.clusters.len(), 1);
/// assert_eq!(cmp.clusters[0].docs, vec![0, 1]);
/// assert_eq!(cmp.nearest[0].neighbours[0].doc, 1);
/// ```
pub fn compare_with_options(analysis: &Analysis, opts: &CompareOptions) -> Comparison {
    let n = analysis
        .documents
        .len()
        .min(analysis.extractions.len())
        .min(analysis.mention_entity.len());
    let view = View {
        analysis,
        n,
        publication: (0..n)
            .map(|d| analysis.documents[d].date.map(dates::publication_value))
            .collect(),
        times: (0..n)
            .map(|d| analysis.documents[d].date.and_then(|p| p.time))
            .collect(),
        ids: analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect(),
        sentences: (0..n)
            .map(|d| {
                let ex = &analysis.extractions[d];
                text::window_sentences(&ex.sentences, &ex.tokens, &analysis.documents[d].text)
            })
            .collect(),
    };
    let tf = similarity::document_tfidf(analysis, n);
    let pairs = tf.pairs_above(opts.min_similarity);
    let nearest = similarity::nearest(n, &pairs, opts.neighbours);
    let clusters = similarity::clusters(n, &pairs, &nearest, opts.cluster_threshold, &tf);
    let entity_sets = similarity::entity_sets(analysis);
    let similarity_out =
        similarity::report_pairs(&pairs, &nearest, &entity_sets, opts.all_pairs_up_to);
    let distinctive = similarity::distinctive(analysis, &tf, opts.distinctive, &entity_sets);
    let matrix = matrix::matrix(analysis, n, &clusters, opts.all_pairs_up_to);
    let aligned = Aligned::new(n, &pairs, &nearest, opts.alignment_similarity);

    let (mut stories, story_of) = stories::stories(&view, &tf, &pairs, &nearest, &entity_sets);
    let dates = dates::date_mentions(&view);
    let mut claims = facts::claims(&view, &dates, &tf);
    for c in &mut claims {
        c.story = story_of.get(c.doc).copied().unwrap_or(0);
    }
    let (tracks, track_groups, in_track) = facts::tracks(&view, &mut claims, &mut stories);
    let (mut discrepancies, mut agreements) =
        facts::group(&view, &claims, &aligned, &tf, &in_track);
    // Each track stands in the groups as one group, before the others.
    let (mut track_disc, mut track_agree) = (Vec::new(), Vec::new());
    for mut g in track_groups {
        if let Some(s) = stories.get(g.story) {
            g.event = s.name.clone();
        }
        let reported = g
            .claims
            .iter()
            .filter(|c| c.status == ClaimStatus::Reported)
            .map(|c| facts::Interval {
                low: c.low,
                high: c.high,
            });
        let all = facts::Interval {
            low: None,
            high: None,
        };
        let common = reported.into_iter().try_fold(all, |a, i| a.intersect(&i));
        if common.is_some() {
            track_agree.push(g);
        } else {
            track_disc.push(g);
        }
    }
    track_disc.append(&mut discrepancies);
    track_agree.append(&mut agreements);
    let (discrepancies, agreements) = (track_disc, track_agree);
    let (timeline, timing_disagreements) = dates::timeline(&view, &dates, &tf, &stories, &story_of);
    let quotes = quotes::quotes(&view);
    Comparison {
        offset_unit: "byte".into(),
        stories,
        tracks,
        matrix,
        similarity: similarity_out,
        nearest,
        clusters,
        distinctive,
        claims,
        discrepancies,
        agreements,
        dates,
        timeline,
        timing_disagreements,
        quotes,
    }
}

/// The analysis as the comparison parts read it.
pub(crate) struct View<'a> {
    pub analysis: &'a Analysis,
    /// Documents with all their parts.
    pub n: usize,
    /// Each document's publication date as a calendar value.
    pub publication: Vec<Option<CalendarValue>>,
    /// Entity index by id.
    pub ids: std::collections::HashMap<&'a str, usize>,
    /// Each document's time of day of publication, when stated.
    pub times: Vec<Option<(u8, u8)>>,
    /// Each document's sentences as windows ([`text::window_sentences`]): a
    /// sentence too long to read around every item in it comes in pieces.
    pub sentences: Vec<Vec<Span>>,
}

impl View<'_> {
    /// The entity of mention `m` of document `d`.
    pub fn entity(&self, d: usize, m: usize) -> Option<&crate::Entity> {
        let e = *self.analysis.mention_entity.get(d)?.get(m)?;
        self.analysis.entities.get(e)
    }

    /// The canonical name of an entity id (the id itself when unknown).
    pub fn name_of(&self, id: &str) -> String {
        self.ids
            .get(id)
            .and_then(|&i| self.analysis.entities.get(i))
            .map_or_else(|| id.to_string(), |e| e.canonical.clone())
    }
}

/// Which document pairs are close enough to align claims and events between.
pub(crate) struct Aligned {
    /// Per document, the aligned others, sorted.
    with: Vec<Vec<usize>>,
}

impl Aligned {
    fn new(n: usize, pairs: &[(u32, u32, f32)], nearest: &[Neighbours], min: f32) -> Aligned {
        let near = |a: usize, b: usize| {
            nearest
                .get(a)
                .is_some_and(|x| x.neighbours.iter().any(|nb| nb.doc == b))
        };
        let mut with = vec![Vec::new(); n];
        for &(a, b, s) in pairs {
            let (a, b) = (a as usize, b as usize);
            if s >= min && (near(a, b) || near(b, a)) {
                with[a].push(b);
                with[b].push(a);
            }
        }
        with.iter_mut().for_each(|v| v.sort_unstable());
        Aligned { with }
    }

    /// The documents aligned with `a`.
    pub fn of(&self, a: usize) -> &[usize] {
        self.with.get(a).map_or(&[], |v| v.as_slice())
    }
}

impl Comparison {
    /// Convert every offset from bytes to characters (Unicode scalar values) of
    /// each document's text, as the command line reports them. Idempotent: does
    /// nothing when the offsets are already characters.
    ///
    /// ```
    /// use parallax_core::{analyze, compare, Document};
    /// let a = analyze(vec![
    ///     Document::parse("a", "Café bombing in Kabul killed 12 people.".as_bytes()),
    ///     Document::parse("b", "Café bombing in Kabul killed 15 people.".as_bytes()),
    /// ]);
    /// let cmp = compare(&a).to_char_offsets(&a);
    /// let c = &cmp.claims[0];
    /// let chars: Vec<char> = a.documents[0].text.chars().collect();
    /// assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.text);
    /// ```
    pub fn to_char_offsets(mut self, analysis: &Analysis) -> Comparison {
        if self.offset_unit == "char" {
            return self;
        }
        let mut map = CharMap::default();
        let mut conv = |doc: usize, x: &mut usize| {
            *x = map.get(analysis, doc, *x);
        };
        for c in &mut self.claims {
            conv(c.doc, &mut c.start);
            conv(c.doc, &mut c.end);
            conv(c.doc, &mut c.sentence.start);
            conv(c.doc, &mut c.sentence.end);
            conv(c.doc, &mut c.quantity.start);
            conv(c.doc, &mut c.quantity.end);
            if let Some(s) = &mut c.source {
                conv(c.doc, &mut s.start);
                conv(c.doc, &mut s.end);
            }
        }
        let tracks = self.tracks.iter_mut().map(|t| &mut t.claims);
        let groups = self
            .discrepancies
            .iter_mut()
            .chain(&mut self.agreements)
            .map(|g| &mut g.claims);
        for list in tracks.chain(groups) {
            for c in list.iter_mut() {
                conv(c.doc, &mut c.start);
                conv(c.doc, &mut c.end);
            }
        }
        for p in &mut self.timeline {
            let doc = p.statement.doc;
            conv(doc, &mut p.statement.start);
            conv(doc, &mut p.statement.end);
        }
        for d in &mut self.dates {
            conv(d.doc, &mut d.start);
            conv(d.doc, &mut d.end);
            conv(d.doc, &mut d.sentence.start);
            conv(d.doc, &mut d.sentence.end);
        }
        for q in &mut self.quotes {
            for v in &mut q.variants {
                conv(v.doc, &mut v.start);
                conv(v.doc, &mut v.end);
                if let Some(s) = &mut v.speaker {
                    conv(v.doc, &mut s.start);
                    conv(v.doc, &mut s.end);
                }
            }
        }
        self.offset_unit = "char".into();
        self
    }
}

/// Byte → char offsets of one document at a time.
#[derive(Default)]
struct CharMap {
    doc: Option<usize>,
    /// `chars[b]` = characters before byte `b`.
    chars: Vec<u32>,
}

impl CharMap {
    fn get(&mut self, analysis: &Analysis, doc: usize, byte: usize) -> usize {
        if self.doc != Some(doc) {
            self.chars.clear();
            if let Some(d) = analysis.documents.get(doc) {
                let mut k = 0u32;
                for (i, _) in d.text.char_indices() {
                    self.chars.resize(i, k);
                    self.chars.push(k);
                    k += 1;
                }
                self.chars.resize(d.text.len() + 1, k);
            }
            self.doc = Some(doc);
        }
        self.chars
            .get(byte)
            .or(self.chars.last())
            .map_or(0, |&c| c as usize)
    }
}
