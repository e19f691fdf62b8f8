//! A few words of a found text around the first match, with the matching words marked.

use std::ops::Range;

use super::{Query, TokenKind, tokens};
use crate::content::markdown::Text;

/// Letters of context before the first match.
const BEFORE: usize = 30;
/// Most letters of a snippet.
const LENGTH: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    pub text: String,
    /// Byte ranges of `text` that matched a term.
    pub marks: Vec<Range<usize>>,
}

/// The first piece of the body with a match, cut to a snippet; else the summary, unmarked
/// (the match was in the title, which the result shows anyway).
pub fn snippet(text: &Text, query: &Query) -> Snippet {
    for piece in text.body.texts() {
        let marks = matches(piece, query);
        if let Some(first) = marks.first() {
            return cut(piece, first.start, &marks);
        }
    }
    let summary = &text.summary;
    cut(summary, 0, &matches(summary, query))
}

/// Ranges of `piece` whose words match a term of the query.
pub fn matches(piece: &str, query: &Query) -> Vec<Range<usize>> {
    let mut marks: Vec<Range<usize>> = Vec::new();
    // Pinyin comes as runs of one to four characters from each place: the shortest run that
    // matches is marked (so "lushi" marks 律师, not 律师免费).
    let mut pinyin_from = None;
    for token in tokens(piece) {
        if token.kind == TokenKind::Pinyin && pinyin_from == Some(token.range.start) {
            continue;
        }
        let matched = query.terms.iter().any(|term| {
            let kind_fits = term.han == (token.kind == TokenKind::Han);
            kind_fits && Query::quality(term, &token.folded) > 0
        });
        if !matched {
            continue;
        }
        if token.kind == TokenKind::Pinyin {
            pinyin_from = Some(token.range.start);
        }
        match marks.last_mut() {
            Some(last) if last.end >= token.range.start => {
                last.end = last.end.max(token.range.end);
            }
            _ => marks.push(token.range),
        }
    }
    marks.sort_by_key(|r| r.start);
    marks
}

fn cut(piece: &str, first: usize, marks: &[Range<usize>]) -> Snippet {
    let starts: Vec<usize> = piece.char_indices().map(|(i, _)| i).collect();
    let at = starts.partition_point(|&i| i < first);
    let mut from = starts.get(at.saturating_sub(BEFORE)).copied().unwrap_or(0);
    // Start at the beginning of a word where one is near.
    if from > 0
        && let Some(space) = piece[from..first].find(char::is_whitespace)
    {
        from += space + 1;
    }
    let from_char = starts.partition_point(|&i| i < from);
    let to = starts
        .get(from_char + LENGTH)
        .copied()
        .unwrap_or(piece.len());
    let mut text = String::new();
    let lead = if from > 0 { "… " } else { "" };
    text.push_str(lead);
    text.push_str(piece[from..to].trim_end());
    if to < piece.len() {
        text.push_str(" …");
    }
    let shift = lead.len();
    let end = shift + piece[from..to].trim_end().len();
    let marks = marks
        .iter()
        .filter(|r| r.start >= from && r.end <= to)
        .map(|r| r.start - from + shift..(r.end - from + shift).min(end))
        .collect();
    Snippet { text, marks }
}
