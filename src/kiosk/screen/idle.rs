//! The idle warning: "Are you still there?" with a countdown and a large "I need more time".

use std::time::Duration;

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, para, with_id};

#[derive(Debug, Clone)]
pub enum Message {
    /// "I need more time".
    MoreTime,
}

/// What the parent should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keep the session: the visitor is still there.
    Stay,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::MoreTime => Action::Stay,
    }
}

/// The warning with `left` to go before the session is cleared.
pub fn view<'a>(ctx: &Ctx<'a>, left: Duration) -> Element<'a, Message> {
    let dir = ctx.dir();
    let short = ctx.layout.short();
    let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
    let more = with_id(
        "idle-more-time",
        button(
            container(
                iced::widget::row![
                    icon(Glyph::HOURGLASS, 40.0),
                    text(bidi(dir, &msg::idle_more_time(ctx.ui)))
                        .size(if short { 28 } else { 34 })
                        .font(BOLD)
                        .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                ]
                .spacing(16)
                .align_y(Alignment::Center),
            )
            .center_x(Fill)
            .center_y(Fill),
        )
        .width(Fill)
        .height(if short { 80 } else { 120 })
        .style(theme::solid(ctx.pal(), ctx.pal().success))
        .on_press(Message::MoreTime)
        .into(),
    );
    container(
        column![
            icon(Glyph::CLOCK, if short { 40.0 } else { 64.0 }),
            text(bidi(dir, &msg::idle_heading(ctx.ui)))
                .size(if short {
                    ctx.size(size::H2)
                } else {
                    ctx.size(size::H1)
                })
                .font(BOLD)
                .wrapping(iced::widget::text::Wrapping::WordOrGlyph),
            para(
                dir,
                &msg::idle_countdown(ctx.ui, seconds as f64),
                ctx.size(size::H3)
            ),
            more,
        ]
        .spacing(if short { 12 } else { 24 })
        .align_x(Alignment::Center),
    )
    .padding(if short { 20 } else { 40 })
    .max_width(760)
    .style(theme::panel(ctx.pal()))
    .into()
}
