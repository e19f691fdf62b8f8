//! The on-screen keyboard of the search screen: the layout of the visitor's script (see
//! `crate::keyboard`), mirrored for right-to-left scripts, with keys of at least 48 px, a
//! key to the next layout, space, delete, and a key to put it away.

use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::State;
use crate::i18n::{Direction, msg};
use crate::keyboard::{self as layouts, Layout};
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::screen::Ctx;
use crate::kiosk::theme;
use crate::kiosk::widget::{BOLD, with_id};

/// The smallest key a finger hits reliably.
pub const MIN_KEY: f32 = 48.0;

#[derive(Debug, Clone)]
pub enum Message {
    Key(&'static str),
    /// Typed on a physical keyboard.
    Text(String),
    /// A vowel-row key of a syllabic keyboard: the syllable it shows.
    Vowel(char),
    Space,
    Backspace,
    /// The next keyboard (another alphabet).
    Next,
    Hide,
}

/// The layouts the visitor cycles through, and the one shown.
pub fn current(ctx: &Ctx<'_>, state: &State) -> (&'static Layout, &'static Layout) {
    let cycle = layouts::cycle(ctx.content_lang);
    let now = cycle[state.layout % cycle.len()];
    let next = cycle[(state.layout + 1) % cycle.len()];
    (now, next)
}

/// A key typed: `Some(true)` when the text changed.
pub fn apply(state: &mut State, message: Message) -> Option<bool> {
    let before = state.query.clone();
    match message {
        Message::Key(key) => layouts::type_key(&mut state.query, key),
        Message::Text(typed) => layouts::type_key(&mut state.query, &typed),
        Message::Vowel(form) => layouts::type_vowel(&mut state.query, form),
        Message::Space => {
            if !state.query.is_empty() && !state.query.ends_with(' ') {
                layouts::type_key(&mut state.query, " ");
            }
        }
        Message::Backspace => layouts::backspace(&mut state.query),
        Message::Next => {
            state.layout = state.layout.wrapping_add(1) % layouts::LAYOUTS.len().max(1);
            return Some(false);
        }
        Message::Hide => {
            state.keyboard_hidden = true;
            return Some(false);
        }
    }
    Some(state.query != before)
}

#[allow(
    clippy::too_many_lines,
    reason = "the rows of keys, then the bottom row"
)]
pub fn view<'a>(ctx: &Ctx<'a>, state: &State) -> Element<'a, Message> {
    let (layout, next) = current(ctx, state);
    let pal = ctx.pal();
    let dir = if layout.rtl {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    let mut rows: Vec<Vec<(String, String, Message)>> = layout
        .keys()
        .map(|row| {
            row.into_iter()
                .map(|k| (format!("key-{k}"), k.to_owned(), Message::Key(k)))
                .collect()
        })
        .collect();
    if layout.syllabic {
        rows.push(
            layouts::vowel_row(&state.query)
                .into_iter()
                .enumerate()
                .map(|(order, c)| (format!("vowel-{order}"), c.to_string(), Message::Vowel(c)))
                .collect(),
        );
    }
    let short = ctx.layout.short();
    let spacing = if short { 4.0 } else { 6.0 };
    let widest = rows.iter().map(Vec::len).max().unwrap_or(1).max(10) as f32;
    let width = (ctx.layout.width - 24.0).max(MIN_KEY * 10.0);
    let key_width = ((width - spacing * (widest - 1.0)) / widest).clamp(MIN_KEY, 96.0);
    let key_height = if ctx.layout.short() { MIN_KEY } else { 60.0 };
    let letter_size = if ctx.layout.short() { 22.0 } else { 28.0 };
    let key = |id: String, label: Element<'a, Message>, message: Message, wide: f32| {
        with_id(
            id,
            button(container(label).center_x(Fill).center_y(Fill))
                .width(wide)
                .height(key_height)
                .padding(0)
                .style(theme::card(pal, None))
                .on_press(message)
                .into(),
        )
    };
    let mut lines = column![].spacing(spacing).align_x(Alignment::Center);
    for row in rows {
        let keys = row
            .into_iter()
            .map(|(id, label, message)| {
                // Vowel signs alone are shown on a dotted circle by the shaper.
                key(
                    id,
                    text(label).size(letter_size).font(BOLD).into(),
                    message,
                    key_width,
                )
            })
            .collect();
        lines = lines.push(crate::kiosk::widget::row_dir(dir, keys).spacing(spacing));
    }
    let label = |glyph: Glyph, words: String| -> Element<'a, Message> {
        crate::kiosk::widget::row_dir(
            ctx.dir(),
            vec![
                icon(glyph, 26.0),
                text(crate::kiosk::widget::bidi(ctx.dir(), &words))
                    .size(18)
                    .font(BOLD)
                    .into(),
            ],
        )
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    };
    let bottom = vec![
        key(
            "key-next".to_owned(),
            label(Glyph::KEYBOARD, next.label.to_owned()),
            Message::Next,
            (key_width * 2.0 + spacing).max(120.0),
        ),
        key(
            "key-space".to_owned(),
            label(Glyph::SPACE, msg::keyboard_space(ctx.ui)),
            Message::Space,
            key_width * 4.0 + spacing * 3.0,
        ),
        key(
            "key-backspace".to_owned(),
            label(Glyph::BACKSPACE, msg::keyboard_backspace(ctx.ui)),
            Message::Backspace,
            (key_width * 2.0 + spacing).max(120.0),
        ),
        key(
            "key-hide".to_owned(),
            icon(Glyph::CHECK, 30.0),
            Message::Hide,
            key_width,
        ),
    ];
    lines = lines.push(crate::kiosk::widget::row_dir(ctx.dir(), bottom).spacing(spacing));
    container(lines)
        .padding(if short { [6, 8] } else { [10, 12] })
        .width(Fill)
        .center_x(Fill)
        .style(theme::bar(pal))
        .into()
}
