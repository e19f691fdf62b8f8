//! The night screen, instead of the attract screen outside the centre's opening hours: dark
//! and still (no language cycle, nothing moves, the kiosk sleeps between minute ticks), with
//! the centre's name, when it opens again and the emergency number. A touch starts a visit as
//! usual.

use iced::widget::{button, column, container, text};
use iced::{Alignment, Color, Fill};

use super::Ctx;
use super::attract::Message;
use crate::content::hours::OpeningHours;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::widget::{BOLD, bidi, fitting_size, with_id};
use iced::widget::text::Wrapping;

const DARK: Color = Color::from_rgb(0.03, 0.04, 0.07);
const DIM: Color = Color::from_rgb(0.62, 0.66, 0.74);

/// Whether `hours` make it night now (kiosk mode only; no hours: never).
pub fn is_night(hours: Option<&OpeningHours>, now: jiff::civil::DateTime) -> bool {
    hours.is_some_and(|h| !h.is_open(now))
}

/// The night screen in the default language (`ctx.ui`).
pub fn view<'a>(ctx: &Ctx<'a>, hours: &OpeningHours) -> Element<'a, Message> {
    let dir = ctx.dir();
    let k = (ctx.layout.height / 800.0).clamp(0.6, 1.4);
    let width = ctx.layout.width - 48.0;
    let name = ctx.content.meta.name.clone();
    let closed = msg::night_closed(ctx.ui);
    let (_, opens) = super::facts::open_status(ctx, hours);
    let touch = msg::night_touch(ctx.ui);
    let line = |words: &str, preferred: f32, colour: Color| {
        let size = fitting_size(words, width, BOLD, preferred * k, 20.0);
        text(bidi(dir, words))
            .size(size)
            .font(BOLD)
            .color(colour)
            .wrapping(Wrapping::WordOrGlyph)
    };
    let mut content = column![
        icon(Glyph::CLOCK, 56.0 * k),
        line(&name, 40.0, DIM),
        line(&closed, 44.0, Color::WHITE),
        line(&opens, 32.0, DIM),
        iced::widget::space().height(16.0 * k),
        line(&touch, 28.0, DIM),
        iced::widget::space().height(16.0 * k),
    ]
    .spacing(14.0 * k)
    .align_x(Alignment::Center);
    let emergency = super::attract::emergency_button(ctx, "night-emergency", |_, status| {
        iced::widget::button::Style {
            background: Some(
                if status == iced::widget::button::Status::Pressed {
                    Color::from_rgb(0.35, 0.05, 0.05)
                } else {
                    Color::from_rgb(0.55, 0.08, 0.08)
                }
                .into(),
            ),
            text_color: Color::WHITE,
            border: iced::Border::default().rounded(12),
            ..iced::widget::button::Style::default()
        }
    });
    if let Some(button) = emergency {
        content = content.push(button);
    }
    with_id(
        "night",
        button(container(content).center_x(Fill).center_y(Fill))
            .width(Fill)
            .height(Fill)
            .style(|_, _| iced::widget::button::Style {
                background: Some(DARK.into()),
                text_color: Color::WHITE,
                ..iced::widget::button::Style::default()
            })
            .on_press(Message::Start)
            .into(),
    )
}
