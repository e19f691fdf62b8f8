//! Weekly opening hours, written like `Mo-Fr 09:00-17:00`, parsed so the kiosk can say
//! "open now" and show them in the visitor's language.

use jiff::civil::{DateTime, Time, Weekday};

/// Monday first, as in ISO 8601 and most of Europe.
pub const WEEK: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

const DAY_CODES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// An opening interval within one day. `end` of `None` means midnight at the end of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: Time,
    pub end: Option<Time>,
}

impl Interval {
    fn contains(&self, t: Time) -> bool {
        t >= self.start && self.end.is_none_or(|end| t < end)
    }
}

/// Opening hours for a typical week.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum OpeningHours {
    /// Open day and night, every day (`24/7`).
    Always,
    /// Intervals per weekday, Monday first; an empty day is closed.
    #[default]
    Closed,
    Weekly([Vec<Interval>; 7]),
}

/// Whether a place is open now, and when that changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `closes`: `None` when open day and night.
    Open { closes: Option<DateTime> },
    /// `opens`: `None` when it never opens (no hours in the week).
    Closed { opens: Option<DateTime> },
}

/// Days in a row with the same hours, for display (`Mon–Fri 09:00–17:00`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayGroup {
    pub first: Weekday,
    pub last: Weekday,
    pub intervals: Vec<Interval>,
}

impl OpeningHours {
    /// Parse the lines of a TOML `hours = [...]` list. Each line is `24/7`, or days then
    /// intervals: `Mo-Fr 09:00-12:30, 13:30-17:00`, `Sa 10:00-13:00`, `Su closed`. Lines that
    /// name the same day add to it (`Mo 09:00-12:00` and `Mo 14:00-17:00` is a split day);
    /// times that overlap, within a line or across lines, are an error.
    pub fn parse<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let mut week: [Vec<Interval>; 7] = Default::default();
        let mut any = false;
        for line in lines {
            let line = line.trim();
            if line == "24/7" {
                return Ok(Self::Always);
            }
            let (days, rest) = line.split_once(' ').ok_or_else(|| {
                format!("\"{line}\" needs days and times, like \"Mo-Fr 09:00-17:00\"")
            })?;
            let days = parse_days(days)?;
            let rest = rest.trim();
            if rest.eq_ignore_ascii_case("closed") || rest.eq_ignore_ascii_case("off") {
                for day in days {
                    week[day].clear();
                }
                continue;
            }
            let mut intervals = Vec::new();
            for part in rest.split(',') {
                intervals.push(parse_interval(part.trim())?);
            }
            intervals.sort_by_key(|i| i.start);
            for pair in intervals.windows(2) {
                if pair[0].end.is_none_or(|end| end > pair[1].start) {
                    return Err(format!("\"{line}\" has times that overlap"));
                }
            }
            for day in days {
                week[day].extend(intervals.iter().copied());
                week[day].sort_by_key(|i| i.start);
                if week[day]
                    .windows(2)
                    .any(|pair| pair[0].end.is_none_or(|end| end > pair[1].start))
                {
                    return Err(format!(
                        "\"{line}\" overlaps with other hours given for {}",
                        DAY_CODES[day]
                    ));
                }
            }
            any = true;
        }
        Ok(if any {
            Self::Weekly(week)
        } else {
            Self::Closed
        })
    }

    /// Whether it is open at a local date and time (in the bundle's time zone).
    pub fn is_open(&self, at: DateTime) -> bool {
        match self {
            Self::Always => true,
            Self::Closed => false,
            Self::Weekly(week) => {
                let day = at.weekday().to_monday_zero_offset() as usize;
                week[day].iter().any(|i| i.contains(at.time()))
            }
        }
    }

    /// Open or closed at `at`, and until when: the next closing or opening within a week
    /// (hours that run to midnight and go on at 00:00 the next day count as one stretch).
    pub fn status(&self, at: DateTime) -> Status {
        let Self::Weekly(week) = self else {
            return match self {
                Self::Always => Status::Open { closes: None },
                _ => Status::Closed { opens: None },
            };
        };
        let day_of =
            |date: jiff::civil::Date| &week[date.weekday().to_monday_zero_offset() as usize];
        let today = at.date();
        if let Some(open) = day_of(today).iter().find(|i| i.contains(at.time())) {
            // Follow a stretch across midnights, at most a week.
            let mut end = *open;
            let mut date = today;
            for _ in 0..7 {
                if end.end.is_some() {
                    break;
                }
                let Some(next) = date.tomorrow().ok() else {
                    break;
                };
                match day_of(next).first() {
                    Some(first) if first.start == Time::midnight() => {
                        end = *first;
                        date = next;
                    }
                    _ => {
                        return Status::Open {
                            closes: Some(next.to_datetime(Time::midnight())),
                        };
                    }
                }
            }
            return Status::Open {
                closes: end.end.map(|t| date.to_datetime(t)),
            };
        }
        let mut date = today;
        for day in 0..8 {
            let opens = day_of(date)
                .iter()
                .map(|i| i.start)
                .find(|&start| day > 0 || start > at.time());
            if let Some(start) = opens {
                return Status::Closed {
                    opens: Some(date.to_datetime(start)),
                };
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
        Status::Closed { opens: None }
    }

    /// Consecutive days with identical hours, closed days left out.
    pub fn groups(&self) -> Vec<DayGroup> {
        let Self::Weekly(week) = self else {
            return Vec::new();
        };
        let mut groups: Vec<DayGroup> = Vec::new();
        for (i, intervals) in week.iter().enumerate() {
            if intervals.is_empty() {
                continue;
            }
            match groups.last_mut() {
                Some(g)
                    if g.intervals == *intervals
                        && g.last.to_monday_zero_offset() as usize + 1 == i =>
                {
                    g.last = WEEK[i];
                }
                _ => groups.push(DayGroup {
                    first: WEEK[i],
                    last: WEEK[i],
                    intervals: intervals.clone(),
                }),
            }
        }
        groups
    }
}

fn parse_days(text: &str) -> Result<Vec<usize>, String> {
    let mut days = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        if let Some((from, to)) = part.split_once('-') {
            let (from, to) = (day_index(from)?, day_index(to)?);
            if from > to {
                return Err(format!(
                    "\"{part}\": write day ranges Monday-first, like Mo-Fr"
                ));
            }
            days.extend(from..=to);
        } else {
            days.push(day_index(part)?);
        }
    }
    Ok(days)
}

fn day_index(code: &str) -> Result<usize, String> {
    DAY_CODES
        .iter()
        .position(|c| c.eq_ignore_ascii_case(code.trim()))
        .ok_or_else(|| {
            format!("\"{code}\" is not a day; use Mo, Tu, We, Th, Fr, Sa, Su (like Mo-Fr)")
        })
}

fn parse_interval(text: &str) -> Result<Interval, String> {
    let (from, to) = text
        .split_once('-')
        .ok_or_else(|| format!("\"{text}\" is not a time range; write it like 09:00-17:00"))?;
    let start = parse_time(from)?;
    let end = if to.trim() == "24:00" {
        None
    } else {
        Some(parse_time(to)?)
    };
    if end.is_some_and(|end| end <= start) {
        return Err(format!(
            "\"{text}\" ends before it starts; for hours past midnight split them over two days"
        ));
    }
    Ok(Interval { start, end })
}

fn parse_time(text: &str) -> Result<Time, String> {
    let text = text.trim();
    let bad = || format!("\"{text}\" is not a time; write it as 24-hour HH:MM, like 09:30");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let h: i8 = h.parse().map_err(|_| bad())?;
    let m: i8 = m.parse().map_err(|_| bad())?;
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn hours(lines: &[&str]) -> OpeningHours {
        OpeningHours::parse(lines.iter().copied()).unwrap_or_default()
    }

    #[test]
    fn weekdays_and_split_shifts() {
        let h = hours(&["Mo-Fr 09:00-12:30, 13:30-17:00", "Sa 10:00-13:00"]);
        // 2026-11-23 is a Monday.
        assert!(h.is_open(date(2026, 11, 23).at(9, 0, 0, 0)));
        assert!(!h.is_open(date(2026, 11, 23).at(12, 45, 0, 0)));
        assert!(!h.is_open(date(2026, 11, 23).at(17, 0, 0, 0)));
        assert!(h.is_open(date(2026, 11, 28).at(10, 0, 0, 0)));
        assert!(!h.is_open(date(2026, 11, 29).at(11, 0, 0, 0)));
        let groups = h.groups();
        assert_eq!(groups.len(), 2);
        assert_eq!(
            (groups[0].first, groups[0].last),
            (Weekday::Monday, Weekday::Friday)
        );
    }

    #[test]
    fn two_lines_for_one_day_are_both_kept() {
        let h = hours(&["Mo 09:00-12:00", "Mo 14:00-17:00"]);
        assert!(h.is_open(date(2026, 11, 23).at(10, 0, 0, 0)));
        assert!(h.is_open(date(2026, 11, 23).at(15, 0, 0, 0)));
        assert!(!h.is_open(date(2026, 11, 23).at(13, 0, 0, 0)));
        let err = OpeningHours::parse(["Mo-Fr 09:00-17:00", "Mo 16:00-18:00"])
            .err()
            .unwrap_or_default();
        assert!(
            err.contains("overlaps with other hours given for Mo"),
            "{err}"
        );
    }

    #[test]
    fn always_open_and_until_midnight() {
        assert!(hours(&["24/7"]).is_open(date(2026, 1, 1).at(3, 0, 0, 0)));
        let late = hours(&["Fr 18:00-24:00"]);
        assert!(late.is_open(date(2026, 11, 27).at(23, 59, 0, 0)));
    }

    #[test]
    fn when_it_closes_and_opens_next() {
        let h = hours(&["Tu 09:00-12:30", "Th 13:30-17:00"]);
        // 2026-11-24 is a Tuesday.
        let tuesday = date(2026, 11, 24);
        assert_eq!(
            h.status(tuesday.at(10, 0, 0, 0)),
            Status::Open {
                closes: Some(tuesday.at(12, 30, 0, 0))
            }
        );
        assert_eq!(
            h.status(tuesday.at(8, 0, 0, 0)),
            Status::Closed {
                opens: Some(tuesday.at(9, 0, 0, 0))
            }
        );
        // After Tuesday's hours: Thursday afternoon.
        assert_eq!(
            h.status(tuesday.at(13, 0, 0, 0)),
            Status::Closed {
                opens: Some(date(2026, 11, 26).at(13, 30, 0, 0))
            }
        );
        // After Thursday's: next Tuesday, across the week's end.
        assert_eq!(
            h.status(date(2026, 11, 26).at(18, 0, 0, 0)),
            Status::Closed {
                opens: Some(date(2026, 12, 1).at(9, 0, 0, 0))
            }
        );
        // Open to midnight and on from 00:00: one stretch.
        let late = hours(&["Fr 18:00-24:00", "Sa 00:00-02:00"]);
        assert_eq!(
            late.status(date(2026, 11, 27).at(23, 0, 0, 0)),
            Status::Open {
                closes: Some(date(2026, 11, 28).at(2, 0, 0, 0))
            }
        );
        assert_eq!(
            hours(&["24/7"]).status(tuesday.at(3, 0, 0, 0)),
            Status::Open { closes: None }
        );
        assert_eq!(
            OpeningHours::Closed.status(tuesday.at(3, 0, 0, 0)),
            Status::Closed { opens: None }
        );
    }

    #[test]
    fn plain_errors() {
        for (line, why) in [
            ("Mon-Fri 9-5", "not a day"),
            ("Mo-Fr 9:00-17:00", "not a time"),
            ("Mo 17:00-09:00", "ends before it starts"),
            ("Mo 09:00-12:00, 11:00-13:00", "overlap"),
            ("Fr-Mo 09:00-10:00", "Monday-first"),
            ("Mo", "needs days and times"),
        ] {
            let err = OpeningHours::parse([line]).err().unwrap_or_default();
            assert!(err.contains(why), "{line}: {err}");
        }
    }
}
