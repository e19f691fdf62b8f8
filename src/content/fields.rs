//! Reading typed fields out of a TOML table while keeping every value's position, so that each
//! problem is reported with its line and column, and all problems are reported at once.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostics, Position};

/// A value read from TOML, with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Field<T> {
    pub value: T,
    pub at: Position,
}

/// Parse a TOML file, reporting syntax errors; returns the table even when parts were bad.
pub fn parse<'i>(
    file: &str,
    text: &'i str,
    diags: &mut Diagnostics,
) -> Option<Spanned<DeTable<'i>>> {
    if let Some(at) = super::limits::too_deep(text, super::limits::Syntax::Toml) {
        diags.error(
            file,
            Position::of_offset(text, at),
            format!(
                "lists and tables are nested more than {} deep here; a kiosk file never needs that",
                super::limits::MAX_NESTING
            ),
        );
        return None;
    }
    let (table, errors) = DeTable::parse_recoverable(text);
    let failed = !errors.is_empty();
    let lines = super::diagnostic::LineIndex::new(text);
    for error in errors
        .into_iter()
        .take(crate::content::limits::SAME_PROBLEM_SHOWN)
    {
        let at = error
            .span()
            .map_or(Position::START, |span| lines.position(span.start));
        diags.error(
            file,
            at,
            format!(
                "this is not valid TOML: {}",
                plain_toml_message(error.message())
            ),
        );
    }
    // A file with syntax errors is reported once; its half-parsed fields would only add noise.
    (!failed).then_some(table)
}

fn plain_toml_message(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    match message {
        m if m.contains("duplicate key") => format!("{m} (each key may appear only once)"),
        m if m.starts_with("invalid string") || m.contains("unterminated") => {
            format!("{m} (text must be between \"double quotes\")")
        }
        m => m.to_owned(),
    }
}

/// One TOML table being read. Keys that are read are remembered; [`Table::finish`] reports
/// the rest as unknown, with a suggestion when it looks like a typo.
pub struct Table<'t, 'i> {
    file: &'t str,
    lines: std::rc::Rc<super::diagnostic::LineIndex<'t>>,
    table: &'t DeTable<'i>,
    at: Position,
    used: RefCell<BTreeSet<&'static str>>,
}

impl<'t, 'i> Table<'t, 'i> {
    pub fn new(file: &'t str, text: &'t str, table: &'t Spanned<DeTable<'i>>) -> Self {
        let lines = super::diagnostic::LineIndex::new(text);
        Self {
            file,
            at: lines.position(table.span().start),
            lines: std::rc::Rc::new(lines),
            table: table.get_ref(),
            used: RefCell::new(BTreeSet::new()),
        }
    }

    pub fn file(&self) -> &str {
        self.file
    }

    /// Where the table itself starts (for "missing field" problems).
    pub fn at(&self) -> Position {
        self.at
    }

    pub fn position(&self, span: Range<usize>) -> Position {
        self.lines.position(span.start)
    }

    fn get(&self, key: &'static str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.used.borrow_mut().insert(key);
        self.table.get(key)
    }

    fn wrong_type(
        &self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        expected: &str,
        d: &mut Diagnostics,
    ) {
        d.error(
            self.file,
            self.position(value.span()),
            format!(
                "`{key}` must be {expected}, but it is {}",
                describe(value.get_ref())
            ),
        );
    }

    /// Whether the key is written at all (even with a bad value).
    pub fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }

    /// Read a field that must be present: reports `key = example` as the fix when it is not.
    pub fn required<T>(
        &self,
        key: &'static str,
        example: &str,
        d: &mut Diagnostics,
        read: impl FnOnce(&Self, &mut Diagnostics) -> Option<T>,
    ) -> Option<T> {
        if self.table.get(key).is_none() {
            self.used.borrow_mut().insert(key);
            self.missing(key, example, d);
            return None;
        }
        read(self, d)
    }

    fn missing(&self, key: &str, expected: &str, d: &mut Diagnostics) {
        d.error(
            self.file,
            self.at,
            format!("`{key}` is missing: add a line like `{key} = {expected}`"),
        );
    }

    /// A text value.
    pub fn string(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Field {
                value: s.to_string(),
                at: self.position(value.span()),
            }),
            _ => {
                self.wrong_type(key, value, "text in \"quotes\"", d);
                None
            }
        }
    }

    pub fn required_string(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<String>> {
        if self.table.get(key).is_none() {
            self.used.borrow_mut().insert(key);
            self.missing(key, "\"…\"", d);
            return None;
        }
        self.string(key, d)
    }

    /// A whole number.
    pub fn integer(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<i64>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Integer(i) => {
                let parsed = i64::from_str_radix(i.as_str(), i.radix()).ok();
                if parsed.is_none() {
                    d.error(
                        self.file,
                        self.position(value.span()),
                        format!("`{key}` is too large"),
                    );
                }
                parsed.map(|n| Field {
                    value: n,
                    at: self.position(value.span()),
                })
            }
            _ => {
                self.wrong_type(key, value, "a whole number (like 3)", d);
                None
            }
        }
    }

    pub fn required_integer(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<i64>> {
        if self.table.get(key).is_none() {
            self.used.borrow_mut().insert(key);
            self.missing(key, "1", d);
            return None;
        }
        self.integer(key, d)
    }

    /// A number, whole or decimal.
    pub fn number(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<f64>> {
        let value = self.get(key)?;
        let at = self.position(value.span());
        match value.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
                .ok()
                .map(|n| Field {
                    value: n as f64,
                    at,
                }),
            DeValue::Float(f) => {
                let parsed = f.as_str().replace('_', "").parse::<f64>().ok();
                match parsed {
                    Some(value) if value.is_finite() => Some(Field { value, at }),
                    _ => {
                        d.error(
                            self.file,
                            at,
                            format!("`{key}` must be an ordinary number, not {}", f.as_str()),
                        );
                        None
                    }
                }
            }
            _ => {
                self.wrong_type(key, value, "a number (like 14.50)", d);
                None
            }
        }
    }

    pub fn boolean(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<bool>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Field {
                value: *b,
                at: self.position(value.span()),
            }),
            _ => {
                self.wrong_type(key, value, "true or false", d);
                None
            }
        }
    }

    /// A calendar date written as a TOML date (`2026-12-18`, no quotes).
    pub fn date(&self, key: &'static str, d: &mut Diagnostics) -> Option<Field<jiff::civil::Date>> {
        let value = self.get(key)?;
        let at = self.position(value.span());
        let expected = "a date written like 2026-12-18 (year-month-day, no quotes)";
        match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(date), None, None) => to_date(date.year, date.month, date.day)
                    .map(|value| Field { value, at })
                    .or_else(|| {
                        d.error(self.file, at, format!("`{key}`: {dt} is not a real date"));
                        None
                    }),
                _ => {
                    d.error(
                        self.file,
                        at,
                        format!("`{key}` must be {expected}, not a time"),
                    );
                    None
                }
            },
            DeValue::String(s) => {
                d.error(
                    self.file,
                    at,
                    format!("`{key}` must be {expected}; remove the quotes around \"{s}\""),
                );
                None
            }
            _ => {
                self.wrong_type(key, value, expected, d);
                None
            }
        }
    }

    /// A local date and time (`2026-12-18T18:00:00`, no quotes), in the bundle's time zone.
    pub fn datetime(
        &self,
        key: &'static str,
        d: &mut Diagnostics,
    ) -> Option<Field<jiff::civil::DateTime>> {
        let value = self.get(key)?;
        let at = self.position(value.span());
        let expected = "a date and time written like 2026-12-18T18:00:00 (no quotes)";
        match value.get_ref() {
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(date), Some(time), None) => {
                    let value = to_date(date.year, date.month, date.day).and_then(|day| {
                        jiff::civil::Time::new(
                            i8::try_from(time.hour).ok()?,
                            i8::try_from(time.minute).ok()?,
                            i8::try_from(time.second).ok()?,
                            0,
                        )
                        .ok()
                        .map(|t| day.to_datetime(t))
                    });
                    if value.is_none() {
                        d.error(
                            self.file,
                            at,
                            format!("`{key}`: {dt} is not a real date and time"),
                        );
                    }
                    value.map(|value| Field { value, at })
                }
                (Some(_), Some(_), Some(_)) => {
                    d.error(
                        self.file,
                        at,
                        format!(
                            "`{key}` has a UTC offset; write local time without it \
                             (the bundle's time zone applies)"
                        ),
                    );
                    None
                }
                _ => {
                    d.error(self.file, at, format!("`{key}` must be {expected}"));
                    None
                }
            },
            DeValue::String(s) => {
                d.error(
                    self.file,
                    at,
                    format!("`{key}` must be {expected}; remove the quotes around \"{s}\""),
                );
                None
            }
            _ => {
                self.wrong_type(key, value, expected, d);
                None
            }
        }
    }

    /// A list of texts.
    pub fn strings(&self, key: &'static str, d: &mut Diagnostics) -> Option<Vec<Field<String>>> {
        let value = self.get(key)?;
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value, "a list of texts, like [\"a\", \"b\"]", d);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item.get_ref() {
                DeValue::String(s) => out.push(Field {
                    value: s.to_string(),
                    at: self.position(item.span()),
                }),
                _ => self.wrong_type(key, item, "text in \"quotes\"", d),
            }
        }
        Some(out)
    }

    /// A nested table (`pay = { amount = 14.5, per = "hour" }` or `[pay]`).
    pub fn table(&self, key: &'static str, d: &mut Diagnostics) -> Option<Table<'t, 'i>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Table(table) => Some(Table {
                file: self.file,
                lines: self.lines.clone(),
                table,
                at: self.position(value.span()),
                used: RefCell::new(BTreeSet::new()),
            }),
            _ => {
                self.wrong_type(
                    key,
                    value,
                    "a table, like { amount = 14.5, per = \"hour\" }",
                    d,
                );
                None
            }
        }
    }

    /// Report every key that was never read as unknown (likely a typo).
    pub fn finish(self, d: &mut Diagnostics) {
        let used = self.used.borrow();
        for (key, _) in self.table {
            let name = key.get_ref().as_ref();
            if used.contains(name) {
                continue;
            }
            let hint = closest(name, used.iter().copied())
                .map(|c| format!(" Did you mean `{c}`?"))
                .unwrap_or_default();
            d.error(
                self.file,
                self.position(key.span()),
                format!("unknown field `{name}`: it is not used by the kiosk.{hint}"),
            );
        }
    }
}

fn to_date(year: u16, month: u8, day: u8) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(s) => format!("the text \"{s}\""),
        DeValue::Integer(i) => format!("the number {}", i.as_str()),
        DeValue::Float(f) => format!("the number {}", f.as_str()),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(dt) => format!("the date {dt}"),
        DeValue::Array(_) => "a list".to_owned(),
        DeValue::Table(_) => "a table".to_owned(),
    }
}

/// The known key closest to a misspelt one, if it is close enough to be a typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(word, c), c))
        .filter(|(dist, c)| *dist <= 2.max(c.len() / 4))
        .min_by_key(|(dist, _)| *dist)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current[j + 1] = (previous[j] + cost)
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, f: impl FnOnce(&Table<'_, '_>, &mut Diagnostics)) -> Diagnostics {
        let mut d = Diagnostics::new();
        if let Some(parsed) = parse("t.toml", text, &mut d) {
            let table = Table::new("t.toml", text, &parsed);
            f(&table, &mut d);
            table.finish(&mut d);
        }
        d
    }

    #[test]
    fn unknown_keys_are_reported_with_a_suggestion() {
        let d = read("employer = \"A\"\nemployr = \"B\"\n", |t, d| {
            let _ = t.string("employer", d);
            let _ = t.string("place", d);
        });
        let all: Vec<_> = d.iter().map(ToString::to_string).collect();
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(
            all[0].starts_with("t.toml:2:1: error: unknown field `employr`"),
            "{all:?}"
        );
        assert!(all[0].contains("Did you mean `employer`?"), "{all:?}");
    }

    #[test]
    fn quoted_dates_get_a_plain_hint() {
        let d = read("posted = \"2026-11-01\"\n", |t, d| {
            let _ = t.date("posted", d);
        });
        let first = d.iter().next().map(ToString::to_string).unwrap_or_default();
        assert!(first.starts_with("t.toml:1:10: error: `posted`"), "{first}");
        assert!(first.contains("remove the quotes"), "{first}");
    }

    #[test]
    fn impossible_dates_are_errors() {
        let d = read("posted = 2026-02-30\n", |t, d| {
            assert!(t.date("posted", d).is_none());
        });
        assert!(d.has_errors());
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let d = read("a = 1\nb = \n", |_, _| {});
        let first = d.iter().next().map(ToString::to_string).unwrap_or_default();
        assert!(first.starts_with("t.toml:2:"), "{first}");
        assert!(first.contains("not valid TOML"), "{first}");
    }
}
