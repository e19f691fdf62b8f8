//! A list of cards for one category.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, image, text};
use iced::{Alignment, ContentFit, Fill};

use super::{Action, Route};
use super::{Ctx, facts};
use crate::content::ItemId;
use crate::content::{Contract, Item, Kind, jobs};
use crate::lang::Lang;

mod filters;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{aligned, badge, heading, para, row_dir, with_id};

/// The category shown, and for jobs the visitor's filters (kept by the session while the
/// visitor comes and goes: see `Kiosk::sync_job_filter`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub kind: Kind,
    pub filter: jobs::Filter,
    /// The session's filters were copied in.
    pub synced: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// A card was tapped.
    Open(ItemId),
    Filter(Filtering),
}

/// A filter button: each turns its filter on, or off when it is on.
#[derive(Debug, Clone)]
pub enum Filtering {
    All,
    New,
    Time(jobs::Time),
    Contract(Contract),
    Place(String),
    Language(Lang),
}

impl State {
    pub fn new(kind: Kind) -> Self {
        Self {
            kind,
            filter: jobs::Filter::default(),
            synced: false,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Open(id) => Action::Open(Route::Detail(id)),
            Message::Filter(f) => {
                let filter = &mut self.filter;
                match f {
                    Filtering::All => *filter = jobs::Filter::default(),
                    Filtering::New => filter.new_this_week = !filter.new_this_week,
                    Filtering::Time(t) => {
                        filter.time = (filter.time != Some(t)).then_some(t);
                    }
                    Filtering::Contract(c) => {
                        filter.contract = (filter.contract != Some(c)).then_some(c);
                    }
                    Filtering::Place(p) => {
                        filter.place = (filter.place.as_ref() != Some(&p)).then_some(p);
                    }
                    Filtering::Language(l) => {
                        if !filter.languages.remove(&l) {
                            filter.languages.insert(l);
                        }
                    }
                }
                Action::None
            }
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx, self.kind, &self.filter)
    }
}

fn view<'a>(ctx: &Ctx<'a>, kind: Kind, filter: &jobs::Filter) -> Element<'a, Message> {
    let dir = ctx.dir();
    let all = ctx.current_items(kind);
    let today = ctx.now.date();
    let items: Vec<&Item> = all
        .iter()
        .copied()
        .filter(|i| match &i.facts {
            crate::content::Facts::Job(job) => filter.matches(job, today),
            _ => true,
        })
        .collect();
    let count = msg::list_count(ctx.ui, items.len() as f64);
    let header = row_dir(
        dir,
        vec![
            container(icon(Glyph::of_kind(kind), 44.0))
                .style(theme::tinted(ctx.pal().kind(kind)))
                .into(),
            container(heading(dir, &ctx.kind_label(kind), ctx.size(size::H1)))
                .width(iced::Shrink)
                .into(),
            badge(ctx.look, dir, None, &count, ctx.pal().muted),
        ],
    )
    .spacing(16);
    let mut page = column![header].spacing(18);
    if kind == Kind::Jobs && !all.is_empty() {
        let jobs: Vec<&crate::content::Job> = all
            .iter()
            .filter_map(|i| match &i.facts {
                crate::content::Facts::Job(job) => Some(job),
                _ => None,
            })
            .collect();
        page = page.push(filters::view(
            ctx,
            filter,
            &jobs::choices(jobs),
            items.len(),
        ));
        if items.is_empty() {
            return page.into();
        }
    }
    if items.is_empty() {
        page = page.push(para(dir, &msg::list_empty(ctx.ui), ctx.size(size::BODY)));
    }
    for item in items {
        page = page.push(card(ctx, item));
    }
    page.into()
}

/// A tappable card: picture or pictogram, title, summary, facts at a glance.
fn card<'a>(ctx: &Ctx<'a>, item: &'a Item) -> Element<'a, Message> {
    let dir = ctx.dir();
    let shown = ctx.shown(item);
    let (title, summary, text_dir) = shown.as_ref().map_or_else(
        || (item.id.slug.clone(), String::new(), dir),
        |s| (s.text.title.clone(), s.text.summary.clone(), s.direction),
    );
    let mut words = column![heading(text_dir, &title, ctx.size(size::CARD_TITLE))].spacing(8);
    if let Some(line) = facts::employer_line(ctx, item) {
        words = words.push(aligned(
            dir,
            text(crate::kiosk::widget::bidi(dir, &line))
                .size(size::BODY)
                .color(ctx.pal().muted)
                .wrapping(iced::widget::text::Wrapping::WordOrGlyph)
                .into(),
        ));
    }
    if !summary.is_empty() {
        words = words.push(para(text_dir, &summary, ctx.size(size::BODY)));
    }
    let badges = facts::badges(ctx, item, shown.as_ref());
    if !badges.is_empty() {
        words = words.push(aligned(
            dir,
            crate::kiosk::widget::wrap_dir(dir, badges, 8.0),
        ));
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
            let pal = ctx.pal();
            let colour = pal.kind(item.id.kind);
            container(icon(glyph, 48.0))
                .center_x(96)
                .center_y(96)
                .style(move |_| iced::widget::container::Style {
                    background: Some(if pal.filled { colour } else { pal.surface }.into()),
                    text_color: Some(if pal.filled { pal.on_solid } else { colour }),
                    border: iced::Border {
                        color: colour,
                        width: if pal.filled { 0.0 } else { pal.outline },
                        radius: 14.0.into(),
                    },
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
            .style(theme::card(ctx.pal(), None))
            .on_press(Message::Open(item.id.clone()))
            .into(),
    )
}
