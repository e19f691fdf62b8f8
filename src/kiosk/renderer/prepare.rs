//! What every paragraph goes through before the text engine shapes it, so no screen can
//! forget it: break opportunities between the words of scripts written without spaces
//! (`crate::i18n::breaks`), the regional Noto CJK face for Japanese, Korean and Traditional
//! Chinese text (`crate::fonts::regional_cjk_family`), and word-or-letter wrapping.

use iced::Font;
use iced::advanced::text as core_text;

/// `font` in the regional Noto CJK face `text` calls for, if any.
pub(super) fn regional(font: Font, text: &str) -> Font {
    crate::fonts::regional_cjk_family(text).map_or(font, |family| regional_font(font, family))
}

/// The same weight and style in `family`.
fn regional_font(font: Font, family: &'static str) -> Font {
    Font {
        family: iced::font::Family::Name(family),
        ..font
    }
}

/// A word wider than its box (a long Thai run, an address without spaces, a URL) is broken
/// between letters rather than drawn past the edge of the screen.
pub(super) fn never_off_screen(wrapping: core_text::Wrapping) -> core_text::Wrapping {
    match wrapping {
        core_text::Wrapping::Word => core_text::Wrapping::WordOrGlyph,
        other => other,
    }
}

/// Rich text prepared the same way, with the paragraph's font: None when nothing changes
/// (the usual case, no copy).
pub(super) fn spans<Link>(
    spans: &[core_text::Span<'_, Link, Font>],
    font: Font,
) -> Option<(Vec<core_text::Span<'static, (), Font>>, Font)> {
    let all: String = spans.iter().map(|s| s.text.as_ref()).collect();
    let cjk = crate::fonts::regional_cjk_family(&all);
    if cjk.is_none() && !all.chars().any(crate::i18n::breaks::needs_segmenter) {
        return None;
    }
    let in_region = |font: Font| cjk.map_or(font, |family| regional_font(font, family));
    // The text engine does not read links: the spans are copied without them.
    let prepared = spans
        .iter()
        .map(|span| core_text::Span {
            text: crate::i18n::breaks::with_break_opportunities(&span.text)
                .into_owned()
                .into(),
            size: span.size,
            line_height: span.line_height,
            // A bold or italic span keeps its weight and style, in the regional face if any.
            font: span.font.map(in_region).or(cjk.map(|_| in_region(font))),
            color: span.color,
            link: None,
            highlight: span.highlight,
            padding: span.padding,
            underline: span.underline,
            strikethrough: span.strikethrough,
        })
        .collect();
    Some((prepared, in_region(font)))
}
