//! Line breaks for scripts written without spaces between words. The text engine breaks
//! lines only at spaces and by the simple rules of UAX #14, so a Thai, Lao, Khmer or Burmese
//! paragraph was one unbreakable "word" that ran off the screen. Here ICU4X's line segmenter
//! (with its dictionaries for those scripts) finds the word boundaries, and an invisible
//! ZERO WIDTH SPACE is put at each, which every text engine treats as a break opportunity.
//! Javanese and other aksara scripts get the breaks ICU finds between their syllables.

use std::borrow::Cow;

use icu_properties::CodePointMapData;
use icu_properties::props::LineBreak;
use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

/// U+200B ZERO WIDTH SPACE: a break opportunity that draws nothing.
pub const BREAK: char = '\u{200B}';

/// Characters whose break opportunities the text engine cannot find by itself.
pub fn needs_segmenter(c: char) -> bool {
    // Fast path: nothing below U+0E00 (Latin, Greek, Cyrillic, Arabic, Indic…) is affected.
    if u32::from(c) < 0x0E00 {
        return false;
    }
    let class = CodePointMapData::<LineBreak>::new().get(c);
    matches!(
        class,
        LineBreak::ComplexContext
            | LineBreak::Aksara
            | LineBreak::AksaraPrebase
            | LineBreak::AksaraStart
            | LineBreak::ViramaFinal
            | LineBreak::Virama
    )
}

/// `text` with a [`BREAK`] at every word boundary inside runs of Thai, Lao, Khmer, Burmese,
/// Javanese and the like; unchanged (and not copied) when it has none of those letters.
pub fn with_break_opportunities(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_segmenter) {
        return Cow::Borrowed(text);
    }
    let segmenter = LineSegmenter::new_dictionary(LineBreakOptions::default());
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut last = 0;
    for at in segmenter.segment_str(text) {
        if at == 0 || at >= text.len() {
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[at..].chars().next();
        let (Some(before), Some(after)) = (before, after) else {
            continue;
        };
        // Only inside runs the text engine cannot break itself: never after a space or a
        // break already there.
        if before.is_whitespace() || before == BREAK || after == BREAK {
            continue;
        }
        if needs_segmenter(before) || needs_segmenter(after) {
            out.push_str(&text[last..at]);
            out.push(BREAK);
            last = at;
        }
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        with_break_opportunities(text)
            .split(BREAK)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn thai_lao_khmer_burmese_get_breaks_between_words() {
        // "I want to see a doctor" in Thai: several words, no spaces.
        let thai = words("ฉันต้องการพบแพทย์");
        assert!(thai.len() >= 3, "{thai:?}");
        assert_eq!(thai.concat(), "ฉันต้องการพบแพทย์");
        // Lao "the language of the Lao people", Khmer "Cambodia", Burmese "Myanmar language".
        assert!(words("ພາສາລາວເປັນພາສາ").len() >= 2);
        assert!(words("ព្រះរាជាណាចក្រកម្ពុជា").len() >= 2);
        assert!(words("မြန်မာဘာသာစကား").len() >= 2);
    }

    #[test]
    fn other_text_is_left_alone_and_not_copied() {
        for text in [
            "Hello world",
            "مرحبا بالعالم",
            "नमस्ते दुनिया",
            "你好世界",
            "ሰላም",
            "",
        ] {
            assert!(
                matches!(with_break_opportunities(text), Cow::Borrowed(_)),
                "{text}"
            );
        }
        // No break is added next to a space or to the Latin words of a Thai sentence.
        let mixed = with_break_opportunities("Call 112 ฉันต้องการพบแพทย์ now");
        assert!(mixed.starts_with("Call 112 "), "{mixed}");
        assert!(mixed.ends_with(" now"), "{mixed}");
        assert!(
            !mixed.contains(" \u{200B}") && !mixed.contains("\u{200B} "),
            "{mixed:?}"
        );
    }

    #[test]
    fn breaks_never_split_a_grapheme() {
        let text = "ก่อนที่จะไปโรงพยาบาลโปรดโทรหาเรา";
        for part in words(text) {
            let first = part.chars().next();
            // A word never starts with a combining mark (tone marks, vowels above/below).
            assert!(
                first.is_none_or(
                    |c| !matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
                ),
                "{part}"
            );
        }
    }
}
