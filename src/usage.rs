//! Usage counts that cannot identify anyone: how often each page was opened, per interface
//! language and per day. No time within the day, no order of pages, no session, nothing typed
//! (docs/privacy.md). Kept in `<state_dir>/usage/<day>.tsv`, one small file a day, each written
//! whole and atomically, so a crash or a power cut loses at most what was counted since the
//! last write (a minute); only the current day is held in memory and rewritten.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

/// Counts below this are never shown or exported: "<10".
pub const SUPPRESS_BELOW: u64 = 10;
/// Days kept; older days are dropped (a year and a bit, for year-on-year figures).
pub const KEEP_DAYS: i64 = 400;
/// A page name or language tag longer than this is not a page of ours: not counted.
const MAX_KEY: usize = 200;
/// At most this many (page, language) pairs a day: a bundle of 500 languages × 100 pages
/// fits; a flood of made-up keys cannot fill the disk.
const MAX_PER_DAY: usize = 100_000;

const HEADER: &str = "# Welcome Kiosk usage counts, v1: day, page, language, views. No times, no sequences, no sessions.\n";

/// Views per day, then per (page, language).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    days: BTreeMap<Date, BTreeMap<(String, String), u64>>,
}

/// A count as others may see it: exact from [`SUPPRESS_BELOW`] up, else only "fewer than 10".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Exact(u64),
    Few,
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Exact(n) => write!(f, "{n}"),
            Shown::Few => write!(f, "<{SUPPRESS_BELOW}"),
        }
    }
}

pub fn shown(count: u64) -> Shown {
    if count >= SUPPRESS_BELOW {
        Shown::Exact(count)
    } else {
        Shown::Few
    }
}

fn clean(key: &str) -> Option<&str> {
    let ok = !key.is_empty()
        && key.len() <= MAX_KEY
        && !key.chars().any(|c| c.is_control() || c == ',' || c == '"');
    ok.then_some(key)
}

impl Counts {
    /// The folder of the day files.
    pub fn dir(state_dir: &Path) -> PathBuf {
        state_dir.join("usage")
    }

    /// The file of one day.
    pub fn file(dir: &Path, day: Date) -> PathBuf {
        dir.join(format!("{day}.tsv"))
    }

    /// The counts of `today` kept in `dir` (the kiosk starts again on a day it counted).
    pub fn load_day(dir: &Path, today: Date) -> Self {
        let mut counts = Self::load(&Self::file(dir, today));
        counts.days.retain(|day, _| *day == today);
        counts
    }

    /// Every day file in `dir` (at most [`KEEP_DAYS`] of them), for an export.
    pub fn read_all(dir: &Path) -> Self {
        let mut all = Self::default();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return all;
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| Self::day_of(p).is_some())
            .collect();
        files.sort();
        let skip = files.len().saturating_sub(KEEP_DAYS as usize);
        for file in files.into_iter().skip(skip) {
            let Some(day) = Self::day_of(&file) else {
                continue;
            };
            let mut counts = Self::load(&file);
            if let Some(views) = counts.days.remove(&day) {
                all.days.insert(day, views);
            }
        }
        all
    }

    /// The day a file name says (`2026-12-02.tsv`).
    fn day_of(path: &Path) -> Option<Date> {
        let name = path.file_name()?.to_str()?;
        name.strip_suffix(".tsv")?.parse().ok()
    }

    /// Each day held in memory, as its file and text.
    pub fn day_files(&self, dir: &Path) -> Vec<(PathBuf, String)> {
        self.days
            .keys()
            .map(|day| (Self::file(dir, *day), self.day_text(*day)))
            .collect()
    }

    /// Forget days before `today` (once written: their files are final).
    pub fn forget_before(&mut self, today: Date) {
        self.days.retain(|day, _| *day >= today);
    }

    /// Remove day files older than [`KEEP_DAYS`] before `today`.
    pub fn remove_old_files(dir: &Path, today: Date) {
        let oldest = today.saturating_sub(jiff::Span::new().days(KEEP_DAYS));
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            if Self::day_of(&entry.path()).is_some_and(|day| day < oldest) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// The text of one day's file.
    pub fn day_text(&self, day: Date) -> String {
        let mut text = String::from(HEADER);
        for (page, lang, n) in self.day(day) {
            let _ = writeln!(text, "{day}\t{page}\t{lang}\t{n}");
        }
        text
    }

    /// `other`'s days replace these (the counts in memory are newer than their files).
    pub fn merge_newer(&mut self, other: &Self) {
        for (day, views) in &other.days {
            self.days.insert(*day, views.clone());
        }
    }

    /// Count one view of `page` in `language` on `day`.
    pub fn add(&mut self, day: Date, page: &str, language: &str) {
        let (Some(page), Some(language)) = (clean(page), clean(language)) else {
            return;
        };
        let pages = self.days.entry(day).or_default();
        if pages.len() >= MAX_PER_DAY
            && !pages.contains_key(&(page.to_owned(), language.to_owned()))
        {
            return;
        }
        *pages
            .entry((page.to_owned(), language.to_owned()))
            .or_default() += 1;
    }

    /// The views of `day`: (page, language, views), sorted.
    pub fn day(&self, day: Date) -> impl Iterator<Item = (&str, &str, u64)> {
        self.days
            .get(&day)
            .into_iter()
            .flatten()
            .map(|((page, lang), n)| (page.as_str(), lang.as_str(), *n))
    }

    /// Every day's views: (day, page, language, views), oldest first.
    pub fn all(&self) -> impl Iterator<Item = (Date, &str, &str, u64)> {
        self.days.iter().flat_map(|(day, pages)| {
            pages
                .iter()
                .map(|((page, lang), n)| (*day, page.as_str(), lang.as_str(), *n))
        })
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let mut text = String::from(HEADER);
        for (day, page, lang, n) in self.all() {
            let _ = writeln!(text, "{day}\t{page}\t{lang}\t{n}");
        }
        text
    }

    /// Read the file's text. A line that is not a count (a hand edit, a disk error) is
    /// skipped: the rest still counts.
    pub fn parse(text: &str) -> Self {
        let mut counts = Self::default();
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(day), Some(page), Some(lang), Some(n), None) = (
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
            ) else {
                continue;
            };
            let (Ok(day), Some(page), Some(lang), Ok(n)) = (
                day.parse::<Date>(),
                clean(page),
                clean(lang),
                n.parse::<u64>(),
            ) else {
                continue;
            };
            let pages = counts.days.entry(day).or_default();
            if pages.len() < MAX_PER_DAY {
                *pages.entry((page.to_owned(), lang.to_owned())).or_default() += n;
            }
        }
        counts
    }

    /// The counts kept at `path` (none yet: empty).
    pub fn load(path: &Path) -> Self {
        std::fs::read_to_string(path)
            .map(|text| Self::parse(&text))
            .unwrap_or_default()
    }

    /// CSV for a spreadsheet, every count below [`SUPPRESS_BELOW`] written as "<10".
    pub fn export_csv(&self) -> String {
        let mut csv = String::from("day,page,language,views\n");
        for (day, page, lang, n) in self.all() {
            let _ = writeln!(csv, "{day},{page},{lang},{}", shown(n));
        }
        csv
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn counts_round_trip_and_merge_lines() {
        let mut c = Counts::default();
        for _ in 0..12 {
            c.add(day("2026-12-01"), "home", "ar");
        }
        c.add(day("2026-12-01"), "guides/legal-aid", "fa");
        c.add(day("2026-12-02"), "emergency", "uk");
        let text = c.to_text();
        assert_eq!(Counts::parse(&text), c);
        assert_eq!(
            c.day(day("2026-12-01")).collect::<Vec<_>>(),
            [("guides/legal-aid", "fa", 1), ("home", "ar", 12)]
        );
    }

    #[test]
    fn export_hides_small_counts() {
        let mut c = Counts::default();
        for _ in 0..10 {
            c.add(day("2026-12-01"), "home", "en");
        }
        for _ in 0..9 {
            c.add(day("2026-12-01"), "emergency", "ti");
        }
        let csv = c.export_csv();
        assert!(csv.contains("2026-12-01,home,en,10\n"), "{csv}");
        assert!(csv.contains("2026-12-01,emergency,ti,<10\n"), "{csv}");
        assert!(!csv.contains(",9"), "{csv}");
    }

    #[test]
    fn damaged_lines_are_skipped_and_strange_keys_not_counted() {
        let c = Counts::parse(
            "# header\n2026-12-01\thome\ten\t5\nnot a line\n2026-13-01\thome\ten\t5\n\
             2026-12-01\thome\ten\tfive\n2026-12-01\thome\ten\t3\textra\n2026-12-01\thome\ten\t2",
        );
        assert_eq!(
            c.day(day("2026-12-01")).collect::<Vec<_>>(),
            [("home", "en", 7)]
        );
        let mut c = Counts::default();
        c.add(day("2026-12-01"), "a,b", "en");
        c.add(day("2026-12-01"), "home", "");
        c.add(day("2026-12-01"), &"x".repeat(300), "en");
        assert_eq!(c.all().count(), 0);
    }

    #[test]
    fn one_file_a_day_and_old_days_removed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut c = Counts::default();
        c.add(day("2025-01-01"), "home", "en");
        c.add(day("2026-12-01"), "home", "en");
        c.add(day("2026-12-02"), "emergency", "ar");
        for (path, text) in c.day_files(dir.path()) {
            assert!(crate::files::write_atomically(&path, &text).is_ok());
        }
        c.forget_before(day("2026-12-02"));
        assert_eq!(c.all().count(), 1, "only today stays in memory");
        assert_eq!(Counts::load_day(dir.path(), day("2026-12-02")), c);
        Counts::remove_old_files(dir.path(), day("2026-12-02"));
        let all = Counts::read_all(dir.path());
        assert_eq!(all.all().count(), 2, "the day of 2025 is gone");
        assert!(!Counts::file(dir.path(), day("2025-01-01")).exists());
    }
}
