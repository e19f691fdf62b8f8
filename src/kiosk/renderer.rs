//! The kiosk's renderer: iced's software renderer (tiny-skia), presenting whole frames.
//!
//! iced 0.14's tiny-skia compositor repaints only the regions it computes as damaged between
//! two frames. Those regions can be too small: a quad's damage is its bounds plus one pixel,
//! so shadows and anti-aliased edges outside them are never cleared (iced #2712, PRs #3032,
//! #3359). On a real screen that left rectangles of the previous screen on tiles, darkened
//! cards a little more with every repaint and smeared the dimmed layer behind dialogs,
//! while a headless render of the same state (always a whole frame) was clean.
//!
//! This renderer is the same tiny-skia renderer with one change in how frames reach the
//! window: whenever anything on screen differs from the previous frame, the whole frame is
//! repainted; a frame identical to the previous one (a timer that changed nothing) is not
//! painted at all, as before. Every live frame is therefore the headless render of the same
//! state, pixel for pixel.

pub mod frame_log;
mod prepare;
pub mod probe;

use std::borrow::Cow;

use iced::advanced::graphics::compositor::{self, Information, SurfaceError};
use iced::advanced::graphics::{self, Viewport, damage, geometry, mesh};
use iced::advanced::image as core_image;
use iced::advanced::renderer::{self as core_renderer, Quad};
use iced::advanced::text as core_text;
use iced::{Background, Color, Font, Pixels, Point, Rectangle, Size, Transformation};

/// The renderer every kiosk widget is drawn with.
pub struct Renderer {
    inner: iced_tiny_skia::Renderer,
    /// The clip of each open layer, in window coordinates (innermost last).
    clips: Vec<Rectangle>,
    /// The transformation of each open transformation (innermost last), composed.
    transformations: Vec<Transformation>,
}

/// An element drawn by the kiosk's renderer.
pub type Element<'a, Message> = iced::Element<'a, Message, iced::Theme, Renderer>;

impl Renderer {
    pub fn new(default_font: Font, default_text_size: Pixels) -> Self {
        Self {
            inner: iced_tiny_skia::Renderer::new(default_font, default_text_size),
            clips: Vec::new(),
            transformations: Vec::new(),
        }
    }

    fn wrapping(inner: iced_tiny_skia::Renderer) -> Self {
        Self {
            inner,
            clips: Vec::new(),
            transformations: Vec::new(),
        }
    }

    fn transformation(&self) -> Transformation {
        self.transformations
            .last()
            .copied()
            .unwrap_or(Transformation::IDENTITY)
    }
}

impl core_renderer::Renderer for Renderer {
    fn start_layer(&mut self, bounds: Rectangle) {
        let clip = bounds * self.transformation();
        let clip = match self.clips.last() {
            Some(outer) => outer.intersection(&clip).unwrap_or_default(),
            None => clip,
        };
        self.clips.push(clip);
        self.inner.start_layer(bounds);
    }

    fn end_layer(&mut self) {
        self.clips.pop();
        self.inner.end_layer();
    }

    fn start_transformation(&mut self, transformation: Transformation) {
        let composed = self.transformation() * transformation;
        self.transformations.push(composed);
        self.inner.start_transformation(transformation);
    }

    fn end_transformation(&mut self) {
        self.transformations.pop();
        self.inner.end_transformation();
    }

    /// tiny-skia 0.14 draws a quad's shadow without its layer's clip: the shadow of a card
    /// scrolled under the search keyboard or the read-aloud strip darkened them. A shadow
    /// that would reach outside its layer is left out (the quad itself is clipped).
    fn fill_quad(&mut self, mut quad: Quad, background: impl Into<Background>) {
        if quad.shadow.color.a > 0.0
            && let Some(clip) = self.clips.last()
        {
            let blur = quad.shadow.blur_radius;
            let reach = Rectangle {
                x: quad.bounds.x + quad.shadow.offset.x - blur,
                y: quad.bounds.y + quad.shadow.offset.y - blur,
                width: quad.bounds.width + 2.0 * blur,
                height: quad.bounds.height + 2.0 * blur,
            } * self.transformation();
            if !reach.is_within(clip) {
                quad.shadow.color.a = 0.0;
            }
        }
        self.inner.fill_quad(quad, background);
    }

    fn reset(&mut self, new_bounds: Rectangle) {
        self.clips.clear();
        self.transformations.clear();
        self.inner.reset(new_bounds);
    }

    fn allocate_image(
        &mut self,
        handle: &core_image::Handle,
        callback: impl FnOnce(Result<core_image::Allocation, core_image::Error>) + Send + 'static,
    ) {
        self.inner.allocate_image(handle, callback);
    }
}

/// iced's paragraph, with one change: where a styled run's underline or strikethrough goes.
/// iced measures a run from its first glyph rightwards, which in right-to-left text put the
/// line of "~~قسيمة راتب~~" beside the words instead of through them; here each run's boxes
/// are where its glyphs are on screen, in any direction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paragraph(iced::advanced::graphics::text::Paragraph);

impl Paragraph {
    pub fn inner(&self) -> &iced::advanced::graphics::text::Paragraph {
        &self.0
    }
}

impl core_text::Paragraph for Paragraph {
    type Font = Font;

    fn with_text(text: core_text::Text<&str, Font>) -> Self {
        let content = crate::i18n::breaks::with_break_opportunities(text.content);
        Self(core_text::Paragraph::with_text(core_text::Text {
            content: &content,
            font: prepare::regional(text.font, text.content),
            wrapping: prepare::never_off_screen(text.wrapping),
            ..text
        }))
    }

    fn with_spans<Link>(text: core_text::Text<&[core_text::Span<'_, Link, Font>], Font>) -> Self {
        match prepare::spans(text.content, text.font) {
            None => Self(core_text::Paragraph::with_spans(core_text::Text {
                wrapping: prepare::never_off_screen(text.wrapping),
                ..text
            })),
            Some((spans, font)) => Self(core_text::Paragraph::with_spans(core_text::Text {
                content: spans.as_slice(),
                bounds: text.bounds,
                size: text.size,
                line_height: text.line_height,
                font,
                align_x: text.align_x,
                align_y: text.align_y,
                shaping: text.shaping,
                wrapping: prepare::never_off_screen(text.wrapping),
            })),
        }
    }

    fn resize(&mut self, new_bounds: Size) {
        self.0.resize(new_bounds);
    }

    fn compare(&self, text: core_text::Text<(), Font>) -> core_text::Difference {
        self.0.compare(text)
    }

    fn size(&self) -> Pixels {
        self.0.size()
    }

    fn font(&self) -> Font {
        self.0.font()
    }

    fn line_height(&self) -> core_text::LineHeight {
        self.0.line_height()
    }

    fn align_x(&self) -> core_text::Alignment {
        self.0.align_x()
    }

    fn align_y(&self) -> iced::alignment::Vertical {
        self.0.align_y()
    }

    fn wrapping(&self) -> core_text::Wrapping {
        self.0.wrapping()
    }

    fn shaping(&self) -> core_text::Shaping {
        self.0.shaping()
    }

    fn bounds(&self) -> Size {
        self.0.bounds()
    }

    fn min_bounds(&self) -> Size {
        self.0.min_bounds()
    }

    fn hit_test(&self, point: Point) -> Option<core_text::Hit> {
        self.0.hit_test(point)
    }

    fn hit_span(&self, point: Point) -> Option<usize> {
        self.0.hit_span(point)
    }

    fn span_bounds(&self, index: usize) -> Vec<Rectangle> {
        let mut boxes: Vec<Rectangle> = Vec::new();
        for run in self.0.buffer().layout_runs() {
            // This line's glyphs of the span, left to right on screen.
            let mut glyphs: Vec<(f32, f32, f32)> = run
                .glyphs
                .iter()
                .filter(|g| g.metadata == index)
                .map(|g| (g.x, g.w, run.line_top + g.y))
                .collect();
            glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let height = run.line_height;
            let mut current: Option<Rectangle> = None;
            for (x, w, y) in glyphs {
                match &mut current {
                    // Touching the box so far (a glyph's own gap allowed): widen it.
                    Some(b) if (x - (b.x + b.width)).abs() < 1.0 && (y - b.y).abs() < 0.5 => {
                        b.width = x + w - b.x;
                    }
                    _ => {
                        boxes.extend(current.take());
                        current = Some(Rectangle::new(Point::new(x, y), Size::new(w, height)));
                    }
                }
            }
            boxes.extend(current);
        }
        boxes
    }

    fn grapheme_position(&self, line: usize, index: usize) -> Option<Point> {
        self.0.grapheme_position(line, index)
    }
}

impl core_text::Renderer for Renderer {
    type Font = Font;
    type Paragraph = Paragraph;
    type Editor = <iced_tiny_skia::Renderer as core_text::Renderer>::Editor;

    const ICON_FONT: Font = iced_tiny_skia::Renderer::ICON_FONT;
    const CHECKMARK_ICON: char = iced_tiny_skia::Renderer::CHECKMARK_ICON;
    const ARROW_DOWN_ICON: char = iced_tiny_skia::Renderer::ARROW_DOWN_ICON;
    const SCROLL_UP_ICON: char = iced_tiny_skia::Renderer::SCROLL_UP_ICON;
    const SCROLL_DOWN_ICON: char = iced_tiny_skia::Renderer::SCROLL_DOWN_ICON;
    const SCROLL_LEFT_ICON: char = iced_tiny_skia::Renderer::SCROLL_LEFT_ICON;
    const SCROLL_RIGHT_ICON: char = iced_tiny_skia::Renderer::SCROLL_RIGHT_ICON;
    const ICED_LOGO: char = iced_tiny_skia::Renderer::ICED_LOGO;

    fn default_font(&self) -> Font {
        self.inner.default_font()
    }

    fn default_size(&self) -> Pixels {
        self.inner.default_size()
    }

    fn fill_paragraph(
        &mut self,
        paragraph: &Self::Paragraph,
        position: Point,
        color: Color,
        clip_bounds: Rectangle,
    ) {
        probe::paragraph(&paragraph.0, position, color, clip_bounds);
        self.inner
            .fill_paragraph(&paragraph.0, position, color, clip_bounds);
    }

    fn fill_editor(
        &mut self,
        editor: &Self::Editor,
        position: Point,
        color: Color,
        clip_bounds: Rectangle,
    ) {
        self.inner.fill_editor(editor, position, color, clip_bounds);
    }

    fn fill_text(
        &mut self,
        text: core_text::Text,
        position: Point,
        color: Color,
        clip_bounds: Rectangle,
    ) {
        self.inner.fill_text(text, position, color, clip_bounds);
    }
}

impl graphics::text::Renderer for Renderer {
    fn fill_raw(&mut self, raw: graphics::text::Raw) {
        self.inner.fill_raw(raw);
    }
}

impl core_image::Renderer for Renderer {
    type Handle = core_image::Handle;

    fn load_image(
        &self,
        handle: &Self::Handle,
    ) -> Result<core_image::Allocation, core_image::Error> {
        self.inner.load_image(handle)
    }

    fn measure_image(&self, handle: &Self::Handle) -> Option<Size<u32>> {
        self.inner.measure_image(handle)
    }

    /// tiny-skia clips a picture only to its layer, not to the picture's own box: a picture
    /// fitted with "cover" (or cropped) was drawn whole, over its card's neighbours and the
    /// bar. A picture that reaches outside its box gets a layer of the box's size.
    fn draw_image(&mut self, image: core_image::Image, bounds: Rectangle, clip_bounds: Rectangle) {
        if bounds.is_within(&clip_bounds) {
            self.inner.draw_image(image, bounds, clip_bounds);
        } else {
            core_renderer::Renderer::start_layer(&mut self.inner, clip_bounds);
            self.inner.draw_image(image, bounds, clip_bounds);
            core_renderer::Renderer::end_layer(&mut self.inner);
        }
    }
}

impl geometry::Renderer for Renderer {
    type Geometry = <iced_tiny_skia::Renderer as geometry::Renderer>::Geometry;
    type Frame = <iced_tiny_skia::Renderer as geometry::Renderer>::Frame;

    fn new_frame(&self, bounds: Rectangle) -> Self::Frame {
        self.inner.new_frame(bounds)
    }

    fn draw_geometry(&mut self, geometry: Self::Geometry) {
        self.inner.draw_geometry(geometry);
    }
}

impl mesh::Renderer for Renderer {
    fn draw_mesh(&mut self, mesh: graphics::Mesh) {
        self.inner.draw_mesh(mesh);
    }

    fn draw_mesh_cache(&mut self, cache: mesh::Cache) {
        self.inner.draw_mesh_cache(cache);
    }
}

impl core_renderer::Headless for Renderer {
    async fn new(
        default_font: Font,
        default_text_size: Pixels,
        backend: Option<&str>,
    ) -> Option<Self> {
        <iced_tiny_skia::Renderer as core_renderer::Headless>::new(
            default_font,
            default_text_size,
            backend,
        )
        .await
        .map(Renderer::wrapping)
    }

    fn name(&self) -> String {
        self.inner.name()
    }

    fn screenshot(
        &mut self,
        size: Size<u32>,
        scale_factor: f32,
        background_color: Color,
    ) -> Vec<u8> {
        self.inner.screenshot(size, scale_factor, background_color)
    }
}

impl compositor::Default for Renderer {
    type Compositor = Compositor;
}

/// tiny-skia's compositor, deciding per frame between "repaint everything" and "nothing
/// changed".
pub struct Compositor {
    inner: iced_tiny_skia::window::Compositor,
}

pub struct Surface {
    inner: iced_tiny_skia::window::Surface,
    /// What the last frame showed.
    last: Option<Vec<iced_tiny_skia::Layer>>,
    /// The background colour the theme asked for last time.
    base: Color,
    /// The colour handed to tiny-skia last time (see `present`).
    handed: Color,
    /// Frames still to repaint whole after a change: a window system may hand back a buffer
    /// that is a frame or two behind (Wayland keeps up to three), and each of those buffers
    /// must be brought up to date by a whole repaint too.
    settle: u8,
}

/// Buffers a window system may rotate through (softbuffer: one on X11, up to three on Wayland).
const SETTLE_FRAMES: u8 = 3;

impl graphics::Compositor for Compositor {
    type Renderer = Renderer;
    type Surface = Surface;

    async fn with_backend(
        settings: graphics::Settings,
        display: impl compositor::Display + Clone,
        compatible_window: impl compositor::Window + Clone,
        shell: graphics::Shell,
        backend: Option<&str>,
    ) -> Result<Self, graphics::Error> {
        <iced_tiny_skia::window::Compositor as graphics::Compositor>::with_backend(
            settings,
            display,
            compatible_window,
            shell,
            backend,
        )
        .await
        .map(|inner| Self { inner })
    }

    fn create_renderer(&self) -> Renderer {
        Renderer::wrapping(self.inner.create_renderer())
    }

    fn create_surface<W: compositor::Window + Clone>(
        &mut self,
        window: W,
        width: u32,
        height: u32,
    ) -> Surface {
        Surface {
            inner: self.inner.create_surface(window, width, height),
            last: None,
            base: Color::TRANSPARENT,
            handed: Color::TRANSPARENT,
            settle: SETTLE_FRAMES,
        }
    }

    fn configure_surface(&mut self, surface: &mut Surface, width: u32, height: u32) {
        self.inner
            .configure_surface(&mut surface.inner, width, height);
        surface.last = None;
        surface.settle = SETTLE_FRAMES;
    }

    fn information(&self) -> Information {
        self.inner.information()
    }

    fn load_font(&mut self, font: Cow<'static, [u8]>) {
        self.inner.load_font(font);
    }

    fn present(
        &mut self,
        renderer: &mut Renderer,
        surface: &mut Surface,
        viewport: &Viewport,
        background_color: Color,
        on_pre_present: impl FnOnce(),
    ) -> Result<(), SurfaceError> {
        let layers = renderer.inner.layers();
        let changed = background_color != surface.base
            || surface.last.as_deref().is_none_or(|last| {
                !damage::diff(
                    last,
                    layers,
                    |layer| vec![layer.bounds],
                    iced_tiny_skia::Layer::damage,
                )
                .is_empty()
            });
        if changed {
            surface.last = Some(layers.to_vec());
            surface.base = background_color;
            surface.settle = SETTLE_FRAMES;
        }
        // tiny-skia repaints the whole frame when the background colour differs from the
        // last one it painted with. A colour one float step away from the theme's draws the
        // same pixels, so alternating between the two forces whole repaints without changing
        // a pixel; handing over the same colour again lets tiny-skia skip an unchanged frame.
        let colour = if surface.settle > 0 {
            surface.settle -= 1;
            if surface.handed == background_color {
                nudged(background_color)
            } else {
                background_color
            }
        } else {
            surface.handed
        };
        surface.handed = colour;
        let result = iced_tiny_skia::window::compositor::present(
            &mut renderer.inner,
            &mut surface.inner,
            viewport,
            colour,
            on_pre_present,
        );
        if changed {
            frame_log::presented();
        }
        result
    }

    fn screenshot(
        &mut self,
        renderer: &mut Renderer,
        viewport: &Viewport,
        background_color: Color,
    ) -> Vec<u8> {
        self.inner
            .screenshot(&mut renderer.inner, viewport, background_color)
    }
}

/// The same colour, one float step away in its blue channel: the same 8-bit pixel.
fn nudged(colour: Color) -> Color {
    Color {
        b: if colour.b > 0.5 {
            colour.b.next_down()
        } else {
            colour.b.next_up()
        },
        ..colour
    }
}
