//! The geometry of a figure track's chart: x is the publication date, y the figure.
//! One mark per claim, drawn from plain primitives ([`Prim`]) so the page only maps
//! them to SVG elements. Claims of undated articles sit in a strip of their own at
//! the right, apart from the date axis.

use crate::state::corpus::ArticleName;
use crate::state::figures::{figure_text, point, status_text};
use parallax_core::compare::dates::days_from_civil;
use parallax_core::compare::{ClaimStatus, GroupClaim, Track};

/// The drawing's size in SVG units; the page scales it to its width (`viewBox`).
pub const WIDTH: f64 = 480.0;
pub const HEIGHT: f64 = 230.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 40.0;
/// Space kept inside the plot so marks at the first and last day are not cut.
const PAD: f64 = 22.0;
/// Width of the strip for undated claims when there are dated ones too.
const STRIP: f64 = 86.0;
/// Marks on the same day are set apart by this much.
const SAME_DAY: f64 = 11.0;
/// Least distance between two date labels.
const TICK_GAP: f64 = 60.0;
const DOT: f64 = 5.0;
/// Radius of the circle that takes the pointer and shows focus around a mark.
pub const HIT: f64 = 13.0;
const ARROW: f64 = 18.0;

/// A piece of a mark, in SVG units.
#[derive(Clone, Debug, PartialEq)]
pub enum Prim {
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
    },
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
    },
    /// An SVG path (arrow heads).
    Path {
        d: String,
    },
}

/// How a claim is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkStyle {
    Reported,
    /// A reported figure given after a newer one was out.
    Stale,
    Earlier,
    Projected,
    OtherSource,
    Partial,
}

impl MarkStyle {
    fn of(c: &GroupClaim) -> Self {
        match c.status {
            ClaimStatus::Reported if c.stale => Self::Stale,
            ClaimStatus::Reported => Self::Reported,
            ClaimStatus::Earlier => Self::Earlier,
            ClaimStatus::Projected => Self::Projected,
            ClaimStatus::OtherSource => Self::OtherSource,
            ClaimStatus::Partial => Self::Partial,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Self::Reported => "px-chart__mark--reported",
            Self::Stale => "px-chart__mark--stale",
            Self::Earlier => "px-chart__mark--earlier",
            Self::Projected => "px-chart__mark--projected",
            Self::OtherSource => "px-chart__mark--other",
            Self::Partial => "px-chart__mark--partial",
        }
    }
}

/// What a figure is: one number, a range, or open upwards or downwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Dot,
    Range,
    AtLeast,
    AtMost,
}

impl Shape {
    fn of(c: &GroupClaim) -> Option<Self> {
        match (c.low.filter(|v| *v > 0.0), c.high) {
            (Some(l), Some(h)) if l == h => Some(Self::Dot),
            (Some(_), Some(_)) => Some(Self::Range),
            (Some(_), None) => Some(Self::AtLeast),
            (None, Some(_)) => Some(Self::AtMost),
            (None, None) => None,
        }
    }
}

/// One claim on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index into the track's claims.
    pub claim: usize,
    pub x: f64,
    /// Where the figure's number sits (the lower end of a range).
    pub y: f64,
    pub shape: Shape,
    pub style: MarkStyle,
    pub latest: bool,
    pub dated: bool,
    pub prims: Vec<Prim>,
    /// What a screen reader says: "River Times, 6 May 2024: 45, reported, latest figure".
    pub aria: String,
    /// The label shown on hover and focus: "River Times: 45".
    pub tip: String,
    pub tip_x: f64,
    pub tip_y: f64,
    /// `start`, `middle` or `end`, so the label stays inside the drawing.
    pub tip_anchor: &'static str,
}

/// A label on an axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub label: String,
}

/// What the legend explains, for the kinds of marks a chart has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegendKey {
    Reported,
    Latest,
    Stale,
    Earlier,
    Projected,
    OtherSource,
    Partial,
    Range,
    AtLeast,
    AtMost,
}

impl LegendKey {
    pub fn text(self) -> &'static str {
        match self {
            Self::Reported => "reported figure",
            Self::Latest => "latest figure",
            Self::Stale => "stale report (a newer figure was out)",
            Self::Earlier => "earlier figure the article recalls",
            Self::Projected => "projected figure",
            Self::OtherSource => "another source's figure",
            Self::Partial => "part of the total",
            Self::Range => "range: from the lower to the upper figure",
            Self::AtLeast => "“at least”: could be higher",
            Self::AtMost => "“up to”: could be lower",
        }
    }

    /// The swatch: the mark's class and its primitives in a 24 × 24 box.
    pub fn swatch(self) -> (&'static str, Vec<Prim>) {
        let (x, y) = (12.0, 12.0);
        let dot = |r: f64| vec![Prim::Circle { cx: x, cy: y, r }];
        match self {
            Self::Reported => (MarkStyle::Reported.class(), dot(DOT)),
            Self::Latest => (MarkStyle::Reported.class(), dot(DOT + 2.0)),
            Self::Stale => (MarkStyle::Stale.class(), dot(DOT)),
            Self::Earlier => (MarkStyle::Earlier.class(), dot(DOT)),
            Self::Projected => (MarkStyle::Projected.class(), dot(DOT)),
            Self::OtherSource => (MarkStyle::OtherSource.class(), dot(DOT)),
            Self::Partial => (MarkStyle::Partial.class(), dot(DOT)),
            Self::Range => (
                MarkStyle::Reported.class(),
                range_prims(x, 20.0, 4.0, false),
            ),
            Self::AtLeast => (
                MarkStyle::Reported.class(),
                open_prims(x, 18.0, 12.0, true, false),
            ),
            Self::AtMost => (
                MarkStyle::Reported.class(),
                open_prims(x, 6.0, 12.0, false, false),
            ),
        }
    }
}

/// A track drawn: marks, axes and what the legend needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub marks: Vec<Mark>,
    /// The reported, current figures joined in date order (SVG `points`).
    pub line: String,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    /// The plot area: left, top, right, bottom.
    pub plot: [f64; 4],
    /// Where the date axis ends and the undated strip begins, when both are drawn.
    pub strip_from: Option<f64>,
    /// The strip's label position, when there are undated claims.
    pub strip_label: Option<f64>,
    pub legend: Vec<LegendKey>,
}

/// A `YYYY[-MM[-DD]]` date as a day count (days since 1970-01-01); a month stands
/// for its 15th, a year for 1 July.
pub fn day_number(date: &str) -> Option<i64> {
    let mut it = date.split('-');
    let y: i32 = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let m: u8 = match it.next() {
        Some(m) => m.parse().ok().filter(|m| (1..=12).contains(m))?,
        None => return Some(days_from_civil(y, 7, 1)),
    };
    let d: u8 = match it.next() {
        Some(d) => d.parse().ok().filter(|d| (1..=31).contains(d))?,
        None => 15,
    };
    if it.next().is_some() {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// The top of the y axis and the step between its labels, for figures up to `max`.
pub fn y_scale(max: f64) -> (f64, f64) {
    if !max.is_finite() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|f| f * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
        .max(1.0);
    let top = (max / step).ceil() * step;
    (top.max(step), step)
}

/// A number with thousands separators: "12,500" (the engine's own wording).
pub use parallax_core::compare::facts::count_text as number_text;

fn range_prims(x: f64, y_low: f64, y_high: f64, latest: bool) -> Vec<Prim> {
    let cap = if latest { 7.0 } else { 5.0 };
    vec![
        Prim::Line {
            x1: x,
            y1: y_low,
            x2: x,
            y2: y_high,
        },
        Prim::Line {
            x1: x - cap,
            y1: y_low,
            x2: x + cap,
            y2: y_low,
        },
        Prim::Line {
            x1: x - cap,
            y1: y_high,
            x2: x + cap,
            y2: y_high,
        },
    ]
}

/// A dot with an arrow up ("at least") or down ("up to").
fn open_prims(x: f64, y: f64, length: f64, up: bool, latest: bool) -> Vec<Prim> {
    let r = if latest { DOT + 2.0 } else { DOT };
    let dir = if up { -1.0 } else { 1.0 };
    let tip = y + dir * (r + length);
    vec![
        Prim::Line {
            x1: x,
            y1: y + dir * r,
            x2: x,
            y2: tip,
        },
        Prim::Path {
            d: format!(
                "M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z",
                x - 4.5,
                tip - dir * 6.0,
                x,
                tip,
                x + 4.5,
                tip - dir * 6.0
            ),
        },
        Prim::Circle { cx: x, cy: y, r },
    ]
}

/// Short date labels: "2 May" within one year, "May 2024" across years.
fn tick_label(date: &str, one_year: bool) -> String {
    let text = crate::state::corpus::day_text(date);
    let parts: Vec<&str> = text.split(' ').collect();
    match (one_year, parts.as_slice()) {
        (true, [d, m, _]) => format!("{d} {m}"),
        (true, [m, _]) => (*m).to_owned(),
        (false, [_, m, y]) => format!("{m} {y}"),
        _ => text,
    }
}

/// Lay out a track. `names` names each claim's article (index = document).
pub fn chart(track: &Track, names: &dyn Fn(usize) -> ArticleName, latest: Option<usize>) -> Chart {
    let claims = &track.claims;
    let days: Vec<Option<i64>> = claims
        .iter()
        .map(|c| c.published.as_deref().and_then(day_number))
        .collect();
    let drawable = |i: usize| Shape::of(&claims[i]).is_some();
    let dated: Vec<usize> = (0..claims.len())
        .filter(|&i| days[i].is_some() && drawable(i))
        .collect();
    let undated: Vec<usize> = (0..claims.len())
        .filter(|&i| days[i].is_none() && drawable(i))
        .collect();
    let (left, top, right, bottom) = (LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM);
    let strip_from = (!dated.is_empty() && !undated.is_empty()).then_some(right - STRIP);
    let date_right = strip_from.unwrap_or(right);

    // y: from 0 to a round number above every figure.
    let max = claims
        .iter()
        .filter_map(|c| c.high.or(c.low))
        .fold(0.0_f64, f64::max);
    let (y_top, step) = y_scale(max);
    let y_of = |v: f64| bottom - (v.clamp(0.0, y_top) / y_top) * (bottom - top);
    let mut y_ticks = Vec::new();
    let mut v = 0.0;
    while v <= y_top + step / 2.0 {
        y_ticks.push(Tick {
            at: y_of(v),
            label: number_text(v),
        });
        v += step;
    }

    // x: publication days over the date axis; undated claims spread over their strip.
    let (d0, d1) = dated
        .iter()
        .filter_map(|&i| days[i])
        .fold((i64::MAX, i64::MIN), |(a, b), d| (a.min(d), b.max(d)));
    let x_of_day = |d: i64| {
        if d1 <= d0 {
            (left + date_right) / 2.0
        } else {
            left + PAD + (d - d0) as f64 / (d1 - d0) as f64 * (date_right - left - 2.0 * PAD)
        }
    };
    let mut xs = vec![0.0; claims.len()];
    let mut i = 0;
    while i < dated.len() {
        // Claims are in date order; those of one day sit side by side.
        let day = days[dated[i]];
        let j = (i..dated.len())
            .find(|&j| days[dated[j]] != day)
            .unwrap_or(dated.len());
        let n = (j - i) as f64;
        for (k, &c) in dated[i..j].iter().enumerate() {
            let base = day.map_or(left, x_of_day);
            xs[c] = base + (k as f64 - (n - 1.0) / 2.0) * SAME_DAY;
        }
        i = j;
    }
    let strip_left = strip_from.unwrap_or(left);
    let strip_w = right - strip_left;
    for (k, &c) in undated.iter().enumerate() {
        xs[c] = strip_left + strip_w * (k as f64 + 1.0) / (undated.len() as f64 + 1.0);
    }

    let one_year = {
        let mut years = dated
            .iter()
            .filter_map(|&i| claims[i].published.as_deref())
            .map(|p| p.get(..4).unwrap_or(p));
        let first = years.next();
        years.all(|y| Some(y) == first)
    };
    // One label per day, left to right, skipping any too close to the one before;
    // the last day always keeps its label (the one before it gives way).
    let mut x_ticks: Vec<Tick> = Vec::new();
    let mut last_day: Option<Tick> = None;
    for &c in &dated {
        let (Some(day), Some(p)) = (days[c], claims[c].published.as_deref()) else {
            continue;
        };
        let tick = Tick {
            at: x_of_day(day),
            label: tick_label(p, one_year),
        };
        if x_ticks.last().is_none_or(|t| tick.at - t.at >= TICK_GAP) {
            x_ticks.push(tick.clone());
        }
        last_day = Some(tick);
    }
    if let Some(end) = last_day {
        if x_ticks.last().is_some_and(|t| t.at != end.at) {
            if x_ticks.len() > 1 && x_ticks.last().is_some_and(|t| end.at - t.at < TICK_GAP) {
                x_ticks.pop();
            }
            x_ticks.push(end);
        }
    }

    let mut marks = Vec::new();
    let mut legend = Vec::new();
    let mut note = |k: LegendKey| {
        if !legend.contains(&k) {
            legend.push(k);
        }
    };
    for &c in dated.iter().chain(&undated) {
        let claim = &claims[c];
        let Some(shape) = Shape::of(claim) else {
            continue;
        };
        let style = MarkStyle::of(claim);
        let is_latest = latest == Some(c);
        let x = xs[c];
        let low = claim.low.filter(|v| *v > 0.0);
        let y = y_of(low.or(claim.high).unwrap_or(0.0));
        let r = if is_latest { DOT + 2.0 } else { DOT };
        let prims = match shape {
            Shape::Dot => vec![Prim::Circle { cx: x, cy: y, r }],
            Shape::Range => range_prims(x, y, y_of(claim.high.unwrap_or(0.0)), is_latest),
            Shape::AtLeast => open_prims(x, y, ARROW, true, is_latest),
            Shape::AtMost => open_prims(x, y, ARROW, false, is_latest),
        };
        note(match style {
            MarkStyle::Reported => LegendKey::Reported,
            MarkStyle::Stale => LegendKey::Stale,
            MarkStyle::Earlier => LegendKey::Earlier,
            MarkStyle::Projected => LegendKey::Projected,
            MarkStyle::OtherSource => LegendKey::OtherSource,
            MarkStyle::Partial => LegendKey::Partial,
        });
        if is_latest {
            note(LegendKey::Latest);
        }
        match shape {
            Shape::Dot => {}
            Shape::Range => note(LegendKey::Range),
            Shape::AtLeast => note(LegendKey::AtLeast),
            Shape::AtMost => note(LegendKey::AtMost),
        }
        let name = names(claim.doc);
        let figure = figure_text(claim.low, claim.high);
        let when = name.date.clone().unwrap_or_else(|| "no date".to_owned());
        let mut aria = format!(
            "{}, {when}: {figure}, {}",
            name.label,
            status_text(claim.status).to_lowercase()
        );
        if claim.stale {
            aria.push_str(", stale report");
        }
        if is_latest {
            aria.push_str(", latest figure");
        }
        // The label goes above the mark (above its arrow or range), else below.
        let mark_top = prims
            .iter()
            .map(|p| match p {
                Prim::Circle { cy, r, .. } => cy - r,
                Prim::Line { y1, y2, .. } => y1.min(*y2),
                Prim::Path { .. } => y,
            })
            .fold(y - HIT, f64::min);
        let mark_bottom = prims
            .iter()
            .map(|p| match p {
                Prim::Circle { cy, r, .. } => cy + r,
                Prim::Line { y1, y2, .. } => y1.max(*y2),
                Prim::Path { .. } => y,
            })
            .fold(y + HIT, f64::max);
        let tip_y = if mark_top - 6.0 >= 14.0 {
            mark_top - 6.0
        } else {
            mark_bottom + 18.0
        };
        let tip_anchor = if x < WIDTH * 0.3 {
            "start"
        } else if x > WIDTH * 0.7 {
            "end"
        } else {
            "middle"
        };
        let tip_x = match tip_anchor {
            "start" => (x - 10.0).max(2.0),
            "end" => (x + 10.0).min(WIDTH - 2.0),
            _ => x,
        };
        marks.push(Mark {
            claim: c,
            x,
            y,
            shape,
            style,
            latest: is_latest,
            dated: days[c].is_some(),
            prims,
            aria,
            tip: format!("{}: {figure}", name.label),
            tip_x,
            tip_y,
            tip_anchor,
        });
    }

    // The line joins each day's current reported figure.
    let line = dated
        .iter()
        .filter(|&&c| claims[c].status == ClaimStatus::Reported && !claims[c].stale)
        .filter_map(|&c| point(&claims[c]).map(|v| (xs[c], y_of(v))))
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");

    Chart {
        marks,
        line,
        x_ticks,
        y_ticks,
        plot: [left, top, right, bottom],
        strip_from,
        strip_label: (!undated.is_empty()).then(|| strip_left + strip_w / 2.0),
        legend,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::compare::TrackKind;

    fn claim(
        doc: usize,
        low: Option<f64>,
        high: Option<f64>,
        published: Option<&str>,
    ) -> GroupClaim {
        GroupClaim {
            doc,
            text: String::new(),
            low,
            high,
            start: 0,
            end: 0,
            claim: doc,
            published: published.map(str::to_owned),
            status: ClaimStatus::Reported,
            source: None,
            stale: false,
        }
    }

    fn named(doc: usize) -> ArticleName {
        ArticleName {
            label: format!("Outlet {doc}"),
            date: Some(format!("{} May 2024", doc + 1)),
        }
    }

    #[test]
    fn days_count_from_1970() {
        for (date, day) in [
            ("1970-01-01", Some(0)),
            ("1970-01-02", Some(1)),
            ("2000-03-01", Some(11_017)),
            ("2024-05-02", Some(19_845)),
            ("2024-05", Some(19_858)),
            ("2024", Some(19_905)),
            ("1969-12-31", Some(-1)),
            ("2024-13-01", None),
            ("2024-05-02-01", None),
            ("May 2024", None),
            ("", None),
        ] {
            assert_eq!(day_number(date), day, "{date}");
        }
    }

    #[test]
    fn y_axes_end_on_round_numbers() {
        for (max, top, step) in [
            (45.0, 60.0, 20.0),
            (143.0, 150.0, 50.0),
            (12.0, 15.0, 5.0),
            (0.0, 1.0, 1.0),
            (f64::NAN, 1.0, 1.0),
            (3.0, 3.0, 1.0),
            (12_500.0, 15_000.0, 5_000.0),
        ] {
            assert_eq!(y_scale(max), (top, step), "{max}");
        }
    }

    #[test]
    fn numbers_get_thousands_separators() {
        for (v, text) in [
            (0.0, "0"),
            (45.0, "45"),
            (1234.0, "1,234"),
            (1_234_567.0, "1,234,567"),
            (-1200.0, "-1,200"),
            (2.5, "2.5"),
        ] {
            assert_eq!(number_text(v), text);
        }
    }

    #[test]
    fn a_rising_track_draws_one_mark_per_claim_left_to_right_and_up() {
        let mut claims = vec![
            claim(0, Some(12.0), Some(12.0), Some("2024-05-02")),
            claim(1, Some(30.0), Some(30.0), Some("2024-05-04")),
            claim(2, Some(45.0), Some(45.0), Some("2024-05-06")),
            claim(3, Some(30.0), Some(30.0), Some("2024-05-07")),
        ];
        claims[3].stale = true;
        let track = Track {
            kind: TrackKind::Rising,
            claims,
            stale: vec![3],
            ..Track::default()
        };
        let c = chart(&track, &named, Some(2));
        assert_eq!(c.marks.len(), 4);
        assert!(c.marks.windows(2).all(|w| w[0].x < w[1].x), "by date");
        assert!(
            c.marks[0].y > c.marks[1].y && c.marks[1].y > c.marks[2].y,
            "higher figures higher up"
        );
        assert_eq!(
            c.marks[1].y, c.marks[3].y,
            "the stale 30 at the height of the first 30"
        );
        assert_eq!(c.marks[3].style, MarkStyle::Stale);
        assert!(c.marks[2].latest);
        assert_eq!(
            c.marks[2].aria,
            "Outlet 2, 3 May 2024: 45, reported, latest figure"
        );
        assert_eq!(
            c.marks[3].aria,
            "Outlet 3, 4 May 2024: 30, reported, stale report"
        );
        assert_eq!(c.marks[0].tip, "Outlet 0: 12");
        assert_eq!(c.marks[0].tip_anchor, "start");
        assert_eq!(c.marks[3].tip_anchor, "end");
        assert_eq!(c.strip_from, None);
        assert_eq!(c.strip_label, None);
        assert_eq!(
            c.line.split(' ').count(),
            3,
            "the stale report is off the line"
        );
        assert_eq!(
            c.x_ticks
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>(),
            ["2 May", "4 May", "6 May", "7 May"]
        );
        assert_eq!(c.y_ticks.first().map(|t| t.label.as_str()), Some("0"));
        assert_eq!(c.y_ticks.last().map(|t| t.label.as_str()), Some("60"));
        assert_eq!(
            c.legend,
            [LegendKey::Reported, LegendKey::Latest, LegendKey::Stale]
        );
        for m in &c.marks {
            let [l, t, r, b] = c.plot;
            assert!(
                m.x >= l && m.x <= r && m.y >= t && m.y <= b,
                "{m:?} in the plot"
            );
            assert!(m.tip_y > 0.0 && m.tip_y < HEIGHT);
        }
    }

    #[test]
    fn undated_claims_sit_in_their_own_strip() {
        let track = Track {
            claims: vec![
                claim(0, Some(60.0), Some(60.0), Some("2024-03-23")),
                claim(1, Some(143.0), None, None),
                claim(2, Some(90.0), Some(100.0), None),
            ],
            ..Track::default()
        };
        let c = chart(&track, &named, None);
        let strip = c.strip_from.expect("a strip for the undated");
        assert!(c.marks[0].x < strip && c.marks[1].x > strip && c.marks[2].x > strip);
        assert!(!c.marks[1].dated);
        assert_eq!(c.marks[1].shape, Shape::AtLeast);
        assert_eq!(c.marks[2].shape, Shape::Range);
        assert_eq!(
            c.x_ticks.len(),
            1,
            "undated claims put nothing on the date axis"
        );
        assert!(c.legend.contains(&LegendKey::AtLeast) && c.legend.contains(&LegendKey::Range));
        assert!(c.marks[1]
            .aria
            .starts_with("Outlet 1, 2 May 2024: at least 143"));

        // Nothing dated: the whole width is the strip, and there is no date axis.
        let all_undated = Track {
            claims: vec![
                claim(0, Some(143.0), None, None),
                claim(4, Some(137.0), Some(137.0), None),
            ],
            ..Track::default()
        };
        let c = chart(&all_undated, &named, None);
        assert_eq!(c.marks.len(), 2);
        assert_eq!(c.strip_from, None);
        assert!(c.strip_label.is_some());
        assert!(c.x_ticks.is_empty());
        assert!(c.marks[0].x < c.marks[1].x);
        assert!(c.marks[0].y < c.marks[1].y, "143 above 137");
    }

    #[test]
    fn same_day_marks_stand_apart_and_close_dates_share_a_label() {
        let track = Track {
            claims: vec![
                claim(0, Some(10.0), Some(10.0), Some("2024-01-01")),
                claim(1, Some(11.0), Some(11.0), Some("2024-01-01")),
                claim(2, Some(12.0), Some(12.0), Some("2024-01-02")),
                claim(3, Some(20.0), Some(20.0), Some("2025-01-01")),
            ],
            ..Track::default()
        };
        let c = chart(&track, &named, None);
        assert!((c.marks[1].x - c.marks[0].x - SAME_DAY).abs() < 1e-9);
        assert_eq!(
            c.x_ticks
                .iter()
                .map(|t| t.label.as_str())
                .collect::<Vec<_>>(),
            ["Jan 2024", "Jan 2025"]
        );
        // Days too close for a label each: the first and the last keep theirs.
        let close = Track {
            claims: [
                "2024-05-02",
                "2024-05-04",
                "2024-05-06",
                "2024-05-07",
                "2024-05-08",
                "2024-05-09",
            ]
            .iter()
            .enumerate()
            .map(|(i, d)| claim(i, Some(10.0 + i as f64), Some(10.0 + i as f64), Some(d)))
            .collect(),
            ..Track::default()
        };
        let labels: Vec<String> = chart(&close, &named, None)
            .x_ticks
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["2 May", "4 May", "6 May", "9 May"]);
        let two_close = Track {
            claims: vec![
                claim(0, Some(1.0), Some(1.0), Some("2024-05-01")),
                claim(1, Some(1.0), Some(1.0), Some("2024-05-30")),
                claim(2, Some(1.0), Some(1.0), Some("2024-05-31")),
            ],
            ..Track::default()
        };
        let labels: Vec<String> = chart(&two_close, &named, None)
            .x_ticks
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["1 May", "31 May"]);
        // A single day: the marks sit in the middle.
        let one = Track {
            claims: vec![claim(0, Some(10.0), Some(10.0), Some("2024-01-01"))],
            ..Track::default()
        };
        let c = chart(&one, &named, None);
        assert!((c.marks[0].x - (LEFT + WIDTH - RIGHT) / 2.0).abs() < 1e-9);
    }

    #[test]
    fn claims_without_a_figure_are_not_drawn() {
        let track = Track {
            claims: vec![
                claim(0, None, None, Some("2024-01-01")),
                claim(1, Some(0.0), Some(5.0), None),
            ],
            ..Track::default()
        };
        let c = chart(&track, &named, None);
        assert_eq!(c.marks.len(), 1);
        assert_eq!(c.marks[0].shape, Shape::AtMost);
    }
}
