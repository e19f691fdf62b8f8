//! The words of an item: a small Markdown subset (headings, paragraphs, lists that may nest
//! and start at any number, quotes, bold, italic, strikethrough, simple tables) parsed into a
//! plain model that any renderer can draw, left-to-right or right-to-left.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::diagnostic::{Diagnostics, LineIndex, Position};
use super::fields::{self, Table};
use super::limits;

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    /// ~~struck through~~: a price or a date that no longer holds, still shown as such.
    pub strike: bool,
}

/// One item of a list: its words, then what it holds (a nested list, more paragraphs).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListItem {
    pub spans: Vec<Span>,
    pub children: Vec<Block>,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    /// A list; an ordered one counts from `start` (a Markdown list may start at 4).
    List {
        ordered: bool,
        start: u64,
        items: Vec<ListItem>,
    },
    Quote(Vec<Span>),
    /// A table, drawn simply: one line per row, the cells side by side; the first row is the
    /// header when the Markdown has one.
    Table {
        header: bool,
        rows: Vec<Vec<Vec<Span>>>,
    },
}

/// A parsed Markdown body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
}

impl Document {
    /// Every piece of text, for glyph-coverage and search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let mut out: Vec<&str> = Vec::new();
        // Iterative: nesting is bounded when parsing, but a walk need not rely on it.
        let mut stack: Vec<&Block> = self.blocks.iter().rev().collect();
        while let Some(block) = stack.pop() {
            match block {
                Block::Heading { spans, .. } | Block::Paragraph(spans) | Block::Quote(spans) => {
                    out.extend(spans.iter().map(|s| s.text.as_str()));
                }
                Block::List { items, .. } => {
                    for item in items.iter().rev() {
                        stack.extend(item.children.iter().rev());
                    }
                    // Items' own words come before their children.
                    let mut words: Vec<&str> = Vec::new();
                    for item in items {
                        words.extend(item.spans.iter().map(|s| s.text.as_str()));
                    }
                    out.extend(words);
                }
                Block::Table { rows, .. } => {
                    for row in rows {
                        for cell in row {
                            out.extend(cell.iter().map(|s| s.text.as_str()));
                        }
                    }
                }
            }
        }
        out.into_iter()
    }
}

/// One language version of an item's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The first heading.
    pub title: String,
    /// The first paragraph as plain text, shown on cards.
    pub summary: String,
    /// Everything after the title.
    pub body: Document,
    /// Front matter `machine_translated = true`: shown to visitors as a notice.
    pub machine_translated: bool,
    /// Front matter `translated_from`: the source text's hash when this was translated.
    pub translated_from: Option<String>,
    /// Fingerprint of this text (SHA-256 of everything after the front matter, 16 hex
    /// digits): a translation records its source's as `translated_from`.
    pub hash: String,
}

/// The fingerprint of a text, as `translated_from` expects it.
pub fn fingerprint(body: &str) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write as _;
    Sha256::digest(body.trim().as_bytes())
        .iter()
        .take(8)
        .fold(String::new(), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// A character that draws something: not a space, a control or an invisible format mark.
pub fn visible(c: char) -> bool {
    crate::fonts::needs_glyph(c)
        && !matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{180E}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
        )
}

/// Invisible direction controls that can make text read differently from how it is stored
/// ("call 112" shown, another number stored): embeddings, overrides and isolates. (Plain
/// direction marks, U+200E and U+200F, are harmless and allowed.)
pub fn direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Parse one `<slug>.<lang>.md` file. Problems go to `diags`; `None` if nothing usable remains.
#[allow(
    clippy::too_many_lines,
    reason = "front matter, title and body checks of one text file, in order"
)]
pub fn parse_text(file: &str, source: &str, diags: &mut Diagnostics) -> Option<Text> {
    if source.trim().is_empty() {
        diags.error(
            file,
            Position::START,
            "the file is empty: write the title as `# …` and then the text, or delete the file",
        );
        return None;
    }
    if source.len() > limits::MAX_TEXT_BYTES {
        diags.error(
            file,
            Position::START,
            format!(
                "the text is {} KB; a text may be at most {} KB (about 15,000 words): split it \
                 into several items",
                source.len() / 1024,
                limits::MAX_TEXT_BYTES / 1024
            ),
        );
        return None;
    }
    if let Some((at, c)) = source.char_indices().find(|(_, c)| direction_control(*c)) {
        diags.error(
            file,
            Position::of_offset(source, at),
            format!(
                "this text contains an invisible direction control (U+{:04X}), which can make it \
                 show something other than what is written; delete it and retype the words around it",
                u32::from(c)
            ),
        );
        return None;
    }
    let (front, body, body_offset) = split_front_matter(file, source, diags)?;
    let mut machine_translated = false;
    let mut translated_from = None;
    if let Some(front) = front {
        // Parse the front matter as its own TOML text, then shift positions by its offset.
        let mut local = Diagnostics::new();
        if let Some(table) = fields::parse(file, front, &mut local) {
            let table = Table::new(file, front, &table);
            machine_translated = table
                .boolean("machine_translated", &mut local)
                .is_some_and(|f| f.value);
            translated_from = table.string("translated_from", &mut local).map(|f| f.value);
            table.finish(&mut local);
        }
        for mut d in local {
            d.line += 1; // the opening +++ line
            diags.push(d);
        }
    }

    let mut blocks = parse_blocks(file, source, body, body_offset, diags);
    let title = match blocks.first() {
        Some(Block::Heading { level: 1, spans }) => {
            let title = plain(spans);
            blocks.remove(0);
            title
        }
        _ => {
            let at = Position::of_offset(source, body_offset);
            diags.error(
                file,
                at,
                "the text must start with its title as a first-level heading, like `# Joining a \
                 trade union`",
            );
            return None;
        }
    };
    if !title.chars().any(visible) {
        diags.error(
            file,
            Position::of_offset(source, body_offset),
            "the title has no visible letters: write the item's name after the #",
        );
        return None;
    }
    if title.chars().count() > limits::MAX_TITLE_CHARS {
        diags.error(
            file,
            Position::of_offset(source, body_offset),
            format!(
                "the title is {} characters long; at most {} fit on a card (put the rest in the text)",
                title.chars().count(),
                limits::MAX_TITLE_CHARS
            ),
        );
        return None;
    }
    let summary = blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(spans) => Some(plain(spans)),
            _ => None,
        })
        .unwrap_or_default();
    Some(Text {
        title,
        summary,
        body: Document { blocks },
        machine_translated,
        translated_from,
        hash: fingerprint(body),
    })
}

/// Split `+++\n<toml>\n+++\n<markdown>`; returns (front matter, body, body offset).
fn split_front_matter<'s>(
    file: &str,
    source: &'s str,
    diags: &mut Diagnostics,
) -> Option<(Option<&'s str>, &'s str, usize)> {
    let Some(rest) = source.strip_prefix("+++\n") else {
        return Some((None, source, 0));
    };
    if let Some(end) = rest.find("\n+++\n").map(|i| i + 1) {
        let front = &rest[..end];
        let body_start = 4 + end + 4;
        Some((Some(front), &source[body_start..], body_start))
    } else {
        diags.error(
            file,
            Position::START,
            "the front matter opened with +++ is never closed: add a line with +++ after it",
        );
        None
    }
}

/// A list being read.
struct OpenList {
    ordered: bool,
    start: u64,
    items: Vec<ListItem>,
}

/// Styles open at the current point of the text.
#[derive(Default, Clone, Copy)]
struct Style {
    strong: u32,
    emphasis: u32,
    strike: u32,
}

fn push_text(spans: &mut Vec<Span>, text: &str, style: Style) {
    if text.is_empty() {
        return;
    }
    let (strong, emphasis, strike) = (style.strong > 0, style.emphasis > 0, style.strike > 0);
    match spans.last_mut() {
        Some(last)
            if last.strong == strong && last.emphasis == emphasis && last.strike == strike =>
        {
            last.text.push_str(text);
        }
        _ => spans.push(Span {
            text: text.to_owned(),
            strong,
            emphasis,
            strike,
        }),
    }
}

/// The innermost open list is finished: it goes into the list item that holds it, else it is
/// a block of its own.
fn close_list(blocks: &mut Vec<Block>, lists: &mut Vec<OpenList>) {
    if let Some(done) = lists.pop() {
        let list = Block::List {
            ordered: done.ordered,
            start: done.start,
            items: done.items,
        };
        match lists.last_mut().and_then(|l| l.items.last_mut()) {
            Some(parent) => parent.children.push(list),
            None => blocks.push(list),
        }
    }
}

/// Put finished words where they belong: the current list item, else a block of their own.
fn flush_paragraph(
    blocks: &mut Vec<Block>,
    lists: &mut [OpenList],
    spans: &mut Vec<Span>,
    quote: bool,
) {
    let paragraph = std::mem::take(spans);
    if paragraph.is_empty() {
        return;
    }
    if let Some(item) = lists.last_mut().and_then(|l| l.items.last_mut()) {
        if item.spans.is_empty() && item.children.is_empty() {
            item.spans = paragraph;
        } else {
            item.children.push(Block::Paragraph(paragraph));
        }
    } else {
        blocks.push(if quote {
            Block::Quote(paragraph)
        } else {
            Block::Paragraph(paragraph)
        });
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "one match over Markdown events: the block structure reads as a whole"
)]
fn parse_blocks(
    file: &str,
    source: &str,
    body: &str,
    offset: usize,
    diags: &mut Diagnostics,
) -> Vec<Block> {
    let lines = LineIndex::new(source);
    let mut blocks: Vec<Block> = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut style = Style::default();
    let mut heading: Option<u8> = None;
    let mut lists: Vec<OpenList> = Vec::new();
    // Lists nested deeper than the limit are read into the deepest allowed one.
    let mut flattened = 0usize;
    let mut in_quote = 0u32;
    // The link being read: where it goes, and its words so far.
    let mut link: Option<(String, String)> = None;
    let mut table: Option<(bool, Vec<Vec<Vec<Span>>>)> = None;
    let mut row: Vec<Vec<Span>> = Vec::new();
    let mut warned_table = false;
    let mut count = 0usize;

    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let at = || lines.position(offset + range.start);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                let level = heading.take().unwrap_or(3);
                let words = std::mem::take(&mut spans);
                match lists.last_mut().and_then(|l| l.items.last_mut()) {
                    // A heading inside a list item stays in it, as bold words.
                    Some(item) => item.children.push(Block::Paragraph(
                        words
                            .into_iter()
                            .map(|s| Span { strong: true, ..s })
                            .collect(),
                    )),
                    None => blocks.push(Block::Heading {
                        level,
                        spans: words,
                    }),
                }
            }
            Event::Start(Tag::List(first)) => {
                if lists.len() >= limits::MAX_NESTING {
                    if flattened == 0 {
                        diags.warning(
                            file,
                            at(),
                            format!(
                                "lists are nested more than {} deep here; the deeper ones are shown \
                                 at that depth",
                                limits::MAX_NESTING
                            ),
                        );
                    }
                    flattened += 1;
                    continue;
                }
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
                lists.push(OpenList {
                    ordered: first.is_some(),
                    start: first.unwrap_or(1),
                    items: Vec::new(),
                });
            }
            Event::End(TagEnd::List(_)) => {
                if flattened > 0 {
                    flattened -= 1;
                    continue;
                }
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
                close_list(&mut blocks, &mut lists);
            }
            Event::Start(Tag::Item) => {
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
                count += 1;
                if let Some(list) = lists.last_mut() {
                    list.items.push(ListItem::default());
                }
            }
            Event::End(TagEnd::Item) => {
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
            }
            Event::Start(Tag::BlockQuote(_)) => in_quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => in_quote = in_quote.saturating_sub(1),
            Event::End(TagEnd::Paragraph) => {
                count += 1;
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
            }
            Event::Start(Tag::Strong) => style.strong += 1,
            Event::End(TagEnd::Strong) => style.strong = style.strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => style.emphasis += 1,
            Event::End(TagEnd::Emphasis) => style.emphasis = style.emphasis.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => style.strike += 1,
            Event::End(TagEnd::Strikethrough) => style.strike = style.strike.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some((dest_url.to_string(), String::new()));
            }
            Event::End(TagEnd::Link) => {
                // A kiosk opens no browser: show where the link goes so it can be noted down,
                // unless its words already say it.
                if let Some((url, words)) = link.take() {
                    let shown = url.trim_start_matches("mailto:").trim_start_matches("tel:");
                    if !shown.is_empty() && !shown.starts_with('#') && !words.contains(shown) {
                        push_text(&mut spans, &format!(" ({shown})"), style);
                    }
                }
            }
            Event::Start(Tag::Image { .. }) => diags.warning(
                file,
                at(),
                "images inside the text are not shown; set `image = \"…\"` in the item's .toml",
            ),
            Event::Html(_) | Event::InlineHtml(_) => diags.warning(
                file,
                at(),
                "HTML is not shown on the kiosk; use Markdown only",
            ),
            Event::Start(Tag::Table(_)) => {
                if !warned_table {
                    warned_table = true;
                    diags.warning(
                        file,
                        at(),
                        "a table is shown simply, one line per row; on a narrow screen a list \
                         reads better",
                    );
                }
                flush_paragraph(&mut blocks, &mut lists, &mut spans, in_quote > 0);
                table = Some((false, Vec::new()));
            }
            Event::Start(Tag::TableHead) => {
                if let Some((header, _)) = &mut table {
                    *header = true;
                }
            }
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut spans)),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                count += 1;
                if let Some((_, rows)) = &mut table {
                    rows.push(std::mem::take(&mut row));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some((header, rows)) = table.take() {
                    let block = Block::Table { header, rows };
                    match lists.last_mut().and_then(|l| l.items.last_mut()) {
                        Some(item) => item.children.push(block),
                        None => blocks.push(block),
                    }
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, words)) = &mut link {
                    words.push_str(&text);
                }
                push_text(&mut spans, &text, style);
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut spans, " ", style),
            Event::End(TagEnd::CodeBlock) => {
                count += 1;
                flush_paragraph(&mut blocks, &mut lists, &mut spans, false);
            }
            _ => {}
        }
        if count > limits::MAX_BLOCKS {
            diags.error(
                file,
                at(),
                format!(
                    "the text has more than {} paragraphs, list items or table rows; split it into \
                     several items",
                    limits::MAX_BLOCKS
                ),
            );
            return Vec::new();
        }
    }
    flush_paragraph(&mut blocks, &mut lists, &mut spans, false);
    // Lists left open at the end (there are none in valid Markdown) still show.
    while !lists.is_empty() {
        close_list(&mut blocks, &mut lists);
    }
    blocks
}

#[cfg(test)]
mod tests;
