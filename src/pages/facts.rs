//! The reconciliation table: for each measure and event, each article's figure
//! with its hedge and sentence, discrepancies first, each linked to the reader.

use crate::components::show_more::{ShowMore, STEP};
use crate::routes::{article_at_path, href};
use crate::state::compare::{claim_sentence, interval_text};
use crate::state::corpus::{expect_corpus, Corpus};
use leptos::prelude::*;
use parallax_core::compare::ClaimGroup;
use parallax_core::Span;

#[component]
pub fn FactsPage() -> impl IntoView {
    let corpus = expect_corpus();
    let cmp = corpus.comparison();
    let (nd, na) = (cmp.discrepancies.len(), cmp.agreements.len());
    // Thousands of articles can state hundreds of figures: start with a page of each.
    let (shown_d, shown_a) = (RwSignal::new(STEP), RwSignal::new(STEP));
    let groups = |conflict: bool, shown: RwSignal<usize>| {
        let corpus = corpus.clone();
        move || {
            let cmp = corpus.comparison();
            let list = if conflict {
                &cmp.discrepancies
            } else {
                &cmp.agreements
            };
            list.iter()
                .take(shown.get())
                .map(|g| group_view(&corpus, g, conflict))
                .collect_view()
        }
    };
    let discrepancies = groups(true, shown_d);
    let agreements = groups(false, shown_a);
    view! {
        <section class="px-facts" aria-labelledby="facts-heading">
            <h1 id="facts-heading">"Facts"</h1>
            <p class="px-lead">
                "Counted figures the articles state, grouped by what they count and the event they are about. "
                "Figures whose ranges cannot both be true are discrepancies; ranges that overlap agree."
            </p>
            <h2 id="discrepancies">{format!("Discrepancies ({nd})")}</h2>
            {(nd == 0).then(|| view! { <p>"No two articles give conflicting figures."</p> })}
            <div class="px-facts__groups" aria-labelledby="discrepancies">{discrepancies}</div>
            <ShowMore shown=shown_d total=nd/>
            <h2 id="agreements">{format!("Agreements ({na})")}</h2>
            {(na == 0).then(|| view! { <p>"No figure is stated by more than one article."</p> })}
            <div class="px-facts__groups" aria-labelledby="agreements">{agreements}</div>
            <ShowMore shown=shown_a total=na/>
        </section>
    }
}

fn group_view(corpus: &Corpus, g: &ClaimGroup, conflict: bool) -> impl IntoView {
    let cmp = corpus.comparison();
    let rows = g
        .claims
        .iter()
        .map(|c| {
            let short = corpus.short_id(c.doc).to_owned();
            let sentence = claim_sentence(cmp, c.claim).unwrap_or(Span::new(c.start, c.end));
            let words = cmp
                .claims
                .get(c.claim)
                .and_then(|cl| corpus.documents().get(c.doc).map(|d| cl.sentence.slice(&d.text).to_owned()))
                .unwrap_or_default();
            let link = href(&article_at_path(&short, sentence));
            let published = c.published.clone().unwrap_or_else(|| "undated".to_owned());
            let label = format!(" in article {}", &short[..short.len().min(3)]);
            view! {
                <tr>
                    <th scope="row">{short[..short.len().min(3)].to_owned()}</th>
                    <td class="px-facts__figure">{c.text.clone()}</td>
                    <td class="px-num">{interval_text(c.low, c.high)}</td>
                    <td>{published}</td>
                    <td class="px-facts__sentence">{words}" " <a href=link>"Read in context"<span class="px-visually-hidden">{label}</span>" →"</a></td>
                </tr>
            }
        })
        .collect_view();
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
    view! {
        <article class=class aria-label=aria>
            <h3><span class="px-fact__badge">{badge}</span>" "{title}</h3>
            <div class="px-table-wrap" role="region" aria-label="Claims" tabindex="0">
                <table class="px-table">
                    <thead>
                        <tr>
                            <th scope="col">"Article"</th>
                            <th scope="col">"Says"</th>
                            <th scope="col">"Range"</th>
                            <th scope="col">"Published"</th>
                            <th scope="col">"Sentence"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </article>
    }
}
