//! What tests may learn about the text actually drawn: every paragraph handed to the
//! renderer while a probe is active on this thread (the shaped glyphs, where they were put
//! and the clip they were drawn in). Inactive (and free) otherwise.

use std::cell::RefCell;

use iced::{Point, Rectangle};

/// One shaped paragraph as drawn.
#[derive(Debug, Clone)]
pub struct Drawn {
    pub text: String,
    /// Where the text's box was placed and how big its laid-out lines are.
    pub bounds: Rectangle,
    /// The region the text was drawn into (the window, a scroll area, a clipped box).
    pub clip: Rectangle,
    /// Where its visible glyphs are (without spaces at the ends of lines, which take room
    /// in the laid-out width but show nothing). `bounds` when nothing is visible.
    pub ink: Rectangle,
    /// The colour it was drawn in.
    pub color: iced::Color,
    /// Each glyph: the character it stands for, the font face (family and style) the
    /// text engine chose, and whether that face has a real glyph for it.
    pub glyphs: Vec<Glyph>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glyph {
    pub text: String,
    pub face: String,
    pub italic: bool,
    pub missing: bool,
}

thread_local! {
    static DRAWN: RefCell<Option<Vec<Drawn>>> = const { RefCell::new(None) };
}

/// Record every paragraph drawn on this thread while `f` runs.
pub fn record<T>(f: impl FnOnce() -> T) -> (T, Vec<Drawn>) {
    DRAWN.with(|d| *d.borrow_mut() = Some(Vec::new()));
    let out = f();
    let drawn = DRAWN.with(|d| d.borrow_mut().take()).unwrap_or_default();
    (out, drawn)
}

pub(super) fn paragraph(
    paragraph: &iced::advanced::graphics::text::Paragraph,
    position: Point,
    color: iced::Color,
    clip: Rectangle,
) {
    let active = DRAWN.with(|d| d.borrow().is_some());
    if !active {
        return;
    }
    let mut drawn = describe(paragraph, position, clip);
    drawn.color = color;
    DRAWN.with(|d| {
        if let Some(list) = d.borrow_mut().as_mut() {
            list.push(drawn);
        }
    });
}

fn describe(
    paragraph: &iced::advanced::graphics::text::Paragraph,
    position: Point,
    clip: Rectangle,
) -> Drawn {
    use iced::advanced::text::Paragraph as _;
    let buffer = paragraph.buffer();
    let mut text = String::new();
    for line in &buffer.lines {
        if !text.is_empty() {
            text.push('\n');
        }
        // Without the break opportunities the renderer adds (crate::i18n::breaks): the words
        // as the widget holds them.
        text.extend(
            line.text()
                .chars()
                .filter(|c| *c != crate::i18n::breaks::BREAK),
        );
    }
    let mut glyphs = Vec::new();
    let mut ink: Option<Rectangle> = None;
    let system = iced::advanced::graphics::text::font_system();
    let mut system = system.write().ok();
    for run in buffer.layout_runs() {
        for glyph in run.glyphs {
            let chars = run
                .text
                .get(glyph.start..glyph.end)
                .unwrap_or("")
                .to_owned();
            if !chars.chars().all(|c| c.is_whitespace() || is_mark(c)) {
                let b = Rectangle::new(
                    Point::new(position.x + glyph.x, position.y + run.line_top),
                    iced::Size::new(glyph.w, run.line_height),
                );
                ink = Some(ink.map_or(b, |i| i.union(&b)));
            }
            let (face, italic) = system
                .as_mut()
                .and_then(|s| s.raw().db().face(glyph.font_id))
                .map_or_else(
                    || ("?".to_owned(), false),
                    |f| {
                        (
                            f.families.first().map(|(n, _)| n.clone()).unwrap_or_default(),
                            f.style != iced::advanced::graphics::text::cosmic_text::fontdb::Style::Normal,
                        )
                    },
                );
            glyphs.push(Glyph {
                text: chars,
                face,
                italic,
                missing: glyph.glyph_id == 0,
            });
        }
    }
    let bounds = Rectangle::new(position, paragraph.min_bounds());
    Drawn {
        text,
        ink: ink.unwrap_or(bounds),
        bounds,
        clip,
        color: iced::Color::TRANSPARENT,
        glyphs,
    }
}

/// Direction marks and other invisible format characters.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}
