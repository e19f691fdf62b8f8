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

const SPACING: f32 = 24.0;
use crate::kiosk::{Message, Route};

pub fn view<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
    let layout = ctx.layout;
    let columns = layout.columns(250.0, SPACING, 3);
    let (tile_height, glyph) = if layout.short() {
        (150.0, 56.0)
    } else {
        (210.0, 76.0)
    };
    let cell = (layout.content_width() - SPACING * (columns as f32 - 1.0)) / columns as f32;
    let tiles = Kind::ALL
        .iter()
        .map(|&kind| {
            let target = if kind == Kind::Contacts {
                Route::Emergency
            } else {
                Route::List(kind)
            };
            with_id(
                format!("tile-{kind}"),
                button(
                    container(
                        column![
                            icon(Glyph::of_kind(kind), glyph),
                            label(dir, &ctx.kind_label(kind), cell - 32.0),
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
                .style(theme::solid(theme::kind_colour(kind)))
                .on_press(Message::Open(target))
                .into(),
            )
        })
        .map(|tile| container(tile).center_x(Fill).into())
        .collect();
    let mut page = column![
        heading(dir, &msg::home_heading(ctx.ui), size::H1),
        para(dir, &msg::home_subheading(ctx.ui), size::H3),
    ]
    .spacing(10);
    if ctx.content.meta.example {
        page = page.push(notice(
            dir,
            Glyph::INFO,
            &msg::example_notice(ctx.ui),
            theme::WARNING_BG,
            theme::WARNING_FG,
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
    dir: crate::i18n::Direction,
    content: &str,
    width: f32,
) -> iced::widget::Text<'a, iced::Theme, crate::kiosk::renderer::Renderer> {
    let size = fitting_size(content, width, BOLD, size::TILE, size::BODY);
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
