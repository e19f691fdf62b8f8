//! "Take it home": the QR codes of a detail page (a vCard, a calendar entry, a map place, a
//! short text) and the big `tel:` code shown when a phone number is tapped. The texts come
//! from `crate::take_home`; the codes are encoded once per page and language (the parent
//! makes them when the page, the language or the content changes) and drawn by
//! `kiosk::widget::qr`.

use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::{Ctx, facts};
use crate::content::{Facts, Item};
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::qr::{Modules, qr as draw};
use crate::kiosk::widget::{BOLD, bidi, para, row_dir, with_id};
use crate::take_home::{self as texts, Card};

/// Smallest side of a code on the panel: scannable by a cheap phone at arm's length.
pub const MIN_MM: f32 = 35.0;
/// Assumed when the configuration does not give `panel_height_mm`: a 21.5" 1080p panel
/// (268 mm high), the most common kiosk size.
const DEFAULT_PANEL_MM: f32 = 268.0;

/// One QR code: what it says, what it holds, and its modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub caption: String,
    pub payload: String,
    modules: Modules,
}

impl Code {
    pub fn new(caption: String, payload: String) -> Option<Self> {
        let modules = Modules::encode(&payload)?;
        Some(Self {
            caption,
            payload,
            modules,
        })
    }
}

/// Smallest module, in logical pixels (about 1 mm on common kiosk panels): dense codes
/// (a vCard with opening hours in Arabic) grow instead of shrinking their modules.
const MIN_CELL: f32 = 4.0;

/// The side of a code, in logical pixels: at least `MIN_MM` on the panel, and modules of at
/// least `MIN_CELL`.
pub fn side(ctx: &Ctx<'_>, code: &Code) -> f32 {
    let panel_mm = ctx.panel_height_mm.unwrap_or(DEFAULT_PANEL_MM).max(1.0);
    let per_mm = ctx.layout.height / panel_mm;
    let cells = (code.modules.width + 2 * crate::kiosk::widget::qr::QUIET) as f32;
    (MIN_MM * per_mm).ceil().max(200.0).max(cells * MIN_CELL)
}

/// What a phone can take home from an item, in the visitor's language: captions and texts.
pub fn payloads(ctx: &Ctx<'_>, item: &Item) -> Vec<(String, String)> {
    let ui = ctx.ui;
    let shown = ctx.shown(item);
    let title = shown
        .as_ref()
        .map_or_else(|| item.id.slug.clone(), |s| s.text.title.clone());
    let summary = shown
        .as_ref()
        .map(|s| s.text.summary.clone())
        .unwrap_or_default();
    // The panel's heading says what the codes are for; only the map code has a caption.
    let take = String::new();
    let mut out = Vec::new();
    let hours_note = |hours: &crate::content::hours::OpeningHours| {
        let mut note = vec![msg::fact_hours(ui)];
        note.extend(facts::hours_lines(ctx, hours));
        note
    };
    match &item.facts {
        Facts::Contact(contact) => {
            let card = Card {
                name: title,
                phones: contact.phones.iter().map(|p| p.dial().to_owned()).collect(),
                email: contact.email.clone(),
                address: contact.address.clone(),
                website: None,
                coordinates: item.common.coordinates,
                note: hours_note(&contact.hours),
            };
            out.push((take, texts::vcard(&card)));
        }
        Facts::Service(service) => {
            let card = Card {
                name: title,
                phones: service.phones.iter().map(|p| p.dial().to_owned()).collect(),
                email: service.email.clone(),
                address: service.address.clone(),
                website: service.website.clone(),
                coordinates: item.common.coordinates,
                note: service.hours.as_ref().map(hours_note).unwrap_or_default(),
            };
            out.push((take, texts::vcard(&card)));
        }
        Facts::Event(event) => {
            let occurrence = event.next_occurrence(ctx.now);
            if let Some(o) = occurrence {
                let uid = format!("{}@{}", item.id, ctx.content.meta.id);
                out.push((
                    take,
                    texts::vevent(
                        &uid,
                        &title,
                        event,
                        o.start,
                        o.end,
                        &ctx.content.meta.timezone_name,
                        &summary,
                    ),
                ));
            }
        }
        Facts::Job(job) => {
            let f = ui.formats();
            let mut lines = vec![
                title,
                format!("{}: {}", msg::fact_employer(ui), job.employer),
            ];
            if let Some(place) = &job.place {
                lines.push(format!("{}: {place}", msg::fact_place(ui)));
            }
            if let Some(phone) = &job.phone {
                lines.push(format!("{}: {}", msg::fact_phone(ui), phone.display()));
            }
            if let Some(email) = &job.email {
                lines.push(format!("{}: {email}", msg::fact_email(ui)));
            }
            if let Some(expires) = job.expires {
                lines.push(format!(
                    "{}: {}",
                    msg::fact_apply_before(ui),
                    f.date(expires)
                ));
            }
            out.push((take, texts::text(&lines)));
        }
        Facts::Guide => {
            let payload = match &item.common.website {
                Some(url) => url.clone(),
                None => texts::text(&[title, summary]),
            };
            out.push((take, payload));
        }
        Facts::Story(_) => {}
    }
    if let Some(place) = item.common.coordinates {
        out.push((msg::fact_address(ui), texts::geo(place)));
    }
    out
}

/// The codes of a page, side by side (they wrap on narrow screens).
pub fn view<'a, M: 'a>(ctx: &Ctx<'a>, codes: &'a [Code]) -> Option<Element<'a, M>> {
    if codes.is_empty() {
        return None;
    }
    let dir = ctx.dir();
    let pal = ctx.pal();
    let cells: Vec<Element<'a, M>> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let side = side(ctx, code);
            let mut cell = column![with_id(format!("qr-{i}"), qr(code, side))]
                .spacing(8)
                .align_x(Alignment::Center);
            if !code.caption.is_empty() {
                cell = cell
                    .push(container(para(dir, &code.caption, ctx.size(size::SMALL))).width(side));
            }
            cell.into()
        })
        .collect();
    let header = row_dir(
        dir,
        vec![
            icon(Glyph::QR_CODE, 30.0),
            text(bidi(dir, &msg::qr_take_home(ctx.ui)))
                .size(ctx.size(size::BODY))
                .font(BOLD)
                .wrapping(text::Wrapping::WordOrGlyph)
                .into(),
        ],
    )
    .spacing(12);
    let header = crate::kiosk::widget::aligned(dir, header.into());
    Some(
        container(
            column![
                header,
                crate::kiosk::widget::aligned(
                    dir,
                    crate::kiosk::widget::wrap_dir(dir, cells, 24.0)
                )
            ]
            .spacing(16),
        )
        .padding(22)
        .width(Fill)
        .style(theme::panel(pal))
        .into(),
    )
}

/// A code on white with its quiet zone, dark modules: what phone cameras expect, in any
/// contrast setting.
fn qr<'a, M: 'a>(code: &'a Code, side: f32) -> Element<'a, M> {
    container(draw(&code.modules, side))
        .padding(6)
        .style(|_| container::Style {
            background: Some(iced::Color::WHITE.into()),
            ..container::Style::default()
        })
        .into()
}

/// A tapped phone number, big, with its `tel:` code and a Close button.
pub fn phone<'a, M: Clone + 'a>(ctx: &Ctx<'a>, code: &'a Code, close: M) -> Element<'a, M> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let number = code.payload.trim_start_matches("tel:").to_owned();
    let short = ctx.layout.short();
    // The dialog sits in a modal with 24 px around it: on a short screen the code and the
    // words go side by side, and the code never grows past the room left for it.
    let room = if short {
        ctx.layout.height - 2.0 * 24.0 - 2.0 * 20.0 - 12.0
    } else {
        ctx.layout.height * 0.55
    };
    let side = side(ctx, code).max(200.0).min(room);
    let big = crate::kiosk::widget::phone_number(&code.caption, size::NUMBER, pal.text);
    let call = para(dir, &msg::qr_call(ctx.ui), ctx.size(size::BODY));
    let dialled: Element<'a, M> = text(number).size(size::SMALL).color(pal.muted).into();
    let close = with_id(
        "qr-close",
        button(
            text(bidi(dir, &msg::qr_close(ctx.ui)))
                .size(ctx.size(size::BODY))
                .font(BOLD),
        )
        .padding([16, 40])
        .style(theme::solid(pal, pal.primary))
        .on_press(close)
        .into(),
    );
    let code = with_id("qr-phone", qr(code, side));
    let inside: Element<'a, M> = if short {
        let words = column![big, call, dialled, close]
            .spacing(10)
            .align_x(Alignment::Center);
        row_dir(dir, vec![code, container(words).width(Fill).into()])
            .spacing(20)
            .into()
    } else {
        column![big, code, call, dialled, close]
            .spacing(16)
            .align_x(Alignment::Center)
            .into()
    };
    container(inside)
        .padding(if short { 20 } else { 28 })
        .max_width(760)
        .style(theme::panel(pal))
        .into()
}

/// The code for a phone number as shown (`caption`) and dialled.
pub fn phone_code(shown: &str, dial: &str) -> Option<Code> {
    Code::new(shown.to_owned(), texts::tel(dial))
}
