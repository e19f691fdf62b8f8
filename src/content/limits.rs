//! The limits of a bundle: one set, checked by the one loader that `validate`, `pack`,
//! `install`, the live preview and start-up all use, so a bundle that `validate` accepts is
//! one every kiosk installs and can show. Sized for real bundles (hundreds of languages, tens
//! of thousands of files) and for a kiosk with 2 GB of memory: see docs/coordinators.md
//! ("Limits") for the reasons and the measured peak memory.

/// Files in a bundle (every kind together): 500 languages × 60 items plus facts and images.
pub const MAX_FILES: usize = 40_000;
/// A path inside a bundle, in bytes (`guides/<slug>.<lang>.md` needs far less).
pub const MAX_PATH_BYTES: usize = 200;
/// Any one file, in bytes (pictures are the biggest).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// All files together, in bytes.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;

/// One text (`<slug>.<lang>.md`), in bytes: about 15,000 words, forty screens to scroll.
pub const MAX_TEXT_BYTES: usize = 100_000;
/// A facts file (`<slug>.toml`, `bundle.toml`), in bytes.
pub const MAX_TOML_BYTES: usize = 64 * 1024;
/// A translation file (`locales/<tag>/*.ftl`), in bytes.
pub const MAX_FTL_BYTES: usize = 512 * 1024;
/// All texts, facts and translations together, in bytes: what the kiosk keeps in memory.
pub const MAX_TEXT_TOTAL_BYTES: usize = 96 * 1024 * 1024;

/// A title (the first heading of a text), in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// A short fact written by a person (employer, place, address, a first name), in characters.
pub const MAX_FIELD_CHARS: usize = 300;
/// One interface message once its placeables are written out, in characters.
pub const MAX_MESSAGE_CHARS: usize = 1_000;
/// Lines in one text's list, or blocks in one text: a screen must stay drawable.
pub const MAX_BLOCKS: usize = 2_000;

/// How deep `{ … }` placeables, TOML arrays and tables, and Markdown lists and quotes may
/// nest. Real files need 3 or 4; every walk over them is bounded by this.
pub const MAX_NESTING: usize = 16;

/// Repeated problems with the same message are listed this many times, then summarised.
pub const SAME_PROBLEM_SHOWN: usize = 5;

/// Where the nesting of brackets in `text` first goes deeper than [`MAX_NESTING`], skipping
/// quoted strings and, for TOML, comments. Used before handing a file to a parser whose
/// recursion is not ours to bound.
pub fn too_deep(text: &str, syntax: Syntax) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match syntax {
            Syntax::Fluent => match b {
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => i = skip_string(bytes, i, b'"'),
                _ => {}
            },
            Syntax::Toml => match b {
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                b'"' | b'\'' => i = skip_string(bytes, i, b),
                _ => {}
            },
        }
        if depth > MAX_NESTING {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// What kind of text [`too_deep`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Fluent,
    Toml,
}

/// The index of the quote closing the string that opens at `start` (or the end of the text).
/// Triple-quoted TOML strings are skipped whole; `\` escapes the next byte in basic strings.
fn skip_string(bytes: &[u8], start: usize, quote: u8) -> usize {
    let triple = bytes.get(start..start + 3) == Some(&[quote, quote, quote][..]);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' && quote == b'"' {
            i += 2;
            continue;
        }
        if b == quote {
            if !triple {
                return i;
            }
            if bytes.get(i..i + 3) == Some(&[quote, quote, quote][..]) {
                return i + 2;
            }
        }
        if b == b'\n' && !triple {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_outside_strings() {
        assert_eq!(
            too_deep("a = { $x -> [one] { $x } *[other] x }", Syntax::Fluent),
            None
        );
        let deep = format!("a = {}{}", "{ ".repeat(40), "} ".repeat(40));
        assert!(too_deep(&deep, Syntax::Fluent).is_some());
        // Braces inside a string literal do not count.
        let quoted = format!("a = {{ \"{}\" }}", "{".repeat(100));
        assert_eq!(too_deep(&quoted, Syntax::Fluent), None);
        let toml = format!("x = {}1{}\n", "[".repeat(17), "]".repeat(17));
        assert!(too_deep(&toml, Syntax::Toml).is_some());
        let commented = format!("# {}\nx = \"[[[[\"\n", "[".repeat(100));
        assert_eq!(too_deep(&commented, Syntax::Toml), None);
        assert_eq!(
            too_deep("x = '''[[[[[[[[[[[[[[[[[[[['''\n", Syntax::Toml),
            None
        );
    }
}
