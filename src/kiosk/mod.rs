//! The iced application: state, messages, navigation, and the bar shown on every screen.

pub mod icon;
pub mod screen;
pub mod theme;
pub mod widget;

use std::collections::BTreeMap;
use std::sync::Arc;

use iced::widget::operation::{AbsoluteOffset, scroll_to};
use iced::widget::{Id, button, column, container, image, scrollable, text};
use iced::{Alignment, Element, Fill, Subscription, Task, Theme};
use jiff::civil::DateTime;

use crate::content::{Content, Diagnostic, ItemId, Kind};
use crate::i18n::{Catalog, Localizer, msg};
use crate::lang::Lang;
use icon::{Glyph, icon};
use theme::size;
use widget::{BOLD, bidi, row_dir, with_id};

/// Where the visitor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Language,
    Home,
    List(Kind),
    Detail(ItemId),
    Emergency,
}

impl Route {
    /// Parse the `render --screen` syntax: `language`, `home`, `emergency`, `list:<kind>`,
    /// `detail:<kind>/<slug>`.
    pub fn parse(text: &str) -> Option<Route> {
        match text {
            "language" => Some(Route::Language),
            "home" => Some(Route::Home),
            "emergency" => Some(Route::Emergency),
            _ => {
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

/// What a tap on the language picker changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LanguageMode {
    /// Buttons and texts together (the default).
    #[default]
    All,
    /// Only the language of the texts; the buttons stay as they are.
    TextsOnly,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Go to a screen, remembering this one for Back.
    Open(Route),
    Back,
    Home,
    ChooseLanguage(Lang),
    /// Change only the language of the texts (volunteers, on the language picker).
    ChooseContentLanguage(Lang),
    SetLanguageMode(LanguageMode),
    /// The main scroll area moved (kept so Back returns to the same place).
    Scrolled(f32),
    /// A minute passed: "open now" and upcoming events may change.
    Tick,
}

/// What the app starts with.
#[derive(Clone)]
pub struct Config {
    pub content: Arc<Content>,
    pub catalog: Arc<Catalog>,
    /// Start in this language instead of on the language picker.
    pub lang: Option<Lang>,
    /// Problems found while loading (shown on the volunteer panel, later).
    pub problems: Vec<Diagnostic>,
    /// A fixed "now" (bundle-local time) for reproducible renders and tests.
    pub now: Option<DateTime>,
}

impl Config {
    /// The embedded content and built-in languages, ignoring any problem.
    pub fn embedded() -> Self {
        let loaded = crate::content::load_embedded(&crate::content::Options::default());
        let content = loaded.content.unwrap_or_else(crate::content::empty);
        let (catalog, _) = Catalog::build(&content.locales);
        Self {
            content: Arc::new(content),
            catalog: Arc::new(catalog),
            lang: None,
            problems: loaded.diagnostics.into_vec(),
            now: None,
        }
    }
}

pub const SCROLL_ID: &str = "content-scroll";

/// Decoded bundle pixels, owned jointly by the content and the image handles.
struct SharedPixels(Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedPixels {
    fn as_ref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

pub struct Kiosk {
    content: Arc<Content>,
    catalog: Arc<Catalog>,
    ui: Localizer,
    content_lang: Lang,
    /// The content language and its ICU fallbacks (Dari → Persian): texts in these need no
    /// "not yet available" notice.
    content_own: Vec<Lang>,
    content_chain: Vec<Lang>,
    route: Route,
    history: Vec<(Route, f32)>,
    scroll: f32,
    language_mode: LanguageMode,
    now: DateTime,
    fixed_now: bool,
    images: BTreeMap<String, image::Handle>,
    problems: Vec<Diagnostic>,
}

impl Kiosk {
    pub fn new(config: Config) -> Self {
        let default = config.content.meta.default_language.clone();
        let start = config.lang.clone().unwrap_or_else(|| default.clone());
        let ui = config.catalog.localizer(&start);
        let images = config
            .content
            .images
            .iter()
            .map(|(name, p)| {
                // Share the decoded pixels with the content instead of copying them.
                let pixels = bytes::Bytes::from_owner(SharedPixels(p.rgba.clone()));
                (
                    name.clone(),
                    image::Handle::from_rgba(p.width, p.height, pixels),
                )
            })
            .collect();
        let mut kiosk = Self {
            now: config.now.unwrap_or_else(|| config.content.local_now()),
            fixed_now: config.now.is_some(),
            content_chain: Vec::new(),
            content_own: Vec::new(),
            content_lang: start.clone(),
            route: if config.lang.is_some() {
                Route::Home
            } else {
                Route::Language
            },
            history: Vec::new(),
            scroll: 0.0,
            language_mode: LanguageMode::All,
            images,
            problems: config.problems,
            content: config.content,
            catalog: config.catalog,
            ui,
        };
        kiosk.set_language(&start);
        kiosk
    }

    pub fn route(&self) -> &Route {
        &self.route
    }

    pub fn history(&self) -> Vec<Route> {
        self.history.iter().map(|(r, _)| r.clone()).collect()
    }

    pub fn ui_language(&self) -> &Lang {
        self.ui.lang()
    }

    pub fn content_language(&self) -> &Lang {
        &self.content_lang
    }

    /// Where the main scroll area is (restored by Back).
    pub fn scroll_offset(&self) -> f32 {
        self.scroll
    }

    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    pub fn localizer(&self) -> &Localizer {
        &self.ui
    }

    /// Interface and content language move together by default; a volunteer can change
    /// only the content language (`set_content_language`).
    fn set_language(&mut self, lang: &Lang) {
        self.ui = self.catalog.localizer(lang);
        self.set_content_language(lang);
    }

    fn set_content_language(&mut self, lang: &Lang) {
        self.content_lang = lang.clone();
        self.content_own = crate::i18n::locale::fallback_chain(lang);
        let mut chain = self.content_own.clone();
        for extra in [
            self.content.meta.default_language.clone(),
            crate::i18n::english(),
        ] {
            if !chain.contains(&extra) {
                chain.push(extra);
            }
        }
        self.content_chain = chain;
    }

    /// Jump straight to a screen (the `render` command and tests).
    pub fn show(&mut self, route: Route) {
        self.route = route;
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Open(route) => {
                self.language_mode = LanguageMode::All;
                if route == self.route {
                    return Task::none();
                }
                let from = std::mem::replace(&mut self.route, route);
                self.history.push((from, self.scroll));
                self.scroll_to(0.0)
            }
            Message::Back => match self.history.pop() {
                Some((route, offset)) => {
                    self.language_mode = LanguageMode::All;
                    self.route = route;
                    self.scroll_to(offset)
                }
                None => Task::none(),
            },
            Message::Home => {
                self.language_mode = LanguageMode::All;
                self.history.clear();
                self.route = Route::Home;
                self.scroll_to(0.0)
            }
            Message::SetLanguageMode(mode) => {
                self.language_mode = mode;
                Task::none()
            }
            Message::ChooseLanguage(lang) => {
                self.set_language(&lang);
                self.leave_language_picker()
            }
            Message::ChooseContentLanguage(lang) => {
                self.set_content_language(&lang);
                self.leave_language_picker()
            }
            Message::Scrolled(offset) => {
                self.scroll = offset;
                Task::none()
            }
            Message::Tick => {
                if !self.fixed_now {
                    self.now = self.content.local_now();
                }
                Task::none()
            }
        }
    }

    /// After a choice on the picker: back to where the visitor was (the screen stays, now in
    /// the new language), or on to Home on a first choice.
    fn leave_language_picker(&mut self) -> Task<Message> {
        self.language_mode = LanguageMode::All;
        if self.route == Route::Language {
            if let Some((route, offset)) = self.history.pop() {
                self.route = route;
                return self.scroll_to(offset);
            }
            self.route = Route::Home;
        }
        self.scroll_to(0.0)
    }

    fn scroll_to(&mut self, offset: f32) -> Task<Message> {
        self.scroll = offset;
        scroll_to(
            Id::new(SCROLL_ID),
            AbsoluteOffset {
                x: None,
                y: Some(offset),
            },
        )
    }

    pub fn title(&self) -> String {
        msg::window_title(&self.ui)
    }

    pub fn theme(&self) -> Theme {
        theme::theme()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // One wake-up a minute keeps "open now" true; nothing redraws in between.
        iced::time::every(std::time::Duration::from_secs(60)).map(|_| Message::Tick)
    }

    fn context(&self) -> screen::Ctx<'_> {
        screen::Ctx {
            content: &self.content,
            catalog: &self.catalog,
            ui: &self.ui,
            content_lang: &self.content_lang,
            chain: &self.content_chain,
            own: &self.content_own,
            now: self.now,
            images: &self.images,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.context();
        let body = match &self.route {
            Route::Language => screen::language::view(&ctx, self.language_mode),
            Route::Home => screen::home::view(&ctx),
            Route::List(kind) => screen::list::view(&ctx, *kind),
            Route::Detail(id) => screen::detail::view(&ctx, id),
            Route::Emergency => screen::emergency::view(&ctx),
        };
        let scroll = scrollable(container(body).padding([28, 36]).width(Fill))
            .id(Id::new(SCROLL_ID))
            .on_scroll(|viewport| Message::Scrolled(viewport.absolute_offset().y))
            .direction(scrollable::Direction::Vertical(
                scrollable::Scrollbar::new().width(12).scroller_width(12),
            ))
            .width(Fill)
            .height(Fill);
        column![self.bar(), scroll].into()
    }

    /// Home, Back, the centre's name, Language and a red Emergency button, on every screen.
    fn bar(&self) -> Element<'_, Message> {
        let dir = self.ui.direction();
        let bar_button = |id: &str, glyph: Glyph, label: String, message: Option<Message>| {
            let content = row_dir(
                dir,
                vec![
                    icon(glyph, 30.0),
                    text(bidi(dir, &label)).size(size::BAR).font(BOLD).into(),
                ],
            )
            .spacing(10);
            with_id(
                id.to_owned(),
                button(container(content).center_y(Fill))
                    .padding([0, 18])
                    .height(size::TARGET)
                    .style(theme::bar_button)
                    .on_press_maybe(message)
                    .into(),
            )
        };
        let home = bar_button(
            "nav-home",
            Glyph::HOUSE,
            msg::nav_home(&self.ui),
            Some(Message::Home),
        );
        let back = bar_button(
            "nav-back",
            Glyph::back(dir),
            msg::nav_back(&self.ui),
            (!self.history.is_empty()).then_some(Message::Back),
        );
        let language = bar_button(
            "nav-language",
            Glyph::LANGUAGES,
            msg::nav_language(&self.ui),
            Some(Message::Open(Route::Language)),
        );
        let emergency = with_id(
            "nav-emergency",
            button(
                container(
                    row_dir(
                        dir,
                        vec![
                            icon(Glyph::SIREN, 30.0),
                            text(bidi(dir, &msg::nav_emergency(&self.ui)))
                                .size(size::BAR)
                                .font(BOLD)
                                .into(),
                        ],
                    )
                    .spacing(10),
                )
                .center_y(Fill),
            )
            .padding([0, 22])
            .height(size::TARGET)
            .style(theme::solid(theme::DANGER))
            .on_press(Message::Open(Route::Emergency))
            .into(),
        );
        let centre = container(
            text(self.content.meta.name.clone())
                .size(size::BAR)
                .color(iced::Color::from_rgb8(0xC9, 0xD6, 0xEA)),
        )
        .width(Fill)
        .center_x(Fill)
        .clip(true);
        container(
            row_dir(dir, vec![home, back, centre.into(), language, emergency])
                .spacing(8)
                .align_y(Alignment::Center),
        )
        .padding([10, 14])
        .height(size::BAR_HEIGHT)
        .width(Fill)
        .style(theme::bar)
        .into()
    }
}

/// The kiosk as an iced application, fonts and window included. `main` runs it; tests and
/// `render` build `Kiosk` directly.
pub fn application(config: Config) -> iced::Result {
    let app = iced::application(
        move || Kiosk::new(config.clone()),
        Kiosk::update,
        Kiosk::view,
    )
    .title(Kiosk::title)
    .theme(Kiosk::theme)
    .subscription(Kiosk::subscription)
    .default_font(widget::SANS)
    .window_size((1280.0, 800.0));
    crate::render::load_fonts();
    app.run()
}
