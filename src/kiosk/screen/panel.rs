//! The volunteer panel: what content is loaded and what went wrong loading it, the default
//! language for the next visitor, reload, and the only way out of kiosk mode.

use crate::kiosk::renderer::Element;
use iced::Fill;
use iced::widget::{button, column, container, scrollable, text};

use super::Ctx;
use crate::content::Diagnostic;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{
    BOLD, aligned, bidi, heading, notice, para, row_dir, tile_grid, with_id,
};
use crate::lang::Lang;

/// Shown at most, so a bundle with thousands of problems does not freeze the panel.
const MAX_PROBLEMS: usize = 30;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    note: Option<Note>,
    /// "Leave kiosk mode?" is being asked.
    confirm_exit: bool,
}

/// The outcome of the last action, shown on the panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    DefaultSaved,
    Reloading,
    Reloaded,
    /// The configured bundle had errors: the built-in content is shown (problems listed).
    ReloadFailed,
    /// Something could not be written (path and reason, for the administrator).
    Failed(String),
    /// The usage counts were saved to this file.
    UsageSaved(String),
    UsageOff,
    NoUsbFolder,
}

#[derive(Debug, Clone)]
pub enum Message {
    SetDefault(Lang),
    Reload,
    /// Ask whether to leave kiosk mode.
    ExitKiosk,
    /// Yes: leave it (until `kiosk_return_after` without a touch).
    ConfirmExit,
    /// No: stay in kiosk mode.
    KeepKiosk,
    /// Save the usage counts (small ones hidden) to the USB folder.
    SaveUsage,
    Close,
}

/// What the parent should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Close,
    /// Make this the language of the next visitor, and save it.
    SetDefault(Lang),
    /// Load the content again (answer with `reloaded`).
    Reload,
    /// Leave kiosk mode (confirmed).
    LeaveKiosk,
    /// Save the usage counts (answer with `noted`).
    SaveUsage,
}

/// What the panel shows besides its own state.
pub struct Info<'a> {
    pub problems: &'a [Diagnostic],
    pub default_lang: &'a Lang,
    pub kiosk_mode: bool,
    /// Kiosk mode comes back after this long without a touch once left.
    pub kiosk_return: std::time::Duration,
    /// The alerts shown now, one line each (severity, headline, until when).
    pub alerts: Vec<String>,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Close => Action::Close,
            Message::SetDefault(lang) => Action::SetDefault(lang),
            Message::Reload => {
                self.note = Some(Note::Reloading);
                Action::Reload
            }
            Message::ExitKiosk => {
                self.confirm_exit = true;
                Action::None
            }
            Message::KeepKiosk => {
                self.confirm_exit = false;
                Action::None
            }
            Message::ConfirmExit => Action::LeaveKiosk,
            Message::SaveUsage => Action::SaveUsage,
        }
    }

    /// The outcome of the parent's work for the last action.
    pub fn noted(&mut self, note: Note) {
        self.note = Some(note);
    }

    pub fn note(&self) -> Option<&Note> {
        self.note.as_ref()
    }

    #[allow(
        clippy::too_many_lines,
        reason = "the panel's sections laid out together"
    )]
    pub fn view<'a>(&self, ctx: &Ctx<'a>, info: &Info<'_>) -> Element<'a, Message> {
        let dir = ctx.dir();
        let ui = ctx.ui;
        let meta = &ctx.content.meta;
        let line = |label: String, value: String| -> Element<'a, Message> {
            row_dir(
                dir,
                vec![
                    text(bidi(dir, &label))
                        .size(size::SMALL)
                        .color(ctx.pal().muted)
                        .width(180)
                        .into(),
                    text(value).size(size::BODY).into(),
                ],
            )
            .spacing(12)
            .into()
        };
        let mut details =
            column![heading(dir, &msg::panel_alerts(ui), ctx.size(size::H3))].spacing(12);
        if info.alerts.is_empty() {
            details = details.push(para(dir, &msg::panel_alerts_none(ui), ctx.size(size::BODY)));
        }
        for alert in &info.alerts {
            details = details.push(para(dir, alert, ctx.size(size::BODY)));
        }
        details = details.push(
            column![
                heading(dir, &msg::panel_content(ui), ctx.size(size::H3)),
                line(
                    msg::panel_bundle(ui),
                    format!("{} ({})", meta.name, meta.id)
                ),
                line(msg::panel_version(ui), meta.version.to_string()),
                line(msg::panel_source(ui), ctx.content.origin.clone()),
                heading(dir, &msg::panel_problems(ui), ctx.size(size::H3)),
            ]
            .spacing(12),
        );
        if info.problems.is_empty() {
            details = details.push(para(dir, &msg::panel_no_problems(ui), ctx.size(size::BODY)));
        }
        for problem in info.problems.iter().take(MAX_PROBLEMS) {
            // Diagnostics are for coordinators, in English, always left to right.
            details = details.push(aligned(
                dir,
                text(problem.to_string()).size(size::SMALL).into(),
            ));
        }
        if info.problems.len() > MAX_PROBLEMS {
            details = details
                .push(text(format!("… +{}", info.problems.len() - MAX_PROBLEMS)).size(size::SMALL));
        }
        details = details.push(heading(
            dir,
            &msg::panel_default_language(ui),
            ctx.size(size::H3),
        ));
        let choices = super::language::choices(ctx)
            .iter()
            .map(|c| {
                let selected = &c.lang == info.default_lang;
                with_id(
                    format!("panel-default-{}", c.lang),
                    button(
                        container(text(bidi(c.direction, &c.name)).size(size::BODY).font(BOLD))
                            .center_x(Fill),
                    )
                    .width(Fill)
                    .padding([12, 8])
                    .style(theme::card(
                        ctx.pal(),
                        selected.then_some(ctx.pal().primary),
                    ))
                    .on_press(Message::SetDefault(c.lang.clone()))
                    .into(),
                )
            })
            .collect();
        let columns = ctx.layout.columns(170.0, 8.0, 5);
        details = details.push(tile_grid(dir, choices, columns, 8.0));
        details = details.push(heading(dir, &msg::panel_usage(ui), ctx.size(size::H3)));
        details = details.push(aligned(
            dir,
            with_id(
                "panel-usage-save",
                button(
                    text(bidi(dir, &msg::panel_usage_save(ui)))
                        .size(size::BODY)
                        .font(BOLD),
                )
                .padding([12, 20])
                .height(size::TARGET)
                .style(theme::solid(ctx.pal(), ctx.pal().primary))
                .on_press(Message::SaveUsage)
                .into(),
            ),
        ));
        // The outcome of the last action stays in view, above the buttons.
        let note: Option<Element<'a, Message>> = match &self.note {
            Some(Note::Reloaded) => Some(notice(
                ctx.look,
                dir,
                Glyph::CIRCLE_CHECK,
                &msg::panel_reloaded(ui),
                ctx.pal().info_bg,
                ctx.pal().success,
            )),
            Some(Note::UsageSaved(file)) => Some(notice(
                ctx.look,
                dir,
                Glyph::CIRCLE_CHECK,
                &msg::panel_usage_saved(ui, file.clone()),
                ctx.pal().info_bg,
                ctx.pal().success,
            )),
            Some(Note::UsageOff) => {
                Some(para(dir, &msg::panel_usage_off(ui), ctx.size(size::BODY)))
            }
            Some(Note::NoUsbFolder) => Some(para(
                dir,
                &msg::panel_usage_no_folder(ui),
                ctx.size(size::BODY),
            )),
            Some(Note::Failed(why)) => Some(aligned(
                dir,
                text(why.clone())
                    .size(size::SMALL)
                    .color(ctx.pal().danger)
                    .into(),
            )),
            _ => None,
        };
        let action =
            |id: &str, glyph: Glyph, label: String, colour: iced::Color, message: Message| {
                with_id(
                    id.to_owned(),
                    button(
                        // At least a target's height; taller when the words wrap.
                        iced::widget::row![
                            iced::widget::space().height(size::TARGET - 16.0),
                            container(
                                row_dir(
                                    dir,
                                    vec![
                                        icon(glyph, 28.0),
                                        text(bidi(dir, &label))
                                            .size(size::BODY)
                                            .font(BOLD)
                                            .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                                            .into(),
                                    ],
                                )
                                .spacing(10),
                            )
                            .center_x(Fill),
                        ]
                        .align_y(iced::Alignment::Center)
                        .width(Fill),
                    )
                    .width(Fill)
                    .padding([8, 12])
                    .style(theme::solid(ctx.pal(), colour))
                    .on_press(message)
                    .into(),
                )
            };
        if self.confirm_exit {
            let minutes = (info.kiosk_return.as_secs() / 60).max(1);
            let question = column![
                para(
                    dir,
                    &msg::panel_exit_question(ui, minutes as f64),
                    ctx.size(size::BODY)
                ),
                row_dir(
                    dir,
                    vec![
                        action(
                            "panel-exit-yes",
                            Glyph::BAN,
                            msg::panel_exit_yes(ui),
                            ctx.pal().danger,
                            Message::ConfirmExit,
                        ),
                        action(
                            "panel-exit-no",
                            Glyph::SHIELD,
                            msg::panel_exit_no(ui),
                            ctx.pal().primary,
                            Message::KeepKiosk,
                        ),
                    ],
                )
                .spacing(12),
            ]
            .spacing(16);
            return container(question)
                .padding(28)
                .max_width(760)
                .style(theme::panel(ctx.pal()))
                .into();
        }
        let mut actions = vec![action(
            "panel-reload",
            Glyph::FILE_TEXT,
            msg::panel_reload(ui),
            ctx.pal().primary,
            Message::Reload,
        )];
        if info.kiosk_mode {
            actions.push(action(
                "panel-exit",
                Glyph::BAN,
                msg::panel_exit(ui),
                ctx.pal().danger,
                Message::ExitKiosk,
            ));
        }
        actions.push(action(
            "panel-close",
            Glyph::CHECK,
            msg::panel_close(ui),
            ctx.pal().muted,
            Message::Close,
        ));
        // Heading and actions stay in view; the details scroll between them.
        let page = column![
            row_dir(
                dir,
                vec![
                    icon(Glyph::SHIELD, 40.0),
                    heading(dir, &msg::panel_heading(ui), ctx.size(size::H2)),
                ]
            )
            .spacing(14),
            scrollable(details.padding(8)).height(Fill),
        ]
        .spacing(16);
        let page = match note {
            Some(note) => page.push(note),
            None => page,
        };
        let page = page.push(row_dir(dir, actions).spacing(12));
        container(page)
            .padding(if ctx.layout.short() { 16 } else { 28 })
            .max_width(1000)
            .width(Fill)
            .height(Fill)
            .style(theme::panel(ctx.pal()))
            .into()
    }
}
