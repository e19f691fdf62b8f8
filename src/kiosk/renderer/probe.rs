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
    clip: Rectangle,
) {
    let active = DRAWN.with(|d| d.borrow().is_some());
    if !active {
        return;
    }
    let drawn = describe(paragraph, position, clip);
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
        text.push_str(line.text());
    }
    let mut glyphs = Vec::new();
    let system = iced::advanced::graphics::text::font_system();
    let mut system = system.write().ok();
    for run in buffer.layout_runs() {
        for glyph in run.glyphs {
            let chars = run
                .text
                .get(glyph.start..glyph.end)
                .unwrap_or("")
                .to_owned();
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
    Drawn {
        text,
        bounds: Rectangle::new(position, paragraph.min_bounds()),
        clip,
        glyphs,
    }
}
