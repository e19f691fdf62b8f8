//! Typed facts shown in the visitor's language: phone numbers, opening hours, dates, pay.

use crate::kiosk::renderer::Element;
use iced::Color;
use iced::widget::{column, text};

use super::{Ctx, Shown};
use crate::content::hours::{Interval, OpeningHours};
use crate::content::{Contract, Event, Facts, Item, Occurrence, PayPeriod, Recurrence};
use crate::i18n::format::currency_symbol;
use crate::i18n::msg;
use crate::kiosk::icon::Glyph;
use crate::kiosk::theme::size;
use crate::kiosk::widget::{aligned, badge, bidi, fact, para, phone_number};

mod open;
pub use open::{open_badge, open_status};

pub fn money(ctx: &Ctx<'_>, minor_units: i64) -> String {
    let amount = ctx.ui.formats().money_amount(minor_units);
    msg::money(
        ctx.ui,
        msg::MoneyArgs {
            amount: amount.into(),
            symbol: currency_symbol(&ctx.content.meta.currency)
                .to_owned()
                .into(),
        },
    )
}

fn pay(ctx: &Ctx<'_>, minor_units: i64, per: PayPeriod) -> String {
    let amount = money(ctx, minor_units);
    match per {
        PayPeriod::Hour => msg::pay_per_hour(ctx.ui, amount),
        PayPeriod::Day => msg::pay_per_day(ctx.ui, amount),
        PayPeriod::Week => msg::pay_per_week(ctx.ui, amount),
        PayPeriod::Month => msg::pay_per_month(ctx.ui, amount),
        PayPeriod::Year => msg::pay_per_year(ctx.ui, amount),
    }
}

pub fn contract(ctx: &Ctx<'_>, c: Contract) -> String {
    match c {
        Contract::Permanent => msg::contract_permanent(ctx.ui),
        Contract::Temporary => msg::contract_temporary(ctx.ui),
        Contract::Seasonal => msg::contract_seasonal(ctx.ui),
        Contract::Apprenticeship => msg::contract_apprenticeship(ctx.ui),
    }
}

fn interval(ctx: &Ctx<'_>, i: &Interval) -> String {
    let f = ctx.ui.formats();
    let end = i
        .end
        .map_or_else(|| f.time(jiff::civil::Time::midnight()), |t| f.time(t));
    format!("{} – {}", f.time(i.start), end)
}

/// "Monday – Friday: 09:00 – 12:30, 13:30 – 17:00", one line per group of days.
pub fn hours_lines(ctx: &Ctx<'_>, hours: &OpeningHours) -> Vec<String> {
    if *hours == OpeningHours::Always {
        return vec![msg::open_always(ctx.ui)];
    }
    let f = ctx.ui.formats();
    hours
        .groups()
        .iter()
        .map(|g| {
            let days = if g.first == g.last {
                f.weekday(g.first)
            } else {
                format!("{} – {}", f.weekday(g.first), f.weekday(g.last))
            };
            let times: Vec<String> = g.intervals.iter().map(|i| interval(ctx, i)).collect();
            format!("{days}: {}", times.join(f.comma()))
        })
        .collect()
}

/// When an occurrence happens: "Friday 18 December 2026, 17:00 – 20:00".
pub fn when(ctx: &Ctx<'_>, o: &Occurrence) -> String {
    let f = ctx.ui.formats();
    let date = f.date(o.start.date());
    let start = f.time(o.start.time());
    let comma = f.comma();
    match o.end {
        Some(end) if end.date() == o.start.date() => {
            format!("{date}{comma}{start} – {}", f.time(end.time()))
        }
        Some(end) => format!(
            "{date}{comma}{start} – {}{comma}{}",
            f.date(end.date()),
            f.time(end.time())
        ),
        None => format!("{date}{comma}{start}"),
    }
}

fn repeats(ctx: &Ctx<'_>, event: &Event) -> Option<String> {
    event.recurrence.map(|r| match r {
        Recurrence::Weekly => msg::repeats_weekly(ctx.ui),
        Recurrence::Monthly => msg::repeats_monthly(ctx.ui),
        Recurrence::Yearly => msg::repeats_yearly(ctx.ui),
    })
}

fn value<'a, M: 'a>(ctx: &Ctx<'_>, content: &str) -> Element<'a, M> {
    para(ctx.dir(), content, ctx.size(size::BODY))
}

/// Phone numbers, each a button that shows its `tel:` QR code.
fn phones<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    numbers: &[crate::content::phone::PhoneNumber],
    size: f32,
    colour: Color,
    on_phone: &dyn Fn(String, String) -> M,
) -> Element<'a, M> {
    let mut col = column![].spacing(4);
    for n in numbers {
        let shown = crate::kiosk::widget::row_dir(
            ctx.dir(),
            vec![
                phone_number(n.display(), size, colour),
                crate::kiosk::icon::icon(Glyph::QR_CODE, (size * 0.8).min(40.0)),
            ],
        )
        .spacing(12);
        let tap = crate::kiosk::widget::with_id(
            format!("phone-{}", n.dial()),
            iced::widget::button(shown)
                .padding([4, 10])
                .style(crate::kiosk::theme::card(ctx.pal(), None))
                .on_press(on_phone(n.display().to_owned(), n.dial().to_owned()))
                .into(),
        );
        col = col.push(aligned(ctx.dir(), tap));
    }
    col.into()
}

/// Language names joined with " · ", each isolated (FSI…PDI) so that names in different
/// scripts keep their order in a right-to-left line.
fn language_list(ctx: &Ctx<'_>, langs: &[crate::lang::Lang]) -> String {
    langs
        .iter()
        .map(|l| format!("\u{2068}{}\u{2069}", ctx.language_name(l)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One row of the facts panel: a pictogram, what it is, and its value.
#[derive(Debug, Clone)]
pub struct Line {
    pub glyph: Glyph,
    pub label: String,
    pub value: Value,
}

#[derive(Debug, Clone)]
pub enum Value {
    Text(String),
    /// Always left to right (e-mail and web addresses); never read aloud.
    Ltr(String),
    /// Phone numbers at a size, in a colour.
    Phones(Vec<crate::content::phone::PhoneNumber>, f32, Color),
    /// Opening hours, with the "open now" badge or not.
    Hours(OpeningHours, bool),
}

/// The facts panel of the detail screen.
/// `on_phone`: what tapping a number sends (its `tel:` code is shown), given the number as
/// shown and as dialled.
pub fn rows<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    item: &Item,
    on_phone: &dyn Fn(String, String) -> M,
) -> Vec<Element<'a, M>> {
    lines(ctx, item)
        .into_iter()
        .map(|line| {
            let shown = match &line.value {
                Value::Text(words) => value(ctx, words),
                Value::Ltr(words) => ltr_value(ctx, words),
                Value::Phones(numbers, size, colour) => {
                    phones(ctx, numbers, *size, *colour, on_phone)
                }
                Value::Hours(hours, badge) => hours_value(ctx, hours, *badge),
            };
            fact(ctx.look, ctx.dir(), line.glyph, &line.label, shown)
        })
        .collect()
}

/// The facts as they are read aloud, one line each ("Phone: 112"), in the order shown.
/// E-mail and web addresses are not read out.
pub fn spoken(ctx: &Ctx<'_>, item: &Item) -> Vec<String> {
    lines(ctx, item)
        .into_iter()
        .filter_map(|line| {
            let words = match line.value {
                Value::Text(words) => words.replace('\n', ". "),
                Value::Ltr(_) => return None,
                Value::Phones(numbers, ..) => numbers
                    .iter()
                    .map(|n| n.display().to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
                Value::Hours(hours, _) => hours_lines(ctx, &hours).join(". "),
            };
            let words = words.replace(['\u{2068}', '\u{2069}'], "");
            Some(format!("{}: {words}", line.label))
        })
        .collect()
}

/// The facts of an item, as data (shown by `rows`, read by `spoken`).
#[allow(
    clippy::too_many_lines,
    reason = "one arm per kind of item: the facts panel reads as a table"
)]
pub fn lines(ctx: &Ctx<'_>, item: &Item) -> Vec<Line> {
    let ui = ctx.ui;
    let f = ui.formats();
    let mut out: Vec<Line> = Vec::new();
    match &item.facts {
        Facts::Guide | Facts::Story(_) => {}
        Facts::Job(job) => {
            out.push(Line {
                glyph: Glyph::BUILDING,
                label: msg::fact_employer(ui),
                value: Value::Text(job.employer.clone()),
            });
            if let Some(place) = &job.place {
                out.push(Line {
                    glyph: Glyph::MAP_PIN,
                    label: msg::fact_place(ui),
                    value: Value::Text(place.clone()),
                });
            }
            if let Some(c) = job.contract {
                out.push(Line {
                    glyph: Glyph::FILE_TEXT,
                    label: msg::fact_contract(ui),
                    value: Value::Text(contract(ctx, c)),
                });
            }
            if let Some(h) = job.hours_per_week {
                let hours = msg::hours_per_week(ui, f64::from(h));
                out.push(Line {
                    glyph: Glyph::CLOCK,
                    label: msg::fact_working_hours(ui),
                    value: Value::Text(hours),
                });
            }
            if let Some(p) = job.pay {
                out.push(Line {
                    glyph: Glyph::COINS,
                    label: msg::fact_pay(ui),
                    value: Value::Text(pay(ctx, p.minor_units, p.per)),
                });
            }
            if !job.languages_needed.is_empty() {
                out.push(Line {
                    glyph: Glyph::LANGUAGES,
                    label: msg::fact_languages_needed(ui),
                    value: Value::Text(language_list(ctx, &job.languages_needed)),
                });
            }
            if let Some(phone) = &job.phone {
                out.push(Line {
                    glyph: Glyph::PHONE,
                    label: msg::fact_phone(ui),
                    value: Value::Phones(vec![phone.clone()], 34.0, ctx.pal().text),
                });
            }
            if let Some(email) = &job.email {
                out.push(Line {
                    glyph: Glyph::MAIL,
                    label: msg::fact_email(ui),
                    value: Value::Ltr(email.clone()),
                });
            }
            out.push(Line {
                glyph: Glyph::CALENDAR,
                label: msg::fact_posted(ui),
                value: Value::Text(f.date(job.posted)),
            });
            if let Some(expires) = job.expires {
                out.push(Line {
                    glyph: Glyph::HOURGLASS,
                    label: msg::fact_apply_before(ui),
                    value: Value::Text(f.date(expires)),
                });
            }
        }
        Facts::Contact(contact) => {
            out.push(Line {
                glyph: Glyph::PHONE_CALL,
                label: msg::fact_phone(ui),
                value: Value::Phones(
                    contact.phones.clone(),
                    ctx.size(size::NUMBER),
                    ctx.pal().text,
                ),
            });
            out.push(Line {
                glyph: Glyph::CLOCK,
                label: msg::fact_hours(ui),
                value: Value::Hours(contact.hours.clone(), !contact.urgent),
            });
            push_place(
                ctx,
                &mut out,
                contact.address.as_deref(),
                contact.email.as_deref(),
            );
        }
        Facts::Service(service) => {
            if let Some(hours) = &service.hours {
                out.push(Line {
                    glyph: Glyph::CLOCK,
                    label: msg::fact_hours(ui),
                    value: Value::Hours(hours.clone(), true),
                });
            }
            if !service.phones.is_empty() {
                out.push(Line {
                    glyph: Glyph::PHONE,
                    label: msg::fact_phone(ui),
                    value: Value::Phones(service.phones.clone(), 34.0, ctx.pal().text),
                });
            }
            push_place(
                ctx,
                &mut out,
                service.address.as_deref(),
                service.email.as_deref(),
            );
            if !service.languages_spoken.is_empty() {
                out.push(Line {
                    glyph: Glyph::LANGUAGES,
                    label: msg::fact_languages_spoken(ui),
                    value: Value::Text(language_list(ctx, &service.languages_spoken)),
                });
            }
            if let Some(site) = &service.website {
                out.push(Line {
                    glyph: Glyph::GLOBE,
                    label: msg::fact_website(ui),
                    value: Value::Ltr(site.clone()),
                });
            }
        }
        Facts::Event(event) => {
            if let Some(o) = event.next_occurrence(ctx.now) {
                let mut lines = vec![when(ctx, &o)];
                lines.extend(repeats(ctx, event));
                out.push(Line {
                    glyph: Glyph::CALENDAR,
                    label: msg::fact_when(ui),
                    value: Value::Text(lines.join("\n")),
                });
            }
            if let Some(place) = &event.place {
                out.push(Line {
                    glyph: Glyph::MAP_PIN,
                    label: msg::fact_place(ui),
                    value: Value::Text(place.clone()),
                });
            }
        }
    }
    out
}

/// Text that is always left-to-right (e-mail and web addresses), on the start side.
fn ltr_value<'a, M: 'a>(ctx: &Ctx<'_>, content: &str) -> Element<'a, M> {
    aligned(
        ctx.dir(),
        text(content.to_owned())
            .size(size::BODY)
            .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
            .into(),
    )
}

fn hours_value<'a, M: 'a>(
    ctx: &Ctx<'_>,
    hours: &OpeningHours,
    open_badge_shown: bool,
) -> Element<'a, M> {
    let mut col = column![].spacing(6);
    if open_badge_shown && *hours != OpeningHours::Always {
        col = col.push(aligned(ctx.dir(), open_badge(ctx, hours)));
    }
    for line in hours_lines(ctx, hours) {
        col = col.push(value(ctx, &line));
    }
    col.into()
}

fn push_place(ctx: &Ctx<'_>, out: &mut Vec<Line>, address: Option<&str>, email: Option<&str>) {
    let ui = ctx.ui;
    if let Some(address) = address {
        out.push(Line {
            glyph: Glyph::MAP_PIN,
            label: msg::fact_address(ui),
            value: Value::Text(address.to_owned()),
        });
    }
    if let Some(email) = email {
        out.push(Line {
            glyph: Glyph::MAIL,
            label: msg::fact_email(ui),
            value: Value::Ltr(email.to_owned()),
        });
    }
}

/// Short labels for a card in a list.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per kind of item, as on the cards"
)]
pub fn badges<'a, M: 'a>(
    ctx: &Ctx<'_>,
    item: &Item,
    shown: Option<&Shown<'_>>,
) -> Vec<Element<'a, M>> {
    let dir = ctx.dir();
    let ui = ctx.ui;
    let mut out = Vec::new();
    match &item.facts {
        Facts::Job(job) => {
            if let Some(p) = job.pay {
                out.push(badge(
                    ctx.look,
                    dir,
                    Some(Glyph::COINS),
                    &pay(ctx, p.minor_units, p.per),
                    ctx.pal().success,
                ));
            }
            if let Some(c) = job.contract {
                out.push(badge(
                    ctx.look,
                    dir,
                    None,
                    &contract(ctx, c),
                    ctx.pal().muted,
                ));
            }
            if !job.languages_needed.is_empty() {
                out.push(badge(
                    ctx.look,
                    dir,
                    Some(Glyph::LANGUAGES),
                    &language_list(ctx, &job.languages_needed),
                    ctx.pal().primary,
                ));
            }
        }
        Facts::Service(service) => {
            if let Some(hours) = &service.hours {
                out.push(open_badge(ctx, hours));
            }
        }
        Facts::Event(event) => {
            if let Some(o) = event.next_occurrence(ctx.now) {
                out.push(badge(
                    ctx.look,
                    dir,
                    Some(Glyph::CALENDAR),
                    &when(ctx, &o),
                    ctx.pal().primary,
                ));
            }
            if event.free {
                out.push(badge(
                    ctx.look,
                    dir,
                    None,
                    &msg::free_entry(ui),
                    ctx.pal().success,
                ));
            }
        }
        Facts::Contact(contact) => {
            if contact.free {
                out.push(badge(
                    ctx.look,
                    dir,
                    Some(Glyph::CHECK),
                    &msg::free_call(ui),
                    ctx.pal().success,
                ));
            }
        }
        Facts::Story(story) => {
            if story.fictional {
                out.push(badge(
                    ctx.look,
                    dir,
                    Some(Glyph::BOOK_OPEN),
                    &msg::fictional_badge(ui),
                    ctx.pal().muted,
                ));
            }
        }
        Facts::Guide => {}
    }
    // A fictional story is an example by nature: its own badge says so.
    let fictional = matches!(&item.facts, Facts::Story(s) if s.fictional);
    if item.common.example && !fictional {
        out.push(badge(
            ctx.look,
            dir,
            Some(Glyph::INFO),
            &msg::example_badge(ui),
            ctx.pal().warning_fg,
        ));
    }
    if let Some(shown) = shown
        && shown.fallback
    {
        out.push(badge(
            ctx.look,
            dir,
            Some(Glyph::LANGUAGES),
            &ctx.language_name(shown.lang),
            ctx.pal().primary,
        ));
    }
    out
}

/// Pay and similar texts used elsewhere.
pub fn employer_line(ctx: &Ctx<'_>, item: &Item) -> Option<String> {
    match &item.facts {
        Facts::Job(job) => Some(match &job.place {
            Some(place) => format!("{} · {place}", job.employer),
            None => job.employer.clone(),
        }),
        _ => None,
    }
    .map(|s| bidi(ctx.dir(), &s))
}
