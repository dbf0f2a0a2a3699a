//! Facts: each story's figures over time (a track per measure: its kind, latest
//! figure, stale reports, a chart by publication date and the claims table), then
//! the other figures the articles give, discrepancies first, each claim linked to
//! its sentence in the reader. The logic is in `state::facts` and `state::chart`.

use crate::components::show_more::{ShowMore, STEP};
use crate::routes::{article_at_path, href};
use crate::state::chart::{Chart, LegendKey, Prim, HEIGHT, HIT, WIDTH};
use crate::state::corpus::{expect_corpus, Corpus};
use crate::state::facts::{
    anchored_story, claim_rows, other_groups, shown_for, stories, track_view, ClaimRow, StoryView,
    TrackView,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use parallax_core::compare::ClaimGroup;

#[component]
pub fn FactsPage() -> impl IntoView {
    let corpus = expect_corpus();
    let cmp = corpus.comparison();
    let all = stories(cmp);
    let several = all.len() > 1;
    let (tracked, untracked): (Vec<StoryView>, Vec<StoryView>) =
        all.into_iter().partition(|s| !s.tracks.is_empty());
    let hash = use_location().hash;
    // A link from the overview (`#story-3`) must find its story rendered, however far down.
    let target = anchored_story(&hash.get_untracked());
    let pos = |list: &[StoryView]| target.and_then(|t| list.iter().position(|s| s.index == t));
    let shown_t = RwSignal::new(shown_for(pos(&tracked), STEP));
    let shown_u = RwSignal::new(shown_for(pos(&untracked), STEP));
    // Scroll to the anchored story once it is on the page: DOM work after rendering.
    Effect::new(move |_| {
        let target = hash.get();
        request_animation_frame(move || {
            let id = target.trim_start_matches('#');
            if id.is_empty() {
                return;
            }
            if let Some(el) = document().get_element_by_id(id) {
                el.scroll_into_view();
            }
        });
    });

    let others = |conflict: bool| other_groups(cmp, conflict).len();
    let (nd, na) = (others(true), others(false));
    let (shown_d, shown_a) = (RwSignal::new(STEP), RwSignal::new(STEP));
    let groups = |conflict: bool, shown: RwSignal<usize>| {
        let corpus = corpus.clone();
        move || {
            other_groups(corpus.comparison(), conflict)
                .into_iter()
                .take(shown.get())
                .map(|g| group_view(&corpus, g, conflict))
                .collect_view()
        }
    };
    let discrepancies = groups(true, shown_d);
    let agreements = groups(false, shown_a);
    let (nt, nu) = (tracked.len(), untracked.len());
    let story_views = {
        let corpus = corpus.clone();
        move || {
            tracked
                .iter()
                .take(shown_t.get())
                .map(|s| story_section(&corpus, s, several))
                .collect_view()
        }
    };
    let untracked_views = {
        let corpus = corpus.clone();
        move || {
            untracked
                .iter()
                .take(shown_u.get())
                .map(|s| untracked_item(&corpus, s))
                .collect_view()
        }
    };
    view! {
        <section class="px-facts" aria-labelledby="facts-heading">
            <h1 id="facts-heading">"Facts"</h1>
            <p class="px-lead">
                "The figures each story's articles give, followed by publication date: whether they rise, are revised or conflict, "
                "which is the latest, and which articles still gave an old one. Below, the other counted figures, grouped by what they count."
            </p>
            {(nt == 0).then(|| view! { <p>"No figure (a death toll, the injured, the missing …) is followed across articles."</p> })}
            <div class="px-facts__stories">{story_views}</div>
            <ShowMore shown=shown_t total=nt/>
            {(nu > 0).then(|| view! {
                <section class="px-facts__untracked" aria-labelledby="untracked-heading">
                    <h2 id="untracked-heading">{format!("Stories with no figure followed ({nu})")}</h2>
                    <ul>{untracked_views}</ul>
                    <ShowMore shown=shown_u total=nu/>
                </section>
            })}
            <h2 id="discrepancies">{format!("Other discrepancies ({nd})")}</h2>
            {(nd == 0).then(|| view! { <p>"No other figures conflict."</p> })}
            <div class="px-facts__groups" aria-labelledby="discrepancies">{discrepancies}</div>
            <ShowMore shown=shown_d total=nd/>
            <h2 id="agreements">{format!("Agreements ({na})")}</h2>
            {(na == 0).then(|| view! { <p>"No other figure is stated by more than one article."</p> })}
            <div class="px-facts__groups" aria-labelledby="agreements">{agreements}</div>
            <ShowMore shown=shown_a total=na/>
        </section>
    }
}

fn story_section(corpus: &Corpus, s: &StoryView, several: bool) -> impl IntoView {
    let heading_id = format!("{}-heading", s.anchor);
    let heading = if several {
        s.name.clone()
    } else {
        "Figures over time".to_owned()
    };
    let name_line = (!several).then(|| format!("The story: {}", s.name));
    let tracks = s
        .tracks
        .iter()
        .filter_map(|&t| track_view(corpus.comparison(), corpus.documents(), t))
        .map(|t| track_card(corpus, t))
        .collect_view();
    let labelled_by = heading_id.clone();
    view! {
        <section class="px-story" id=s.anchor.clone() aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            <p class="px-story__meta">{name_line.map(|n| view! { <span>{n}</span>" · " })}{s.meta()}</p>
            {tracks}
        </section>
    }
}

fn untracked_item(corpus: &Corpus, s: &StoryView) -> impl IntoView {
    let cmp = corpus.comparison();
    let articles = cmp.stories.get(s.index).map(|st| {
        st.docs
            .iter()
            .take(5)
            .map(|&d| {
                let name = corpus.article_name(d).to_string();
                let link = href(&crate::routes::article_path(corpus.short_id(d)));
                view! { <li><a href=link>{name}</a></li> }
            })
            .collect_view()
    });
    view! {
        <li id=s.anchor.clone() class="px-story px-story--plain">
            <strong>{s.name.clone()}</strong>
            <span class="px-story__meta">{format!(" · {}", s.meta())}</span>
            <ul class="px-story__articles" aria-label=format!("Articles of {}", s.name)>{articles}</ul>
        </li>
    }
}

fn track_card(corpus: &Corpus, t: TrackView) -> impl IntoView {
    let heading_id = format!("track-{}-heading", t.index);
    let summary_id = format!("track-{}-summary", t.index);
    let stale = (!t.stale.is_empty()).then(|| {
        let items = t
            .stale
            .iter()
            .map(|s| view! { <li>{s.clone()}</li> })
            .collect_view();
        view! { <ul class="px-track__stale" aria-label="Stale reports">{items}</ul> }
    });
    let chart = chart_view(&t.chart, &t.label, &summary_id);
    let table_label = format!("{}: every article's figure", t.label);
    let labelled_by = heading_id.clone();
    view! {
        <article class="px-track" aria-labelledby=labelled_by>
            <h3 id=heading_id>{t.label.clone()}" "<span class=t.kind_class>{t.kind}</span></h3>
            <p id=summary_id class="px-track__summary">{t.summary.clone()}</p>
            <p class="px-track__latest">{t.latest.clone()}</p>
            {stale}
            {chart}
            {t.undated.clone().map(|u| view! { <p class="px-note">{u}</p> })}
            {claims_table(corpus, &t.rows, table_label, true)}
        </article>
    }
}

fn prim_view(p: &Prim) -> AnyView {
    let f = |v: f64| format!("{v:.1}");
    match p {
        Prim::Circle { cx, cy, r } => view! { <circle cx=f(*cx) cy=f(*cy) r=f(*r)/> }.into_any(),
        Prim::Line { x1, y1, x2, y2 } => {
            view! { <line x1=f(*x1) y1=f(*y1) x2=f(*x2) y2=f(*y2)/> }.into_any()
        }
        Prim::Path { d } => view! { <path d=d.clone()/> }.into_any(),
    }
}

fn chart_view(c: &Chart, label: &str, summary_id: &str) -> impl IntoView {
    let f = |v: f64| format!("{v:.1}");
    let [left, top, right, bottom] = c.plot;
    let y_ticks = c
        .y_ticks
        .iter()
        .map(|t| {
            view! {
                <line class="px-chart__grid" x1=f(left) y1=f(t.at) x2=f(right) y2=f(t.at)/>
                <text class="px-chart__ylabel" x=f(left - 6.0) y=f(t.at + 4.0)>{t.label.clone()}</text>
            }
        })
        .collect_view();
    let x_ticks = c
        .x_ticks
        .iter()
        .map(|t| {
            view! {
                <line class="px-chart__tick" x1=f(t.at) y1=f(bottom) x2=f(t.at) y2=f(bottom + 5.0)/>
                <text class="px-chart__xlabel" x=f(t.at) y=f(bottom + 19.0)>{t.label.clone()}</text>
            }
        })
        .collect_view();
    let strip = c.strip_from.map(|x| {
        view! { <line class="px-chart__strip" x1=f(x) y1=f(top) x2=f(x) y2=f(bottom)/> }
    });
    let strip_label = c.strip_label.map(|x| {
        view! { <text class="px-chart__xlabel" x=f(x) y=f(bottom + 19.0)>"no date"</text> }
    });
    let marks = c
        .marks
        .iter()
        .map(|m| {
            let class = format!(
                "px-chart__mark {}{}",
                m.style.class(),
                if m.latest { " px-chart__mark--latest" } else { "" }
            );
            let prims = m.prims.iter().map(prim_view).collect_view();
            view! {
                <g class=class tabindex="0" role="img" aria-label=m.aria.clone()>
                    <title>{m.aria.clone()}</title>
                    <circle class="px-chart__hit" cx=f(m.x) cy=f(m.y) r=f(HIT)/>
                    {prims}
                    <text class="px-chart__tip" x=f(m.tip_x) y=f(m.tip_y) text-anchor=m.tip_anchor>{m.tip.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let legend = c.legend.iter().map(|k| legend_item(*k)).collect_view();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    view! {
        <figure class="px-chart">
            <svg class="px-chart__svg" viewBox=view_box role="group"
                aria-label=format!("{label} by publication date: one mark per article's figure")
                aria-describedby=summary_id.to_owned()>
                <g class="px-chart__axes" aria-hidden="true">
                    {y_ticks}
                    <line class="px-chart__axis" x1=f(left) y1=f(bottom) x2=f(right) y2=f(bottom)/>
                    {x_ticks}
                    {strip}
                    {strip_label}
                </g>
                <polyline class="px-chart__line" points=c.line.clone() aria-hidden="true"/>
                {marks}
            </svg>
            <figcaption>
                <ul class="px-chart__legend" aria-label="Legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}

fn legend_item(k: LegendKey) -> impl IntoView {
    let (class, prims) = k.swatch();
    let latest = matches!(k, LegendKey::Latest).then_some(" px-chart__mark--latest");
    let class = format!("px-chart__mark {class}{}", latest.unwrap_or(""));
    let prims = prims.iter().map(prim_view).collect_view();
    view! {
        <li>
            <svg class="px-chart__swatch" viewBox="0 0 24 24" aria-hidden="true"><g class=class>{prims}</g></svg>
            {k.text()}
        </li>
    }
}

/// A claims table; a long one starts with a page of rows and "Show more".
fn claims_table(corpus: &Corpus, rows: &[ClaimRow], label: String, track: bool) -> impl IntoView {
    let total = rows.len();
    let shown = RwSignal::new(STEP);
    let rows = rows.to_vec();
    let corpus = corpus.clone();
    let body = move || {
        rows.iter()
        .take(shown.get())
        .map(|r| {
            let short = corpus.short_id(r.doc).to_owned();
            let link = href(&article_at_path(&short, r.sentence));
            let hidden = format!(" in {}", r.article);
            let stale = r
                .stale
                .then(|| view! { " " <span class="px-tag px-tag--stale">"stale"</span> });
            let latest = r
                .latest
                .then(|| view! { " " <span class="px-tag px-tag--latest">"latest"</span> });
            let class = if r.stale { "px-claim px-claim--stale" } else { "px-claim" };
            let [before, words, after] = r.says.clone();
            view! {
                <tr class=class>
                    <th scope="row">{r.article.clone()}</th>
                    <td class="px-nowrap" data-label="Published">{r.published.clone()}</td>
                    <td class="px-facts__figure" data-label="Figure">{r.figure.clone()}</td>
                    <td data-label="Status">{r.status}{stale}{latest}</td>
                    <td data-label="Source">{r.source.clone().unwrap_or_else(|| "—".to_owned())}</td>
                    <td class="px-facts__sentence" data-label="Says">
                        {before}<strong>{words}</strong>{after}" "
                        <a href=link>"Read in context"<span class="px-visually-hidden">{hidden}</span>" →"</a>
                    </td>
                </tr>
            }
        })
        .collect_view()
    };
    let class = if track {
        "px-table px-claims px-claims--track"
    } else {
        "px-table px-claims"
    };
    view! {
        <div class="px-table-wrap" role="region" aria-label=label tabindex="0">
            <table class=class>
                <thead>
                    <tr>
                        <th scope="col">"Article"</th>
                        <th scope="col">"Published"</th>
                        <th scope="col">"Figure"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Source"</th>
                        <th scope="col">"What it says"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <ShowMore shown=shown total=total/>
    }
}

fn group_view(corpus: &Corpus, g: &ClaimGroup, conflict: bool) -> impl IntoView {
    let rows = claim_rows(corpus.comparison(), corpus.documents(), &g.claims, None);
    let class = if conflict {
        "px-fact px-fact--conflict"
    } else {
        "px-fact px-fact--agree"
    };
    let badge = if conflict {
        if g.likely_update {
            "Likely an update (figure grows over time)"
        } else {
            "Conflict"
        }
    } else {
        "Agree"
    };
    let title = format!("{} — {}", g.measure, g.event);
    let aria = title.clone();
    let label = format!("{title}: claims");
    view! {
        <article class=class aria-label=aria>
            <h3><span class="px-fact__badge">{badge}</span>" "{title}</h3>
            {claims_table(corpus, &rows, label, false)}
        </article>
    }
}
