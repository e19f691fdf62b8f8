//! The attract screen, shown when nobody is using the kiosk: the centre's name, the time,
//! and "Touch the screen to start" cycling through the offered languages, each in its own
//! script. A touch anywhere starts (on the language picker).

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::content::{Facts, Kind};
use crate::i18n::{Catalog, Direction};
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, fitting_size, with_id};
use crate::lang::Lang;
use iced::widget::text::Wrapping;

/// Which "Touch the screen to start" line is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
    line: usize,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The screen was touched anywhere.
    Start,
    /// The emergency number was touched.
    Emergency,
}

/// What the parent should do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Begin a visit on the language picker.
    Start,
    /// Begin a visit on the Emergency screen, in the default language.
    Emergency,
}

impl State {
    pub fn line(self) -> usize {
        self.line
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Start => Action::Start,
            Message::Emergency => Action::Emergency,
        }
    }

    /// Time for the next language, of `count`.
    pub fn tick(&mut self, count: usize) {
        if count > 0 {
            self.line = (self.line + 1) % count;
        }
    }

    /// `lines`: "Touch the screen to start" in every offered language.
    pub fn view<'a>(
        self,
        ctx: &Ctx<'a>,
        default_lang: &Lang,
        lines: &[(String, Direction)],
    ) -> Element<'a, Message> {
        view(ctx, default_lang, lines.get(self.line))
    }
}

fn view<'a>(
    ctx: &Ctx<'a>,
    default_lang: &Lang,
    line: Option<&(String, Direction)>,
) -> Element<'a, Message> {
    let clock = clock(ctx.catalog, default_lang, ctx.now);
    let (touch, dir) = line.cloned().unwrap_or_default();
    // Everything in proportion to the screen's height, so 800×480 shows it all too.
    let k = (ctx.layout.height / 800.0).clamp(0.6, 1.4);
    let width = ctx.layout.width - 48.0;
    let name = ctx.content.meta.name.clone();
    let name_size = fitting_size(&name, width, BOLD, 52.0 * k, 28.0);
    let touch_size = fitting_size(&touch, width, BOLD, 44.0 * k, 24.0);
    let mut content = column![
        text(name)
            .size(name_size)
            .font(BOLD)
            .wrapping(Wrapping::WordOrGlyph),
        text(clock).size(96.0 * k).font(BOLD),
        iced::widget::space().height(20.0 * k),
        icon(Glyph::LANGUAGES, 64.0 * k),
        // Centred by the column: centring the text itself would push one-line RTL text out
        // of its box in iced 0.14.
        text(bidi(dir, &touch))
            .size(touch_size)
            .font(BOLD)
            .wrapping(Wrapping::WordOrGlyph),
        iced::widget::space().height(24.0 * k),
    ]
    .spacing(14.0 * k)
    .align_x(Alignment::Center);
    // The centre's emergency number, one tap to the Emergency screen.
    if let Some(button) = emergency_button(
        ctx,
        "attract-emergency",
        theme::attract_emergency(ctx.pal()),
    ) {
        content = content.push(button);
    }
    with_id(
        "attract",
        button(container(content).center_x(Fill).center_y(Fill))
            .width(Fill)
            .height(Fill)
            .style(theme::attract(ctx.pal()))
            .on_press(Message::Start)
            .into(),
    )
}

/// The centre's emergency number in large type with a siren, in `style` (the attract and
/// night screens): one tap to the Emergency screen. None if the bundle has no urgent number.
pub fn emergency_button<'a>(
    ctx: &Ctx<'_>,
    id: &'static str,
    style: impl Fn(&iced::Theme, iced::widget::button::Status) -> iced::widget::button::Style + 'a,
) -> Option<Element<'a, Message>> {
    let number = emergency_number(ctx)?;
    Some(with_id(
        id,
        button(
            iced::widget::row![icon(Glyph::SIREN, 40.0), text(number).size(40).font(BOLD)]
                .spacing(14)
                .align_y(Alignment::Center),
        )
        .padding([10, 28])
        .height(size::TARGET + 8.0)
        .style(style)
        .on_press(Message::Emergency)
        .into(),
    ))
}

/// The first number of the first urgent contact (112 in the built-in content).
pub fn emergency_number(ctx: &Ctx<'_>) -> Option<String> {
    ctx.content
        .items_of(Kind::Contacts)
        .find_map(|item| match &item.facts {
            Facts::Contact(c) if c.urgent => c.phones.first().map(|p| p.display().to_owned()),
            _ => None,
        })
}

/// The time, as the default language writes it ("14:05", "2:05 PM", "۱۴:۰۵").
fn clock(catalog: &Catalog, lang: &Lang, now: jiff::civil::DateTime) -> String {
    catalog.find(lang).map_or_else(
        || format!("{:02}:{:02}", now.hour(), now.minute()),
        |_| catalog.localizer(lang).formats().time(now.time()),
    )
}
