//! Home: one big tile per category, each with a pictogram and a label.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::content::Kind;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, fitting_size, heading, notice, para, tile_grid, with_id};

use super::{Action, Route};
use crate::kiosk::listen::Topic;

const SPACING: f32 = 24.0;

/// Home has nothing of its own to remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State;

#[derive(Debug, Clone)]
pub enum Message {
    /// A category's tile was tapped.
    Open(Kind),
    /// The speaker on a tile: its label read aloud.
    Listen(Kind),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            // Contacts are the Emergency screen: the numbers first, in large type.
            Message::Open(Kind::Contacts) => Action::Open(Route::Emergency),
            Message::Open(kind) => Action::Open(Route::List(kind)),
            Message::Listen(kind) => Action::Listen(Topic::Tile(kind)),
        }
    }

    pub fn view<'a>(self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx)
    }
}

fn view<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
    let layout = ctx.layout;
    let columns = layout.columns(250.0, SPACING, 3);
    let (tile_height, glyph): (f32, f32) = if layout.short() {
        (150.0, 56.0)
    } else {
        (210.0, 76.0)
    };
    let cell = (layout.content_width() - SPACING * (columns as f32 - 1.0)) / columns as f32;
    // Taller tiles at larger text steps and for long words: pictogram, gap, the lines the
    // longest label needs, padding.
    let label_height = Kind::ALL
        .iter()
        .map(|&kind| {
            let words = ctx.kind_label(kind);
            let size = label_size(ctx, &words, cell - 32.0);
            crate::kiosk::widget::wrapped_lines(&words, cell - 32.0, size, BOLD) as f32 * 1.4 * size
        })
        .fold(1.4 * ctx.size(size::TILE), f32::max);
    let tile_height = tile_height.max(glyph + 18.0 + label_height + 32.0);
    let speak = ctx.can_speak(ctx.ui.lang(), None);
    let tiles = Kind::ALL
        .iter()
        .map(|&kind| {
            let tile = with_id(
                format!("tile-{kind}"),
                button(
                    container(
                        column![
                            icon(Glyph::of_kind(kind), glyph),
                            label(ctx, &ctx.kind_label(kind), cell - 32.0),
                        ]
                        .spacing(18)
                        .align_x(Alignment::Center),
                    )
                    .center_x(Fill)
                    .center_y(Fill),
                )
                .padding([16, 16])
                .width(Fill)
                .height(tile_height)
                .style(theme::solid(ctx.pal(), ctx.pal().kind(kind)))
                .on_press(Message::Open(kind))
                .into(),
            );
            if !speak {
                return tile;
            }
            let spoken = ctx.reading_spot(&Topic::Tile(kind)).is_some();
            // The speaker sits in the tile's top end corner, a finger wide.
            let speaker = with_id(
                format!("listen-{kind}"),
                button(
                    container(icon(Glyph::VOLUME, 30.0))
                        .center_x(Fill)
                        .center_y(Fill),
                )
                .width(60)
                .height(60)
                .padding(0)
                // White on every tile colour; outlined strongly while it speaks.
                .style(theme::card(ctx.pal(), spoken.then_some(ctx.pal().text)))
                .on_press(Message::Listen(kind))
                .into(),
            );
            iced::widget::stack![
                tile,
                container(speaker)
                    .padding(8)
                    .width(Fill)
                    .align_x(crate::kiosk::widget::end(dir))
            ]
            .into()
        })
        .map(|tile| container(tile).center_x(Fill).into())
        .collect();
    let mut page = column![
        heading(dir, &msg::home_heading(ctx.ui), ctx.size(size::H1)),
        para(dir, &msg::home_subheading(ctx.ui), ctx.size(size::H3)),
    ]
    .spacing(10);
    if ctx.content.meta.example {
        page = page.push(notice(
            ctx.look,
            dir,
            Glyph::INFO,
            &msg::example_notice(ctx.ui),
            ctx.pal().warning_bg,
            ctx.pal().warning_fg,
        ));
    }
    page.push(iced::widget::space().height(10))
        .push(tile_grid(dir, tiles, columns, SPACING))
        .into()
}

/// A tile label, centred. Centring the text inside its own box draws one-line right-to-left
/// text outside the box in iced 0.14 (iced #2816); right-to-left labels are centred by the
/// surrounding column only.
fn label<'a>(
    ctx: &Ctx<'_>,
    content: &str,
    width: f32,
) -> iced::widget::Text<'a, iced::Theme, crate::kiosk::renderer::Renderer> {
    let dir = ctx.dir();
    let size = label_size(ctx, content, width);
    let label = text(bidi(dir, content))
        .size(size)
        .font(BOLD)
        .wrapping(iced::widget::text::Wrapping::WordOrGlyph);
    if dir.is_rtl() {
        label
    } else {
        label.align_x(iced::alignment::Horizontal::Center)
    }
}

/// A tile label's size: the tile size, smaller for a long label, never below body text.
fn label_size(ctx: &Ctx<'_>, content: &str, width: f32) -> f32 {
    fitting_size(
        content,
        width,
        BOLD,
        ctx.size(size::TILE),
        ctx.size(size::BODY),
    )
}
