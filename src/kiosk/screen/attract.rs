//! The attract screen, shown when nobody is using the kiosk: the centre's name, the time,
//! and "Touch the screen to start" cycling through the offered languages, each in its own
//! script. A touch anywhere starts (on the language picker).

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::i18n::{Catalog, Direction};
use crate::kiosk::Message;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme;
use crate::kiosk::widget::{BOLD, bidi, with_id};
use crate::lang::Lang;

pub fn view<'a>(
    ctx: &Ctx<'a>,
    default_lang: &Lang,
    line: Option<&(String, Direction)>,
) -> Element<'a, Message> {
    let clock = clock(ctx.catalog, default_lang, ctx.now);
    let (touch, dir) = line.cloned().unwrap_or_default();
    let content = column![
        text(ctx.content.meta.name.clone()).size(52).font(BOLD),
        text(clock).size(96).font(BOLD),
        iced::widget::space().height(30),
        icon(Glyph::LANGUAGES, 64.0),
        // Centred by the column: centring the text itself would push one-line RTL text out
        // of its box in iced 0.14.
        text(bidi(dir, &touch)).size(44).font(BOLD),
        iced::widget::space().height(40),
        container(
            iced::widget::row![icon(Glyph::SIREN, 40.0), text("112").size(40).font(BOLD)]
                .spacing(14)
                .align_y(Alignment::Center)
        )
        .padding([10, 28])
        .style(theme::badge(iced::Color::WHITE)),
    ]
    .spacing(18)
    .align_x(Alignment::Center);
    with_id(
        "attract",
        button(container(content).center_x(Fill).center_y(Fill))
            .width(Fill)
            .height(Fill)
            .style(|_, _| button::Style {
                background: Some(theme::BAR.into()),
                text_color: iced::Color::WHITE,
                ..button::Style::default()
            })
            .on_press(Message::Start)
            .into(),
    )
}

/// The time, as the default language writes it ("14:05", "2:05 PM", "۱۴:۰۵").
fn clock(catalog: &Catalog, lang: &Lang, now: jiff::civil::DateTime) -> String {
    catalog.find(lang).map_or_else(
        || format!("{:02}:{:02}", now.hour(), now.minute()),
        |_| catalog.localizer(lang).formats().time(now.time()),
    )
}
