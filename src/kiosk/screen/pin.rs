//! The volunteer PIN pad. Digits are kept only here, in memory, until checked or cleared;
//! an idle reset drops them with the rest of the session.

use std::time::Duration;

use crate::kiosk::renderer::Element;
use iced::widget::{Row, button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, para, with_id};
use iced::widget::text::Wrapping;

const MAX_DIGITS: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    digits: String,
    wrong: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Digit(char),
    Clear,
    Submit,
    Cancel,
}

/// What the parent should do.
pub enum Action {
    None,
    /// Check these digits against the configured hash.
    Check(String),
    Cancel,
}

impl State {
    pub fn entered(&self) -> usize {
        self.digits.len()
    }

    pub fn update(&mut self, message: Message, locked: bool) -> Action {
        match message {
            Message::Cancel => Action::Cancel,
            _ if locked => Action::None,
            Message::Digit(d) if d.is_ascii_digit() && self.digits.len() < MAX_DIGITS => {
                self.wrong = false;
                self.digits.push(d);
                Action::None
            }
            Message::Digit(_) => Action::None,
            Message::Clear => {
                self.digits.clear();
                Action::None
            }
            Message::Submit if self.digits.is_empty() => Action::None,
            Message::Submit => Action::Check(std::mem::take(&mut self.digits)),
        }
    }

    /// The parent found the PIN wrong.
    pub fn wrong(&mut self) {
        self.digits.clear();
        self.wrong = true;
    }

    #[allow(
        clippy::too_many_lines,
        reason = "keys, words and feedback of the pad laid out together"
    )]
    pub fn view<'a>(&self, ctx: &Ctx<'a>, locked: Option<Duration>) -> Element<'a, Message> {
        let dir = ctx.dir();
        let ui = ctx.ui;
        // Side by side (words left, keys right) where the screen is not tall enough for one
        // column.
        let short = ctx.layout.short();
        let (key_w, key_h, gap) = if short {
            (88.0, 64.0, 8.0)
        } else {
            (96.0, 80.0, 12.0)
        };
        let key = |id: String, label: Element<'a, Message>, message: Message, enabled: bool| {
            with_id(
                id,
                button(container(label).center_x(Fill).center_y(Fill))
                    .width(key_w)
                    .height(key_h)
                    .style(theme::card(ctx.pal(), None))
                    .on_press_maybe(enabled.then_some(message))
                    .into(),
            )
        };
        let enabled = locked.is_none();
        let digit = |d: char| {
            key(
                format!("pin-{d}"),
                text(d.to_string()).size(36).font(BOLD).into(),
                Message::Digit(d),
                enabled,
            )
        };
        // A keypad is never mirrored: digits stay where phones put them.
        let rows = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']];
        let mut pad = column![].spacing(gap).align_x(Alignment::Center);
        for r in rows {
            pad = pad.push(Row::with_children(r.map(digit)).spacing(gap));
        }
        pad = pad.push(
            Row::with_children([
                key(
                    "pin-clear".to_owned(),
                    text(bidi(dir, &msg::pin_clear(ui)))
                        .size(size::SMALL)
                        .font(BOLD)
                        .wrapping(Wrapping::WordOrGlyph)
                        .into(),
                    Message::Clear,
                    enabled,
                ),
                digit('0'),
                key(
                    "pin-ok".to_owned(),
                    icon(Glyph::CHECK, 36.0),
                    Message::Submit,
                    enabled && !self.digits.is_empty(),
                ),
            ])
            .spacing(gap),
        );
        let dots: String = "●".repeat(self.digits.len());
        let feedback: Option<(String, iced::Color)> = match locked {
            Some(left) => Some((
                msg::pin_locked(ui, left.as_secs().max(1) as f64),
                ctx.pal().danger,
            )),
            None if self.wrong => Some((msg::pin_wrong(ui), ctx.pal().danger)),
            None => None,
        };
        // The line for "Wrong PIN" is always there, empty or not, so the keys never move.
        let (message, colour) = feedback.unwrap_or_default();
        let feedback = container(
            text(bidi(dir, &message))
                .size(size::BODY)
                .font(BOLD)
                .color(colour)
                .wrapping(Wrapping::WordOrGlyph)
                .align_x(iced::alignment::Horizontal::Center),
        )
        .height(FEEDBACK_HEIGHT)
        .center_x(Fill);
        let words_width = if short {
            300.0
        } else {
            3.0 * key_w + 2.0 * gap
        };
        let cancel = with_id(
            "pin-cancel",
            button(
                container(
                    text(bidi(dir, &msg::pin_cancel(ui)))
                        .size(size::BODY)
                        .font(BOLD)
                        .wrapping(Wrapping::WordOrGlyph),
                )
                .center_x(Fill)
                .center_y(Fill),
            )
            .width(Fill)
            .height(size::TARGET)
            .style(theme::card(ctx.pal(), None))
            .on_press(Message::Cancel)
            .into(),
        );
        let words = column![
            text(bidi(dir, &msg::pin_heading(ui)))
                .size(size::H2)
                .font(BOLD)
                .wrapping(Wrapping::WordOrGlyph),
            para(dir, &msg::pin_hint(ui), ctx.size(size::BODY)),
            container(text(dots).size(40))
                .height(56)
                .center_x(Fill)
                .style(theme::panel(ctx.pal())),
            feedback,
        ]
        .spacing(if short { 10 } else { 16 })
        .width(words_width)
        .align_x(Alignment::Center);
        let panel: Element<'a, Message> = if short {
            iced::widget::row![column![words, cancel].spacing(10).width(words_width), pad]
                .spacing(28)
                .align_y(Alignment::Center)
                .into()
        } else {
            column![words, pad, container(cancel).width(words_width)]
                .spacing(16)
                .align_x(Alignment::Center)
                .into()
        };
        container(panel)
            .padding(if short { 20 } else { 32 })
            .style(theme::panel(ctx.pal()))
            .into()
    }
}

/// Room for two lines of "Wrong PIN" or "Too many wrong tries".
const FEEDBACK_HEIGHT: f32 = 64.0;
