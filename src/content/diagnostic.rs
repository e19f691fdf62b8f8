//! Problems found while loading a bundle or a translation, in words a coordinator can act on.

use std::fmt;

/// How bad a problem is. Errors stop a bundle from being used; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem, tied to a file and a place in it (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path relative to the bundle root, with `/` separators.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, at: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, at, message)
    }

    pub fn warning(file: impl Into<String>, at: Position, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, at, message)
    }

    fn new(
        severity: Severity,
        file: impl Into<String>,
        at: Position,
        message: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            line: at.line,
            column: at.column,
            severity,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `file:line:col: error|warning: message`, the format editors and scripts understand.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.severity, self.message
        )
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    /// The start of a file: used when a problem concerns the whole file.
    pub const START: Position = Position { line: 1, column: 1 };

    pub fn new(line: u32, column: u32) -> Self {
        Self { line, column }
    }

    /// The line and column of a byte offset in `text`. Offsets past the end point after the
    /// last character; offsets inside a character count that character.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or_else(|| {
            // Not on a char boundary: step back to the previous one.
            let mut end = offset;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        });
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }
}

/// Where each line of a text starts, found once: line and column of any byte offset in
/// O(log n) plus the length of that line, however many problems a file has.
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let column = self.text[start..offset].chars().count() + 1;
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }
}

/// Every problem found in one pass, in the order found. A problem that repeats (the same
/// message, apart from the names and numbers in it) is listed a few times, then counted: one
/// line "… and 9,812 more like this" instead of ten thousand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    /// For each shape of message: how many were seen, and where its summary line is.
    seen: std::collections::HashMap<(Severity, String), (usize, Option<usize>)>,
}

/// A message with its quoted names, its paths and its numbers taken out: problems of one
/// kind.
fn shape(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(200));
    let mut quote: Option<char> = None;
    let unpathed: String = message
        .split(' ')
        .map(|word| if word.contains('/') { "…" } else { word })
        .collect::<Vec<_>>()
        .join(" ");
    for c in unpathed.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '`' | '“') => {
                quote = Some(if c == '“' { '”' } else { c });
                out.push('…');
            }
            None if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            None => out.push(c),
        }
        if out.len() > 200 {
            break;
        }
    }
    out
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        let key = (diagnostic.severity, shape(&diagnostic.message));
        let entry = self.seen.entry(key).or_insert((0, None));
        entry.0 += 1;
        let count = entry.0;
        if count <= crate::content::limits::SAME_PROBLEM_SHOWN {
            self.list.push(diagnostic);
            return;
        }
        let more = count - crate::content::limits::SAME_PROBLEM_SHOWN;
        let summary = format!(
            "… and {} more like this: {}",
            group_thousands(more),
            diagnostic.message
        );
        match entry.1 {
            Some(index) => {
                if let Some(line) = self.list.get_mut(index) {
                    let rest = line
                        .message
                        .split_once(" more like this: ")
                        .map_or("", |x| x.1);
                    line.message =
                        format!("… and {} more like this: {rest}", group_thousands(more));
                }
            }
            None => {
                entry.1 = Some(self.list.len());
                self.list.push(Diagnostic {
                    message: summary,
                    ..diagnostic
                });
            }
        }
    }

    pub fn error(&mut self, file: &str, at: Position, message: impl Into<String>) {
        self.push(Diagnostic::error(file, at, message));
    }

    pub fn warning(&mut self, file: &str, at: Position, message: impl Into<String>) {
        self.push(Diagnostic::warning(file, at, message));
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        for d in other {
            self.push(d);
        }
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(Diagnostic::is_error)
    }

    /// Errors found, the summarised repeats included.
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.seen
            .iter()
            .filter(|((s, _), _)| *s == severity)
            .map(|(_, (n, _))| n)
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Lines listed (repeats beyond the first few are one summary line).
    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.list.iter()
    }

    /// Sorted by file, then position, so that output is stable and easy to read.
    pub fn sorted(mut self) -> Self {
        self.list.sort_by(|a, b| {
            (a.file.as_str(), a.line, a.column).cmp(&(b.file.as_str(), b.line, b.column))
        });
        // The summary lines' places in the list changed: repeats are counted no further.
        for entry in self.seen.values_mut() {
            entry.1 = None;
        }
        self
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

/// 9812 → "9,812".
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let text = "a = 1\nnom = \"é\" x\n";
        assert_eq!(Position::of_offset(text, 0), Position::new(1, 1));
        assert_eq!(Position::of_offset(text, 6), Position::new(2, 1));
        // "x" comes after a two-byte character: column counts characters.
        let x = text.find('x').unwrap_or_default();
        assert_eq!(Position::of_offset(text, x), Position::new(2, 11));
        assert_eq!(Position::of_offset(text, 999), Position::new(3, 1));
    }

    #[test]
    fn the_line_index_agrees_with_a_scan_from_the_start() {
        let text = "a = 1\nnom = \"é\" x\n\nlast";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.position(offset),
                Position::of_offset(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn repeated_problems_are_summarised() {
        let mut d = Diagnostics::new();
        for i in 0..10_000 {
            d.warning(
                &format!("images/{i}.png"),
                Position::START,
                "this image is not used by any item",
            );
        }
        d.warning("x", Position::START, "something else");
        assert_eq!(d.len(), SHOWN + 2);
        assert_eq!(d.warning_count(), 10_001);
        let summary = d
            .iter()
            .find(|l| l.message.starts_with("…"))
            .map(|l| l.message.clone());
        assert_eq!(
            summary.as_deref(),
            Some("… and 9,995 more like this: this image is not used by any item")
        );
        // Messages that differ only in their names and numbers are one kind of problem.
        let mut d = Diagnostics::new();
        for i in 0..100 {
            d.warning(
                "locales/x/kiosk.ftl",
                Position::new(i, 1),
                format!("the message \"m{i}\" is not used by the kiosk"),
            );
        }
        assert_eq!(d.len(), SHOWN + 1);
    }

    const SHOWN: usize = crate::content::limits::SAME_PROBLEM_SHOWN;

    #[test]
    fn display_is_file_line_col_severity_message() {
        let d = Diagnostic::error("jobs/baker.toml", Position::new(4, 9), "bad date");
        assert_eq!(d.to_string(), "jobs/baker.toml:4:9: error: bad date");
    }
}
