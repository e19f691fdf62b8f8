//! What is read aloud, sentence by sentence, and where each sentence is on screen (so it can
//! be highlighted while it is spoken). Only words are read: link targets are not in the
//! model at all, and markup never reaches the voice. Headings, list items and facts are
//! sentences of their own, so the voice pauses after each. Phone numbers, postcodes and the
//! emergency numbers are spoken digit by digit.

use std::ops::Range;

use crate::content::markdown::{Block, Document, ListItem, Span};

/// Where a sentence is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Spot {
    Title,
    /// The n-th line read from the facts panel (or an emergency card, or a tile).
    Fact(usize),
    /// A block of the body: its index, then (in lists) the item's and so on down.
    Block(Vec<usize>),
}

/// One sentence: where it is, which part of that text it is (bytes), and what the voice
/// says for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub spot: Spot,
    pub range: Range<usize>,
    pub spoken: String,
}

/// The sentences of a text, as byte ranges without surrounding white space.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let segmenter = icu_segmenter::SentenceSegmenter::new(
        icu_segmenter::options::SentenceBreakInvariantOptions::default(),
    );
    let breaks: Vec<usize> = segmenter.segment_str(text).collect();
    breaks
        .windows(2)
        .filter_map(|w| {
            let piece = &text[w[0]..w[1]];
            let start = w[0] + (piece.len() - piece.trim_start().len());
            let end = w[0] + piece.trim_end().len();
            (start < end).then_some(start..end)
        })
        .collect()
}

/// The words of spans as one text (what the screen shows of them).
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// How a text is said: runs that look like phone numbers (a leading +, six digits or more,
/// or one of `numbers`), and, when `postcodes` is set, every run of four digits or more, are
/// read digit by digit. Other numbers (a year, an amount) are left to the voice.
pub fn spoken(text: &str, numbers: &[String], postcodes: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts =
            c.is_ascii_digit() || (c == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts || (i > 0 && chars[i - 1].is_alphanumeric()) {
            out.push(c);
            i += 1;
            continue;
        }
        // The run: digits and the separators a number is written with, ending on a digit.
        let mut end = i + 1;
        let mut last_digit = i + usize::from(c == '+');
        while end < chars.len() {
            let d = chars[end];
            if d.is_ascii_digit() {
                last_digit = end;
            } else if !matches!(d, ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}') {
                break;
            }
            end += 1;
        }
        let run: String = chars[i..=last_digit].iter().collect();
        let digits: String = run.chars().filter(char::is_ascii_digit).collect();
        let phone_like = run.starts_with('+')
            || digits.len() >= 6
            || numbers.iter().any(|n| n == &digits)
            || (postcodes && digits.len() >= 4);
        // Not inside a word (A4, COVID19) and not a decimal (13.20 euros).
        let after = chars.get(last_digit + 1).copied();
        let in_word = after.is_some_and(char::is_alphanumeric);
        if phone_like && !in_word {
            let spelled: Vec<String> = digits.chars().map(String::from).collect();
            if run.starts_with('+') {
                out.push_str("+ ");
            }
            out.push_str(&spelled.join(" "));
        } else {
            out.push_str(&run);
        }
        i = last_digit + 1;
    }
    out
}

enum Todo<'a> {
    Block(Vec<usize>, &'a Block),
    Item(Vec<usize>, &'a ListItem),
}

/// Everything a detail page reads: the title, the facts (already worded in the visitor's
/// language, postcodes and numbers spelled), then the body.
pub fn page(title: &str, facts: &[String], body: &Document, numbers: &[String]) -> Vec<Sentence> {
    let mut out = Vec::new();
    push_text(&mut out, Spot::Title, title, numbers, false);
    for (i, fact) in facts.iter().enumerate() {
        push_text(&mut out, Spot::Fact(i), fact, numbers, true);
    }
    // Iterative, in reading order: nesting is bounded when parsing, but a walk need not
    // rely on it. A list item is read as sentences of its own, then what it holds.
    let mut stack: Vec<Todo<'_>> = body
        .blocks
        .iter()
        .enumerate()
        .rev()
        .map(|(i, b)| Todo::Block(vec![i], b))
        .collect();
    while let Some(todo) = stack.pop() {
        match todo {
            Todo::Item(path, item) => {
                push_text(
                    &mut out,
                    Spot::Block(path.clone()),
                    &plain(&item.spans),
                    numbers,
                    false,
                );
                for (c, child) in item.children.iter().enumerate().rev() {
                    stack.push(Todo::Block(with(&path, c), child));
                }
            }
            Todo::Block(path, block) => match block {
                Block::Heading { spans, .. } | Block::Paragraph(spans) | Block::Quote(spans) => {
                    push_text(&mut out, Spot::Block(path), &plain(spans), numbers, false);
                }
                Block::List { items, .. } => {
                    for (n, item) in items.iter().enumerate().rev() {
                        stack.push(Todo::Item(with(&path, n), item));
                    }
                }
                Block::Table { rows, .. } => {
                    for (r, row) in rows.iter().enumerate() {
                        let words: Vec<String> = row.iter().map(|cell| plain(cell)).collect();
                        push_text(
                            &mut out,
                            Spot::Block(with(&path, r)),
                            &words.join(", "),
                            numbers,
                            false,
                        );
                    }
                }
            },
        }
    }
    out
}

fn with(path: &[usize], next: usize) -> Vec<usize> {
    let mut out = path.to_vec();
    out.push(next);
    out
}

fn push_text(out: &mut Vec<Sentence>, spot: Spot, text: &str, numbers: &[String], postcodes: bool) {
    for range in sentences(text) {
        let spoken = spoken(&text[range.clone()], numbers, postcodes);
        out.push(Sentence {
            spot: spot.clone(),
            range,
            spoken,
        });
    }
}
