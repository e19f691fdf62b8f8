//! Language picker: every offered language by its own name, in its own script.

use iced::widget::{button, column, container, text};
use iced::{Alignment, Element, Fill};

use super::Ctx;
use crate::i18n::msg;
use crate::kiosk::Message;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, heading, para, row_dir, tile_grid, with_id};

pub fn view<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
    let languages = &ctx.content.meta.languages;
    let tiles = languages
        .iter()
        .map(|lang| {
            let (name, lang_dir) = ctx.catalog.find(lang).map_or_else(
                || (lang.to_string(), dir),
                |e| (e.name.clone(), e.direction),
            );
            let selected = lang == ctx.ui.lang();
            with_id(
                format!("lang-{lang}"),
                button(
                    container(text(bidi(lang_dir, &name)).size(34).font(BOLD))
                        .center_x(Fill)
                        .center_y(Fill),
                )
                .width(Fill)
                .height(108)
                .style(theme::card(selected.then_some(theme::PRIMARY)))
                .on_press(Message::ChooseLanguage(lang.clone()))
                .into(),
            )
        })
        .collect();
    let columns = if languages.len() <= 8 { 3 } else { 4 };
    column![
        row_dir(
            dir,
            vec![
                icon(Glyph::LANGUAGES, 52.0),
                heading(dir, &msg::language_heading(ctx.ui), size::H1),
            ]
        )
        .spacing(18),
        para(dir, &msg::language_hint(ctx.ui), size::BODY),
        tile_grid(dir, tiles, columns, 20.0),
    ]
    .spacing(24)
    .align_x(Alignment::Start)
    .into()
}
