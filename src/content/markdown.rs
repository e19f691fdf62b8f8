//! The words of an item: a small Markdown subset (headings, paragraphs, lists, bold, italic)
//! parsed into a plain model that any renderer can draw, left-to-right or right-to-left.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::diagnostic::{Diagnostics, Position};
use super::fields::{self, Table};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    /// A list; each item is one paragraph of spans.
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
    Quote(Vec<Span>),
}

/// A parsed Markdown body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
}

impl Document {
    /// Every piece of text, for glyph-coverage and search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().flat_map(|block| {
            let spans: Vec<&Span> = match block {
                Block::Heading { spans, .. } | Block::Paragraph(spans) | Block::Quote(spans) => {
                    spans.iter().collect()
                }
                Block::List { items, .. } => items.iter().flatten().collect(),
            };
            spans.into_iter().map(|s| s.text.as_str())
        })
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

/// Parse one `<slug>.<lang>.md` file. Problems go to `diags`; `None` if nothing usable remains.
pub fn parse_text(file: &str, source: &str, diags: &mut Diagnostics) -> Option<Text> {
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
    if title.trim().is_empty() {
        diags.error(
            file,
            Position::of_offset(source, body_offset),
            "the title is empty",
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

fn parse_blocks(
    file: &str,
    source: &str,
    body: &str,
    offset: usize,
    diags: &mut Diagnostics,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut strong = 0u32;
    let mut emphasis = 0u32;
    let mut heading: Option<u8> = None;
    let mut list_stack: Vec<(bool, Vec<Vec<Span>>)> = Vec::new();
    let mut in_quote = 0u32;
    let mut link: Option<String> = None;

    let push_text = |spans: &mut Vec<Span>, text: &str, strong: u32, emphasis: u32| {
        if text.is_empty() {
            return;
        }
        let (strong, emphasis) = (strong > 0, emphasis > 0);
        match spans.last_mut() {
            Some(last) if last.strong == strong && last.emphasis == emphasis => {
                last.text.push_str(text);
            }
            _ => spans.push(Span {
                text: text.to_owned(),
                strong,
                emphasis,
            }),
        }
    };

    for (event, range) in Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH).into_offset_iter() {
        let at = || Position::of_offset(source, offset + range.start);
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
                blocks.push(Block::Heading {
                    level,
                    spans: std::mem::take(&mut spans),
                });
            }
            Event::Start(Tag::List(start)) => list_stack.push((start.is_some(), Vec::new())),
            Event::End(TagEnd::List(_)) => {
                if let Some((ordered, items)) = list_stack.pop() {
                    if let Some((_, outer)) = list_stack.last_mut() {
                        // A nested list: keep its items, flattened into the outer list.
                        outer.extend(items);
                    } else {
                        blocks.push(Block::List { ordered, items });
                    }
                }
            }
            Event::End(TagEnd::Item) => {
                let item = std::mem::take(&mut spans);
                if let Some((_, items)) = list_stack.last_mut()
                    && !item.is_empty()
                {
                    items.push(item);
                }
            }
            Event::Start(Tag::Item) => {
                // Text before a nested list belongs to the parent item.
                if !spans.is_empty()
                    && let Some((_, items)) = list_stack.last_mut()
                {
                    items.push(std::mem::take(&mut spans));
                }
            }
            Event::Start(Tag::BlockQuote(_)) => in_quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => in_quote = in_quote.saturating_sub(1),
            Event::End(TagEnd::Paragraph) => {
                if list_stack.is_empty() {
                    let paragraph = std::mem::take(&mut spans);
                    if !paragraph.is_empty() {
                        blocks.push(if in_quote > 0 {
                            Block::Quote(paragraph)
                        } else {
                            Block::Paragraph(paragraph)
                        });
                    }
                } else {
                    push_text(&mut spans, " ", strong, emphasis);
                }
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                // A kiosk opens no browser: show where the link goes so it can be noted down.
                if let Some(url) = link.take() {
                    let shown = url.trim_start_matches("mailto:").trim_start_matches("tel:");
                    if !plain(&spans).contains(shown) {
                        push_text(&mut spans, &format!(" ({shown})"), strong, emphasis);
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
                diags.warning(file, at(), "tables are not supported; use a list instead");
            }
            Event::Text(text) | Event::Code(text) => {
                push_text(&mut spans, &text, strong, emphasis);
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut spans, " ", strong, emphasis),
            Event::End(TagEnd::CodeBlock) => {
                let code = std::mem::take(&mut spans);
                if !code.is_empty() {
                    blocks.push(Block::Paragraph(code));
                }
            }
            _ => {}
        }
    }
    // Trim the trailing space a paragraph inside a list item leaves behind.
    for block in &mut blocks {
        if let Block::List { items, .. } = block {
            for item in items {
                if let Some(last) = item.last_mut() {
                    let trimmed = last.text.trim_end().len();
                    last.text.truncate(trimmed);
                }
            }
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(source: &str) -> (Option<Text>, Diagnostics) {
        let mut d = Diagnostics::new();
        let t = parse_text("guides/x.en.md", source, &mut d);
        (t, d)
    }

    #[test]
    fn title_summary_and_blocks() {
        let (t, d) = text(
            "# Joining a union\n\nUnions **protect** workers.\n\n## What to bring\n\n\
             - your *ID*\n- a payslip\n\n1. one\n2. two\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let t = t.unwrap_or_else(|| panic!("parsed"));
        assert_eq!(t.title, "Joining a union");
        assert_eq!(t.summary, "Unions protect workers.");
        assert_eq!(t.body.blocks.len(), 4);
        assert!(matches!(&t.body.blocks[0], Block::Paragraph(s) if s.len() == 3 && s[1].strong));
        assert!(
            matches!(&t.body.blocks[2], Block::List { ordered: false, items } if items.len() == 2)
        );
        assert!(matches!(
            &t.body.blocks[3],
            Block::List { ordered: true, .. }
        ));
    }

    #[test]
    fn front_matter_is_read_and_positions_shift() {
        let (t, d) = text("+++\nmachine_translated = true\ncolour = 1\n+++\n# Titre\n\nTexte.\n");
        assert!(t.is_some_and(|t| t.machine_translated));
        let first = d.iter().next().map(ToString::to_string).unwrap_or_default();
        assert!(
            first.starts_with("guides/x.en.md:3:1: error: unknown field `colour`"),
            "{first}"
        );
    }

    #[test]
    fn missing_title_is_an_error_at_the_first_line_of_text() {
        let (t, d) = text("Just text.\n");
        assert!(t.is_none());
        assert!(d.has_errors());
    }

    #[test]
    fn links_show_their_address() {
        let (t, _) = text("# T\n\nSee [our site](https://example.org).\n");
        assert_eq!(
            t.map(|t| t.summary),
            Some("See our site (https://example.org).".to_owned())
        );
    }
}
