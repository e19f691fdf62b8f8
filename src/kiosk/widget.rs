//! Touch-sized, direction-aware building blocks. iced has no layout direction, so mirroring
//! happens here: rows are reversed, text is aligned to the start side and right-to-left
//! paragraphs get a right-to-left mark so that a leading Latin word or number does not flip
//! them.

use crate::kiosk::renderer::Element;
use iced::alignment::Horizontal;
use iced::font::Weight;
use iced::widget::text::Wrapping;
use iced::widget::{Row, column, container, rich_text, space, span, text};
use iced::{Alignment, Color, Fill, Font, Length, Padding};

use super::icon::{Glyph, icon};
use super::theme::{self, Look, size};
use crate::content::markdown::Span;
use crate::i18n::Direction;

mod mirror;
pub mod qr;
pub use mirror::wrap_dir;

pub const SANS: Font = Font::with_name(crate::fonts::SANS_FAMILY);
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..SANS
};

/// The width of one line of `content` at `size` in `font`, as the text engine lays it out
/// (cached: views ask for the same few strings on every rebuild).
pub fn line_width(content: &str, size: f32, font: Font) -> f32 {
    use iced::advanced::text::Paragraph as _;
    use std::collections::HashMap;
    use std::sync::Mutex;
    type Key = (String, u32, Font);
    static CACHE: Mutex<Option<HashMap<Key, f32>>> = Mutex::new(None);
    let key = (content.to_owned(), size.to_bits(), font);
    if let Ok(cache) = CACHE.lock()
        && let Some(width) = cache.as_ref().and_then(|c| c.get(&key))
    {
        return *width;
    }
    let paragraph = iced::advanced::graphics::text::Paragraph::with_text(iced::advanced::Text {
        content,
        bounds: iced::Size::INFINITE,
        size: iced::Pixels(size),
        line_height: iced::widget::text::LineHeight::default(),
        font,
        align_x: iced::widget::text::Alignment::Default,
        align_y: iced::alignment::Vertical::Top,
        shaping: iced::widget::text::Shaping::Advanced,
        wrapping: iced::widget::text::Wrapping::None,
    });
    let width = paragraph.min_bounds().width;
    if let Ok(mut cache) = CACHE.lock() {
        let cache = cache.get_or_insert_with(HashMap::new);
        if cache.len() > 4096 {
            cache.clear();
        }
        cache.insert(key, width);
    }
    width
}

/// The largest text size, from `preferred` down to `smallest`, at which `content` fits on one
/// line of `width`; `smallest` if none does.
pub fn fitting_size(content: &str, width: f32, font: Font, preferred: f32, smallest: f32) -> f32 {
    let natural = line_width(content, preferred, font);
    if natural <= width || natural <= 0.0 {
        return preferred;
    }
    // Text width grows in proportion to its size; one measurement at the guess confirms it.
    let mut size = (preferred * width / natural).floor().max(smallest);
    while size > smallest && line_width(content, size, font) > width {
        size -= 1.0;
    }
    size
}

/// How many lines `content` takes at `size` in a box `width` wide, words packed greedily
/// (a word wider than the box is broken, as the renderer does).
pub fn wrapped_lines(content: &str, width: f32, size: f32, font: Font) -> usize {
    let space = line_width(" ", size, font);
    let mut lines = 1usize;
    let mut used = 0.0f32;
    for word in content.split_whitespace() {
        let w = line_width(word, size, font);
        if used > 0.0 && used + space + w <= width {
            used += space + w;
        } else if used > 0.0 {
            lines += 1;
            used = w;
        } else {
            used = w;
        }
        while used > width && width > 0.0 {
            lines += 1;
            used -= width;
        }
    }
    lines
}

/// Right-to-left mark: makes a paragraph right-to-left even if it starts with "WhatsApp" or "112".
const RLM: char = '\u{200F}';

/// The side text starts on.
pub fn start(direction: Direction) -> Horizontal {
    if direction.is_rtl() {
        Horizontal::Right
    } else {
        Horizontal::Left
    }
}

/// The side text ends on.
pub fn end(direction: Direction) -> Horizontal {
    if direction.is_rtl() {
        Horizontal::Left
    } else {
        Horizontal::Right
    }
}

/// Text prepared for a paragraph of `direction`: a right-to-left mark in front of
/// right-to-left paragraphs, and runs of the other direction made safe to wrap (see
/// `i18n::bidi`).
pub fn bidi(direction: Direction, text: &str) -> String {
    let text = crate::i18n::bidi::prepare(text, direction.is_rtl());
    if direction.is_rtl() && !text.starts_with(RLM) {
        format!("{RLM}{text}")
    } else {
        text
    }
}

/// A row whose children run in reading order (mirrored for right-to-left).
pub fn row_dir<'a, M: 'a>(
    direction: Direction,
    mut children: Vec<Element<'a, M>>,
) -> Row<'a, M, iced::Theme, crate::kiosk::renderer::Renderer> {
    if direction.is_rtl() {
        children.reverse();
    }
    Row::with_children(children).align_y(Alignment::Center)
}

/// Padding with `start` on the reading-start side and `end` on the other.
pub fn padding_dir(direction: Direction, top: f32, end: f32, bottom: f32, start: f32) -> Padding {
    let (left, right) = if direction.is_rtl() {
        (end, start)
    } else {
        (start, end)
    };
    Padding {
        top,
        right,
        bottom,
        left,
    }
}

/// A paragraph of plain text, aligned to the start side, wrapping.
pub fn para<'a, M: 'a>(direction: Direction, content: &str, size: f32) -> Element<'a, M> {
    aligned(
        direction,
        text(bidi(direction, content))
            .size(size)
            .wrapping(Wrapping::WordOrGlyph)
            .into(),
    )
}

/// Bold text, aligned to the start side.
pub fn heading<'a, M: 'a>(direction: Direction, content: &str, size: f32) -> Element<'a, M> {
    aligned(
        direction,
        text(bidi(direction, content))
            .size(size)
            .font(BOLD)
            .line_height(1.25)
            .wrapping(Wrapping::WordOrGlyph)
            .into(),
    )
}

/// Wrap any element so it sits on the start side of the available width. (Aligning the
/// text widget itself draws single-line right-to-left text outside its box in iced 0.14.)
pub fn aligned<'a, M: 'a>(direction: Direction, element: Element<'a, M>) -> Element<'a, M> {
    container(element)
        .width(Fill)
        .align_x(start(direction))
        .into()
}

/// Right-to-left words made of two styles ("**أنت**:") are drawn with their pieces in the
/// wrong order by the text engine (cosmic-text 0.15). Keep every word in one style: the rest
/// of a word that a styled run ends inside joins that run.
fn whole_words(spans: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        let mut text = span.text.as_str();
        if let Some(previous) = out.last_mut()
            && previous
                .text
                .chars()
                .last()
                .is_some_and(|c| !c.is_whitespace())
        {
            let split = text.find(char::is_whitespace).unwrap_or(text.len());
            previous.text.push_str(&text[..split]);
            text = &text[split..];
        }
        if !text.is_empty() {
            out.push(Span {
                text: text.to_owned(),
                ..span.clone()
            });
        }
    }
    out
}

/// Emphasised text split where italics exist and where they do not: Latin, Greek and
/// Cyrillic letters get italics; every other script (Arabic, Ethiopic, Devanagari, Han…) has
/// no italic face and stays upright, so it is drawn with real letters, never boxes.
/// Spaces, digits and punctuation go with the letters before them.
fn italic_runs(spans: &[Span]) -> Vec<(Span, bool)> {
    let mut out: Vec<(Span, bool)> = Vec::with_capacity(spans.len());
    for span in spans {
        if !span.emphasis {
            out.push((span.clone(), false));
            continue;
        }
        let mut current: Option<(String, bool)> = None;
        for c in span.text.chars() {
            let strong = c.is_alphabetic();
            let italic = match &current {
                Some((_, italic)) if !strong => *italic,
                _ => crate::fonts::has_italic(c),
            };
            match &mut current {
                Some((text, was)) if *was == italic => text.push(c),
                _ => {
                    if let Some((text, was)) = current.take() {
                        out.push((
                            Span {
                                text,
                                ..span.clone()
                            },
                            was,
                        ));
                    }
                    current = Some((c.to_string(), italic));
                }
            }
        }
        if let Some((text, was)) = current {
            out.push((
                Span {
                    text,
                    ..span.clone()
                },
                was,
            ));
        }
    }
    out
}

/// A paragraph with bold and italic runs.
pub fn rich<'a, M: 'a>(direction: Direction, spans: &[Span], size: f32) -> Element<'a, M> {
    rich_marked(direction, spans, size, None)
}

/// The words being read aloud in a paragraph: their bytes in its plain text (the spans'
/// texts one after the other), and the colours they are drawn in.
#[derive(Debug, Clone)]
pub struct Mark {
    pub range: std::ops::Range<usize>,
    pub background: Color,
    pub text: Color,
}

/// `spans` cut where `range` starts and ends (bytes of their joined text), each piece saying
/// whether it lies inside.
fn cut(spans: Vec<(Span, bool)>, range: &std::ops::Range<usize>) -> Vec<(Span, bool, bool)> {
    let mut out = Vec::with_capacity(spans.len() + 2);
    let mut at = 0;
    for (span, italic) in spans {
        let end = at + span.text.len();
        let mut pieces = vec![at];
        for edge in [range.start, range.end] {
            if edge > at && edge < end && span.text.is_char_boundary(edge - at) {
                pieces.push(edge);
            }
        }
        pieces.push(end);
        for w in pieces.windows(2) {
            let (from, to) = (w[0], w[1]);
            if from == to {
                continue;
            }
            out.push((
                Span {
                    text: span.text[from - at..to - at].to_owned(),
                    ..span.clone()
                },
                italic,
                from >= range.start && to <= range.end,
            ));
        }
        at = end;
    }
    out
}

/// `rich`, with the words of `mark` drawn on a band of colour (the sentence being read).
pub fn rich_marked<'a, M: 'a>(
    direction: Direction,
    spans: &[Span],
    size: f32,
    mark: Option<&Mark>,
) -> Element<'a, M> {
    let merged;
    let spans = if direction.is_rtl() {
        merged = whole_words(spans);
        merged.as_slice()
    } else {
        spans
    };
    // Both keep the joined text as it was, so the mark's bytes still point at its words.
    let spans = italic_runs(spans);
    let mut spans = match mark {
        Some(mark) => cut(spans, &mark.range),
        None => spans.into_iter().map(|(s, i)| (s, i, false)).collect(),
    };
    // Direction marks are placed on the whole paragraph, then put back into its runs.
    for (span, _, _) in &mut spans {
        span.text = crate::i18n::bidi::replace_isolates(&span.text, direction.is_rtl());
    }
    let whole: String = spans.iter().map(|(s, _, _)| s.text.as_str()).collect();
    let mut marks = crate::i18n::bidi::marks(&whole, direction.is_rtl())
        .into_iter()
        .peekable();
    let mut offset = 0;
    for (span, _, _) in &mut spans {
        let len = span.text.len();
        let mut inserted = 0;
        while let Some((at, mark)) = marks.next_if(|(at, _)| *at < offset + len) {
            span.text.insert_str(at - offset + inserted, mark);
            inserted += mark.len();
        }
        offset += len;
    }
    let mut runs = Vec::with_capacity(spans.len());
    for (i, (s, italic, marked)) in spans.iter().enumerate() {
        let content = if i == 0 && direction.is_rtl() && !s.text.starts_with(RLM) {
            format!("{RLM}{}", s.text)
        } else {
            s.text.clone()
        };
        let font = Font {
            weight: if s.strong {
                Weight::Bold
            } else {
                Weight::Normal
            },
            style: if *italic {
                iced::font::Style::Italic
            } else {
                iced::font::Style::Normal
            },
            ..SANS
        };
        let run = span::<(), Font>(content).font(font).strikethrough(s.strike);
        runs.push(match mark {
            Some(mark) if *marked => run.background(mark.background).color(mark.text),
            _ => run,
        });
    }
    aligned(
        direction,
        rich_text(runs)
            .size(size)
            .line_height(1.45)
            .wrapping(Wrapping::WordOrGlyph)
            .into(),
    )
}

/// A small coloured label, optionally with a pictogram. Pictogram and words are one
/// paragraph, so a long label wraps under its pictogram instead of squeezing it away.
pub fn badge<'a, M: 'a>(
    look: Look,
    direction: Direction,
    glyph: Option<Glyph>,
    label: &str,
    colour: Color,
) -> Element<'a, M> {
    let words = bidi(direction, label);
    let mut runs = Vec::with_capacity(3);
    if let Some(glyph) = glyph {
        if direction.is_rtl() {
            runs.push(span::<(), Font>(RLM.to_string()).font(BOLD));
        }
        runs.push(span::<(), Font>(glyph.0.to_string()).font(super::icon::FONT));
        runs.push(span::<(), Font>(" ").font(BOLD));
    }
    runs.push(span::<(), Font>(words).font(BOLD));
    container(
        rich_text(runs)
            .size(look.size(size::SMALL))
            .wrapping(Wrapping::WordOrGlyph),
    )
    .padding([4, 10])
    .style(theme::badge(look.palette(), colour))
    .into()
}

/// A full-width notice strip with a pictogram.
pub fn notice<'a, M: 'a>(
    look: Look,
    direction: Direction,
    glyph: Glyph,
    message: &str,
    bg: Color,
    fg: Color,
) -> Element<'a, M> {
    container(
        row_dir(
            direction,
            vec![
                icon(glyph, 28.0),
                container(para(direction, message, look.size(size::BODY)))
                    .width(Fill)
                    .into(),
            ],
        )
        .spacing(14),
    )
    .padding(16)
    .width(Fill)
    .style(theme::notice(look.palette(), bg, fg))
    .into()
}

/// Lay out tiles in rows of `columns`, in reading order, every cell the same width. The last
/// row is padded with empty cells so that it too starts on the reading-start side.
pub fn tile_grid<'a, M: 'a>(
    direction: Direction,
    tiles: Vec<Element<'a, M>>,
    columns: usize,
    spacing: f32,
) -> Element<'a, M> {
    let columns = columns.max(1);
    let mut rows = column![].spacing(spacing);
    let mut tiles = tiles.into_iter().peekable();
    while tiles.peek().is_some() {
        let mut cells: Vec<Element<'a, M>> = Vec::with_capacity(columns);
        for _ in 0..columns {
            match tiles.next() {
                Some(tile) => cells.push(container(tile).width(Length::FillPortion(1)).into()),
                None => cells.push(space().width(Length::FillPortion(1)).into()),
            }
        }
        rows = rows.push(
            row_dir(direction, cells)
                .spacing(spacing)
                .align_y(Alignment::Start),
        );
    }
    rows.width(Fill).into()
}

/// One labelled fact: pictogram, label, value.
pub fn fact<'a, M: 'a>(
    look: Look,
    direction: Direction,
    glyph: Glyph,
    label: &str,
    value: Element<'a, M>,
) -> Element<'a, M> {
    row_dir(
        direction,
        vec![
            container(icon(glyph, 30.0)).width(44).center_x(44).into(),
            column![
                aligned(
                    direction,
                    text(bidi(direction, label))
                        .size(look.size(size::SMALL))
                        .color(look.palette().muted)
                        .wrapping(Wrapping::WordOrGlyph)
                        .into()
                ),
                value,
            ]
            .spacing(2)
            .width(Fill)
            .into(),
        ],
    )
    .spacing(12)
    .align_y(Alignment::Start)
    .into()
}

/// Give an element an id that tests can find (buttons have none of their own in iced 0.14).
pub fn with_id<'a, M: 'a>(id: impl Into<String>, element: Element<'a, M>) -> Element<'a, M> {
    container(element)
        .id(iced::widget::Id::from(id.into()))
        .into()
}

/// A column centred on the screen with a comfortable reading width.
pub fn reading<'a, M: 'a>(content: Element<'a, M>) -> Element<'a, M> {
    container(
        container(content)
            .width(Fill)
            .max_width(size::READING_WIDTH),
    )
    .width(Fill)
    .center_x(Fill)
    .into()
}

/// A phone number in large type. Numbers run left to right in every language, so they are a
/// separate text with no direction mark.
pub fn phone_number<'a, M: 'a>(number: &str, size: f32, colour: Color) -> Element<'a, M> {
    text(number.to_owned())
        .size(size)
        .font(BOLD)
        .color(colour)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, strong: bool) -> Span {
        Span {
            text: text.to_owned(),
            strong,
            ..Span::default()
        }
    }

    #[test]
    fn styled_runs_never_end_inside_a_word() {
        let merged = whole_words(&[span("قل أين أنت", true), span(": بسرعة", false)]);
        assert_eq!(
            merged,
            vec![span("قل أين أنت:", true), span(" بسرعة", false)]
        );
        let untouched = whole_words(&[span("أنت ", true), span("بسرعة", false)]);
        assert_eq!(untouched.len(), 2);
        let swallowed = whole_words(&[span("112", true), span("،", false)]);
        assert_eq!(swallowed, vec![span("112،", true)]);
    }
}
