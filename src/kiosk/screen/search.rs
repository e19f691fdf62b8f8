//! Search: a field, the results as the visitor types, and the on-screen keyboard docked
//! under the page (see `keyboard`). The parent runs the query (it holds the index) whenever
//! `stale` is set, and stores the results here.

use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::{Action, Ctx, Route};
use crate::content::markdown::Span;
use crate::content::{ItemId, Kind};
use crate::i18n::{Direction, msg};
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, heading, para, rich, row_dir, with_id};
use crate::lang::Lang;
use crate::search::Query;

pub mod keyboard;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub query: String,
    /// Which keyboard, as a place in `crate::keyboard::cycle` for the visitor's language.
    pub layout: usize,
    /// The keyboard is put away to see more results.
    pub keyboard_hidden: bool,
    /// Items found, with the language whose words matched.
    pub hits: Vec<(ItemId, Lang)>,
    /// The query changed since the results were found.
    pub stale: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Key(keyboard::Message),
    Clear,
    /// The field was tapped: the keyboard comes back.
    Field,
    Open(ItemId),
    /// Nothing found: a category instead.
    Category(Kind),
    Emergency,
}

impl State {
    pub fn new(query: String) -> Self {
        Self {
            query,
            stale: true,
            ..Self::default()
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Key(key) => {
                if let Some(changed) = keyboard::apply(self, key) {
                    self.stale |= changed;
                }
                Action::None
            }
            Message::Clear => {
                self.query.clear();
                self.keyboard_hidden = false;
                self.stale = true;
                Action::None
            }
            Message::Field => {
                self.keyboard_hidden = false;
                Action::None
            }
            Message::Open(id) => Action::Open(Route::Detail(id)),
            Message::Category(Kind::Contacts) | Message::Emergency => {
                Action::Open(Route::Emergency)
            }
            Message::Category(kind) => Action::Open(Route::List(kind)),
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let dir = ctx.dir();
        let mut page = column![field(ctx, &self.query)].spacing(18);
        let query = Query::new(&self.query);
        if query.is_empty() {
            page = page.push(para(dir, &msg::search_hint(ctx.ui), ctx.size(size::BODY)));
        } else if self.hits.is_empty() {
            page = page.push(nothing_found(ctx));
        } else {
            let count = msg::search_count(ctx.ui, self.hits.len() as f64);
            page = page.push(para(dir, &count, ctx.size(size::SMALL)));
            for (id, lang) in &self.hits {
                if let Some(row) = result(ctx, &query, id, lang) {
                    page = page.push(row);
                }
            }
        }
        page.into()
    }

    /// The keyboard, docked under the page.
    pub fn dock<'a>(&self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        (!self.keyboard_hidden).then(|| keyboard::view(ctx, self).map(Message::Key))
    }
}

/// The direction of what was typed, from its first letter with a direction.
fn typed_direction(text: &str, otherwise: Direction) -> Direction {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Rtl => Direction::Rtl,
        unicode_bidi::Direction::Ltr => Direction::Ltr,
        unicode_bidi::Direction::Mixed => otherwise,
    }
}

/// The search field: what was typed (shaped, in its own direction) and a Clear button.
fn field<'a>(ctx: &Ctx<'a>, query: &str) -> Element<'a, Message> {
    let dir = ctx.dir();
    let line = typed_field(
        ctx,
        query,
        &msg::search_placeholder(ctx.ui),
        "search",
        Message::Field,
        Message::Clear,
        true,
    );
    if ctx.layout.short() {
        // Little height: the keyboard needs it more than a heading (the bar says Search).
        return line;
    }
    column![
        heading(dir, &msg::search_heading(ctx.ui), ctx.size(size::H1)),
        line
    ]
    .spacing(14)
    .into()
}

/// A field showing what was typed on the on-screen keyboard (or `placeholder`), and a
/// Clear button (`clear_when_empty`: also before anything is typed, greyed out); `<id>-field`
/// and `<id>-clear` are their widget ids. Shared by the search screen and the long language
/// picker.
pub fn typed_field<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    query: &str,
    placeholder: &str,
    id: &str,
    on_tap: M,
    on_clear: M,
    clear_when_empty: bool,
) -> Element<'a, M> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let typed_dir = typed_direction(query, dir);
    let shown: Element<'a, M> = if query.is_empty() {
        text(bidi(dir, placeholder))
            .size(ctx.size(size::H3))
            .color(pal.muted)
            .into()
    } else {
        // A caret after the last letter, on the side where the text ends.
        let primary = pal.primary;
        let caret = container(
            iced::widget::space()
                .width(3)
                .height(ctx.size(size::H3) * 1.3),
        )
        .style(move |_| container::Style {
            background: Some(primary.into()),
            ..container::Style::default()
        });
        row_dir(
            typed_dir,
            vec![
                text(bidi(typed_dir, query))
                    .size(ctx.size(size::H3))
                    .font(BOLD)
                    .wrapping(text::Wrapping::WordOrGlyph)
                    .into(),
                caret.into(),
            ],
        )
        .spacing(2)
        .into()
    };
    let words = container(shown)
        .width(Fill)
        .align_x(crate::kiosk::widget::start(typed_dir));
    let inside = row_dir(dir, vec![icon(Glyph::SEARCH, 34.0), words.into()])
        .spacing(14)
        .align_y(Alignment::Center);
    let field = with_id(
        format!("{id}-field"),
        button(inside)
            .padding([14, 20])
            .width(Fill)
            .style(theme::card(pal, None))
            .on_press(on_tap)
            .into(),
    );
    let clear = with_id(
        format!("{id}-clear"),
        button(
            row_dir(
                dir,
                vec![
                    icon(Glyph::BAN, 26.0),
                    text(bidi(dir, &msg::search_clear(ctx.ui)))
                        .size(ctx.size(size::BODY))
                        .font(BOLD)
                        .into(),
                ],
            )
            .spacing(8),
        )
        .padding([18, 18])
        .style(theme::solid(pal, pal.muted))
        .on_press_maybe((!query.is_empty()).then_some(on_clear))
        .into(),
    );
    let parts = if query.is_empty() && !clear_when_empty {
        vec![field]
    } else {
        vec![field, clear]
    };
    row_dir(dir, parts)
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
}

/// One result: the kind's pictogram, the title in the visitor's language where there is
/// one, and a few words around the match with the matching words in bold.
fn result<'a>(
    ctx: &Ctx<'a>,
    query: &Query,
    id: &ItemId,
    lang: &Lang,
) -> Option<Element<'a, Message>> {
    let item = ctx.content.get(id)?;
    let dir = ctx.dir();
    let shown = ctx.shown(item)?;
    let matched = item.texts.get(lang)?;
    let snippet = crate::search::snippet(matched, query);
    let matched_dir = ctx
        .catalog
        .find(lang)
        .map_or_else(|| crate::i18n::locale::direction(lang), |e| e.direction);
    let mut spans = Vec::new();
    let mut at = 0;
    for mark in &snippet.marks {
        spans.push(plain(&snippet.text[at..mark.start], false));
        spans.push(plain(&snippet.text[mark.clone()], true));
        at = mark.end;
    }
    spans.push(plain(&snippet.text[at..], false));
    spans.retain(|s| !s.text.is_empty());
    let mut words = column![heading(
        shown.direction,
        &shown.text.title,
        ctx.size(size::CARD_TITLE)
    )]
    .spacing(6);
    if !snippet.text.is_empty() {
        words = words.push(rich(matched_dir, &spans, ctx.size(size::BODY)));
    }
    let pal = ctx.pal();
    let content = row_dir(
        dir,
        vec![
            container(icon(Glyph::of_kind(id.kind), 40.0))
                .style(theme::tinted(pal.kind(id.kind)))
                .into(),
            container(words).width(Fill).into(),
            icon(Glyph::forward(dir), 32.0),
        ],
    )
    .spacing(18)
    .align_y(Alignment::Center);
    Some(with_id(
        format!("result-{}-{}", id.kind, id.slug),
        button(content)
            .padding(16)
            .width(Fill)
            .style(theme::card(pal, None))
            .on_press(Message::Open(id.clone()))
            .into(),
    ))
}

fn plain(text: &str, strong: bool) -> Span {
    Span {
        text: text.to_owned(),
        strong,
        ..Span::default()
    }
}

/// Nothing found: the categories, and the emergency numbers.
fn nothing_found<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let mut page = column![para(
        dir,
        &msg::search_nothing(ctx.ui),
        ctx.size(size::BODY)
    )]
    .spacing(14);
    let mut chips = Vec::new();
    for kind in Kind::ALL.into_iter().filter(|k| *k != Kind::Contacts) {
        chips.push(with_id(
            format!("search-category-{kind}"),
            button(
                row_dir(
                    dir,
                    vec![
                        icon(Glyph::of_kind(kind), 28.0),
                        text(bidi(dir, &ctx.kind_label(kind)))
                            .size(ctx.size(size::BODY))
                            .font(BOLD)
                            .into(),
                    ],
                )
                .spacing(10),
            )
            .padding([16, 20])
            .style(theme::card(pal, None))
            .on_press(Message::Category(kind))
            .into(),
        ));
    }
    page = page.push(crate::kiosk::widget::wrap_dir(dir, chips, 12.0));
    let numbers: Vec<String> = ctx
        .content
        .items_of(Kind::Contacts)
        .filter_map(|i| match &i.facts {
            crate::content::Facts::Contact(c) if c.urgent => {
                c.phones.first().map(|p| p.display().to_owned())
            }
            _ => None,
        })
        .collect();
    let mut label = msg::emergency_heading(ctx.ui);
    if !numbers.is_empty() {
        label = format!("{label} · {}", numbers.join(" · "));
    }
    page = page.push(with_id(
        "search-emergency",
        button(
            row_dir(
                dir,
                vec![
                    icon(Glyph::SIREN, 30.0),
                    text(bidi(dir, &label))
                        .size(ctx.size(size::BODY))
                        .font(BOLD)
                        .into(),
                ],
            )
            .spacing(12),
        )
        .padding([16, 22])
        .style(theme::solid(pal, pal.danger))
        .on_press(Message::Emergency)
        .into(),
    ));
    page.into()
}
