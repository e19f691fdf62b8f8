//! Emergency alerts on screen: an `Extreme` or `Severe` alert covers every screen (the
//! attract and night screens too) until the visitor taps "I have read this"; lesser alerts,
//! and serious ones already read, are a strip under the bar that opens the whole alert. The
//! centre's emergency number stays one tap away on both.

use iced::widget::{button, column, container, scrollable, text};
use iced::{Alignment, Color, Fill};

use super::Ctx;
use crate::alerts::cap::{self, Alert, Severity};
use crate::i18n::{Direction, msg};
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, aligned, bidi, heading, line_width, para, row_dir, with_id};

#[derive(Debug, Clone)]
pub enum Message {
    /// "I have read this" (or Close) on the alert with this CAP reference.
    Read(String),
    /// The strip was tapped: show the whole alert.
    Open(String),
    /// To the emergency numbers (the alert counts as read).
    Emergency(String),
    /// Read it aloud.
    Listen(String),
    /// Stop reading it.
    StopReading,
}

/// The alert's speaker button: none (no voice for its language), Listen, or Stop while it
/// is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    None,
    Listen,
    Reading,
}

/// The colour of an alert's severity: red for danger, amber for warnings, blue otherwise.
fn colour(ctx: &Ctx<'_>, severity: Severity) -> (Color, Glyph) {
    match severity {
        Severity::Extreme | Severity::Severe => (ctx.pal().danger, Glyph::SIREN),
        Severity::Moderate => (Color::from_rgb8(0xA8, 0x55, 0x00), Glyph::ALERT),
        Severity::Minor | Severity::Unknown => (ctx.pal().primary, Glyph::INFO),
    }
}

pub fn severity_label(ctx: &Ctx<'_>, severity: Severity) -> String {
    match severity {
        Severity::Extreme => msg::alert_extreme(ctx.ui),
        Severity::Severe => msg::alert_severe(ctx.ui),
        Severity::Moderate => msg::alert_moderate(ctx.ui),
        Severity::Minor => msg::alert_minor(ctx.ui),
        Severity::Unknown => msg::alert_unknown(ctx.ui),
    }
}

/// The `<info>` for this visitor, its direction, and whether it is in their language.
fn chosen<'a>(ctx: &Ctx<'_>, alert: &'a Alert) -> Option<(&'a cap::Info, Direction, bool)> {
    let (info, own) = crate::alerts::info_for(alert, ctx.chain, ctx.own)?;
    let dir = crate::i18n::locale::direction(&crate::alerts::language_of(info));
    Some((info, dir, own))
}

/// "Until 18:00" (today) or "Until Fri 18:00", in the visitor's language and time format.
fn until(ctx: &Ctx<'_>, alert: &Alert) -> Option<String> {
    let end = alert
        .expires()?
        .to_zoned(ctx.content.meta.timezone.clone())
        .datetime();
    let f = ctx.ui.formats();
    let time = if end.date() == ctx.now.date() {
        f.time(end.time())
    } else {
        format!("{} {}", f.weekday(end.weekday()), f.time(end.time()))
    };
    Some(msg::alert_until(ctx.ui, time))
}

/// The headline, else the event (CAP requires only the event).
fn title(info: &cap::Info) -> &str {
    info.headline.as_deref().unwrap_or(&info.event)
}

/// What is read aloud: headline, description, instruction, in the alert's language.
pub fn spoken(ctx: &Ctx<'_>, alert: &Alert) -> Option<(crate::lang::Lang, Vec<String>)> {
    let (info, _, _) = chosen(ctx, alert)?;
    let mut parts = vec![title(info).to_owned()];
    parts.extend(info.description.clone());
    parts.extend(info.instruction.clone());
    Some((crate::alerts::language_of(info), parts))
}

/// The whole alert over the screen: severity, headline, until when, where, what happened,
/// what to do; then the emergency number and "I have read this".
#[allow(
    clippy::too_many_lines,
    reason = "the alert sheet's parts laid out together"
)]
pub fn takeover<'a>(
    ctx: &Ctx<'a>,
    alert: &'a Alert,
    emergency: Option<String>,
    speaker: Speaker,
) -> Element<'a, Message> {
    let reference = alert.reference();
    let severity = alert.severity();
    let (tint, glyph) = colour(ctx, severity);
    let ui_dir = ctx.dir();
    let Some((info, dir, own)) = chosen(ctx, alert) else {
        return column![].into();
    };
    // Short screens (800×480) get the smaller headings, never smaller text.
    let short = ctx.layout.short();
    let head = container(
        row_dir(
            ui_dir,
            vec![
                icon(glyph, if short { 32.0 } else { 44.0 }),
                text(bidi(ui_dir, &severity_label(ctx, severity)))
                    .size(ctx.size(if short { size::H3 } else { size::H2 }))
                    .font(BOLD)
                    .into(),
            ],
        )
        .spacing(16)
        .align_y(Alignment::Center),
    )
    .padding([10, 20])
    .width(Fill)
    .align_x(crate::kiosk::widget::start(ui_dir))
    .style(theme::notice(ctx.pal(), tint, Color::WHITE));
    let head_height = (if short { 32.0_f32 } else { 44.0 })
        .max(ctx.size(if short { size::H3 } else { size::H2 }) * 1.4)
        + 20.0;
    let mut body = column![heading(
        dir,
        title(info),
        ctx.size(if short { size::H2 } else { size::H1 })
    )]
    .spacing(14)
    .width(Fill);
    if !own {
        body = body.push(super::fallback_notice(
            ctx,
            ui_dir,
            &crate::alerts::language_of(info),
        ));
    }
    let mut facts = Vec::new();
    if let Some(until) = until(ctx, alert) {
        facts.push(until);
    }
    if !info.areas.is_empty() {
        facts.push(format!(
            "{} {}",
            msg::alert_where(ctx.ui),
            info.areas.join(", ")
        ));
    }
    if let Some(sender) = &info.sender_name {
        facts.push(sender.clone());
    }
    for fact in facts {
        body = body.push(para(ui_dir, &fact, ctx.size(size::BODY)));
    }
    if let Some(description) = &info.description {
        body = body.push(para(dir, description, ctx.size(size::BODY)));
    }
    if let Some(instruction) = &info.instruction {
        body = body.push(heading(
            ui_dir,
            &msg::alert_what_to_do(ctx.ui),
            ctx.size(size::H3),
        ));
        body = body.push(para(dir, instruction, ctx.size(size::BODY)));
    }
    match speaker {
        Speaker::None => {}
        Speaker::Listen => {
            body = body.push(super::listen_button(
                ctx,
                Message::Listen(reference.clone()),
            ));
        }
        Speaker::Reading => {
            body = body.push(super::speaker_button(
                ctx,
                "alert-stop-reading",
                Glyph::STOP,
                &msg::listen_stop(ctx.ui),
                Message::StopReading,
            ));
        }
    }
    let emergency_label = emergency
        .as_ref()
        .map(|number| format!("{} {number}", msg::alert_emergency(ctx.ui)));
    let read_label = msg::alert_read(ctx.ui);
    let body_size = ctx.size(size::BODY);
    // One row of buttons when both fit side by side, else two.
    let footer_height = |width: f32| {
        let read = line_width(&read_label, body_size * 1.2, BOLD);
        let call = emergency_label
            .as_ref()
            .map_or(0.0, |l| line_width(l, body_size, BOLD));
        // Side by side, else one above the other; a label wider than its button wraps.
        // Button insides, the gap, the footer's padding, the sheet's border, and a margin.
        let side_by_side = read + 102.0 + call + 98.0 + 16.0 + 40.0 + 12.0 + 32.0 <= width;
        let room = (width - 40.0 - 102.0).max(80.0);
        let lines = |w: f32| (w / room).ceil().max(1.0);
        let line = body_size * 1.4;
        let call_height = if emergency_label.is_some() {
            size::TARGET + 8.0 + (lines(call) - 1.0) * line
        } else {
            0.0
        };
        let read_height = size::TARGET + 16.0 + (lines(read) - 1.0) * line * 1.2;
        16.0 + if side_by_side {
            call_height.max(read_height)
        } else {
            call_height + 16.0 + read_height
        }
    };
    let mut actions = Vec::new();
    if let Some(number) = emergency {
        actions.push(with_id(
            "alert-emergency",
            button(
                row_dir(
                    ui_dir,
                    vec![
                        // At least this tall; taller when the words wrap.
                        iced::widget::space()
                            .height(size::TARGET + 8.0 - 24.0)
                            .into(),
                        icon(Glyph::PHONE_CALL, 30.0),
                        text(bidi(
                            ui_dir,
                            &format!("{} {number}", msg::alert_emergency(ctx.ui)),
                        ))
                        .size(ctx.size(size::BODY))
                        .font(BOLD)
                        .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                        .into(),
                    ],
                )
                .spacing(12)
                .align_y(Alignment::Center),
            )
            .padding([12, 20])
            .style(theme::solid(ctx.pal(), ctx.pal().danger))
            .on_press(Message::Emergency(reference.clone()))
            .into(),
        ));
    }
    actions.push(with_id(
        "alert-read",
        button(
            row_dir(
                ui_dir,
                vec![
                    iced::widget::space()
                        .height(size::TARGET + 16.0 - 28.0)
                        .into(),
                    icon(Glyph::CHECK, 34.0),
                    text(bidi(ui_dir, &msg::alert_read(ctx.ui)))
                        .size(ctx.size(size::BODY) * 1.2)
                        .font(BOLD)
                        .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                        .into(),
                ],
            )
            .spacing(12)
            .align_y(Alignment::Center),
        )
        .padding([14, 28])
        .style(theme::solid(ctx.pal(), ctx.pal().primary))
        .on_press(Message::Read(reference))
        .into(),
    ));
    let footer = row_dir(ui_dir, actions)
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap();
    // The words scroll; the heading and the buttons always stay in view, however long the
    // text, however small the screen, at every text size.
    let sheet_width = (ctx.layout.width - 32.0).min(1100.0);
    let body_height = (ctx.layout.height - 32.0 - head_height - footer_height(sheet_width) - 48.0)
        .max(size::TARGET);
    let sheet = column![
        head,
        container(
            scrollable(container(body).padding([4, 20]))
                .height(iced::Shrink)
                .width(Fill),
        )
        .max_height(body_height),
        container(footer)
            .padding([8, 20])
            .width(Fill)
            .align_x(crate::kiosk::widget::start(ui_dir)),
    ]
    .spacing(12)
    .width(Fill);
    with_id(
        "alert",
        container(
            container(sheet)
                .padding(iced::Padding::ZERO.bottom(12))
                .max_width(1100.0)
                .style(theme::sheet(ctx.pal(), tint)),
        )
        .padding(16)
        .center_x(Fill)
        .center_y(Fill)
        .style(theme::scrim(ctx.pal()))
        .into(),
    )
}

/// Strips for the alerts shown as banners (at most two, most serious first; more are
/// counted on the second).
pub fn banner<'a>(ctx: &Ctx<'a>, alerts: &[&'a Alert]) -> Option<Element<'a, Message>> {
    let ui_dir = ctx.dir();
    let mut strips = column![].spacing(4).width(Fill);
    for (i, alert) in alerts.iter().take(2).enumerate() {
        let (tint, glyph) = colour(ctx, alert.severity());
        let Some((info, dir, _)) = chosen(ctx, alert) else {
            continue;
        };
        let more = if i == 1 && alerts.len() > 2 {
            format!("+{} · {}", alerts.len() - 2, msg::alert_more(ctx.ui))
        } else {
            msg::alert_more(ctx.ui)
        };
        let content = row_dir(
            ui_dir,
            vec![
                // At least a finger's height (48 px), taller when the headline wraps.
                iced::widget::space().height(size::TARGET - 32.0).into(),
                icon(glyph, 30.0),
                container(
                    text(bidi(dir, title(info)))
                        .size(ctx.size(size::BODY))
                        .font(BOLD)
                        .wrapping(iced::widget::text::Wrapping::WordOrGlyph),
                )
                .width(Fill)
                .align_x(crate::kiosk::widget::start(dir))
                .into(),
                text(bidi(ui_dir, &more))
                    .size(ctx.size(size::BODY) * 0.9)
                    .into(),
                icon(
                    if ui_dir.is_rtl() {
                        Glyph::CHEVRON_LEFT
                    } else {
                        Glyph::CHEVRON_RIGHT
                    },
                    26.0,
                ),
            ],
        )
        .spacing(14)
        .align_y(Alignment::Center);
        strips = strips.push(with_id(
            format!("alert-banner-{i}"),
            button(content)
                .padding([8, 16])
                .width(Fill)
                .height(iced::Length::Shrink)
                .style(theme::solid(ctx.pal(), tint))
                .on_press(Message::Open(alert.reference()))
                .into(),
        ));
    }
    if alerts.is_empty() {
        return None;
    }
    Some(aligned(ui_dir, strips.into()))
}
