//! Folding and tokenising for search: what a visitor types and what a bundle says are brought
//! to one form, so "Lawyer", "lawyer" and "LAWYER" meet, "résumé" meets "resume", "محامى"
//! meets "محامي", "٣" meets "3" and "律师" meets "lushi" typed on a Latin keyboard.
//!
//! Built on Unicode's own data where it exists: full case folding from ICU4X (`ß` → `ss`,
//! final `ς` → `σ`), compatibility decomposition from `unicode-normalization` (so accents,
//! tonos, harakat and hamza become marks that are dropped), ICU4X word segmentation for the
//! scripts written without spaces (Thai, Lao, Khmer, Burmese), and the `pinyin` crate's
//! readings of Chinese characters. What Unicode does not say, because the letters are
//! different letters that people use interchangeably, is the short table below: Arabic-script
//! variants (ي/ى/ی, ك/ک, ة/ه, Urdu heh and yeh forms), dotless ı, ł, ø, æ, œ, the digits of
//! other scripts, and the Ethiopic letters that sound the same (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ).

use std::ops::Range;

use icu_casemap::CaseMapper;
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use pinyin::ToPinyin;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Longest run of Chinese characters read as one pinyin word ("lushi", "shiwusuo").
const PINYIN_GRAM: usize = 4;

/// One piece of text found in a string: its place there and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub folded: String,
    /// A Chinese character (matched one by one and in order) or a pinyin reading.
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Han,
    Pinyin,
}

/// The folded form of a whole query or word (no tokenising).
pub fn fold(text: &str) -> String {
    // Most words of most bundles are plain ASCII letters and digits: no table needed.
    if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return text.to_ascii_lowercase();
    }
    let cased = CaseMapper::new().fold_string(text);
    let mut out = String::with_capacity(text.len());
    for c in cased.nfkd() {
        if drops(c) {
            continue;
        }
        match letter(c) {
            Letter::One(c) => out.push(c),
            Letter::Two(a, b) => {
                out.push(a);
                out.push(b);
            }
        }
    }
    out
}

/// Marks and joiners that do not change what a word is, for the scripts where people leave
/// them out: Latin, Greek and Cyrillic accents, Arabic harakat and hamza, Hebrew points,
/// tatweel, zero-width joiners and soft hyphens. The vowel signs of Indic scripts are letters
/// there and are kept.
fn drops(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' // combining diacritical marks
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{0483}'..='\u{0489}' // Cyrillic
        | '\u{0591}'..='\u{05C7}' // Hebrew points and accents
        | '\u{0610}'..='\u{061A}' // Arabic marks
        | '\u{064B}'..='\u{065F}' // harakat, hamza above and below
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}'
        | '\u{0640}' // tatweel
        | '\u{200B}'..='\u{200F}' // zero-width space, joiners, direction marks
        | '\u{00AD}' // soft hyphen
    )
}

enum Letter {
    One(char),
    Two(char, char),
}

fn letter(c: char) -> Letter {
    use Letter::{One, Two};
    match c {
        // Arabic script: yeh, kaf, heh and alef forms that people write for one another.
        'ى' | 'ی' | 'ې' | 'ۍ' | 'ے' | 'ێ' => One('ي'),
        'ک' | 'ڪ' => One('ك'),
        'ة' | 'ۀ' | 'ہ' | 'ھ' | 'ە' | 'ۂ' | 'ۃ' => One('ه'),
        'ٱ' | 'ٲ' | 'ٳ' => One('ا'),
        'ۆ' | 'ۇ' | 'ۈ' => One('و'),
        // Latin letters without a decomposition.
        'ı' => One('i'),
        'ł' => One('l'),
        'ø' => One('o'),
        'đ' | 'ð' => One('d'),
        'ħ' => One('h'),
        'æ' => Two('a', 'e'),
        'œ' => Two('o', 'e'),
        'þ' => Two('t', 'h'),
        _ => {
            if let Some(d) = digit(c) {
                One(d)
            } else {
                One(ethiopic(c))
            }
        }
    }
}

/// Decimal digits of other scripts as ASCII digits (fullwidth ones decompose already).
fn digit(c: char) -> Option<char> {
    const ZEROS: [u32; 12] = [
        0x0660, // Arabic-Indic
        0x06F0, // Extended Arabic-Indic (Persian, Urdu)
        0x07C0, // N'Ko
        0x0966, // Devanagari
        0x09E6, // Bengali
        0x0A66, // Gurmukhi
        0x0AE6, // Gujarati
        0x0BE6, // Tamil
        0x0E50, // Thai
        0x0ED0, // Lao
        0x1040, // Myanmar
        0x17E0, // Khmer
    ];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .and_then(|&zero| char::from_digit(code - zero, 10))
}

/// Ethiopic syllables of letters that sound alike in Amharic, as their common letter in the
/// same vowel order: ሐ and ኀ as ሀ, ሠ as ሰ, ዐ as አ, ፀ as ጸ.
fn ethiopic(c: char) -> char {
    let code = u32::from(c);
    let family = |first: u32| (first..first + 8).contains(&code);
    let to = if family(0x1210) {
        0x1200 + (code - 0x1210)
    } else if family(0x1280) {
        0x1200 + (code - 0x1280)
    } else if family(0x1220) {
        0x1230 + (code - 0x1220)
    } else if family(0x12D0) && code < 0x12D7 {
        0x12A0 + (code - 0x12D0)
    } else if family(0x1340) && code < 0x1347 {
        0x1338 + (code - 0x1340)
    } else {
        return c;
    };
    char::from_u32(to).unwrap_or(c)
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}'
        | '\u{3040}'..='\u{30FF}' // kana: one by one, like Han
    )
}

/// Scripts written without spaces between words, segmented with ICU4X's models.
fn needs_segmenter(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
    )
}

fn in_word(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Every searchable piece of `text`, in order, with its place: words, each Chinese character,
/// and the pinyin of runs of up to four characters.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if in_word(c) && !is_han(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            word_tokens(text, s..i, &mut out);
        }
        if i < text.len() && is_han(c) {
            out.push(Token {
                range: i..i + c.len_utf8(),
                folded: fold(&text[i..i + c.len_utf8()]),
                kind: TokenKind::Han,
            });
        }
    }
    pinyin_tokens(text, &mut out);
    out
}

/// The folded form and kind of every token of `text`, as `tokens` gives them, without their
/// places and without a new string per plain ASCII word: what building the index needs.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str, TokenKind)) {
    if text.chars().any(is_han) {
        for token in tokens(text) {
            f(&token.folded, token.kind);
        }
        return;
    }
    let mut buffer = String::new();
    let mut start = None;
    let mut others = Vec::new();
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if in_word(c) {
            start.get_or_insert(i);
            continue;
        }
        let Some(s) = start.take() else {
            continue;
        };
        let word = &text[s..i];
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            buffer.clear();
            buffer.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            f(&buffer, TokenKind::Word);
        } else {
            others.clear();
            word_tokens(text, s..i, &mut others);
            for token in &others {
                f(&token.folded, token.kind);
            }
        }
    }
}

fn word_tokens(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let word = &text[range.clone()];
    if word.chars().any(needs_segmenter) {
        let segmenter = WordSegmenter::new_dictionary(WordBreakInvariantOptions::default());
        let mut last = 0;
        for (end, kind) in segmenter.segment_str(word).iter_with_word_type() {
            if end > last && kind.is_word_like() {
                push_word(text, range.start + last..range.start + end, out);
            }
            last = end;
        }
    } else {
        push_word(text, range, out);
    }
}

fn push_word(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    let folded = fold(&text[range.clone()]);
    if folded.is_empty() {
        return;
    }
    // Arabic's article is written joined to its word: "المحامي" is found by "محامي" too.
    if let Some(rest) = folded.strip_prefix("ال").filter(|r| r.chars().count() >= 3) {
        out.push(Token {
            range: range.clone(),
            folded: rest.to_owned(),
            kind: TokenKind::Word,
        });
    }
    out.push(Token {
        range,
        folded,
        kind: TokenKind::Word,
    });
}

/// Pinyin readings of each run of Chinese characters: one token per character and one per
/// run of two to four, so "lushi" finds 律师 typed without spaces, and "lu shi" too.
/// Readings with ü are also given with v, as pinyin keyboards type it ("lvshi").
fn pinyin_tokens(text: &str, out: &mut Vec<Token>) {
    let han: Vec<(usize, &'static str)> = out
        .iter()
        .filter(|t| t.kind == TokenKind::Han)
        .filter_map(|t| {
            let c = text[t.range.clone()].chars().next()?;
            Some((t.range.start, c.to_pinyin()?.plain()))
        })
        .collect();
    let mut runs: Vec<&[(usize, &str)]> = Vec::new();
    let mut from = 0;
    for i in 1..=han.len() {
        let joined = i < han.len() && {
            let (prev, _) = han[i - 1];
            let prev_len = text[prev..].chars().next().map_or(0, char::len_utf8);
            han[i].0 == prev + prev_len
        };
        if !joined {
            runs.push(&han[from..i]);
            from = i;
        }
    }
    for run in runs {
        for i in 0..run.len() {
            let mut reading = String::new();
            for j in i..run.len().min(i + PINYIN_GRAM) {
                reading.push_str(run[j].1);
                let (last_start, _) = run[j];
                let end = last_start + text[last_start..].chars().next().map_or(0, char::len_utf8);
                let range = run[i].0..end;
                let folded = fold(&reading);
                if reading.contains(['ü', 'v']) {
                    out.push(Token {
                        range: range.clone(),
                        folded: fold(&reading.replace('ü', "v")),
                        kind: TokenKind::Pinyin,
                    });
                }
                out.push(Token {
                    range,
                    folded,
                    kind: TokenKind::Pinyin,
                });
            }
        }
    }
}
