//! One item: notices, title, picture, facts, and the Markdown text.

use crate::kiosk::renderer::Element;
use iced::widget::{column, container, image, text};
use iced::{Alignment, ContentFit, Fill};

use super::{Ctx, facts};
use crate::content::markdown::Block;
use crate::content::{Facts, ItemId};
use crate::i18n::{Direction, msg};
use crate::kiosk::icon::Glyph;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, heading, notice, para, reading, rich, row_dir};

use super::Action;

/// The item shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub id: ItemId,
}

/// A detail page has no controls of its own yet (links are shown, not followed: a kiosk
/// has no browser).
#[derive(Debug, Clone)]
pub enum Message {}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {}
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx, &self.id)
    }
}

fn view<'a>(ctx: &Ctx<'a>, id: &ItemId) -> Element<'a, Message> {
    let dir = ctx.dir();
    let Some(item) = ctx.content.get(id) else {
        // The item left with a content update: say so plainly.
        return para(dir, &msg::list_empty(ctx.ui), ctx.size(size::BODY));
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
                ctx.look,
                dir,
                Glyph::LANGUAGES,
                &notice_text,
                ctx.pal().info_bg,
                ctx.pal().primary,
            ));
        } else if shown.text.machine_translated {
            page = page.push(notice(
                ctx.look,
                dir,
                Glyph::INFO,
                &msg::machine_translation_notice(ctx.ui),
                ctx.pal().info_bg,
                ctx.pal().primary,
            ));
        }
    }
    if let Facts::Story(story) = &item.facts
        && story.fictional
    {
        page = page.push(notice(
            ctx.look,
            dir,
            Glyph::BOOK_OPEN,
            &msg::fictional_notice(ctx.ui),
            ctx.pal().warning_bg,
            ctx.pal().warning_fg,
        ));
    } else if item.common.example {
        page = page.push(notice(
            ctx.look,
            dir,
            Glyph::INFO,
            &msg::example_notice(ctx.ui),
            ctx.pal().warning_bg,
            ctx.pal().warning_fg,
        ));
    }

    let text_dir = shown.as_ref().map_or(dir, |s| s.direction);
    let title = shown
        .as_ref()
        .map_or_else(|| item.id.slug.clone(), |s| s.text.title.clone());
    page = page.push(heading(text_dir, &title, ctx.size(size::H1)));

    if let Some(handle) = item
        .common
        .image
        .as_ref()
        .and_then(|name| ctx.images.get(name))
    {
        page = page.push(
            // Whole, at most 340 high and as wide as the text: a panorama or a tall poster
            // shrinks to fit instead of running off the screen.
            container(
                image(handle.clone())
                    .width(Fill)
                    .height(340)
                    .content_fit(ContentFit::Contain)
                    .border_radius(12),
            )
            .width(Fill)
            .height(340)
            .clip(true)
            .center_x(Fill),
        );
    }

    let rows = facts::rows(ctx, item);
    if !rows.is_empty() {
        page = page.push(
            container(column(rows).spacing(18))
                .padding(22)
                .width(Fill)
                .style(theme::panel(ctx.pal())),
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
    block_at(ctx, dir, block, 0)
}

/// A block, `depth` lists deep (the parser keeps depth within `limits::MAX_NESTING`).
fn block_at<'a>(
    ctx: &Ctx<'_>,
    dir: Direction,
    block: &Block,
    depth: usize,
) -> Element<'a, Message> {
    match block {
        Block::Heading { level, spans } => {
            let size = if *level <= 2 {
                ctx.size(size::H2)
            } else {
                ctx.size(size::H3)
            };
            heading(dir, &crate::content::markdown::plain(spans), size)
        }
        Block::Paragraph(spans) => rich(dir, spans, ctx.size(size::BODY)),
        Block::Quote(spans) => container(rich(dir, spans, ctx.size(size::BODY)))
            .padding(16)
            .width(Fill)
            .style(theme::panel(ctx.pal()))
            .into(),
        Block::List {
            ordered,
            start,
            items,
        } => {
            let mut list = column![].spacing(10);
            for (i, item) in items.iter().enumerate() {
                let marker = if *ordered {
                    let n = start.saturating_add(i as u64);
                    format!(
                        "{}.",
                        ctx.ui
                            .formats()
                            .integer(i64::try_from(n).unwrap_or(i64::MAX))
                    )
                } else if depth.is_multiple_of(2) {
                    "•".to_owned()
                } else {
                    // A nested list's own mark (in every font the kiosk has).
                    "–".to_owned()
                };
                let mut body = column![rich(dir, &item.spans, ctx.size(size::BODY))].spacing(8);
                for child in &item.children {
                    body = body.push(block_at(ctx, dir, child, depth + 1));
                }
                // Wide enough for "10." and "100." in any digits.
                let marker_width = if *ordered { 52 } else { 30 };
                list = list.push(
                    row_dir(
                        dir,
                        vec![
                            container(text(bidi(dir, &marker)).size(size::BODY).font(BOLD))
                                .width(marker_width)
                                .align_x(crate::kiosk::widget::start(dir))
                                .into(),
                            container(body).width(Fill).into(),
                        ],
                    )
                    .align_y(Alignment::Start),
                );
            }
            list.into()
        }
        Block::Table { header, rows } => {
            // One line per row, cells one after the other: readable at any width.
            let mut table = column![].spacing(6);
            for (i, row) in rows.iter().enumerate() {
                let mut spans: Vec<crate::content::markdown::Span> = Vec::new();
                for (j, cell) in row.iter().enumerate() {
                    if j > 0 {
                        spans.push(crate::content::markdown::Span {
                            text: " · ".to_owned(),
                            ..Default::default()
                        });
                    }
                    let bold = *header && i == 0;
                    spans.extend(cell.iter().map(|s| crate::content::markdown::Span {
                        strong: s.strong || bold,
                        ..s.clone()
                    }));
                }
                table = table.push(rich(dir, &spans, ctx.size(size::BODY)));
            }
            container(table)
                .padding(16)
                .width(Fill)
                .style(theme::panel(ctx.pal()))
                .into()
        }
    }
}
