//! The bar on every screen of a visit: Home, Back, the centre's name, Language and a red
//! Emergency button. The centre's name doubles as the volunteers' hidden handle: held for
//! `LONG_PRESS` it asks for the PIN pad. On narrow screens each button puts its label under
//! its pictogram.

use std::time::{Duration, Instant};

use iced::widget::{button, column, container, mouse_area, text};
use iced::{Alignment, Fill, Theme};

use super::{Ctx, Route};
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, row_dir, with_id};

type ButtonStyle = Box<dyn Fn(&Theme, button::Status) -> button::Style>;

/// How long the centre's name must be held to open the PIN pad.
pub const LONG_PRESS: Duration = Duration::from_secs(3);

/// Since when the centre's name is held down, if it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct State {
    pressing_since: Option<Instant>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Home,
    Back,
    Language,
    Emergency,
    Search,
    /// Three text sizes, round.
    TextSize,
    /// High contrast on or off.
    Contrast,
    /// The centre's name was pressed or released (the volunteer gesture).
    NamePressed,
    NameReleased,
}

/// What the parent should do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    Home,
    Back,
    Open(Route),
    TextSize,
    Contrast,
}

impl State {
    /// A message from the bar's widgets, sent at `at`.
    pub fn update(&mut self, message: Message, at: Instant) -> Action {
        match message {
            Message::Home => Action::Home,
            Message::Back => Action::Back,
            Message::Language => Action::Open(Route::Language),
            Message::Emergency => Action::Open(Route::Emergency),
            Message::Search => Action::Open(Route::Search(String::new())),
            Message::TextSize => Action::TextSize,
            Message::Contrast => Action::Contrast,
            Message::NamePressed => {
                self.pressing_since = Some(at);
                Action::None
            }
            Message::NameReleased => {
                self.pressing_since = None;
                Action::None
            }
        }
    }

    /// Is the centre's name being held?
    pub fn pressing(self) -> bool {
        self.pressing_since.is_some()
    }

    /// At `now`, has the name been held long enough? Then the gesture is done (once).
    pub fn held(&mut self, now: Instant) -> bool {
        let done = self
            .pressing_since
            .is_some_and(|since| now.saturating_duration_since(since) >= LONG_PRESS);
        if done {
            self.pressing_since = None;
        }
        done
    }

    /// `back`: there is somewhere to go back to.
    pub fn view<'a>(self, ctx: &Ctx<'a>, back: bool) -> Element<'a, Message> {
        view(ctx, back)
    }
}

/// Do the four main buttons fit with their words beside their pictograms, leaving the
/// centre's name at least 260 px? (Else the bar puts every word under its pictogram, as on
/// narrow screens: long words in some languages, and larger text steps, need it.)
fn wide_labels_fit(ctx: &Ctx<'_>) -> bool {
    let ui = ctx.ui;
    let size = size::BAR;
    let buttons: f32 = [
        msg::nav_home(ui),
        msg::nav_back(ui),
        msg::nav_language(ui),
        msg::nav_search(ui),
        msg::nav_emergency(ui),
    ]
    .iter()
    .map(|label| 30.0 + 10.0 + 36.0 + crate::kiosk::widget::line_width(label, size, BOLD))
    .sum();
    // The two look buttons (at most 104 px of word each), spacing and padding.
    let rest = 2.0 * (104.0 + 16.0) + 6.0 * 8.0 + 2.0 * 14.0;
    ctx.layout.width - buttons - rest >= 260.0
}

/// With every word under its pictogram, how much width is left for the centre's name.
fn name_room(ctx: &Ctx<'_>) -> f32 {
    let ui = ctx.ui;
    let buttons: f32 = [
        msg::nav_home(ui),
        msg::nav_back(ui),
        msg::nav_search(ui),
        msg::text_size(ui),
        msg::contrast(ui),
        msg::nav_language(ui),
        msg::nav_emergency(ui),
    ]
    .iter()
    .map(|label| {
        let (size, two_lines) = stacked_label(label);
        let width = if two_lines {
            STACKED_WIDTH
        } else {
            crate::kiosk::widget::line_width(label, size, BOLD)
        };
        width.max(56.0) + 16.0
    })
    .sum();
    ctx.layout.width - buttons - 7.0 * 4.0 - 2.0 * 6.0
}

/// The widest a word under a pictogram may be.
const STACKED_WIDTH: f32 = 104.0;

/// The size of a word under a pictogram, and whether it takes two lines: one line of at most
/// [`STACKED_WIDTH`] if it fits at 11 px or more, else (several words, also in scripts
/// without spaces such as Thai) two lines at the size where its longest word fits.
fn stacked_label(label: &str) -> (f32, bool) {
    use crate::kiosk::widget::{fitting_size, line_width};
    let one = fitting_size(label, STACKED_WIDTH, BOLD, size::BAR_COMPACT, 11.0);
    // Words: between spaces, and between the words of scripts written without spaces.
    let spaced = crate::i18n::breaks::with_break_opportunities(label);
    let words: Vec<&str> = spaced
        .split(|c: char| c.is_whitespace() || c == crate::i18n::breaks::BREAK)
        .filter(|w| !w.is_empty())
        .collect();
    // One line while it stays readable (13 px or more); else two lines of bigger words.
    if (one >= 13.0 && line_width(label, one, BOLD) <= STACKED_WIDTH) || words.len() < 2 {
        return (one, false);
    }
    let longest = words
        .iter()
        .copied()
        .max_by(|a, b| line_width(a, 13.0, BOLD).total_cmp(&line_width(b, 13.0, BOLD)))
        .unwrap_or(label);
    let two = fitting_size(longest, STACKED_WIDTH, BOLD, 13.0, 10.0);
    if two <= one {
        return (one, false);
    }
    (two, true)
}

/// Below this the centre's name is left out of a narrow bar (its place stays the
/// volunteers' handle): eight controls in long words leave it no room to be read.
const NAME_MIN: f32 = 120.0;

#[allow(
    clippy::too_many_lines,
    reason = "the bar's eight controls laid out together"
)]
fn view<'a>(ctx: &Ctx<'a>, back: bool) -> Element<'a, Message> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let compact = ctx.layout.compact() || !wide_labels_fit(ctx);
    // The bar keeps its size at every text step: its pictograms are how it is found, and
    // its room is fixed (the page below grows instead).
    let label_size = if compact {
        size::BAR_COMPACT
    } else {
        size::BAR
    };
    let content = move |glyph: Glyph, label: String, stacked: bool| -> Element<'a, Message> {
        // A word under a pictogram is kept to one line of at most 104 px (smaller type for
        // long words), or two lines for a label of several words too long for one, so seven
        // buttons leave the centre's name its room in any language.
        let (size, two_lines) = if stacked {
            stacked_label(&label)
        } else {
            (label_size, false)
        };
        let mut label = text(bidi(dir, &label))
            .size(size)
            .font(BOLD)
            .wrapping(text::Wrapping::WordOrGlyph);
        if two_lines {
            label = label
                .width(STACKED_WIDTH)
                .align_x(iced::alignment::Horizontal::Center)
                .line_height(1.1);
        }
        if stacked {
            // At least a finger wide, however short the word.
            column![icon(glyph, 28.0), label, iced::widget::space().width(56)]
                .spacing(2)
                .align_x(Alignment::Center)
                .into()
        } else {
            row_dir(dir, vec![icon(glyph, 30.0), label.into()])
                .spacing(10)
                .into()
        }
    };
    let padding = if compact { [0, 8] } else { [0, 18] };
    let height = size::BAR_HEIGHT - 2.0 * size::BAR_PADDING;
    let bar_button =
        |id: &str, glyph: Glyph, label: String, message: Option<Message>, style: ButtonStyle| {
            // The look buttons always put their word under the pictogram: they are found by
            // their pictogram, and the bar keeps room for the centre's name.
            let stacked = compact || matches!(message, Some(Message::TextSize | Message::Contrast));
            with_id(
                id.to_owned(),
                button(
                    container(content(glyph, label, stacked))
                        .center_x(Fill)
                        .center_y(Fill),
                )
                .padding(padding)
                .width(iced::Shrink)
                .height(height)
                .style(style)
                .on_press_maybe(message)
                .into(),
            )
        };
    let ui = ctx.ui;
    let home = bar_button(
        "nav-home",
        Glyph::HOUSE,
        msg::nav_home(ui),
        Some(Message::Home),
        Box::new(theme::bar_button(pal)),
    );
    let back = bar_button(
        "nav-back",
        Glyph::back(dir),
        msg::nav_back(ui),
        back.then_some(Message::Back),
        Box::new(theme::bar_button(pal)),
    );
    let language = bar_button(
        "nav-language",
        Glyph::LANGUAGES,
        msg::nav_language(ui),
        Some(Message::Language),
        Box::new(theme::bar_button(pal)),
    );
    let search = bar_button(
        "nav-search",
        Glyph::SEARCH,
        msg::nav_search(ui),
        Some(Message::Search),
        Box::new(theme::bar_button(pal)),
    );
    let text_size = bar_button(
        "look-text-size",
        Glyph::TEXT_SIZE,
        msg::text_size(ui),
        Some(Message::TextSize),
        Box::new(theme::bar_button(pal)),
    );
    let contrast = bar_button(
        "look-contrast",
        Glyph::CONTRAST,
        msg::contrast(ui),
        Some(Message::Contrast),
        Box::new(theme::bar_button(pal)),
    );
    let emergency = bar_button(
        "nav-emergency",
        Glyph::SIREN,
        msg::nav_emergency(ui),
        Some(Message::Emergency),
        Box::new(theme::solid(pal, pal.danger)),
    );
    let name = if compact && name_room(ctx) < NAME_MIN {
        String::new()
    } else {
        ctx.content.meta.name.clone()
    };
    let centre = with_id(
        "centre-name",
        mouse_area(
            container(
                // Not grown with the text step: it is the volunteers' handle, not
                // something a visitor reads, and the bar keeps its height.
                text(name)
                    .size(if compact {
                        size::BAR_COMPACT
                    } else {
                        size::BAR
                    })
                    .wrapping(text::Wrapping::WordOrGlyph)
                    .align_x(iced::alignment::Horizontal::Center)
                    .color(pal.bar_name),
            )
            .center_x(Fill)
            .height(height)
            .center_y(height)
            .clip(true),
        )
        .on_press(Message::NamePressed)
        .on_release(Message::NameReleased)
        .into(),
    );
    container(
        row_dir(
            dir,
            vec![
                home, back, centre, search, text_size, contrast, language, emergency,
            ],
        )
        .spacing(if compact { 4 } else { 8 })
        .align_y(Alignment::Center),
    )
    .padding([size::BAR_PADDING, if compact { 6.0 } else { 14.0 }])
    .height(size::BAR_HEIGHT)
    .width(Fill)
    .style(theme::bar(pal))
    .into()
}
