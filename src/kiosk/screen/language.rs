//! Language picker: every offered language by its own name, in its own script, grouped by
//! script so that a visitor scanning for their writing finds it in one place. Fits 30
//! languages on a 1280×800 screen without scrolling. A volunteer can switch only the language
//! of the texts and keep the buttons as they are.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Action;
use super::Ctx;
use crate::i18n::{Direction, locale, msg};
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{
    BOLD, aligned, bidi, fitting_size, heading, para, row_dir, tile_grid, with_id,
};
use crate::lang::Lang;
use iced::widget::text::Wrapping;

/// Scripts in the order the picker shows them; others follow, by script code.
const SCRIPT_ORDER: [&str; 9] = [
    "Latn", "Grek", "Cyrl", "Arab", "Ethi", "Beng", "Deva", "Hans", "Hani",
];

/// A language as the picker shows it.
pub struct Choice {
    pub lang: Lang,
    pub name: String,
    pub direction: Direction,
    pub script: String,
}

/// The offered languages grouped by script; within a script, in the bundle's order.
pub fn choices(ctx: &Ctx<'_>) -> Vec<Choice> {
    let mut out: Vec<Choice> = ctx
        .offered
        .iter()
        .map(|lang| match ctx.catalog.find(lang) {
            Some(e) => Choice {
                lang: lang.clone(),
                name: e.name.clone(),
                direction: e.direction,
                script: e.script.clone(),
            },
            None => Choice {
                lang: lang.clone(),
                name: lang.to_string(),
                direction: locale::direction(lang),
                script: locale::script(lang),
            },
        })
        .collect();
    let rank = |script: &str| {
        SCRIPT_ORDER
            .iter()
            .position(|s| *s == script)
            .unwrap_or(SCRIPT_ORDER.len())
    };
    out.sort_by(|a, b| {
        (rank(&a.script), a.script.as_str()).cmp(&(rank(&b.script), b.script.as_str()))
    });
    out
}

/// What a tap on the picker changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageMode {
    /// Buttons and texts together (the default).
    #[default]
    All,
    /// Only the language of the texts; the buttons stay as they are.
    TextsOnly,
}

/// The picker remembers only which of the two switches is on; a new visit to the picker
/// starts with "everything".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
    pub mode: LanguageMode,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Lang),
    /// One of the two switches above the languages.
    SetMode(LanguageMode),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(lang) => Action::Language {
                lang,
                texts_only: self.mode == LanguageMode::TextsOnly,
            },
            Message::SetMode(mode) => {
                self.mode = mode;
                Action::None
            }
        }
    }

    pub fn view<'a>(self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx, self.mode)
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "tiles, switches and hint of one screen, laid out together"
)]
fn view<'a>(ctx: &Ctx<'a>, mode: LanguageMode) -> Element<'a, Message> {
    let dir = ctx.dir();
    let choices = choices(ctx);
    let many = choices.len() > 12;
    let layout = ctx.layout;
    let (min_cell, height, name_size) = match (many, layout.short()) {
        (true, true) => (200.0, 64.0, 24.0),
        (true, false) => (210.0, 76.0, 28.0),
        (false, _) => (260.0, if layout.short() { 80.0 } else { 108.0 }, 34.0),
    };
    // Larger text steps: bigger names, taller buttons (a long name shrinks to one line).
    let name_size = ctx.size(name_size);
    let height = f32::max(height, 1.4 * name_size + 24.0);
    let columns = layout.columns(min_cell, 12.0, if many { 6 } else { 3 });
    let cell = (layout.content_width() - 12.0 * (columns as f32 - 1.0)) / columns as f32;
    let current = match mode {
        LanguageMode::All => ctx.ui.lang(),
        LanguageMode::TextsOnly => ctx.content_lang,
    };
    let tiles = choices
        .into_iter()
        .map(|choice| {
            let selected = &choice.lang == current;
            let message = Message::Choose(choice.lang.clone());
            with_id(
                format!("language-{}", choice.lang),
                button(
                    container(
                        text(bidi(choice.direction, &choice.name))
                            .size(fitting_size(
                                &choice.name,
                                cell - 24.0,
                                BOLD,
                                name_size,
                                size::SMALL,
                            ))
                            .font(BOLD)
                            .wrapping(Wrapping::WordOrGlyph),
                    )
                    .center_x(Fill)
                    .center_y(Fill),
                )
                .width(Fill)
                .height(height)
                .style(theme::card(
                    ctx.pal(),
                    selected.then_some(ctx.pal().primary),
                ))
                .on_press(message)
                .into(),
            )
        })
        .collect();

    let toggle = |id: &str, label: String, this: LanguageMode| {
        let active = this == mode;
        with_id(
            id.to_owned(),
            button(
                container(
                    text(bidi(dir, &label))
                        .size(size::SMALL)
                        .font(BOLD)
                        .wrapping(Wrapping::WordOrGlyph),
                )
                .center_y(Fill),
            )
            .height(size::TARGET - 8.0)
            .padding([0, 16])
            .style(if active {
                theme::card(ctx.pal(), Some(ctx.pal().primary))
            } else {
                theme::card(ctx.pal(), None)
            })
            .on_press(Message::SetMode(this))
            .into(),
        )
    };
    let title = row_dir(
        dir,
        vec![
            icon(Glyph::LANGUAGES, 48.0),
            container(heading(
                dir,
                &msg::language_heading(ctx.ui),
                ctx.size(size::H1),
            ))
            .width(Fill)
            .into(),
        ],
    )
    .spacing(14);
    let toggles = row_dir(
        dir,
        vec![
            toggle(
                "language-mode-all",
                msg::language_change_all(ctx.ui),
                LanguageMode::All,
            ),
            toggle(
                "language-mode-texts",
                msg::language_change_texts(ctx.ui),
                LanguageMode::TextsOnly,
            ),
        ],
    )
    .spacing(14);
    // Side by side where there is room; the switches under the title on narrow screens.
    let header: Element<'a, Message> = if layout.compact() {
        column![title, aligned(dir, toggles.into())]
            .spacing(10)
            .into()
    } else {
        row_dir(dir, vec![title.width(Fill).into(), toggles.into()])
            .spacing(14)
            .into()
    };
    let hint = if ctx.content_lang == ctx.ui.lang() {
        msg::language_hint(ctx.ui)
    } else {
        msg::language_split(
            ctx.ui,
            msg::LanguageSplitArgs {
                ui: ctx.language_name(ctx.ui.lang()).into(),
                content: ctx.language_name(ctx.content_lang).into(),
            },
        )
    };
    column![
        header,
        para(dir, &hint, ctx.size(size::BODY)),
        tile_grid(dir, tiles, columns, 12.0),
    ]
    .spacing(16)
    .align_x(Alignment::Start)
    .into()
}
