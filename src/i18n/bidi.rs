//! Mixed-direction text made safe for the text engine.
//!
//! Two things go wrong with paragraphs that mix directions ("اتصل بالرقم 112 في Example
//! Town", "Not yet available in العربية") in iced 0.14's text engine (cosmic-text 0.15):
//!
//! - A line is never broken in front of the first word of a direction run: when that word
//!   does not fit, it is put on the full line anyway, and the line runs out of its box (a
//!   word or more is cut off at the screen's edge).
//! - Fluent's isolation marks (U+2068 … U+2069 around every placeable) open such a run even
//!   when the placeable has the paragraph's own direction, so "Not yet available in
//!   Nederlands — shown in English" had the same problem in any language.
//!
//! `prepare` fixes both: each isolate pair becomes a pair of direction marks of its content's
//! own direction (which keeps "9:00 AM" or a phone number whole in a right-to-left sentence,
//! as isolation did), and where a run of the other direction follows a space, the run opens
//! with a mark of its direction and a hair space (U+200A, a fifth of a normal space, on the
//! run's far side), which gives the text engine the width it needs to break the line there.
//! The original space stays where it was, between the two runs.

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

pub const LRM: char = '\u{200E}';
pub const RLM: char = '\u{200F}';
const FSI: char = '\u{2068}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

/// `text` as it should be handed to the text engine in a paragraph of direction `rtl`.
pub fn prepare(text: &str, rtl: bool) -> String {
    let text = replace_isolates(text, rtl);
    let marks = marks(&text, rtl);
    if marks.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + marks.len() * 6);
    let mut last = 0;
    for (at, mark) in marks {
        out.push_str(&text[last..at]);
        out.push_str(mark);
        last = at;
    }
    out.push_str(&text[last..]);
    out
}

/// Inserted where the direction changes (see `marks`).
const TO_LTR_IN_RTL: &str = "\u{200F}\u{200E}\u{200A}";
const TO_RTL_IN_LTR: &str = "\u{200E}\u{200F}\u{200A}";
const BACK: &str = "\u{200A}";

/// Where `prepare` would insert marks into `text` (already without isolates): byte offsets
/// in increasing order, and what to insert. Used for text split into styled runs.
///
/// The text engine fills a line run by run (a run: text of one direction level), and breaks
/// the line in front of a word only if the current run already put something on it. So
/// where a run of the other direction begins, the run before it is closed with a mark of
/// its own direction (an invisible word that goes to the next line when the line is full),
/// and the new run opens with a mark of its direction and a hair space (a fifth of a normal
/// space: something on the line, so the engine can break after it). Where the paragraph's
/// own direction resumes with a word and no space, a hair space opens it too.
pub fn marks(text: &str, rtl: bool) -> Vec<(usize, &'static str)> {
    if text.is_ascii() && !rtl {
        // Plain ASCII has no right-to-left letters: one left-to-right run.
        return Vec::new();
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(text, Some(base));
    let levels = &info.levels;
    let mut out = Vec::new();
    let mut run_level: Option<Level> = None;
    for (at, c) in text.char_indices() {
        let level = levels.get(at).copied().unwrap_or(base);
        if run_level.is_some_and(|l| l != level) {
            if level == base {
                // Punctuation may not start a line anyway ("2026،"): no space before it.
                if c.is_alphanumeric() {
                    out.push((at, BACK));
                }
            } else {
                out.push((at, if rtl { TO_LTR_IN_RTL } else { TO_RTL_IN_LTR }));
            }
        }
        run_level = Some(level);
    }
    out
}

/// Each isolate pair becomes a pair of marks of its content's direction (the content's first
/// strong letter; digits and signs count as left to right).
pub fn replace_isolates(text: &str, rtl: bool) -> String {
    if !text.contains([FSI, LRI, RLI, PDI]) {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // The mark chosen for each open isolate, to close it with the same one.
    let mut open: Vec<char> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            FSI | LRI | RLI => {
                let mark = match c {
                    LRI => LRM,
                    RLI => RLM,
                    _ => first_strong(&chars[i + 1..]).unwrap_or(if rtl { RLM } else { LRM }),
                };
                open.push(mark);
                out.push(mark);
            }
            PDI => {
                if let Some(mark) = open.pop() {
                    out.push(mark);
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The direction of the first strong letter before the isolate closes; digits alone count
/// as left to right ("6:00 م" is right to left, "9:00 AM" and "112" left to right).
fn first_strong(rest: &[char]) -> Option<char> {
    let mut depth = 0usize;
    let mut digits = false;
    for &c in rest {
        match c {
            FSI | LRI | RLI => depth += 1,
            PDI if depth == 0 => break,
            PDI => depth -= 1,
            _ => match bidi_class(c) {
                BidiClass::L => return Some(LRM),
                BidiClass::R | BidiClass::AL => return Some(RLM),
                BidiClass::EN | BidiClass::AN => digits = true,
                _ => {}
            },
        }
    }
    digits.then_some(LRM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_direction_placeables_lose_their_isolates() {
        let s =
            "Not yet available in \u{2068}Nederlands\u{2069} — shown in \u{2068}English\u{2069}.";
        assert_eq!(
            prepare(s, false),
            "Not yet available in \u{200E}Nederlands\u{200E} — shown in \u{200E}English\u{200E}."
        );
    }

    #[test]
    fn a_run_of_the_other_direction_starts_with_a_hair_space() {
        let s = "\u{200F}اتصل بالرقم 112 في Example Town الآن";
        let out = prepare(s, true);
        assert_eq!(
            out,
            "\u{200F}اتصل بالرقم \u{200F}\u{200E}\u{200A}112 في \u{200F}\u{200E}\u{200A}Example Town الآن"
        );
        let s = "Not yet available in العربية — shown in English.";
        assert_eq!(
            prepare(s, false),
            "Not yet available in \u{200E}\u{200F}\u{200A}العربية — shown in English."
        );
    }

    #[test]
    fn plain_text_is_untouched() {
        assert_eq!(prepare("Emergency numbers", false), "Emergency numbers");
        assert_eq!(
            prepare("\u{200F}أرقام الطوارئ", true),
            "\u{200F}أرقام الطوارئ"
        );
    }

    #[test]
    fn a_time_in_a_right_to_left_sentence_keeps_together() {
        // Urdu "from 9:00 AM": the isolate becomes left-to-right marks around the time.
        let s = "\u{200F}صبح \u{2068}9:00 AM\u{2069} سے";
        let out = prepare(s, true);
        assert!(out.contains("\u{200E}9:00 AM\u{200E}"), "{out:?}");
        let info = BidiInfo::new(&out, Some(Level::rtl()));
        let start = out.find('9').unwrap_or(0);
        let end = out.find('M').unwrap_or(0);
        let levels: Vec<_> = info.levels[start..=end].to_vec();
        assert!(levels.iter().all(|l| *l == levels[0]), "{levels:?}");
    }
}
