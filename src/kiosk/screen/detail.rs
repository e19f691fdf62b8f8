//! One item: notices, title, picture, facts, and the Markdown text.

use crate::kiosk::renderer::Element;
use iced::widget::{column, container, image, text};
use iced::{Alignment, ContentFit, Fill};

use super::{Ctx, facts, listen_button, marked};
use crate::content::markdown::Block;
use crate::content::{Facts, ItemId};
use crate::i18n::{Direction, msg};
use crate::kiosk::icon::Glyph;
use crate::kiosk::listen::{Line, Script, Topic};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{
    BOLD, Mark, bidi, heading, notice, para, reading, rich, rich_marked, row_dir,
};

/// The words being said in the text at `path`, if they are there.
fn mark(ctx: &Ctx<'_>, topic: &Topic, path: &[usize]) -> Option<Mark> {
    ctx.reading_mark(topic, &Spot::Block(path.to_vec()))
}
use crate::speech::plan::{self, Spot};

use super::Action;
use super::take_home::Code;

/// The item shown, and its QR codes (made by the parent, see `take_home`). Two states are
/// the same page when they show the same item and the same tapped number (the codes follow
/// from the item).
#[derive(Debug, Clone)]
pub struct State {
    pub id: ItemId,
    pub codes: Vec<Code>,
    /// What the codes were made for (languages and content), so they are made again only
    /// when that changes.
    pub codes_for: Option<String>,
    /// A tapped phone number's `tel:` code, shown over the page.
    pub phone: Option<Code>,
}

/// A detail page's controls: Listen, and the phone numbers (links are shown, not
/// followed: a kiosk has no browser).
#[derive(Debug, Clone)]
pub enum Message {
    Listen,
    /// A number, as shown and as dialled: show its `tel:` code.
    Phone(String, String),
    ClosePhone,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.phone == other.phone
    }
}

impl Eq for State {}

impl State {
    pub fn new(id: ItemId) -> Self {
        Self {
            id,
            codes: Vec::new(),
            codes_for: None,
            phone: None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Listen => Action::Listen(Topic::Page(self.id.clone())),
            Message::Phone(shown, dial) => {
                self.phone = super::take_home::phone_code(&shown, &dial);
                Action::None
            }
            Message::ClosePhone => {
                self.phone = None;
                Action::None
            }
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx, &self.id, &self.codes)
    }

    /// The tapped number's code, over the page.
    pub fn overlay<'a>(&'a self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        let code = self.phone.as_ref()?;
        Some(super::take_home::phone(ctx, code, Message::ClosePhone))
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "the page from top to bottom, in the order it is read"
)]
fn view<'a>(ctx: &Ctx<'a>, id: &ItemId, codes: &'a [Code]) -> Element<'a, Message> {
    let dir = ctx.dir();
    let Some(item) = ctx.content.get(id) else {
        // The item left with a content update: say so plainly.
        return para(dir, &msg::list_empty(ctx.ui), ctx.size(size::BODY));
    };
    let mut page = column![].spacing(22);
    let shown = ctx.shown(item);
    if let Some(shown) = &shown {
        if shown.fallback {
            page = page.push(super::fallback_notice(ctx, dir, shown.lang));
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
    let spot = ctx.reading_spot(&Topic::Page(id.clone()));
    if let Some(shown) = &shown
        && ctx.can_speak(shown.lang, Some(item))
    {
        page = page.push(listen_button(ctx, Message::Listen));
    }
    page = page.push(marked(
        ctx,
        spot == Some(&Spot::Title),
        heading(text_dir, &title, ctx.size(size::H1)),
    ));

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

    let rows: Vec<Element<'a, Message>> = facts::rows(ctx, item, &Message::Phone)
        .into_iter()
        .enumerate()
        .map(|(i, row)| marked(ctx, spot == Some(&Spot::Fact(i)), row))
        .collect();
    if !rows.is_empty() {
        page = page.push(
            container(column(rows).spacing(18))
                .padding(22)
                .width(Fill)
                .style(theme::panel(ctx.pal())),
        );
    }
    // Right under the facts (numbers, an address, a date): what a phone can take home is
    // found without scrolling. A guide's code (its address or summary) follows its text.
    let codes = super::take_home::view(ctx, codes);
    let (codes_first, mut codes_last) = if matches!(item.facts, Facts::Guide) {
        (None, codes)
    } else {
        (codes, None)
    };
    if let Some(codes) = codes_first {
        page = page.push(codes);
    }

    if let Some(shown) = &shown {
        let topic = Topic::Page(id.clone());
        let now = match spot {
            Some(Spot::Block(path)) => Some(path.as_slice()),
            _ => None,
        };
        for (i, block) in shown.text.body.blocks.iter().enumerate() {
            page = page.push(block_at(ctx, text_dir, block, &[i], now, &topic));
        }
    }
    if let Some(codes) = codes_last.take() {
        page = page.push(codes);
    }
    reading(page.into())
}

/// What the page reads aloud: title, facts, text — the facts in the buttons' language, the
/// rest in the text's; the bundle's recording instead where it has one.
pub fn script(
    ctx: &Ctx<'_>,
    id: &crate::content::ItemId,
    recording: impl Fn(&crate::lang::Lang) -> Option<std::path::PathBuf>,
) -> Script {
    let Some(item) = ctx.content.get(id) else {
        return Script::default();
    };
    let Some(shown) = ctx.shown(item) else {
        return Script::default();
    };
    let facts = facts::spoken(ctx, item);
    let numbers = super::emergency::numbers(ctx);
    let lines = plan::page(&shown.text.title, &facts, &shown.text.body, &numbers)
        .into_iter()
        .map(|sentence| Line {
            lang: if matches!(sentence.spot, Spot::Fact(_)) {
                ctx.ui.lang().clone()
            } else {
                shown.lang.clone()
            },
            sentence,
        })
        .collect();
    Script {
        lines,
        recording: recording(shown.lang),
    }
}

/// A block at `path`, `path.len() - 1` lists deep (the parser keeps depth within
/// `limits::MAX_NESTING`); `now` is where the sentence being read is.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per kind of block, each laid out where it is"
)]
fn block_at<'a>(
    ctx: &Ctx<'_>,
    dir: Direction,
    block: &Block,
    path: &[usize],
    now: Option<&[usize]>,
    topic: &Topic,
) -> Element<'a, Message> {
    let depth = path.len() - 1;
    let here = now == Some(path);
    let within = |more: &[usize]| {
        let mut p = path.to_vec();
        p.extend_from_slice(more);
        p
    };
    match block {
        Block::Heading { level, spans } => {
            let size = if *level <= 2 {
                ctx.size(size::H2)
            } else {
                ctx.size(size::H3)
            };
            marked(
                ctx,
                here,
                heading(dir, &crate::content::markdown::plain(spans), size),
            )
        }
        Block::Paragraph(spans) => marked(
            ctx,
            here,
            rich_marked(
                dir,
                spans,
                ctx.size(size::BODY),
                mark(ctx, topic, path).as_ref(),
            ),
        ),
        Block::Quote(spans) => marked(
            ctx,
            here,
            container(rich(dir, spans, ctx.size(size::BODY)))
                .padding(16)
                .width(Fill)
                .style(theme::panel(ctx.pal()))
                .into(),
        ),
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
                let item_path = within(&[i]);
                let words = rich_marked(
                    dir,
                    &item.spans,
                    ctx.size(size::BODY),
                    mark(ctx, topic, &item_path).as_ref(),
                );
                let mut body =
                    column![marked(ctx, now == Some(item_path.as_slice()), words)].spacing(8);
                for (c, child) in item.children.iter().enumerate() {
                    body = body.push(block_at(ctx, dir, child, &within(&[i, c]), now, topic));
                }
                // Wide enough for "10." and "100." in any digits.
                let marker_width = ctx.size(if *ordered { 52.0 } else { 30.0 });
                list = list.push(
                    row_dir(
                        dir,
                        vec![
                            container(
                                text(bidi(dir, &marker))
                                    .size(ctx.size(size::BODY))
                                    .font(BOLD),
                            )
                            .padding([
                                if ctx.marking() {
                                    super::MARK_PADDING
                                } else {
                                    0.0
                                },
                                0.0,
                            ])
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
                let row_here = now == Some(within(&[i]).as_slice());
                table = table.push(marked(
                    ctx,
                    row_here,
                    rich(dir, &spans, ctx.size(size::BODY)),
                ));
            }
            container(table)
                .padding(16)
                .width(Fill)
                .style(theme::panel(ctx.pal()))
                .into()
        }
    }
}
