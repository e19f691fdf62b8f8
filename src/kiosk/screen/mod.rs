//! One module per screen, and the bar, the PIN pad and the panel. Each is a component: it
//! owns its `State`, speaks its own `Message`, and its `update` returns an `Action` for the
//! parent; only the parent (`kiosk`) changes screens. Views read a shared `Ctx` and never
//! do I/O or parsing. Nothing here imports the parent.

pub mod alert;
pub mod attract;
pub mod bar;
pub mod controls;
pub mod detail;
pub mod emergency;
pub mod facts;
pub mod home;
pub mod idle;
pub mod language;
pub mod list;
pub mod night;
pub mod panel;
pub mod pin;
pub mod preview;
pub mod search;
pub mod take_home;

use std::collections::BTreeMap;

use iced::widget::image;
use jiff::civil::DateTime;

use crate::content::markdown::Text;
use crate::content::{Content, Item, ItemId, Kind};
use crate::i18n::{Catalog, Direction, Localizer, locale, msg};
use crate::kiosk::listen::{Reading, Topic};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{Look, Palette};
use crate::lang::Lang;
use crate::speech::Voices;
use crate::speech::plan::Spot;

/// Where the visitor is, as an address: what `render --screen`, Back and the history keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Nobody is using the kiosk: the centre's name, the time, "touch to start".
    Attract,
    Language,
    Home,
    List(Kind),
    Detail(ItemId),
    Emergency,
    /// Search, with what was typed (so Back from a result finds the results again).
    Search(String),
}

impl Route {
    /// Parse the `render --screen` syntax: `attract`, `language`, `home`, `emergency`,
    /// `list:<kind>`, `detail:<kind>/<slug>`.
    pub fn parse(text: &str) -> Option<Route> {
        match text {
            "attract" => Some(Route::Attract),
            "language" => Some(Route::Language),
            "home" => Some(Route::Home),
            "emergency" => Some(Route::Emergency),
            "search" => Some(Route::Search(String::new())),
            _ => {
                if let Some(query) = text.strip_prefix("search:") {
                    return Some(Route::Search(query.to_owned()));
                }
                if let Some(kind) = text.strip_prefix("list:") {
                    Kind::from_folder(kind).map(Route::List)
                } else {
                    text.strip_prefix("detail:")
                        .and_then(ItemId::parse)
                        .map(Route::Detail)
                }
            }
        }
    }
}

/// The screen a visitor's session shows (the attract screen is not part of a visit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Language(language::State),
    Home(home::State),
    List(list::State),
    Detail(detail::State),
    Emergency(emergency::State),
    Search(search::State),
}

impl Screen {
    /// The screen at an address, fresh; `None` for the attract screen.
    pub fn at(route: Route) -> Option<Screen> {
        Some(match route {
            Route::Attract => return None,
            Route::Language => Screen::Language(language::State::default()),
            Route::Home => Screen::Home(home::State),
            Route::List(kind) => Screen::List(list::State::new(kind)),
            Route::Detail(id) => Screen::Detail(detail::State::new(id)),
            Route::Emergency => Screen::Emergency(emergency::State::default()),
            Route::Search(query) => Screen::Search(search::State::new(query)),
        })
    }

    pub fn route(&self) -> Route {
        match self {
            Screen::Language(_) => Route::Language,
            Screen::Home(_) => Route::Home,
            Screen::List(s) => Route::List(s.kind),
            Screen::Detail(s) => Route::Detail(s.id.clone()),
            Screen::Emergency(_) => Route::Emergency,
            Screen::Search(s) => Route::Search(s.query.clone()),
        }
    }

    /// A message from this screen's widgets; a message meant for another screen does
    /// nothing.
    pub fn update(&mut self, message: Message) -> Action {
        match (self, message) {
            (Screen::Language(state), Message::Language(m)) => state.update(m),
            (Screen::Home(state), Message::Home(m)) => state.update(m),
            (Screen::List(state), Message::List(m)) => state.update(m),
            (Screen::Detail(state), Message::Detail(m)) => state.update(m),
            (Screen::Emergency(state), Message::Emergency(m)) => state.update(m),
            (Screen::Search(state), Message::Search(m)) => state.update(m),
            _ => Action::None,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        match self {
            Screen::Language(state) => state.view(ctx).map(Message::Language),
            Screen::Home(state) => state.view(ctx).map(Message::Home),
            Screen::List(state) => state.view(ctx).map(Message::List),
            Screen::Detail(state) => state.view(ctx).map(Message::Detail),
            Screen::Emergency(state) => state.view(ctx).map(Message::Emergency),
            Screen::Search(state) => state.view(ctx).map(Message::Search),
        }
    }

    /// What covers the page (a phone number's QR code).
    pub fn overlay<'a>(&'a self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        match self {
            Screen::Detail(state) => state.overlay(ctx).map(|e| e.map(Message::Detail)),
            Screen::Emergency(state) => state.overlay(ctx).map(|e| e.map(Message::Emergency)),
            _ => None,
        }
    }

    /// What stays under the page while it scrolls (the search screen's keyboard).
    pub fn dock<'a>(&self, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
        match self {
            Screen::Search(state) => state.dock(ctx).map(|e| e.map(Message::Search)),
            Screen::Language(state) => state.dock(ctx).map(|e| e.map(Message::Language)),
            _ => None,
        }
    }
}

/// What the widgets of a visit's screens say.
#[derive(Debug, Clone)]
pub enum Message {
    Language(language::Message),
    Home(home::Message),
    List(list::Message),
    Detail(detail::Message),
    Emergency(emergency::Message),
    Search(search::Message),
}

/// What a screen asks its parent to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    /// Go to a screen, remembering this one for Back.
    Open(Route),
    /// A language was chosen on the picker: for buttons and texts, or for texts only.
    Language {
        lang: Lang,
        texts_only: bool,
    },
    /// Read this aloud (the speaker buttons).
    Listen(Topic),
}

/// What every view reads. Nothing in a view does I/O or parsing.
pub struct Ctx<'a> {
    pub content: &'a Content,
    pub catalog: &'a Catalog,
    pub ui: &'a Localizer,
    pub content_lang: &'a Lang,
    /// Languages to try for content, most wanted first, ending with the bundle default.
    pub chain: &'a [Lang],
    /// The content language and its ICU fallbacks (no notice needed for these).
    pub own: &'a [Lang],
    /// The languages on the picker.
    pub offered: &'a [Lang],
    /// The picker's buttons, prepared with the library.
    pub picker: &'a [crate::library::LanguageChoice],
    /// Bundle-local time.
    pub now: DateTime,
    pub images: &'a BTreeMap<String, image::Handle>,
    /// The window's size and what follows from it.
    pub layout: Layout,
    /// The visitor's contrast and text size.
    pub look: Look,
    /// The synthesizer's voices (none: nothing is read aloud).
    pub voices: Option<&'a Voices>,
    /// What is being read aloud.
    pub reading: Option<&'a Reading>,
    /// The panel's height in millimetres, if configured (QR codes are sized by it).
    pub panel_height_mm: Option<f32>,
}

/// The window a screen is laid out for, in logical pixels. Layouts are made for 800×480 up
/// to 1920×1200 (bigger screens are scaled, see `kiosk::auto_scale`), landscape or portrait.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
}

impl Layout {
    /// The scroll bar's width.
    pub const SCROLLBAR: f32 = 12.0;

    pub fn new(size: iced::Size) -> Self {
        Self {
            width: size.width,
            height: size.height,
        }
    }

    /// Narrow: the bar puts labels under its pictograms, margins are smaller.
    pub fn compact(self) -> bool {
        self.width < 1100.0
    }

    /// Little height: dialogs lay their parts side by side, big type shrinks.
    pub fn short(self) -> bool {
        self.height < 700.0
    }

    /// Space around a screen's content (vertical, horizontal).
    pub fn padding(self) -> (f32, f32) {
        if self.compact() {
            (16.0, 16.0)
        } else {
            (28.0, 36.0)
        }
    }

    /// The width a screen's content has inside the scroll area.
    pub fn content_width(self) -> f32 {
        (self.width - 2.0 * self.padding().1 - Self::SCROLLBAR).max(1.0)
    }

    /// How many cells of at least `min` wide fit side by side with `spacing` between them,
    /// between 1 and `max`.
    pub fn columns(self, min: f32, spacing: f32, max: usize) -> usize {
        let fit = ((self.content_width() + spacing) / (min + spacing)).floor();
        (fit as usize).clamp(1, max.max(1))
    }
}

/// An item's words as shown: which language they are in and whether that is a fallback.
pub struct Shown<'a> {
    pub text: &'a Text,
    pub lang: &'a Lang,
    pub direction: Direction,
    /// The visitor's language has no text; this is another language.
    pub fallback: bool,
}

impl<'a> Ctx<'a> {
    pub fn dir(&self) -> Direction {
        self.ui.direction()
    }

    /// The colours of the visitor's look.
    pub fn pal(&self) -> &'static Palette {
        self.look.palette()
    }

    /// A text size (`theme::size::*`) at the visitor's text step.
    pub fn size(&self, base: f32) -> f32 {
        self.look.size(base)
    }

    /// The words of an item in the content language, or the best fallback.
    pub fn shown(&self, item: &'a Item) -> Option<Shown<'a>> {
        let (lang, text) = item.text(self.chain)?;
        // Languages in the ICU fallback chain (Dari → Persian) count as the visitor's own.
        let fallback = !self.own.contains(lang);
        let tagged = self
            .catalog
            .find(lang)
            .map_or_else(|| locale::direction(lang), |e| e.direction);
        // The text's own letters win when they clearly disagree with the tag (Ladino in
        // Latin letters under `lad`, whose default script is Hebrew).
        let direction = locale::text_direction(&text.title).unwrap_or(tagged);
        Some(Shown {
            text,
            lang,
            direction,
            fallback,
        })
    }

    /// A language's own name ("Français"), or its tag if the kiosk has no name for it.
    pub fn language_name(&self, lang: &Lang) -> String {
        crate::i18n::names::own_name(self.catalog, lang)
    }

    /// A language's name in the visitor's interface language ("Tigrinya" for an English
    /// reader, "التغرينية" for an Arabic one); its own name if CLDR has none.
    pub fn language_name_for_visitor(&self, lang: &Lang) -> String {
        crate::i18n::names::name_in(lang, self.ui.lang())
            .unwrap_or_else(|| self.language_name(lang))
    }

    /// Can a text in `lang` be read aloud (a voice, or the item's recording)?
    pub fn can_speak(&self, lang: &Lang, item: Option<&Item>) -> bool {
        self.voices.is_some()
            && (self.voices.is_some_and(|v| v.voice(lang).is_some())
                || item.is_some_and(|i| i.recordings.contains_key(lang)))
    }

    /// The words being said in the paragraph at `spot`, when `topic` is read, as a mark.
    pub fn reading_mark(&self, topic: &Topic, spot: &Spot) -> Option<crate::kiosk::widget::Mark> {
        let reading = self.reading.filter(|r| r.topic == *topic && !r.paused)?;
        if reading.spot() != Some(spot) {
            return None;
        }
        let (background, text) = crate::kiosk::theme::reading_words(self.pal());
        Some(crate::kiosk::widget::Mark {
            range: reading.range()?,
            background,
            text,
        })
    }

    /// Is a page being read aloud (so its pieces are laid out with room for the mark)?
    pub fn marking(&self) -> bool {
        self.reading
            .is_some_and(|r| !matches!(r.topic, Topic::Idle | Topic::Tile(_)))
    }

    /// Where the sentence being read is, when `topic` is being read (and not paused).
    pub fn reading_spot(&self, topic: &Topic) -> Option<&'a Spot> {
        self.reading
            .filter(|r| r.topic == *topic && !r.paused)
            .and_then(Reading::spot)
    }

    pub fn kind_label(&self, kind: Kind) -> String {
        kind_label(self.ui, kind)
    }

    /// Items a visitor should see now, in order.
    pub fn current_items(&self, kind: Kind) -> Vec<&'a Item> {
        let mut items: Vec<&Item> = self
            .content
            .items_of(kind)
            .filter(|i| i.is_current(self.now))
            .collect();
        if kind == Kind::Events {
            // Soonest first.
            items.sort_by_key(|i| match &i.facts {
                crate::content::Facts::Event(e) => e.next_occurrence(self.now).map(|o| o.start),
                _ => None,
            });
        }
        items
    }
}

/// The big speaker button of a page ("Listen"), on the start side.
/// "Not yet available in Tigrinya — shown in English": the visitor's language and the one
/// shown, by their names, in the visitor's interface language.
pub fn fallback_notice<'a, M: 'a>(
    ctx: &Ctx<'_>,
    dir: crate::i18n::Direction,
    shown: &Lang,
) -> Element<'a, M> {
    let words = msg::fallback_notice(
        ctx.ui,
        msg::FallbackNoticeArgs {
            language: ctx.language_name_for_visitor(ctx.content_lang).into(),
            fallback: ctx.language_name_for_visitor(shown).into(),
        },
    );
    crate::kiosk::widget::notice(
        ctx.look,
        dir,
        crate::kiosk::icon::Glyph::LANGUAGES,
        &words,
        ctx.pal().info_bg,
        ctx.pal().primary,
    )
}

pub fn listen_button<'a, M: Clone + 'a>(ctx: &Ctx<'_>, message: M) -> Element<'a, M> {
    speaker_button(
        ctx,
        "listen",
        crate::kiosk::icon::Glyph::VOLUME,
        &msg::listen(ctx.ui),
        message,
    )
}

/// A read-aloud button at the reading start: Listen, or Stop while something is read.
pub fn speaker_button<'a, M: Clone + 'a>(
    ctx: &Ctx<'_>,
    id: &'static str,
    glyph: crate::kiosk::icon::Glyph,
    label: &str,
    message: M,
) -> Element<'a, M> {
    use crate::kiosk::icon::icon;
    use crate::kiosk::widget::{BOLD, aligned, bidi, row_dir, with_id};
    use iced::widget::{button, text};
    let dir = ctx.dir();
    let content = row_dir(
        dir,
        vec![
            icon(glyph, 34.0),
            text(bidi(dir, label))
                .size(ctx.size(crate::kiosk::theme::size::BODY))
                .font(BOLD)
                .into(),
        ],
    )
    .spacing(12)
    .align_y(iced::Alignment::Center);
    aligned(
        dir,
        with_id(
            id,
            button(content)
                .padding([14, 24])
                .style(crate::kiosk::theme::solid(ctx.pal(), ctx.pal().primary))
                .on_press(message)
                .into(),
        ),
    )
}

/// The room around each piece of a page while it is read aloud (so that marking a piece
/// moves nothing).
pub const MARK_PADDING: f32 = 8.0;

/// `element`, marked as being read aloud when `on` (and kept in view: see `kiosk::listen`).
/// While a page is read every piece has the marker's room, so the text does not move as
/// the mark goes from sentence to sentence.
pub fn marked<'a, M: 'a>(ctx: &Ctx<'_>, on: bool, element: Element<'a, M>) -> Element<'a, M> {
    if !ctx.marking() {
        return element;
    }
    let piece = iced::widget::container(element)
        .padding(MARK_PADDING)
        .width(iced::Fill);
    if on {
        piece
            .id(iced::widget::Id::new(crate::kiosk::listen::NOW_ID))
            .style(crate::kiosk::theme::reading_now(ctx.pal()))
            .into()
    } else {
        piece.into()
    }
}

pub fn kind_label(ui: &Localizer, kind: Kind) -> String {
    match kind {
        Kind::Guides => msg::kind_guides(ui),
        Kind::Jobs => msg::kind_jobs(ui),
        Kind::Contacts => msg::kind_contacts(ui),
        Kind::Services => msg::kind_services(ui),
        Kind::Events => msg::kind_events(ui),
        Kind::Stories => msg::kind_stories(ui),
    }
}
