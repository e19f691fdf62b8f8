//! Language picker, for 5 or 500 languages: every offered language by its own name in its
//! own script, with its name in the centre's main language under it for volunteers. The
//! centre's featured languages come first ("Most used here"); the others follow in groups
//! with headings, one per writing system, so a visitor scanning for their writing finds it
//! in one place. From [`FIND_FROM`] languages on, a search field (with the kiosk's on-screen
//! keyboard) finds a language by its own name, its English name, its name in the centre's
//! language or its tag. A volunteer can switch only the language of the texts.

use crate::kiosk::renderer::Element;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Action;
use super::Ctx;
use super::search;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{
    BOLD, aligned, bidi, fitting_size, heading, para, row_dir, tile_grid, with_id,
};
use crate::lang::Lang;
use crate::library::LanguageChoice;
use iced::widget::text::Wrapping;

/// From this many languages on, the picker has a search field.
pub const FIND_FROM: usize = 40;
/// Up to this many languages, one grid of big buttons without headings.
const PLAIN_UP_TO: usize = 12;

/// A few letters of a script, shown beside its name in the group headings: a visitor who
/// cannot read the heading's words still recognises their writing.
fn sample(script: &str) -> Option<&'static str> {
    Some(match script {
        "Latn" => "Aa Bb",
        "Cyrl" => "Аа Бб",
        "Grek" => "Αα Ββ",
        "Arab" => "ا ب ت",
        "Hebr" => "א ב ג",
        "Ethi" => "ሀ ለ ሐ",
        "Deva" => "अ आ इ",
        "Beng" => "অ আ ই",
        "Guru" => "ਅ ਆ ਇ",
        "Gujr" => "અ આ ઇ",
        "Orya" => "ଅ ଆ ଇ",
        "Taml" => "அ ஆ இ",
        "Telu" => "అ ఆ ఇ",
        "Knda" => "ಅ ಆ ಇ",
        "Mlym" => "അ ആ ഇ",
        "Sinh" => "අ ආ ඇ",
        "Thai" => "ก ข ค",
        "Laoo" => "ກ ຂ ຄ",
        "Khmr" => "ក ខ គ",
        "Mymr" => "က ခ ဂ",
        "Geor" => "ა ბ გ",
        "Armn" => "Ա Բ Գ",
        "Hans" => "汉字",
        "Thaa" => "ހ ށ ނ",
        "Tibt" => "ཀ ཁ ག",
        "Tfng" => "ⴰ ⴱ ⴳ",
        "Adlm" => "𞤀 𞤁 𞤂",
        "Cher" => "Ꭰ Ꭱ Ꭲ",
        "Cans" => "ᐁ ᐃ ᐅ",
        "Nkoo" => "ߊ ߋ ߌ",
        "Syrc" => "ܐ ܒ ܓ",
        _ => return None,
    })
}

/// The offered languages as the picker shows them (prepared with the library).
pub fn choices<'a>(ctx: &Ctx<'a>) -> &'a [LanguageChoice] {
    ctx.picker
}

/// Does `choice` match what was typed (folded with `search::fold::fold`), by the start of
/// any of its names' words or its tag, forgiving one mistake in words of five letters or more?
pub fn matches(choice: &LanguageChoice, folded: &str) -> bool {
    if folded.is_empty() {
        return true;
    }
    let forgiving = folded.chars().count() >= 5;
    choice.keys.iter().any(|key| {
        key.starts_with(folded)
            || key.split_whitespace().any(|word| {
                word.starts_with(folded) || (forgiving && crate::search::within_one(folded, word))
            })
    })
}

/// What a tap on the picker changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageMode {
    /// Buttons and texts together (the default).
    #[default]
    All,
    /// Only the language of the texts; the buttons stay as they are.
    TextsOnly,
}

/// The picker remembers which of the two switches is on and what was typed to find a
/// language; a new visit to the picker starts with "everything" and nothing typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub mode: LanguageMode,
    /// The search field of a long picker (what was typed, which keyboard).
    pub find: search::State,
    /// The field was tapped: the keyboard is docked under the picker.
    pub finding: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Lang),
    /// One of the two switches above the languages.
    SetMode(LanguageMode),
    /// The search field was tapped.
    Field,
    Clear,
    Key(search::keyboard::Message),
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(lang) => Action::Language {
                lang,
                texts_only: self.mode == LanguageMode::TextsOnly,
            },
            Message::SetMode(mode) => {
                self.mode = mode;
                Action::None
            }
            Message::Field => {
                self.finding = true;
                self.find.keyboard_hidden = false;
                Action::None
            }
            Message::Clear => {
                self.find.query.clear();
                Action::None
            }
            Message::Key(key) => {
                let _ = search::keyboard::apply(&mut self.find, key);
                if self.find.keyboard_hidden {
                    self.finding = false;
                }
                Action::None
            }
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        view(ctx, self)
    }

    /// The keyboard, docked under the picker while the visitor types a language's name.
    pub fn dock<'a>(&self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        (self.finding && choices(ctx).len() >= FIND_FROM)
            .then(|| search::keyboard::view(ctx, &self.find).map(Message::Key))
    }
}

/// One language's button: its own name, big, and its name in the centre's language under
/// it, small.
fn language_button<'a>(
    ctx: &Ctx<'a>,
    choice: &LanguageChoice,
    selected: bool,
    cell: f32,
    height: f32,
    name_size: f32,
) -> Element<'a, Message> {
    let mut words = column![
        text(bidi(choice.direction, &choice.name))
            .size(fitting_size(
                &choice.name,
                cell - 24.0,
                BOLD,
                name_size,
                size::SMALL,
            ))
            .font(BOLD)
            .wrapping(Wrapping::WordOrGlyph)
    ]
    .align_x(Alignment::Center);
    if let Some(second) = &choice.second {
        let centre_dir = crate::i18n::locale::direction(&ctx.content.meta.default_language);
        words = words.push(
            text(bidi(centre_dir, second))
                .size(fitting_size(
                    second,
                    cell - 24.0,
                    BOLD,
                    ctx.size(16.0),
                    12.0,
                ))
                .color(ctx.pal().muted)
                .wrapping(Wrapping::WordOrGlyph),
        );
    }
    with_id(
        format!("language-{}", choice.lang),
        button(container(words).center_x(Fill).center_y(Fill))
            .width(Fill)
            .height(height)
            .padding([4, 8])
            .style(theme::card(
                ctx.pal(),
                selected.then_some(ctx.pal().primary),
            ))
            .on_press(Message::Choose(choice.lang.clone()))
            .into(),
    )
}

/// A heading over a group of languages.
fn group_heading<'a>(ctx: &Ctx<'a>, words: &str) -> Element<'a, Message> {
    let dir = ctx.dir();
    aligned(
        dir,
        text(bidi(dir, words))
            .size(ctx.size(size::H3))
            .font(BOLD)
            .color(ctx.pal().muted)
            .into(),
    )
}

/// The heading of a script's group: its name in the visitor's language and a few letters.
fn script_heading(ctx: &Ctx<'_>, script: &str) -> String {
    let name = crate::i18n::names::script_in(script, ctx.ui.lang());
    match (name, sample(script)) {
        (Some(name), Some(letters)) => format!("{name} · {letters}"),
        (Some(name), None) => name,
        (None, Some(letters)) => letters.to_owned(),
        (None, None) => script.to_owned(),
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "tiles, groups, switches, search field and hint of one screen, laid out together"
)]
fn view<'a>(ctx: &Ctx<'a>, state: &State) -> Element<'a, Message> {
    let mode = state.mode;
    let dir = ctx.dir();
    let all = choices(ctx);
    let many = all.len() > PLAIN_UP_TO;
    let layout = ctx.layout;
    let seconds = all.iter().any(|c| c.second.is_some());
    let (min_cell, height, name_size) = match (many, layout.short()) {
        (true, true) => (200.0, 64.0, 24.0),
        (true, false) => (210.0, 76.0, 28.0),
        (false, _) => (260.0, if layout.short() { 80.0 } else { 108.0 }, 34.0),
    };
    // Larger text steps: bigger names, taller buttons (a long name shrinks to one line).
    let name_size = ctx.size(name_size);
    let second_room = if seconds { ctx.size(16.0) * 1.3 } else { 0.0 };
    let height = f32::max(height, 1.4 * name_size + 24.0 + second_room);
    let columns = layout.columns(min_cell, 12.0, if many { 6 } else { 3 });
    let cell = (layout.content_width() - 12.0 * (columns as f32 - 1.0)) / columns as f32;
    let current = match mode {
        LanguageMode::All => ctx.ui.lang(),
        LanguageMode::TextsOnly => ctx.content_lang,
    };
    let grid = |list: Vec<&LanguageChoice>| -> Element<'a, Message> {
        let tiles = list
            .into_iter()
            .map(|c| language_button(ctx, c, &c.lang == current, cell, height, name_size))
            .collect();
        tile_grid(dir, tiles, columns, 12.0)
    };

    let toggle = |id: &str, label: String, this: LanguageMode| {
        let active = this == mode;
        with_id(
            id.to_owned(),
            button(
                container(
                    text(bidi(dir, &label))
                        .size(size::SMALL)
                        .font(BOLD)
                        .wrapping(Wrapping::WordOrGlyph),
                )
                .center_y(Fill),
            )
            .height(size::TARGET - 8.0)
            .padding([0, 16])
            .style(if active {
                theme::card(ctx.pal(), Some(ctx.pal().primary))
            } else {
                theme::card(ctx.pal(), None)
            })
            .on_press(Message::SetMode(this))
            .into(),
        )
    };
    let title = row_dir(
        dir,
        vec![
            icon(Glyph::LANGUAGES, 48.0),
            container(heading(
                dir,
                &msg::language_heading(ctx.ui),
                ctx.size(size::H1),
            ))
            .width(Fill)
            .into(),
        ],
    )
    .spacing(14);
    let toggles = row_dir(
        dir,
        vec![
            toggle(
                "language-mode-all",
                msg::language_change_all(ctx.ui),
                LanguageMode::All,
            ),
            toggle(
                "language-mode-texts",
                msg::language_change_texts(ctx.ui),
                LanguageMode::TextsOnly,
            ),
        ],
    )
    .spacing(14);
    // Side by side where there is room; the switches under the title on narrow screens.
    let header: Element<'a, Message> = if layout.compact() {
        column![title, aligned(dir, toggles.into())]
            .spacing(10)
            .into()
    } else {
        row_dir(dir, vec![title.width(Fill).into(), toggles.into()])
            .spacing(14)
            .into()
    };
    let hint = if ctx.content_lang == ctx.ui.lang() {
        msg::language_hint(ctx.ui)
    } else {
        msg::language_split(
            ctx.ui,
            msg::LanguageSplitArgs {
                ui: ctx.language_name(ctx.ui.lang()).into(),
                content: ctx.language_name(ctx.content_lang).into(),
            },
        )
    };
    let mut page = column![header].spacing(16).align_x(Alignment::Start);
    // On a short screen a long picker needs the room for languages more than the general
    // hint; the note that buttons and texts differ stays (volunteers need it).
    let split = ctx.content_lang != ctx.ui.lang();
    if split || !(layout.short() && many) {
        page = page.push(para(dir, &hint, ctx.size(size::BODY)));
    }
    let query = state.find.query.trim();
    if all.len() >= FIND_FROM {
        page = page.push(search::typed_field(
            ctx,
            &state.find.query,
            &msg::language_find(ctx.ui),
            "language-find",
            Message::Field,
            Message::Clear,
            false,
        ));
    }
    if all.len() >= FIND_FROM && !query.is_empty() {
        let folded = crate::search::fold::fold(query);
        let found: Vec<&LanguageChoice> = all.iter().filter(|c| matches(c, &folded)).collect();
        if found.is_empty() {
            page = page.push(para(
                dir,
                &msg::language_find_nothing(ctx.ui),
                ctx.size(size::BODY),
            ));
        } else {
            page = page.push(grid(found));
        }
        return page.into();
    }
    if !many {
        return page.push(grid(all.iter().collect())).into();
    }
    // Featured languages in the centre's order of need.
    let mut featured: Vec<&LanguageChoice> = all.iter().filter(|c| c.featured).collect();
    let order = &ctx.content.meta.featured;
    featured.sort_by_key(|c| order.iter().position(|l| *l == c.lang));
    let show_featured = !featured.is_empty() && featured.len() < all.len();
    if show_featured {
        page = page
            .push(group_heading(ctx, &msg::language_featured(ctx.ui)))
            .push(grid(featured))
            .push(heading(
                dir,
                &msg::language_more(ctx.ui),
                ctx.size(size::H2),
            ));
    }
    // The others, one group per script, in the order the library sorted them.
    let rest: Vec<&LanguageChoice> = all
        .iter()
        .filter(|c| !(show_featured && c.featured))
        .collect();
    let mut start = 0;
    while start < rest.len() {
        let script = rest[start].script.as_str();
        let end = rest[start..]
            .iter()
            .position(|c| c.script != script)
            .map_or(rest.len(), |n| start + n);
        page = page
            .push(group_heading(ctx, &script_heading(ctx, script)))
            .push(grid(rest[start..end].to_vec()));
        start = end;
    }
    page.into()
}
