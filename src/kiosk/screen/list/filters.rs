//! The jobs list's filter buttons: all jobs, new this week, full or part time, contract,
//! place, and the languages the visitor speaks.

use iced::widget::{button, column, text};

use super::{Filtering, Message};
use crate::content::jobs::{Choices, Filter, Time};
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::screen::{Ctx, facts};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, aligned, bidi, heading, para, row_dir, with_id, wrap_dir};

type ButtonStyle = Box<dyn Fn(&iced::Theme, button::Status) -> button::Style>;

/// One filter button: solid when on.
fn chip<'a>(
    ctx: &Ctx<'_>,
    id: String,
    label: String,
    glyph: Option<Glyph>,
    on: bool,
    message: Filtering,
) -> Element<'a, Message> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let mut parts = Vec::new();
    if on {
        parts.push(icon(Glyph::CHECK, 24.0));
    } else if let Some(g) = glyph {
        parts.push(icon(g, 24.0));
    }
    parts.push(
        text(bidi(dir, &label))
            .size(ctx.size(size::BODY))
            .font(BOLD)
            .into(),
    );
    let style: ButtonStyle = if on {
        Box::new(theme::solid(pal, pal.primary))
    } else {
        Box::new(theme::card(pal, None))
    };
    with_id(
        id,
        button(row_dir(dir, parts).spacing(8))
            .padding([14, 18])
            .style(style)
            .on_press(Message::Filter(message))
            .into(),
    )
}

#[allow(
    clippy::too_many_lines,
    reason = "the filter rows in the order they are shown"
)]
pub fn view<'a>(
    ctx: &Ctx<'_>,
    filter: &Filter,
    choices: &Choices,
    matching: usize,
) -> Element<'a, Message> {
    let dir = ctx.dir();
    let ui = ctx.ui;
    let mut first = vec![
        chip(
            ctx,
            "filter-all".into(),
            msg::filter_all(ui),
            None,
            filter.is_empty(),
            Filtering::All,
        ),
        chip(
            ctx,
            "filter-new".into(),
            msg::filter_new(ui),
            Some(Glyph::CALENDAR),
            filter.new_this_week,
            Filtering::New,
        ),
    ];
    for time in &choices.times {
        let (id, label) = match time {
            Time::Full => ("filter-full-time", msg::filter_full_time(ui)),
            Time::Part => ("filter-part-time", msg::filter_part_time(ui)),
        };
        first.push(chip(
            ctx,
            id.into(),
            label,
            Some(Glyph::CLOCK),
            filter.time == Some(*time),
            Filtering::Time(*time),
        ));
    }
    for contract in &choices.contracts {
        let name = crate::content::Contract::NAMES
            .iter()
            .find(|(_, c)| c == contract)
            .map_or("", |(n, _)| n);
        first.push(chip(
            ctx,
            format!("filter-contract-{name}"),
            facts::contract(ctx, *contract),
            None,
            filter.contract == Some(*contract),
            Filtering::Contract(*contract),
        ));
    }
    let places: Vec<Element<'a, Message>> = choices
        .places
        .iter()
        .map(|place| {
            chip(
                ctx,
                format!("filter-place-{place}"),
                place.clone(),
                Some(Glyph::MAP_PIN),
                filter.place.as_ref() == Some(place),
                Filtering::Place(place.clone()),
            )
        })
        .collect();
    let languages: Vec<Element<'a, Message>> = choices
        .languages
        .iter()
        .map(|lang| {
            chip(
                ctx,
                format!("filter-lang-{lang}"),
                ctx.language_name(lang),
                None,
                filter.languages.contains(lang),
                Filtering::Language(lang.clone()),
            )
        })
        .collect();
    let mut panel = column![
        heading(dir, &msg::filter_heading(ui), ctx.size(size::H3)),
        aligned(dir, wrap_dir(dir, first, 10.0))
    ]
    .spacing(12);
    if places.len() > 1 {
        panel = panel.push(aligned(dir, wrap_dir(dir, places, 10.0)));
    }
    if !languages.is_empty() {
        let mut line = vec![
            text(bidi(dir, &msg::filter_languages(ui)))
                .size(ctx.size(size::BODY))
                .font(BOLD)
                .into(),
        ];
        line.extend(languages);
        panel = panel.push(aligned(dir, wrap_dir(dir, line, 10.0)));
    }
    if !filter.is_empty() {
        panel = panel.push(para(
            dir,
            &msg::filter_matching(ui, matching as f64),
            ctx.size(size::BODY),
        ));
    }
    iced::widget::container(panel)
        .padding(18)
        .width(iced::Fill)
        .style(theme::panel(ctx.pal()))
        .into()
}
