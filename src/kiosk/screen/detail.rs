//! One item: notices, title, picture, facts, and the Markdown text.

use crate::kiosk::renderer::Element;
use iced::widget::{column, container, image, text};
use iced::{Alignment, ContentFit, Fill};

use super::{Ctx, facts};
use crate::content::markdown::Block;
use crate::content::{Facts, ItemId};
use crate::i18n::{Direction, msg};
use crate::kiosk::Message;
use crate::kiosk::icon::Glyph;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, heading, notice, para, reading, rich, row_dir};

pub fn view<'a>(ctx: &Ctx<'a>, id: &ItemId) -> Element<'a, Message> {
    let dir = ctx.dir();
    let Some(item) = ctx.content.get(id) else {
        // The item left with a content update: say so plainly.
        return para(dir, &msg::list_empty(ctx.ui), size::BODY);
    };
    let mut page = column![].spacing(22);
    let shown = ctx.shown(item);
    if let Some(shown) = &shown {
        if shown.fallback {
            let notice_text = msg::fallback_notice(
                ctx.ui,
                msg::FallbackNoticeArgs {
                    language: ctx.language_name(ctx.content_lang).into(),
                    fallback: ctx.language_name(shown.lang).into(),
                },
            );
            page = page.push(notice(
                dir,
                Glyph::LANGUAGES,
                &notice_text,
                theme::INFO_BG,
                theme::PRIMARY,
            ));
        } else if shown.text.machine_translated {
            page = page.push(notice(
                dir,
                Glyph::INFO,
                &msg::machine_translation_notice(ctx.ui),
                theme::INFO_BG,
                theme::PRIMARY,
            ));
        }
    }
    if let Facts::Story(story) = &item.facts
        && story.fictional
    {
        page = page.push(notice(
            dir,
            Glyph::BOOK_OPEN,
            &msg::fictional_notice(ctx.ui),
            theme::WARNING_BG,
            theme::WARNING_FG,
        ));
    } else if item.common.example {
        page = page.push(notice(
            dir,
            Glyph::INFO,
            &msg::example_notice(ctx.ui),
            theme::WARNING_BG,
            theme::WARNING_FG,
        ));
    }

    let text_dir = shown.as_ref().map_or(dir, |s| s.direction);
    let title = shown
        .as_ref()
        .map_or_else(|| item.id.slug.clone(), |s| s.text.title.clone());
    page = page.push(heading(text_dir, &title, size::H1));

    if let Some(handle) = item
        .common
        .image
        .as_ref()
        .and_then(|name| ctx.images.get(name))
    {
        page = page.push(
            container(
                image(handle.clone())
                    .height(340)
                    .content_fit(ContentFit::Contain)
                    .border_radius(12),
            )
            .center_x(Fill),
        );
    }

    let rows = facts::rows(ctx, item);
    if !rows.is_empty() {
        page = page.push(
            container(column(rows).spacing(18))
                .padding(22)
                .width(Fill)
                .style(theme::panel),
        );
    }

    if let Some(shown) = &shown {
        for block in &shown.text.body.blocks {
            page = page.push(block_view(ctx, text_dir, block));
        }
    }
    reading(page.into())
}

fn block_view<'a>(ctx: &Ctx<'_>, dir: Direction, block: &Block) -> Element<'a, Message> {
    match block {
        Block::Heading { level, spans } => {
            let size = if *level <= 2 { size::H2 } else { size::H3 };
            heading(dir, &crate::content::markdown::plain(spans), size)
        }
        Block::Paragraph(spans) => rich(dir, spans, size::BODY),
        Block::Quote(spans) => container(rich(dir, spans, size::BODY))
            .padding(16)
            .width(Fill)
            .style(theme::panel)
            .into(),
        Block::List { ordered, items } => {
            let mut list = column![].spacing(10);
            for (i, spans) in items.iter().enumerate() {
                let marker = if *ordered {
                    format!(
                        "{}.",
                        ctx.ui
                            .formats()
                            .integer(i64::try_from(i + 1).unwrap_or(i64::MAX))
                    )
                } else {
                    "•".to_owned()
                };
                list = list.push(
                    row_dir(
                        dir,
                        vec![
                            container(text(bidi(dir, &marker)).size(size::BODY).font(BOLD))
                                .width(34)
                                .align_x(crate::kiosk::widget::start(dir))
                                .into(),
                            container(rich(dir, spans, size::BODY)).width(Fill).into(),
                        ],
                    )
                    .align_y(Alignment::Start),
                );
            }
            list.into()
        }
    }
}
