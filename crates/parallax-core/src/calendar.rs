//! Calendar values: a day, week, month, year or decade, as the date rule reads
//! a DATE mention ([`crate::mention::DateValue`]) and as the comparison places it.
//!
//! ```
//! use parallax_core::calendar::{CalendarValue, Granularity};
//! let march = CalendarValue::month(2019, 3);
//! let year = CalendarValue::year(2019);
//! assert!(march.compatible(&year) && year.compatible(&march));
//! assert_eq!(march.label(), "2019-03");
//! assert_eq!(march.granularity, Granularity::Month);
//! ```

use crate::metadata::PublicationDate;
use serde::{Deserialize, Serialize};

/// How precise a calendar value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One day.
    Day,
    /// The seven days starting at the value's day.
    Week,
    /// One calendar month.
    Month,
    /// One calendar year.
    Year,
    /// The ten years starting at the value's year.
    Decade,
}

/// A calendar value: a day, week, month, year or decade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CalendarValue {
    /// The year; for a decade, its first year.
    pub year: i32,
    /// The month, 1–12; `None` for a year or a decade.
    pub month: Option<u8>,
    /// The day of the month, 1–31 (a week's first day); `None` unless a day or a week.
    pub day: Option<u8>,
    /// How precise the value is, and so which of the other fields count.
    pub granularity: Granularity,
}

impl CalendarValue {
    /// A whole year.
    pub fn year(year: i32) -> Self {
        CalendarValue {
            year,
            month: None,
            day: None,
            granularity: Granularity::Year,
        }
    }

    /// A month of a year (`month` 1–12).
    pub fn month(year: i32, month: u8) -> Self {
        CalendarValue {
            year,
            month: Some(month),
            day: None,
            granularity: Granularity::Month,
        }
    }

    /// The day (or the week starting on the day) with day number `days` (see
    /// [`days_from_civil`]).
    pub fn day(days: i64, granularity: Granularity) -> Self {
        let (y, m, d) = civil_from_days(days);
        CalendarValue {
            year: y,
            month: Some(m),
            day: Some(d),
            granularity,
        }
    }

    /// The value as text: "2019", "2019-03", "2019-03-22", "week of 2019-03-18", "2010s".
    ///
    /// ```
    /// use parallax_core::calendar::{days_from_civil, CalendarValue, Granularity};
    /// assert_eq!(CalendarValue::month(2019, 3).label(), "2019-03");
    /// let day = CalendarValue::day(days_from_civil(2019, 3, 22), Granularity::Day);
    /// assert_eq!(day.label(), "2019-03-22");
    /// ```
    pub fn label(&self) -> String {
        match (self.granularity, self.month, self.day) {
            (Granularity::Decade, _, _) if self.year % 10 == 0 => format!("{}s", self.year),
            (Granularity::Decade, _, _) => format!("{}–{}", self.year, self.year + 9),
            (Granularity::Year, _, _) | (_, None, _) => format!("{}", self.year),
            (Granularity::Month, Some(m), _) | (_, Some(m), None) => {
                format!("{}-{m:02}", self.year)
            }
            (Granularity::Week, Some(m), Some(d)) => format!("week of {}-{m:02}-{d:02}", self.year),
            (Granularity::Day, Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
        }
    }

    /// First and last day covered, as day numbers.
    pub fn range(&self) -> (i64, i64) {
        let m = self.month.unwrap_or(1);
        let d = self.day.unwrap_or(1);
        match self.granularity {
            Granularity::Day => {
                let x = days_from_civil(self.year, m, d);
                (x, x)
            }
            Granularity::Week => {
                let x = days_from_civil(self.year, m, d);
                (x, x + 6)
            }
            Granularity::Month => {
                let (ny, nm) = if m >= 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                (
                    days_from_civil(self.year, m, 1),
                    days_from_civil(ny, nm, 1) - 1,
                )
            }
            Granularity::Year => (
                days_from_civil(self.year, 1, 1),
                days_from_civil(self.year + 1, 1, 1) - 1,
            ),
            Granularity::Decade => (
                days_from_civil(self.year, 1, 1),
                days_from_civil(self.year + 10, 1, 1) - 1,
            ),
        }
    }

    /// Whether one value lies inside the other ("March 2019" and "2019" are compatible;
    /// "March 2019" and "April 2019" are not).
    ///
    /// ```
    /// use parallax_core::calendar::CalendarValue;
    /// let y = CalendarValue::year(2019);
    /// let m = CalendarValue::month(2019, 3);
    /// let a = CalendarValue::month(2019, 4);
    /// assert!(y.compatible(&m) && m.compatible(&y));
    /// assert!(!m.compatible(&a));
    /// ```
    pub fn compatible(&self, other: &CalendarValue) -> bool {
        let (a0, a1) = self.range();
        let (b0, b1) = other.range();
        (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
    }
}

/// A publication date as a calendar value.
pub fn publication_value(p: PublicationDate) -> CalendarValue {
    match (p.month, p.day) {
        (Some(m), Some(d)) => {
            CalendarValue::day(days_from_civil(i32::from(p.year), m, d), Granularity::Day)
        }
        (Some(m), None) => CalendarValue::month(i32::from(p.year), m),
        _ => CalendarValue::year(i32::from(p.year)),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
///
/// ```
/// use parallax_core::calendar::days_from_civil;
/// assert_eq!(days_from_civil(1970, 1, 1), 0);
/// assert_eq!(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);
/// ```
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let (m, d) = (i64::from(m.clamp(1, 12)), i64::from(d.clamp(1, 31)));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as people read it, to the precision known: "2 May 2024", "May 2024", "2024".
///
/// ```
/// use parallax_core::calendar::date_words;
/// assert_eq!(date_words(2024, Some(5), Some(2)), "2 May 2024");
/// assert_eq!(date_words(2024, Some(5), None), "May 2024");
/// assert_eq!(date_words(2024, None, None), "2024");
/// ```
pub fn date_words(year: i32, month: Option<u8>, day: Option<u8>) -> String {
    let name = |m: u8| MONTH_ABBR[usize::from(m.clamp(1, 12) - 1)];
    match (month, day) {
        (Some(m), Some(d)) => format!("{d} {} {year}", name(m)),
        (Some(m), None) => format!("{} {year}", name(m)),
        _ => year.to_string(),
    }
}

/// The date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y.clamp(-9999, 9999) as i32, m, d)
}
