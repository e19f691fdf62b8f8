//! Home: one big tile per category, each with a pictogram and a label.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::content::Kind;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, heading, notice, para, tile_grid, with_id};
use crate::kiosk::{Message, Route};

pub fn view<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
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
                            icon(Glyph::of_kind(kind), 76.0),
                            label(dir, &ctx.kind_label(kind)),
                        ]
                        .spacing(18)
                        .align_x(Alignment::Center),
                    )
                    .center_x(Fill)
                    .center_y(Fill),
                )
                .padding([30, 16])
                .width(Fill)
                .height(210)
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
        .push(tile_grid(dir, tiles, 3, 24.0))
        .into()
}

/// A tile label, centred. Centring the text inside its own box draws one-line right-to-left
/// text outside the box in iced 0.14 (iced #2816); right-to-left labels are centred by the
/// surrounding column only.
fn label<'a>(
    dir: crate::i18n::Direction,
    content: &str,
) -> iced::widget::Text<'a, iced::Theme, crate::kiosk::renderer::Renderer> {
    let label = text(bidi(dir, content)).size(size::TILE).font(BOLD);
    if dir.is_rtl() {
        label
    } else {
        label.align_x(iced::alignment::Horizontal::Center)
    }
}
