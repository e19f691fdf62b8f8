//! Draw one screen to a PNG without a display, with the software renderer and the embedded
//! fonts: the same pixels on any machine. Used by `welcome-kiosk render` and by tests.

use std::sync::Once;

use iced::advanced::renderer::{Headless, Style};
use iced::advanced::widget::{Id, Operation};
use iced::mouse::Cursor;
use iced::{Event, Pixels, Rectangle, Size, window};
use iced_runtime::user_interface::{Cache, UserInterface};

use crate::kiosk::{Kiosk, theme, widget};

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

static FONTS: Once = Once::new();

/// Register the embedded fonts with the text engine, once per process, without copying them:
/// the text engine reads the bytes straight from the binary, so a font costs memory only for
/// the pages of it that are used (iced's own `font()` would copy every font to the heap).
pub fn load_fonts() {
    use iced::advanced::graphics::text::cosmic_text::fontdb::Source;
    FONTS.call_once(|| {
        let system = iced::advanced::graphics::text::font_system();
        if let Ok(mut system) = system.write() {
            let db = system.raw().db_mut();
            for font in crate::fonts::ALL {
                let bytes: &'static [u8] = font.bytes;
                let _ = db.load_font_source(Source::Binary(std::sync::Arc::new(bytes)));
            }
        }
    });
}

fn renderer() -> Result<crate::kiosk::renderer::Renderer, String> {
    load_fonts();
    ready(<crate::kiosk::renderer::Renderer as Headless>::new(
        widget::SANS,
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .flatten()
    .ok_or_else(|| "the software renderer could not start".to_owned())
}

/// Lay out the kiosk's current screen at `width`×`height` and hand it to `f`.
fn with_ui<T>(
    kiosk: &Kiosk,
    width: u32,
    height: u32,
    f: impl FnOnce(
        &mut UserInterface<'_, crate::kiosk::Message, iced::Theme, crate::kiosk::renderer::Renderer>,
        &mut crate::kiosk::renderer::Renderer,
    ) -> T,
) -> Result<T, String> {
    let mut renderer = renderer()?;
    let size = Size::new(width as f32, height as f32);
    let mut ui = UserInterface::build(kiosk.view(), size, Cache::default(), &mut renderer);
    let mut messages = Vec::new();
    let _ = ui.update(
        &[Event::Window(window::Event::RedrawRequested(
            std::time::Instant::now(),
        ))],
        Cursor::Unavailable,
        &mut renderer,
        &mut iced::advanced::clipboard::Null,
        &mut messages,
    );
    Ok(f(&mut ui, &mut renderer))
}

/// Render the kiosk's current screen at `width`×`height` pixels.
pub fn render(kiosk: &Kiosk, width: u32, height: u32) -> Result<Frame, String> {
    with_ui(kiosk, width, height, |ui, renderer| {
        let theme = theme::theme();
        ui.draw(
            renderer,
            &theme,
            &Style {
                text_color: theme::TEXT,
            },
            Cursor::Unavailable,
        );
        let rgba = renderer.screenshot(Size::new(width, height), 1.0, theme::BACKGROUND);
        Frame {
            width,
            height,
            rgba,
        }
    })
}

/// Lay out the current screen without drawing it (what a language switch costs before the
/// frame is painted). Used by the benchmarks.
pub fn layout(kiosk: &Kiosk, width: u32, height: u32) -> Result<(), String> {
    with_ui(kiosk, width, height, |_, _| ())
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
    with_ui(kiosk, width, height, |ui, renderer| {
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
