//! A list of cards for one category.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, image, text};
use iced::{Alignment, ContentFit, Fill};

use super::{Ctx, facts};
use crate::content::{Item, Kind};
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{aligned, badge, heading, para, row_dir, with_id};
use crate::kiosk::{Message, Route};

pub fn view<'a>(ctx: &Ctx<'a>, kind: Kind) -> Element<'a, Message> {
    let dir = ctx.dir();
    let items = ctx.current_items(kind);
    let count = msg::list_count(ctx.ui, items.len() as f64);
    let header = row_dir(
        dir,
        vec![
            container(icon(Glyph::of_kind(kind), 44.0))
                .style(move |_| iced::widget::container::Style {
                    text_color: Some(theme::kind_colour(kind)),
                    ..Default::default()
                })
                .into(),
            container(heading(dir, &ctx.kind_label(kind), size::H1))
                .width(iced::Shrink)
                .into(),
            badge(dir, None, &count, theme::MUTED),
        ],
    )
    .spacing(16);
    let mut page = column![header].spacing(18);
    if items.is_empty() {
        page = page.push(para(dir, &msg::list_empty(ctx.ui), size::BODY));
    }
    for item in items {
        page = page.push(card(ctx, item));
    }
    page.into()
}

/// A tappable card: picture or pictogram, title, summary, facts at a glance.
pub fn card<'a>(ctx: &Ctx<'a>, item: &'a Item) -> Element<'a, Message> {
    let dir = ctx.dir();
    let shown = ctx.shown(item);
    let (title, summary, text_dir) = shown.as_ref().map_or_else(
        || (item.id.slug.clone(), String::new(), dir),
        |s| (s.text.title.clone(), s.text.summary.clone(), s.direction),
    );
    let mut words = column![heading(text_dir, &title, size::CARD_TITLE)].spacing(8);
    if let Some(line) = facts::employer_line(ctx, item) {
        words = words.push(aligned(
            dir,
            text(crate::kiosk::widget::bidi(dir, &line))
                .size(size::BODY)
                .color(theme::MUTED)
                .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                .into(),
        ));
    }
    if !summary.is_empty() {
        words = words.push(para(text_dir, &summary, size::BODY));
    }
    let badges = facts::badges(ctx, item, shown.as_ref());
    if !badges.is_empty() {
        words = words.push(aligned(dir, row_dir(dir, badges).spacing(8).wrap().into()));
    }
    let picture: Element<'a, Message> = match item
        .common
        .image
        .as_ref()
        .and_then(|name| ctx.images.get(name))
    {
        // Any shape fills its frame and stays inside it (the middle of a tall or wide picture;
        // `kiosk::renderer` clips it to the frame).
        Some(handle) => image(handle.clone())
            .width(220)
            .height(124)
            .content_fit(ContentFit::Cover)
            .border_radius(10)
            .into(),
        None => {
            let glyph = item
                .common
                .icon
                .map_or_else(|| Glyph::of_kind(item.id.kind), Glyph::of_icon);
            container(icon(glyph, 48.0))
                .center_x(96)
                .center_y(96)
                .style(move |_| iced::widget::container::Style {
                    background: Some(theme::kind_colour(item.id.kind).into()),
                    text_color: Some(iced::Color::WHITE),
                    border: iced::Border::default().rounded(14),
                    ..Default::default()
                })
                .into()
        }
    };
    let content = row_dir(
        dir,
        vec![
            picture,
            container(words).width(Fill).into(),
            icon(Glyph::forward(dir), 36.0),
        ],
    )
    .spacing(22)
    .align_y(Alignment::Center);
    with_id(
        format!("card-{}-{}", item.id.kind, item.id.slug),
        button(content)
            .padding(20)
            .width(Fill)
            .style(theme::card(None))
            .on_press(Message::Open(Route::Detail(item.id.clone())))
            .into(),
    )
}
