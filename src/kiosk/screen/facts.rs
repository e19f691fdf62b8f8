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

fn contract(ctx: &Ctx<'_>, c: Contract) -> String {
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

/// "Open now" in green or "Closed now" in red.
pub fn open_badge<'a, M: 'a>(ctx: &Ctx<'_>, hours: &OpeningHours) -> Element<'a, M> {
    if hours.is_open(ctx.now) {
        badge(
            ctx.look,
            ctx.dir(),
            Some(Glyph::CIRCLE_CHECK),
            &msg::open_now(ctx.ui),
            ctx.pal().success,
        )
    } else {
        badge(
            ctx.look,
            ctx.dir(),
            Some(Glyph::BAN),
            &msg::closed_now(ctx.ui),
            ctx.pal().danger,
        )
    }
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

fn phones<'a, M: 'a>(
    ctx: &Ctx<'_>,
    numbers: &[crate::content::phone::PhoneNumber],
    size: f32,
    colour: Color,
) -> Element<'a, M> {
    let mut col = column![].spacing(4);
    for n in numbers {
        col = col.push(aligned(ctx.dir(), phone_number(n.display(), size, colour)));
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

/// The facts panel of the detail screen.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per kind of item: the facts panel reads as a table"
)]
pub fn rows<'a, M: 'a>(ctx: &Ctx<'_>, item: &Item) -> Vec<Element<'a, M>> {
    let dir = ctx.dir();
    let ui = ctx.ui;
    let f = ui.formats();
    let mut out: Vec<Element<'a, M>> = Vec::new();
    match &item.facts {
        Facts::Guide | Facts::Story(_) => {}
        Facts::Job(job) => {
            out.push(fact(
                ctx.look,
                dir,
                Glyph::BUILDING,
                &msg::fact_employer(ui),
                value(ctx, &job.employer),
            ));
            if let Some(place) = &job.place {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::MAP_PIN,
                    &msg::fact_place(ui),
                    value(ctx, place),
                ));
            }
            if let Some(c) = job.contract {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::FILE_TEXT,
                    &msg::fact_contract(ui),
                    value(ctx, &contract(ctx, c)),
                ));
            }
            if let Some(h) = job.hours_per_week {
                let hours = msg::hours_per_week(ui, f64::from(h));
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::CLOCK,
                    &msg::fact_working_hours(ui),
                    value(ctx, &hours),
                ));
            }
            if let Some(p) = job.pay {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::COINS,
                    &msg::fact_pay(ui),
                    value(ctx, &pay(ctx, p.minor_units, p.per)),
                ));
            }
            if !job.languages_needed.is_empty() {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::LANGUAGES,
                    &msg::fact_languages_needed(ui),
                    value(ctx, &language_list(ctx, &job.languages_needed)),
                ));
            }
            if let Some(phone) = &job.phone {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::PHONE,
                    &msg::fact_phone(ui),
                    phones(ctx, std::slice::from_ref(phone), 34.0, ctx.pal().text),
                ));
            }
            if let Some(email) = &job.email {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::MAIL,
                    &msg::fact_email(ui),
                    ltr_value(ctx, email),
                ));
            }
            out.push(fact(
                ctx.look,
                dir,
                Glyph::CALENDAR,
                &msg::fact_posted(ui),
                value(ctx, &f.date(job.posted)),
            ));
            if let Some(expires) = job.expires {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::HOURGLASS,
                    &msg::fact_apply_before(ui),
                    value(ctx, &f.date(expires)),
                ));
            }
        }
        Facts::Contact(contact) => {
            out.push(fact(
                ctx.look,
                dir,
                Glyph::PHONE_CALL,
                &msg::fact_phone(ui),
                phones(ctx, &contact.phones, ctx.size(size::NUMBER), ctx.pal().text),
            ));
            out.push(fact(
                ctx.look,
                dir,
                Glyph::CLOCK,
                &msg::fact_hours(ui),
                // An urgent number is never shown as closed: someone in danger must still try.
                hours_value(ctx, &contact.hours, !contact.urgent),
            ));
            push_place(
                ctx,
                &mut out,
                contact.address.as_deref(),
                contact.email.as_deref(),
            );
        }
        Facts::Service(service) => {
            if let Some(hours) = &service.hours {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::CLOCK,
                    &msg::fact_hours(ui),
                    hours_value(ctx, hours, true),
                ));
            }
            if !service.phones.is_empty() {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::PHONE,
                    &msg::fact_phone(ui),
                    phones(ctx, &service.phones, 34.0, ctx.pal().text),
                ));
            }
            push_place(
                ctx,
                &mut out,
                service.address.as_deref(),
                service.email.as_deref(),
            );
            if !service.languages_spoken.is_empty() {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::LANGUAGES,
                    &msg::fact_languages_spoken(ui),
                    value(ctx, &language_list(ctx, &service.languages_spoken)),
                ));
            }
            if let Some(site) = &service.website {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::GLOBE,
                    &msg::fact_website(ui),
                    ltr_value(ctx, site),
                ));
            }
        }
        Facts::Event(event) => {
            if let Some(o) = event.next_occurrence(ctx.now) {
                let mut lines = vec![when(ctx, &o)];
                lines.extend(repeats(ctx, event));
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::CALENDAR,
                    &msg::fact_when(ui),
                    value(ctx, &lines.join("\n")),
                ));
            }
            if let Some(place) = &event.place {
                out.push(fact(
                    ctx.look,
                    dir,
                    Glyph::MAP_PIN,
                    &msg::fact_place(ui),
                    value(ctx, place),
                ));
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

fn push_place<'a, M: 'a>(
    ctx: &Ctx<'_>,
    out: &mut Vec<Element<'a, M>>,
    address: Option<&str>,
    email: Option<&str>,
) {
    let (dir, ui) = (ctx.dir(), ctx.ui);
    if let Some(address) = address {
        out.push(fact(
            ctx.look,
            dir,
            Glyph::MAP_PIN,
            &msg::fact_address(ui),
            value(ctx, address),
        ));
    }
    if let Some(email) = email {
        out.push(fact(
            ctx.look,
            dir,
            Glyph::MAIL,
            &msg::fact_email(ui),
            ltr_value(ctx, email),
        ));
    }
}

/// Short labels for a card in a list.
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
