//! Draw one screen to a PNG without a display, with the software renderer and the embedded
//! fonts: the same pixels on any machine. Used by `welcome-kiosk render` and by tests.

use iced::advanced::renderer::{Headless, Style};
use iced::advanced::widget::{Id, Operation};
use iced::mouse::Cursor;
use iced::{Color, Event, Pixels, Rectangle, Size, window};
use iced_runtime::user_interface::{Cache, UserInterface};

use crate::kiosk::renderer::Renderer;
use crate::kiosk::{Kiosk, widget};

/// An RGBA image.
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Frame {
    pub fn save_png(&self, path: &std::path::Path) -> Result<(), String> {
        let img = image::RgbaImage::from_raw(self.width, self.height, self.rgba.clone())
            .ok_or_else(|| "the frame has the wrong size".to_owned())?;
        img.save_with_format(path, image::ImageFormat::Png)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// How many different colours appear (a blank screen has one or two).
    pub fn distinct_colours(&self) -> usize {
        let mut seen: Vec<[u8; 4]> = self
            .rgba
            .chunks_exact(4)
            .step_by(7)
            .map(|p| [p[0], p[1], p[2], p[3]])
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }
}

pub use crate::fonts::load as load_fonts;

fn renderer() -> Result<Renderer, String> {
    load_fonts();
    ready(<Renderer as Headless>::new(
        widget::SANS,
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .flatten()
    .ok_or_else(|| "the software renderer could not start".to_owned())
}

/// Lay out the kiosk's current screen for a window of `width`×`height` physical pixels, at
/// the scale the kiosk would choose for it, and hand it (with that scale) to `f`.
fn with_ui<T>(
    kiosk: &Kiosk,
    width: u32,
    height: u32,
    f: impl FnOnce(
        &mut UserInterface<'_, crate::kiosk::Message, iced::Theme, Renderer>,
        &mut Renderer,
        f32,
    ) -> T,
) -> Result<T, String> {
    let mut renderer = renderer()?;
    Ok(with_ui_on(&mut renderer, kiosk, width, height, f))
}

/// [`with_ui`] with a renderer that is kept (its glyph and picture caches stay warm).
fn with_ui_on<T>(
    renderer: &mut Renderer,
    kiosk: &Kiosk,
    width: u32,
    height: u32,
    f: impl FnOnce(
        &mut UserInterface<'_, crate::kiosk::Message, iced::Theme, Renderer>,
        &mut Renderer,
        f32,
    ) -> T,
) -> T {
    let scale = kiosk.scale_for(Size::new(width as f32, height as f32));
    let size = Size::new(width as f32 / scale, height as f32 / scale);
    let mut ui = UserInterface::build(kiosk.view(), size, Cache::default(), renderer);
    // Where the visitor scrolled to (a window keeps this in the scroll area's own state).
    let mut scroll = iced::advanced::widget::operation::scrollable::scroll_to::<()>(
        Id::new(crate::kiosk::SCROLL_ID),
        iced::widget::operation::AbsoluteOffset {
            x: None,
            y: Some(kiosk.scroll_offset()),
        },
    );
    ui.operate(renderer, &mut scroll);
    let mut messages = Vec::new();
    let _ = ui.update(
        &[Event::Window(window::Event::RedrawRequested(
            std::time::Instant::now(),
        ))],
        Cursor::Unavailable,
        renderer,
        &mut iced::advanced::clipboard::Null,
        &mut messages,
    );
    f(&mut ui, renderer, scale)
}

/// Draw the user interface in the kiosk's look (no pointer: a kiosk shows none).
fn draw(
    ui: &mut UserInterface<'_, crate::kiosk::Message, iced::Theme, Renderer>,
    renderer: &mut Renderer,
    kiosk: &Kiosk,
) {
    ui.draw(
        renderer,
        &kiosk.theme(),
        &Style {
            text_color: kiosk.look().palette().text,
        },
        Cursor::Unavailable,
    );
}

/// What was drawn, as RGBA pixels of a `width`×`height` window at `scale`.
fn pixels(renderer: &mut Renderer, kiosk: &Kiosk, width: u32, height: u32, scale: f32) -> Vec<u8> {
    renderer.screenshot(
        Size::new(width, height),
        scale,
        kiosk.look().palette().background,
    )
}

/// Render the kiosk's current screen at `width`×`height` pixels, as a window of that size
/// shows it (at the same scale).
pub fn render(kiosk: &Kiosk, width: u32, height: u32) -> Result<Frame, String> {
    with_ui(kiosk, width, height, |ui, renderer, scale| {
        draw(ui, renderer, kiosk);
        let rgba = pixels(renderer, kiosk, width, height, scale);
        Frame {
            width,
            height,
            rgba,
        }
    })
}

/// Frames drawn one after another by one renderer, as a window draws them: the glyphs and
/// pictures of earlier frames stay in its caches. For the "tap → drawn" benchmark.
pub struct Painter {
    renderer: Renderer,
}

impl Painter {
    pub fn new() -> Result<Self, String> {
        Ok(Self {
            renderer: renderer()?,
        })
    }

    /// The whole frame of the kiosk's current screen at `width`×`height`.
    pub fn render(&mut self, kiosk: &Kiosk, width: u32, height: u32) -> Frame {
        with_ui_on(
            &mut self.renderer,
            kiosk,
            width,
            height,
            |ui, renderer, scale| {
                draw(ui, renderer, kiosk);
                Frame {
                    width,
                    height,
                    rgba: pixels(renderer, kiosk, width, height, scale),
                }
            },
        )
    }
}

/// Draw the current screen and return every paragraph of text as the text engine shaped it
/// (the glyphs and fonts it really chose, where it put them): for glyph and layout checks.
/// The main scroll area is paged through, so text below the fold is drawn and returned too.
pub fn shaped(
    kiosk: &Kiosk,
    width: u32,
    height: u32,
) -> Result<Vec<crate::kiosk::renderer::probe::Drawn>, String> {
    with_ui(kiosk, width, height, |ui, renderer, scale| {
        let mut all = Vec::new();
        let mut offset = 0.0f32;
        loop {
            let mut scroll = iced::advanced::widget::operation::scrollable::scroll_to::<()>(
                Id::new(crate::kiosk::SCROLL_ID),
                iced::widget::operation::AbsoluteOffset {
                    x: None,
                    y: Some(offset),
                },
            );
            ui.operate(renderer, &mut scroll);
            let ((), drawn) = crate::kiosk::renderer::probe::record(|| draw(ui, renderer, kiosk));
            all.extend(drawn.into_iter().map(|mut d| {
                d.bounds = d.bounds * scale;
                d.ink = d.ink * scale;
                d.clip = d.clip * scale;
                d
            }));
            let (page, content) = scroll_extent(ui, renderer);
            offset += page.max(100.0);
            if offset >= content - page || page <= 0.0 {
                break;
            }
        }
        all
    })
}

/// The main scroll area's visible height and its content's height (0, 0 without one).
fn scroll_extent(
    ui: &mut UserInterface<'_, crate::kiosk::Message, iced::Theme, Renderer>,
    renderer: &Renderer,
) -> (f32, f32) {
    struct Extent(f32, f32);
    impl Operation for Extent {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn scrollable(
            &mut self,
            id: Option<&Id>,
            bounds: Rectangle,
            content: Rectangle,
            _: iced::Vector,
            _: &mut dyn iced::advanced::widget::operation::Scrollable,
        ) {
            if id == Some(&Id::new(crate::kiosk::SCROLL_ID)) {
                *self = Extent(bounds.height, content.height);
            }
        }
    }
    let mut extent = Extent(0.0, 0.0);
    ui.operate(renderer, &mut extent);
    (extent.0, extent.1)
}

/// A text widget as laid out: its box and its words, and whether it sits in a scroll area
/// (whose content may run below the window).
#[derive(Debug, Clone, PartialEq)]
pub struct Laid {
    pub text: String,
    pub bounds: Rectangle,
    pub scrolls: bool,
}

/// Every tappable widget and every text widget of the current screen, as laid out, in the
/// window's physical pixels.
pub fn laid_out(
    kiosk: &Kiosk,
    width: u32,
    height: u32,
) -> Result<(Vec<Target>, Vec<Laid>), String> {
    #[derive(Default)]
    struct Walk {
        targets: Vec<Target>,
        texts: Vec<Laid>,
        /// For each traversal level: inside a scroll area?
        stack: Vec<bool>,
        scroll_next: bool,
    }
    impl Walk {
        fn scrolls(&self) -> bool {
            self.stack.last().copied().unwrap_or(false)
        }
    }
    impl Operation for Walk {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            let inside = self.scrolls() || std::mem::take(&mut self.scroll_next);
            self.stack.push(inside);
            operate(self);
            self.stack.pop();
        }
        fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
            self.scroll_next = false;
            if let Some(name) = id.and_then(|id| id_name(&format!("{id:?}"))) {
                let scrolls = self.scrolls();
                self.targets.push(Target {
                    id: name,
                    bounds,
                    scrolls,
                });
            }
        }
        fn scrollable(
            &mut self,
            _: Option<&Id>,
            _: Rectangle,
            _: Rectangle,
            _: iced::Vector,
            _: &mut dyn iced::advanced::widget::operation::Scrollable,
        ) {
            self.scroll_next = true;
        }
        fn text(&mut self, _: Option<&Id>, bounds: Rectangle, text: &str) {
            let scrolls = self.scrolls();
            self.texts.push(Laid {
                text: text.to_owned(),
                bounds,
                scrolls,
            });
        }
    }
    with_ui(kiosk, width, height, |ui, renderer, scale| {
        let mut walk = Walk::default();
        ui.operate(renderer, &mut walk);
        for t in &mut walk.targets {
            t.bounds = t.bounds * scale;
        }
        for t in &mut walk.texts {
            t.bounds = t.bounds * scale;
        }
        (walk.targets, walk.texts)
    })
}

/// A widget a finger can tap, where it is on the screen (in the frame's pixels).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub id: String,
    pub bounds: Rectangle,
    /// In the scroll area: further down the page than the window shows at first.
    pub scrolls: bool,
}

/// Every tappable widget of the current screen, by its id: what `render --widgets` writes.
pub fn targets(kiosk: &Kiosk, width: u32, height: u32) -> Result<Vec<Target>, String> {
    laid_out(kiosk, width, height).map(|(targets, _)| targets)
}

/// The name inside an iced widget id's debug form (`Id(Custom("nav-home"))`); the scroll
/// area is not a target.
fn id_name(debug: &str) -> Option<String> {
    let start = debug.find('"')? + 1;
    let end = debug.rfind('"')?;
    let name = unescape(debug.get(start..end)?);
    (name != crate::kiosk::SCROLL_ID).then_some(name)
}

/// A string's text back from its debug form, which escapes quotes, backslashes, controls
/// and combining marks (`\u{9bc}` in the Bengali key ড়).
fn unescape(debug: &str) -> String {
    let mut out = String::with_capacity(debug.len());
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let code: String = chars
                    .by_ref()
                    .skip_while(|&c| c == '{')
                    .take_while(|&c| c != '}')
                    .collect();
                if let Some(c) = u32::from_str_radix(&code, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Lay out the current screen without drawing it (what a language switch costs before the
/// frame is painted). Used by the benchmarks.
pub fn layout(kiosk: &Kiosk, width: u32, height: u32) -> Result<(), String> {
    with_ui(kiosk, width, height, |_, _, _| ())
}

/// Every plain text on the current screen (rich paragraphs are checked from the content).
pub fn visible_texts(kiosk: &Kiosk, width: u32, height: u32) -> Result<Vec<String>, String> {
    struct Texts(Vec<String>);
    impl Operation for Texts {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn text(&mut self, _: Option<&Id>, _: Rectangle, text: &str) {
            self.0.push(text.to_owned());
        }
    }
    with_ui(kiosk, width, height, |ui, renderer, _| {
        let mut texts = Texts(Vec::new());
        ui.operate(renderer, &mut texts);
        texts.0
    })
}

/// The software renderer's constructor is async only in signature: it completes at once.
fn ready<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut context) {
        std::task::Poll::Ready(value) => Some(value),
        std::task::Poll::Pending => None,
    }
}

/// One paragraph of text as it stands on the screen: its colour, the colour most of its box
/// shows around the letters, and their contrast ratio (WCAG 2).
#[derive(Debug, Clone)]
pub struct Legibility {
    pub text: String,
    pub color: Color,
    pub background: Color,
    pub ratio: f32,
}

/// Draw the current screen and measure the contrast of every paragraph drawn on it (in
/// the visible part of the window): the text's colour against the background actually
/// under it (the most common colour in its box that is not the text's own).
pub fn legibility(kiosk: &Kiosk, width: u32, height: u32) -> Result<Vec<Legibility>, String> {
    with_ui(kiosk, width, height, |ui, renderer, scale| {
        let ((), drawn) = crate::kiosk::renderer::probe::record(|| draw(ui, renderer, kiosk));
        let rgba = pixels(renderer, kiosk, width, height, scale);
        let mut out = Vec::new();
        for d in drawn {
            if d.text.trim().is_empty() || d.color.a < 0.5 {
                continue;
            }
            let Some(area) = (d.bounds * scale).intersection(&(d.clip * scale)) else {
                continue;
            };
            let Some(background) = background_under(&rgba, width, height, area, d.color) else {
                continue;
            };
            out.push(Legibility {
                ratio: contrast_ratio(d.color, background),
                text: d.text,
                color: d.color,
                background,
            });
        }
        out
    })
}

/// The most common colour in `area` of the frame that is clearly not `text`.
fn background_under(
    rgba: &[u8],
    width: u32,
    height: u32,
    area: Rectangle,
    text: Color,
) -> Option<Color> {
    let [tr, tg, tb, _] = text.into_rgba8();
    let x0 = area.x.max(0.0) as u32;
    let y0 = area.y.max(0.0) as u32;
    let x1 = ((area.x + area.width) as u32).min(width);
    let y1 = ((area.y + area.height) as u32).min(height);
    let mut counts: std::collections::HashMap<[u8; 3], u32> = std::collections::HashMap::new();
    for y in y0..y1 {
        for x in x0..x1 {
            let i = ((y * width + x) * 4) as usize;
            let Some(p) = rgba.get(i..i + 3) else {
                continue;
            };
            let far = u32::from(p[0].abs_diff(tr))
                + u32::from(p[1].abs_diff(tg))
                + u32::from(p[2].abs_diff(tb));
            if far > 60 {
                *counts.entry([p[0], p[1], p[2]]).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|([r, g, b], _)| Color::from_rgb8(r, g, b))
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    fn channel(c: f32) -> f32 {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        |c: Color| 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// iced settings with only the kiosk's own fonts, as in the real window (installed fonts are
/// dropped): for the iced_test simulator in the tests and the soak.
pub fn simulator_settings() -> iced::Settings {
    crate::fonts::load();
    iced::Settings {
        fonts: crate::fonts::ALL.iter().map(|f| f.bytes.into()).collect(),
        default_font: widget::SANS,
        ..iced::Settings::default()
    }
}
