//! Which jobs a visitor asked to see: by place, by working time or contract, by the languages
//! they speak, and new ones. No GUI types here.

use std::collections::BTreeSet;

use jiff::civil::Date;

use super::model::{Contract, Job};
use crate::lang::Lang;

/// Hours a week from which a job counts as full time.
pub const FULL_TIME_FROM: u8 = 35;
/// "New this week": posted within this many days, today included.
pub const NEW_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Time {
    Full,
    Part,
}

/// The filters of the jobs list (none set: every current job).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub place: Option<String>,
    pub time: Option<Time>,
    pub contract: Option<Contract>,
    /// The languages the visitor speaks: a job shows if it needs none other.
    pub languages: BTreeSet<Lang>,
    pub new_this_week: bool,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub fn matches(&self, job: &Job, today: Date) -> bool {
        if self
            .place
            .as_ref()
            .is_some_and(|p| job.place.as_deref().map(town) != Some(p.as_str()))
        {
            return false;
        }
        if let Some(time) = self.time {
            let Some(hours) = job.hours_per_week else {
                return false;
            };
            let full = hours >= FULL_TIME_FROM;
            if full != (time == Time::Full) {
                return false;
            }
        }
        if self.contract.is_some_and(|c| job.contract != Some(c)) {
            return false;
        }
        if !self.languages.is_empty()
            && !job
                .languages_needed
                .iter()
                .all(|needed| self.languages.iter().any(|spoken| speaks(spoken, needed)))
        {
            return false;
        }
        if self.new_this_week {
            let age = job
                .posted
                .until((jiff::Unit::Day, today))
                .map_or(i64::MAX, |s| i64::from(s.get_days()));
            if !(0..NEW_DAYS).contains(&age) {
                return false;
            }
        }
        true
    }
}

/// The town of a place, as the place filter offers it: its words before the first comma or
/// bracket ("Example Town, Market Street" → "Example Town"), so a filter button stands for
/// a town, not for each street.
pub fn town(place: &str) -> &str {
    let end = place.find([',', '(', '·', '،']).unwrap_or(place.len());
    let town = place[..end].trim();
    if town.is_empty() { place.trim() } else { town }
}

/// Someone who reads `spoken` can do a job that needs `needed`: the same language, whatever
/// the region or script subtags (`fr` and `fr-BE`, `pt` and `pt-BR`).
fn speaks(spoken: &Lang, needed: &Lang) -> bool {
    spoken.id().language == needed.id().language
}

/// What the filters can be set to, from the jobs there are: places, contracts, languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    pub places: Vec<String>,
    pub contracts: Vec<Contract>,
    pub languages: Vec<Lang>,
    pub times: Vec<Time>,
}

pub fn choices<'a>(jobs: impl IntoIterator<Item = &'a Job>) -> Choices {
    let mut places = BTreeSet::new();
    let mut contracts: Vec<Contract> = Vec::new();
    let mut languages = BTreeSet::new();
    let mut times = BTreeSet::new();
    for job in jobs {
        places.extend(job.place.as_deref().map(town).map(str::to_owned));
        if let Some(c) = job.contract
            && !contracts.contains(&c)
        {
            contracts.push(c);
        }
        languages.extend(job.languages_needed.iter().map(Lang::language));
        if let Some(h) = job.hours_per_week {
            times.insert(if h >= FULL_TIME_FROM {
                Time::Full
            } else {
                Time::Part
            });
        }
    }
    contracts.sort_by_key(|c| Contract::NAMES.iter().position(|(_, n)| n == c));
    Choices {
        places: places.into_iter().collect(),
        contracts,
        languages: languages.into_iter().collect(),
        times: times.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_else(|| panic!("{tag}"))
    }

    fn job(place: &str, hours: u8, needs: &[&str], posted: Date) -> Job {
        Job {
            employer: "Example employer".into(),
            place: Some(place.into()),
            contract: Some(Contract::Permanent),
            hours_per_week: Some(hours),
            pay: None,
            languages_needed: needs.iter().map(|t| lang(t)).collect(),
            phone: None,
            email: None,
            posted,
            expires: None,
        }
    }

    #[test]
    fn each_filter_narrows() {
        let today = date(2026, 11, 24);
        let bakery = job("Example Town", 38, &["nl"], date(2026, 11, 23));
        let cleaning = job("Other Town", 20, &[], date(2026, 10, 1));
        let care = job("Example Town", 30, &["fr-BE", "nl"], date(2026, 11, 18));
        let all = [&bakery, &cleaning, &care];
        let shown = |f: &Filter| -> Vec<bool> { all.iter().map(|j| f.matches(j, today)).collect() };
        assert_eq!(shown(&Filter::default()), [true, true, true]);
        assert_eq!(town("Example Town (schools, doctors)"), "Example Town");
        assert_eq!(town("Example Town, Market Street"), "Example Town");
        assert_eq!(town(", odd"), ", odd");
        let place = Filter {
            place: Some("Example Town".into()),
            ..Filter::default()
        };
        assert_eq!(shown(&place), [true, false, true]);
        let part = Filter {
            time: Some(Time::Part),
            ..Filter::default()
        };
        assert_eq!(shown(&part), [false, true, true]);
        // Speaking French only: the jobs that need nothing else.
        let french = Filter {
            languages: [lang("fr")].into(),
            ..Filter::default()
        };
        assert_eq!(shown(&french), [false, true, false]);
        let both = Filter {
            languages: [lang("fr"), lang("nl")].into(),
            ..Filter::default()
        };
        assert_eq!(shown(&both), [true, true, true]);
        let new = Filter {
            new_this_week: true,
            ..Filter::default()
        };
        assert_eq!(shown(&new), [true, false, true]);
        let choices = choices(all);
        assert_eq!(choices.places, ["Example Town", "Other Town"]);
        assert_eq!(choices.languages, [lang("fr"), lang("nl")]);
        assert_eq!(choices.times, [Time::Full, Time::Part]);
    }
}
