//! A QR code drawn by the kiosk's renderer: dark modules as rectangles (one per run of
//! modules in a row) on white, with the four-module quiet zone scanners need. iced's own
//! `qr_code` widget is bound to iced's default renderer, which the kiosk wraps (see
//! `kiosk::renderer`), so it cannot be used here; the encoder is the same `qrcode` crate.

use iced::advanced::layout::{self, Layout};
use iced::advanced::mouse;
use iced::advanced::renderer::{self as core_renderer, Quad};
use iced::advanced::widget::{Tree, Widget};
use iced::{Color, Element, Length, Rectangle, Size};

use crate::kiosk::renderer::Renderer;

/// Modules of white around a code.
pub const QUIET: usize = 4;

/// The modules of an encoded text: `width` × `width`, row by row, `true` dark.
#[derive(Clone, PartialEq, Eq)]
pub struct Modules {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl std::fmt::Debug for Modules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Modules({0}×{0})", self.width)
    }
}

impl Modules {
    /// The text as a QR code (error correction M, the smallest version that holds it).
    pub fn encode(text: &str) -> Option<Self> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .ok()?;
        let width = code.width();
        let dark = code
            .into_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Some(Self { width, dark })
    }

    /// Rows of dark runs: (row, first column, length).
    fn runs(&self) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for row in 0..self.width {
            let line = &self.dark[row * self.width..(row + 1) * self.width];
            let mut column = 0;
            while column < self.width {
                if line[column] {
                    let start = column;
                    while column < self.width && line[column] {
                        column += 1;
                    }
                    out.push((row, start, column - start));
                } else {
                    column += 1;
                }
            }
        }
        out
    }
}

/// A code `side` logical pixels square (quiet zone included), cells rounded down to whole
/// pixels so every module has sharp edges.
pub struct Qr<'a> {
    modules: &'a Modules,
    side: f32,
}

pub fn qr(modules: &Modules, side: f32) -> Qr<'_> {
    Qr { modules, side }
}

impl Qr<'_> {
    fn cell(&self) -> f32 {
        let cells = (self.modules.width + 2 * QUIET) as f32;
        (self.side / cells).floor().max(1.0)
    }
}

impl<M> Widget<M, iced::Theme, Renderer> for Qr<'_> {
    fn size(&self) -> Size<Length> {
        Size::new(Length::Shrink, Length::Shrink)
    }

    fn layout(
        &mut self,
        _tree: &mut Tree,
        _renderer: &Renderer,
        _limits: &layout::Limits,
    ) -> layout::Node {
        let side = self.cell() * (self.modules.width + 2 * QUIET) as f32;
        layout::Node::new(Size::new(side, side))
    }

    fn draw(
        &self,
        _tree: &Tree,
        renderer: &mut Renderer,
        _theme: &iced::Theme,
        _style: &core_renderer::Style,
        layout: Layout<'_>,
        _cursor: mouse::Cursor,
        _viewport: &Rectangle,
    ) {
        use iced::advanced::Renderer as _;
        let bounds = layout.bounds();
        renderer.fill_quad(
            Quad {
                bounds,
                ..Quad::default()
            },
            Color::WHITE,
        );
        let cell = self.cell();
        let origin = (
            bounds.x + QUIET as f32 * cell,
            bounds.y + QUIET as f32 * cell,
        );
        for (row, column, length) in self.modules.runs() {
            renderer.fill_quad(
                Quad {
                    bounds: Rectangle {
                        x: origin.0 + column as f32 * cell,
                        y: origin.1 + row as f32 * cell,
                        width: length as f32 * cell,
                        height: cell,
                    },
                    snap: true,
                    ..Quad::default()
                },
                Color::BLACK,
            );
        }
    }
}

impl<'a, M: 'a> From<Qr<'a>> for Element<'a, M, iced::Theme, Renderer> {
    fn from(qr: Qr<'a>) -> Self {
        Element::new(qr)
    }
}
