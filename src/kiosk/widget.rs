//! Touch-sized, direction-aware building blocks. iced has no layout direction, so mirroring
//! happens here: rows are reversed, text is aligned to the start side and right-to-left
//! paragraphs get a right-to-left mark so that a leading Latin word or number does not flip
//! them.

use crate::kiosk::renderer::Element;
use iced::alignment::Horizontal;
use iced::font::Weight;
use iced::widget::{Row, column, container, rich_text, space, span, text};
use iced::{Alignment, Color, Fill, Font, Length, Padding};

use super::icon::{Glyph, icon};
use super::theme::{self, size};
use crate::content::markdown::Span;
use crate::i18n::Direction;

pub const SANS: Font = Font::with_name(crate::fonts::SANS_FAMILY);
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..SANS
};

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

/// Text prepared for its direction.
pub fn bidi(direction: Direction, text: &str) -> String {
    if direction.is_rtl() && !text.starts_with(RLM) {
        format!("{RLM}{text}")
    } else {
        text.to_owned()
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
    aligned(direction, text(bidi(direction, content)).size(size).into())
}

/// Bold text, aligned to the start side.
pub fn heading<'a, M: 'a>(direction: Direction, content: &str, size: f32) -> Element<'a, M> {
    aligned(
        direction,
        text(bidi(direction, content))
            .size(size)
            .font(BOLD)
            .line_height(1.25)
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

/// A paragraph with bold and italic runs.
pub fn rich<'a, M: 'a>(direction: Direction, spans: &[Span], size: f32) -> Element<'a, M> {
    let merged;
    let spans = if direction.is_rtl() {
        merged = whole_words(spans);
        merged.as_slice()
    } else {
        spans
    };
    let mut runs = Vec::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        let content = if i == 0 {
            bidi(direction, &s.text)
        } else {
            s.text.clone()
        };
        let font = Font {
            weight: if s.strong {
                Weight::Bold
            } else {
                Weight::Normal
            },
            style: if s.emphasis {
                iced::font::Style::Italic
            } else {
                iced::font::Style::Normal
            },
            ..SANS
        };
        runs.push(span::<(), Font>(content).font(font));
    }
    aligned(
        direction,
        rich_text(runs).size(size).line_height(1.45).into(),
    )
}

/// A small coloured label, optionally with a pictogram.
pub fn badge<'a, M: 'a>(
    direction: Direction,
    glyph: Option<Glyph>,
    label: &str,
    colour: Color,
) -> Element<'a, M> {
    let mut parts: Vec<Element<'a, M>> = Vec::new();
    if let Some(glyph) = glyph {
        parts.push(icon(glyph, size::SMALL));
    }
    parts.push(
        text(bidi(direction, label))
            .size(size::SMALL)
            .font(BOLD)
            .into(),
    );
    container(row_dir(direction, parts).spacing(6))
        .padding([4, 10])
        .style(theme::badge(colour))
        .into()
}

/// A full-width notice strip with a pictogram.
pub fn notice<'a, M: 'a>(
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
                container(para(direction, message, size::BODY))
                    .width(Fill)
                    .into(),
            ],
        )
        .spacing(14),
    )
    .padding(16)
    .width(Fill)
    .style(theme::notice(bg, fg))
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
                        .size(size::SMALL)
                        .color(theme::MUTED)
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
    container(container(content).max_width(size::READING_WIDTH))
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
            emphasis: false,
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
