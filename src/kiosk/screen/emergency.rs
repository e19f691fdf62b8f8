//! Emergency numbers in large type, each with what it is for. One tap from every screen.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container};
use iced::{Alignment, Fill};

use super::{Action, Route};
use super::{Ctx, facts, listen_button, marked};
use crate::content::ItemId;
use crate::content::{Facts, Item, Kind};
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::listen::{Line, Script, Topic};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{aligned, heading, para, phone_number, row_dir, with_id};
use crate::speech::plan::{self, Sentence, Spot};

/// The Emergency screen remembers only a tapped number, whose `tel:` code it shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub phone: Option<super::take_home::Code>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A contact's card was tapped: its details (hours, address, languages).
    Open(ItemId),
    Listen,
    /// A number, as shown and as dialled: show its `tel:` code.
    Phone(String, String),
    ClosePhone,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open(id) => Action::Open(Route::Detail(id)),
            Message::Listen => Action::Listen(Topic::Emergency),
            Message::Phone(shown, dial) => {
                self.phone = super::take_home::phone_code(&shown, &dial);
                Action::None
            }
            Message::ClosePhone => {
                self.phone = None;
                Action::None
            }
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx)
    }

    /// The tapped number's code, over the screen.
    pub fn overlay<'a>(&'a self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        let code = self.phone.as_ref()?;
        Some(super::take_home::phone(ctx, code, Message::ClosePhone))
    }
}

/// The contacts in the order shown: urgent numbers first, then the bundle's order.
fn contacts<'a>(ctx: &Ctx<'a>) -> Vec<&'a Item> {
    let mut contacts: Vec<&Item> = ctx.current_items(Kind::Contacts);
    contacts.sort_by_key(|i| !matches!(&i.facts, Facts::Contact(c) if c.urgent));
    contacts
}

/// The short numbers of the bundle's contacts (112, 110…), spoken digit by digit wherever
/// they appear.
pub fn numbers(ctx: &Ctx<'_>) -> Vec<String> {
    ctx.content
        .items_of(Kind::Contacts)
        .filter_map(|i| match &i.facts {
            Facts::Contact(c) => Some(c.phones.iter()),
            _ => None,
        })
        .flatten()
        .map(|p| {
            p.display()
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        })
        .filter(|digits| (2..6).contains(&digits.len()))
        .collect()
}

/// What the screen reads aloud: each card's name and numbers, the urgent ones first, then
/// the line about 112.
pub fn script(ctx: &Ctx<'_>) -> Script {
    let numbers = numbers(ctx);
    let mut lines = Vec::new();
    for (i, item) in contacts(ctx).into_iter().enumerate() {
        let Facts::Contact(contact) = &item.facts else {
            continue;
        };
        let Some(shown) = ctx.shown(item) else {
            continue;
        };
        let phones: Vec<&str> = contact
            .phones
            .iter()
            .map(crate::content::phone::PhoneNumber::display)
            .collect();
        let words = format!("{}: {}", shown.text.title, phones.join(", "));
        lines.push(Line {
            lang: shown.lang.clone(),
            sentence: Sentence {
                spot: Spot::Fact(i),
                range: 0..words.len(),
                spoken: plan::spoken(&words, &numbers, false),
            },
        });
    }
    let intro = msg::emergency_intro(ctx.ui);
    for range in plan::sentences(&intro) {
        lines.push(Line {
            lang: ctx.ui.lang().clone(),
            sentence: Sentence {
                spot: Spot::Title,
                spoken: plan::spoken(&intro[range.clone()], &numbers, false),
                range,
            },
        });
    }
    Script {
        lines,
        recording: None,
    }
}

fn view<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
    let contacts = contacts(ctx);
    let spot = ctx.reading_spot(&Topic::Emergency);
    let mut page = column![
        row_dir(
            dir,
            vec![
                container(icon(Glyph::SIREN, 52.0))
                    .style(theme::tinted(ctx.pal().danger))
                    .into(),
                heading(dir, &msg::emergency_heading(ctx.ui), ctx.size(size::H1)),
            ]
        )
        .spacing(18),
        marked(
            ctx,
            spot == Some(&Spot::Title),
            para(dir, &msg::emergency_intro(ctx.ui), ctx.size(size::H3))
        ),
    ]
    .spacing(20);
    if ctx.can_speak(ctx.ui.lang(), None) {
        page = page.push(listen_button(ctx, Message::Listen));
    }
    for (i, item) in contacts.into_iter().enumerate() {
        page = page.push(marked(
            ctx,
            spot == Some(&Spot::Fact(i)),
            contact_card(ctx, item),
        ));
    }
    page.into()
}

fn contact_card<'a>(ctx: &Ctx<'a>, item: &'a Item) -> Element<'a, Message> {
    let dir = ctx.dir();
    let Facts::Contact(contact) = &item.facts else {
        return column![].into();
    };
    let colour = if contact.urgent {
        ctx.pal().danger
    } else {
        ctx.pal().text
    };
    // Numbers beside the words where there is room, above them on narrow screens; always
    // on one line, in the biggest type that fits.
    let stacked = ctx.layout.content_width() < 900.0;
    let inner = ctx.layout.content_width() - 2.0 * 24.0;
    let number_width = if stacked {
        inner
    } else {
        (inner - 28.0) * 2.0 / 5.0
    };
    let mut numbers = column![].spacing(4).width(iced::Shrink);
    for phone in &contact.phones {
        let shown = phone.display();
        let size = crate::kiosk::widget::fitting_size(
            shown,
            number_width,
            crate::kiosk::widget::BOLD,
            ctx.size(size::NUMBER),
            ctx.size(size::H3),
        );
        // The number is a button of its own (inside the card's): its `tel:` code.
        numbers = numbers.push(with_id(
            format!("emergency-phone-{}", phone.dial()),
            button(phone_number(shown, size, colour))
                .padding(0)
                .style(button::text)
                .on_press(Message::Phone(shown.to_owned(), phone.dial().to_owned()))
                .into(),
        ));
    }
    let shown = ctx.shown(item);
    let (title, summary, text_dir) = shown.as_ref().map_or_else(
        || (item.id.slug.clone(), String::new(), dir),
        |s| (s.text.title.clone(), s.text.summary.clone(), s.direction),
    );
    let mut words = column![heading(text_dir, &title, ctx.size(size::CARD_TITLE))].spacing(8);
    if !summary.is_empty() {
        words = words.push(para(text_dir, &summary, ctx.size(size::BODY)));
    }
    let mut badges = facts::badges(ctx, item, shown.as_ref());
    if contact.urgent {
        badges.insert(
            0,
            crate::kiosk::widget::badge(
                ctx.look,
                dir,
                Some(Glyph::ALERT),
                &msg::urgent_badge(ctx.ui),
                ctx.pal().danger,
            ),
        );
    }
    badges.push(facts::hours_lines(ctx, &contact.hours).first().map_or_else(
        || column![].into(),
        |line| {
            crate::kiosk::widget::badge(ctx.look, dir, Some(Glyph::CLOCK), line, ctx.pal().muted)
        },
    ));
    words = words.push(aligned(
        dir,
        crate::kiosk::widget::wrap_dir(dir, badges, 8.0),
    ));
    let content: Element<'a, Message> = if stacked {
        column![aligned(dir, numbers.into()), words]
            .spacing(12)
            .into()
    } else {
        row_dir(
            dir,
            vec![
                container(numbers)
                    .width(iced::Length::FillPortion(2))
                    .into(),
                container(words).width(iced::Length::FillPortion(3)).into(),
            ],
        )
        .spacing(28)
        .align_y(Alignment::Center)
        .into()
    };
    with_id(
        format!("card-contacts-{}", item.id.slug),
        button(content)
            .padding(24)
            .width(Fill)
            .style(theme::card(
                ctx.pal(),
                contact.urgent.then_some(ctx.pal().danger),
            ))
            .on_press(Message::Open(item.id.clone()))
            .into(),
    )
}
