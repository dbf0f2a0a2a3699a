//! Facts: counted quantities read as claims (interval, measure, event, source),
//! grouped across articles by measure and event, and reconciled: a group whose
//! intervals share no value is a discrepancy, one whose intervals share a value is
//! an agreement.
//!
//! The measure is the counted noun and what happened to it: "nearly 100 dead" and
//! "killed about 100 people" are both "people killed". The event is the places,
//! names and words of the clause around the number (widened to the sentence, then
//! to the previous sentence, when the clause names no place or organisation).
//! Two claims are about the same event when they come from the same or aligned
//! articles, share the measure, name no two disjoint sets of places, and share a
//! place plus a name or a salient word (or, lacking places, several of those).

mod group;
mod interval;
mod read;
mod tracks;

pub(crate) use group::group;
pub use interval::{count_text, Interval};
pub(crate) use read::{claims, in_mention};
pub(crate) use tracks::tracks;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::Hedge;
    use crate::{extract, Document};

    #[test]
    fn intervals_from_text() {
        // (sentence, low, high) read by the real extraction and this module.
        let cases: &[(&str, Option<f64>, Option<f64>)] = &[
            ("The attack killed at least 143 people.", Some(143.0), None),
            (
                "The bombings left nearly 100 dead.",
                Some(90.0),
                Some(100.0),
            ),
            (
                "The blasts killed about 100 people.",
                Some(90.0),
                Some(110.0),
            ),
            ("Police arrested dozens of people.", Some(24.0), None),
            ("It freed more than two dozen hostages.", Some(25.0), None),
            (
                "Officials detained up to 25 suspects.",
                Some(0.0),
                Some(25.0),
            ),
            ("The blast killed 137 people.", Some(137.0), Some(137.0)),
        ];
        for (s, low, high) in cases {
            let doc = Document::parse("t", s.as_bytes());
            let ex = extract(&doc);
            let q = ex
                .quantities
                .first()
                .unwrap_or_else(|| panic!("{s}: no quantity"));
            let i = Interval::of(q).unwrap_or_else(|| panic!("{s}: no interval"));
            assert_eq!((i.low, i.high), (*low, *high), "{s}");
        }
    }

    #[test]
    fn hedge_table() {
        let cases = [
            (Hedge::Exact, 137.0, Some(137.0), Some(137.0)),
            (Hedge::AtLeast, 143.0, Some(143.0), None),
            (Hedge::Nearly, 100.0, Some(90.0), Some(100.0)),
            (Hedge::About, 100.0, Some(90.0), Some(110.0)),
            (Hedge::MoreThan, 24.0, Some(25.0), None),
            (Hedge::UpTo, 25.0, Some(0.0), Some(25.0)),
            (Hedge::LessThan, 10.0, Some(0.0), Some(9.0)),
            (Hedge::Vague, 24.0, Some(24.0), None),
        ];
        for (h, v, low, high) in cases {
            let i = Interval::from_hedge(h, v);
            assert_eq!((i.low, i.high), (low, high), "{h:?} {v}");
        }
    }

    #[test]
    fn overlap_table() {
        let iv = |low: Option<f64>, high: Option<f64>| Interval { low, high };
        let cases = [
            (iv(Some(143.0), None), iv(Some(137.0), Some(137.0)), false),
            (
                iv(Some(90.0), Some(100.0)),
                iv(Some(90.0), Some(110.0)),
                true,
            ),
            (iv(Some(24.0), None), iv(Some(30.0), Some(30.0)), true),
            (iv(Some(0.0), Some(25.0)), iv(Some(26.0), None), false),
            (iv(None, None), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(5.0), Some(5.0)), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(100.0), Some(100.0)), iv(Some(101.0), None), false),
        ];
        for (a, b, want) in cases {
            assert_eq!(a.overlaps(&b), want, "{a:?} {b:?}");
            assert_eq!(b.overlaps(&a), want, "{b:?} {a:?}");
        }
    }

    /// How news states a figure, in sentences written for this test: each yields a
    /// claim with the expected measure, bounds and status.
    #[test]
    fn figures_read_the_way_news_writes_them() {
        use crate::compare::ClaimStatus::{self, *};
        // (sentence, measure, low, high, status)
        type Case = (
            &'static str,
            &'static str,
            Option<f64>,
            Option<f64>,
            ClaimStatus,
        );
        let cases: &[Case] = &[
            (
                "The death toll from the flood in Leeds rises to 41.",
                "people killed",
                Some(41.0),
                Some(41.0),
                Reported,
            ),
            (
                "The toll in the mine collapse has risen to 17, officials in Peru said.",
                "people killed",
                Some(17.0),
                Some(17.0),
                Reported,
            ),
            (
                "Police in Oslo revised the death toll down to 9 after a recount.",
                "people killed",
                Some(9.0),
                Some(9.0),
                Reported,
            ),
            (
                "The ministry said the number of martyrs has increased to 212.",
                "people killed",
                Some(212.0),
                Some(212.0),
                Reported,
            ),
            (
                "The official toll from the storm in Manila stood at 58 on Monday.",
                "people killed",
                Some(58.0),
                Some(58.0),
                Reported,
            ),
            (
                "Gunmen kill 14 in an attack on a market in Kano.",
                "people killed",
                Some(14.0),
                Some(14.0),
                Reported,
            ),
            (
                "Twelve people were killed when the bridge in Genoa fell.",
                "people killed",
                Some(12.0),
                Some(12.0),
                Reported,
            ),
            (
                "At least thirty-two people died in the blaze in Lagos.",
                "people killed",
                Some(32.0),
                None,
                Reported,
            ),
            (
                "As many as 60 people were killed in the landslide in Nepal.",
                "people killed",
                Some(0.0),
                Some(60.0),
                Reported,
            ),
            (
                "Between 20 and 35 people were killed in the raid on the village near Goma.",
                "people killed",
                Some(20.0),
                Some(35.0),
                Reported,
            ),
            (
                "The health ministry said 200 to 300 people were killed in the strike on Rafah.",
                "people killed",
                Some(200.0),
                Some(300.0),
                Reported,
            ),
            (
                "The ministry said 500 Palestinians were killed in the blast in Gaza.",
                "people killed",
                Some(500.0),
                Some(500.0),
                Reported,
            ),
            (
                "The mayor said 160 were killed in the fire in Valparaiso.",
                "people killed",
                Some(160.0),
                Some(160.0),
                Reported,
            ),
            (
                "About 70 people have lost their lives in the floods in Sindh.",
                "people killed",
                Some(63.0),
                Some(77.0),
                Reported,
            ),
            (
                "Forty people were injured in the crash in Lyon.",
                "people injured",
                Some(40.0),
                Some(40.0),
                Reported,
            ),
            (
                "Rescuers said 230 people were missing after the ferry sank near Dhaka.",
                "people missing",
                Some(230.0),
                Some(230.0),
                Reported,
            ),
            (
                "Police arrested 45 people after the riot in Leicester.",
                "people arrested",
                Some(45.0),
                Some(45.0),
                Reported,
            ),
            (
                "The floods in Assam have displaced 8,000 people, officials said.",
                "people displaced",
                Some(8000.0),
                Some(8000.0),
                Reported,
            ),
            ("The toll from the magnitude 7.1 earthquake in Izmir has risen to at least 1,250.", "people killed", Some(1250.0), None, Reported),
        ("The death toll from the blaze that swept through the old town has surpassed 80 and is expected to rise.", "people killed", Some(81.0), None, Reported),
        ("Cyclone Kills At Least 73 In Mozambique", "people killed", Some(73.0), None, Reported),
        ("Quake Death Toll Rises To 288 In Turkey", "people killed", Some(288.0), Some(288.0), Reported),
        ("Death toll from Kerala floods at 106 as rescuers reach villages", "people killed", Some(106.0), Some(106.0), Reported),
        ("The official death toll from the floods in the southern state of Kerala in India has been revised down from 115 to 97.", "people killed", Some(97.0), Some(97.0), Reported),
        // Earlier figures.
            (
                "The toll in Izmir was revised down from 115 to 97 after DNA tests.",
                "people killed",
                Some(115.0),
                Some(115.0),
                Earlier,
            ),
            (
                "Earlier reports had put the death toll in Kabul at 30.",
                "people killed",
                Some(30.0),
                Some(30.0),
                Earlier,
            ),
            (
                "The toll in Tripoli is now 88, up from the previous figure of 61.",
                "people killed",
                Some(61.0),
                Some(61.0),
                Earlier,
            ),
            // Projections.
            (
                "The governor said the toll in Dallas could reach 300.",
                "people killed",
                Some(300.0),
                Some(300.0),
                Projected,
            ),
            (
                "At least 100 people are feared dead after the dam burst in Derna.",
                "people killed",
                Some(100.0),
                None,
                Projected,
            ),
            // Parts.
            (
                "Three more people died in hospital in Kolkata on Sunday.",
                "people killed",
                Some(3.0),
                Some(3.0),
                Partial,
            ),
            (
                "Officials counted 1,200 deaths in Adana and 900 in Gaziantep.",
                "people killed",
                Some(1200.0),
                Some(1200.0),
                Partial,
            ),
        ];
        for &(sentence, measure, low, high, status) in cases {
            let a = crate::analyze(vec![Document::parse("a.txt", sentence.as_bytes())]);
            let cmp = crate::compare(&a);
            let got = cmp
                .claims
                .iter()
                .find(|c| c.low == low && c.high == high)
                .unwrap_or_else(|| {
                    panic!(
                        "{sentence}: no claim {low:?}..{high:?} in {:#?}",
                        cmp.claims
                    )
                });
            assert_eq!(got.measure, measure, "{sentence}");
            assert_eq!(got.status, status, "{sentence}");
        }
    }

    /// Figures that are not a count of what happened to people make no people claim.
    #[test]
    fn not_every_number_is_a_toll() {
        for sentence in [
            "The magnitude 6.8 earthquake struck at 11:11 pm on Friday.",
            "It was one of the worst disasters in the history of the state.",
            "Of the 97 victims, 74 have been identified by DNA.",
            "The 2004 quake in the north of the country is remembered every year.",
            "Hundreds of bodies are said to have washed ashore, a rumour police denied.",
            "The actor, who starred in three films, died in Madrid at 84 on Sunday.",
            "The former minister died aged 92 at his home.",
            "She was found dead at the age of 61.",
            "The film beat Night of the Living Dead and Shrek 2 at the box office.",
            "The two prisoners did not die in custody, the court heard.",
        ] {
            let a = crate::analyze(vec![Document::parse("a.txt", sentence.as_bytes())]);
            let cmp = crate::compare(&a);
            let killed: Vec<_> = cmp
                .claims
                .iter()
                .filter(|c| c.measure == "people killed" && c.hedge != Hedge::Vague)
                .collect();
            assert!(killed.is_empty(), "{sentence}: {killed:#?}");
        }
    }
}
