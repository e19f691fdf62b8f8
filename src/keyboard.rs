//! The on-screen keyboards: one layout per script of the built-in interface languages, and
//! what each key does to the typed text. No GUI types here (the kiosk draws them).
//!
//! Kiosk shells have no system on-screen keyboard (cage has none) and no kiosk offers one for
//! non-Latin scripts, so the keyboards are part of the app. Letters are lower case only:
//! search folds case anyway, and one layer of keys is simpler to use. Ethiopic is syllabic,
//! consonant then vowel, as established Ethiopic input methods do: a consonant key types the
//! consonant alone (ል), and the vowel row, which shows that consonant's seven vowel forms,
//! replaces it by the one tapped (ሉ).

use icu_segmenter::GraphemeClusterSegmenter;

use crate::lang::Lang;

/// Most letters a search field holds.
pub const MAX_LETTERS: usize = 80;

/// A keyboard layout. Each row is keys separated by single spaces; a key types its text.
#[derive(Debug, PartialEq, Eq)]
pub struct Layout {
    pub id: &'static str,
    /// On the key that switches to this layout: the name of its language, in it.
    pub label: &'static str,
    pub rtl: bool,
    /// Ethiopic: a vowel row follows the consonants (see the module's documentation).
    pub syllabic: bool,
    pub rows: &'static [&'static str],
}

impl Layout {
    pub fn keys(&self) -> impl Iterator<Item = Vec<&'static str>> + '_ {
        self.rows.iter().map(|row| row.split(' ').collect())
    }
}

const fn latin(id: &'static str, label: &'static str, rows: &'static [&'static str]) -> Layout {
    Layout {
        id,
        label,
        rtl: false,
        syllabic: false,
        rows,
    }
}

const fn arabic_script(
    id: &'static str,
    label: &'static str,
    rows: &'static [&'static str],
) -> Layout {
    Layout {
        id,
        label,
        rtl: true,
        syllabic: false,
        rows,
    }
}

const DIGITS: &str = "1 2 3 4 5 6 7 8 9 0";
const QWERTY: [&str; 3] = ["q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m"];

pub const LAYOUTS: &[Layout] = &[
    latin("en", "English", &[DIGITS, QWERTY[0], QWERTY[1], QWERTY[2]]),
    latin(
        "fr",
        "Français",
        &[
            DIGITS,
            "a z e r t y u i o p",
            "q s d f g h j k l m",
            "w x c v b n",
            "é è ê à â ç ù û ô î ï ë œ",
        ],
    ),
    latin(
        "de",
        "Deutsch",
        &[
            DIGITS,
            "q w e r t z u i o p ü",
            "a s d f g h j k l ö ä",
            "y x c v b n m ß",
        ],
    ),
    latin(
        "nl",
        "Nederlands",
        &[DIGITS, QWERTY[0], QWERTY[1], QWERTY[2], "é ë ï ó ö ü"],
    ),
    latin(
        "es",
        "Español",
        &[
            DIGITS,
            QWERTY[0],
            "a s d f g h j k l ñ",
            QWERTY[2],
            "á é í ó ú ü",
        ],
    ),
    latin(
        "pt",
        "Português",
        &[
            DIGITS,
            QWERTY[0],
            "a s d f g h j k l ç",
            QWERTY[2],
            "ã õ á â ê é í ó ô ú à",
        ],
    ),
    latin(
        "it",
        "Italiano",
        &[DIGITS, QWERTY[0], QWERTY[1], QWERTY[2], "à è é ì ò ù"],
    ),
    latin(
        "sv",
        "Svenska",
        &[
            DIGITS,
            "q w e r t y u i o p å",
            "a s d f g h j k l ö ä",
            QWERTY[2],
        ],
    ),
    latin(
        "tr",
        "Türkçe",
        &[
            DIGITS,
            "q w e r t y u ı o p ğ ü",
            "a s d f g h j k l ş i",
            "z x c v b n m ö ç",
        ],
    ),
    latin(
        "tl",
        "Tagalog",
        &[DIGITS, QWERTY[0], "a s d f g h j k l ñ", QWERTY[2]],
    ),
    Layout {
        id: "ru",
        label: "Русский",
        rtl: false,
        syllabic: false,
        rows: &[
            DIGITS,
            "й ц у к е н г ш щ з х ъ",
            "ф ы в а п р о л д ж э",
            "я ч с м и т ь б ю ё",
        ],
    },
    Layout {
        id: "uk",
        label: "Українська",
        rtl: false,
        syllabic: false,
        rows: &[
            DIGITS,
            "й ц у к е н г ш щ з х ї",
            "ф і в а п р о л д ж є",
            "я ч с м и т ь б ю ґ ’",
        ],
    },
    Layout {
        id: "el",
        label: "Ελληνικά",
        rtl: false,
        syllabic: false,
        rows: &[
            DIGITS,
            "ς ε ρ τ υ θ ι ο π",
            "α σ δ φ γ η ξ κ λ",
            "ζ χ ψ ω β ν μ",
            "ά έ ή ί ό ύ ώ ϊ ϋ",
        ],
    },
    arabic_script(
        "ar",
        "العربية",
        &[
            "١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ٠",
            "ض ص ث ق ف غ ع ه خ ح ج د",
            "ش س ي ب ل ا ت ن م ك ط",
            "ذ ئ ء ؤ ر ى ة و ز ظ",
            "أ إ آ لا",
        ],
    ),
    arabic_script(
        "fa",
        "فارسی",
        &[
            "۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹ ۰",
            "ض ص ث ق ف غ ع ه خ ح ج چ",
            "ش س ی ب ل ا ت ن م ک گ",
            "ظ ط ز ر ذ د پ و ژ آ ئ ء",
        ],
    ),
    arabic_script(
        "ps",
        "پښتو",
        &[
            "۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹ ۰",
            "ض ص ث ق ف غ ع ه خ ح ج چ",
            "ش س ی ب ل ا ت ن م ک ګ",
            "ظ ط ز ر ذ د پ و ژ آ ئ",
            "ټ ډ ړ ښ ږ ځ څ ڼ ې ۍ ي",
        ],
    ),
    arabic_script(
        "ur",
        "اردو",
        &[
            "۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹ ۰",
            "ط ص ھ د ٹ پ ت ب ج ح",
            "م و ر ن ل ہ ا ک ی ق ف",
            "ے س ش غ ع ز ژ ذ ڈ ث ڑ",
            "ظ خ ض ں چ گ ء آ ۓ ئ",
        ],
    ),
    arabic_script(
        "ckb",
        "کوردی",
        &[
            "١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ ٠",
            "ق و ە ر ت ی ێ ئ ح ۆ پ",
            "ا س د ف گ ه ژ ک ل ڵ",
            "ز خ ج ڤ ب ن م چ ڕ ش",
            "ع غ ص ط ض ظ ث ذ",
        ],
    ),
    Layout {
        id: "am",
        label: "አማርኛ",
        rtl: false,
        syllabic: true,
        rows: &[
            "ህ ል ሕ ም ሥ ር ስ ሽ ቅ ብ ቭ ት",
            "ች ኅ ን ኝ እ ክ ኽ ው ዕ ዝ ዥ ይ",
            "ድ ጅ ግ ጥ ጭ ጵ ጽ ፅ ፍ ፕ",
        ],
    },
    Layout {
        id: "ti",
        label: "ትግርኛ",
        rtl: false,
        syllabic: true,
        rows: &[
            "ህ ል ሕ ም ር ስ ሽ ቅ ቕ ብ ቭ ት",
            "ች ን ኝ እ ክ ኽ ው ዕ ዝ ዥ ይ ድ",
            "ጅ ግ ጥ ጭ ጵ ጽ ፅ ፍ ፕ",
        ],
    },
    Layout {
        id: "bn",
        label: "বাংলা",
        rtl: false,
        syllabic: false,
        rows: &[
            "১ ২ ৩ ৪ ৫ ৬ ৭ ৮ ৯ ০",
            "অ আ ই ঈ উ ঊ ঋ এ ঐ ও ঔ",
            "ক খ গ ঘ ঙ চ ছ জ ঝ ঞ ট ঠ",
            "ড ঢ ণ ত থ দ ধ ন প ফ ব ভ",
            "ম য র ল শ ষ স হ ড় ঢ় য় ৎ",
            "া ি ী ু ূ ৃ ে ৈ ো ৌ ্ ং ঃ ঁ",
        ],
    },
    Layout {
        id: "ne",
        label: "नेपाली",
        rtl: false,
        syllabic: false,
        rows: &[
            "१ २ ३ ४ ५ ६ ७ ८ ९ ०",
            "अ आ इ ई उ ऊ ऋ ए ऐ ओ औ",
            "क ख ग घ ङ च छ ज झ ञ ट ठ",
            "ड ढ ण त थ द ध न प फ ब भ",
            "म य र ल व श ष स ह क्ष त्र ज्ञ",
            "ा ि ी ु ू ृ े ै ो ौ ् ं ः ँ",
        ],
    },
    Layout {
        id: "zh-pinyin",
        label: "拼音",
        rtl: false,
        syllabic: false,
        rows: &[DIGITS, QWERTY[0], QWERTY[1], "z x c v b n m ü"],
    },
];

/// A layout by its id.
pub fn layout(id: &str) -> Option<&'static Layout> {
    LAYOUTS.iter().find(|l| l.id == id)
}

/// The layout for a visitor's language: its own where there is one, else its script's
/// (from the tag's script, else the language's likely one), else English's.
pub fn for_language(lang: &Lang) -> &'static Layout {
    let id = lang.id();
    let language = id.language.as_str();
    let own = match language {
        "prs" => "fa",
        "zh" | "yue" => "zh-pinyin",
        "hi" | "mr" => "ne",
        "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tg" => "ru",
        "sd" | "ug" => "ar",
        "ku" if id.script.is_some_and(|s| s.as_str() == "Arab") => "ckb",
        "tig" | "byn" => "ti",
        "gez" | "om" if id.script.is_some_and(|s| s.as_str() == "Ethi") => "am",
        other => other,
    };
    if let Some(found) = layout(own) {
        return found;
    }
    let script = id.script.map_or_else(
        || crate::i18n::locale::script(lang),
        |s| s.as_str().to_owned(),
    );
    let by_script = match script.as_str() {
        "Cyrl" => "ru",
        "Grek" => "el",
        "Arab" => "ar",
        "Ethi" => "am",
        "Beng" => "bn",
        "Deva" => "ne",
        "Hans" | "Hant" | "Hani" => "zh-pinyin",
        _ => "en",
    };
    layout(by_script).unwrap_or(&LAYOUTS[0])
}

/// The layouts the switch key cycles through for a visitor: theirs, English's (names,
/// addresses and many words are written in Latin letters), then every other one.
pub fn cycle(lang: &Lang) -> Vec<&'static Layout> {
    let own = for_language(lang);
    let mut out = vec![own];
    if own.id != "en" {
        out.push(&LAYOUTS[0]);
    }
    out.extend(LAYOUTS.iter().filter(|l| l.id != own.id && l.id != "en"));
    out
}

/// `key` typed at the end of `text` (nothing once the field is full).
pub fn type_key(text: &mut String, key: &str) {
    if text.chars().count() + key.chars().count() <= MAX_LETTERS {
        text.push_str(key);
    }
}

/// The last letter (grapheme: a letter with its marks, an Indic syllable's cluster) gone.
pub fn backspace(text: &mut String) {
    let segmenter = GraphemeClusterSegmenter::new();
    let last = segmenter
        .segment_str(text)
        .filter(|&i| i < text.len())
        .last()
        .unwrap_or(0);
    text.truncate(last);
}

/// Ethiopic vowel orders: ä u i a e ə o, then the labialised wa (ሏ).
pub const ETHIOPIC_ORDERS: usize = 8;

/// The syllable of `consonant`'s family in vowel `order`, if Unicode has it.
pub fn syllable(consonant: char, order: usize) -> Option<char> {
    let code = u32::from(consonant);
    if !(0x1200..0x1380).contains(&code) || order >= ETHIOPIC_ORDERS {
        return None;
    }
    let base = code - (code - 0x1200) % 8;
    let c = char::from_u32(base + order as u32)?;
    // Families with gaps (the labialised ones) have unassigned code points.
    c.is_alphabetic().then_some(c)
}

/// The vowel row for what was typed: the forms of the last consonant, or of አ (the vowel
/// carrier) when the text does not end with an Ethiopic letter.
pub fn vowel_row(text: &str) -> Vec<char> {
    let last = text
        .chars()
        .last()
        .filter(|&c| syllable(c, 0).is_some())
        .unwrap_or('አ');
    (0..ETHIOPIC_ORDERS)
        .filter_map(|o| syllable(last, o))
        .collect()
}

/// A vowel-row key tapped: the last consonant takes that vowel, or the vowel is typed
/// with the carrier አ.
pub fn type_vowel(text: &mut String, form: char) {
    let ends_ethiopic = text
        .chars()
        .last()
        .is_some_and(|c| syllable(c, 0).is_some());
    let same_family = text
        .chars()
        .last()
        .is_some_and(|c| syllable(c, 0) == syllable(form, 0));
    if ends_ethiopic && same_family {
        text.pop();
    }
    type_key(text, &form.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_else(|| panic!("{tag}"))
    }

    #[test]
    fn every_interface_language_has_its_script() {
        for (tag, id) in [
            ("en", "en"),
            ("fr", "fr"),
            ("de", "de"),
            ("tr", "tr"),
            ("so", "en"),
            ("uk", "uk"),
            ("ru", "ru"),
            ("el", "el"),
            ("ar", "ar"),
            ("fa", "fa"),
            ("prs", "fa"),
            ("ps", "ps"),
            ("ur", "ur"),
            ("ckb", "ckb"),
            ("am", "am"),
            ("ti", "ti"),
            ("bn", "bn"),
            ("ne", "ne"),
            ("zh-Hans", "zh-pinyin"),
            ("zh", "zh-pinyin"),
            ("hi", "ne"),
            ("bg", "ru"),
        ] {
            assert_eq!(for_language(&lang(tag)).id, id, "{tag}");
        }
    }

    #[test]
    fn layouts_are_well_formed() {
        for layout in LAYOUTS {
            let mut seen = std::collections::BTreeSet::new();
            for row in layout.keys() {
                assert!(
                    row.len() <= 14,
                    "{}: a row of {} keys",
                    layout.id,
                    row.len()
                );
                for key in row {
                    assert!(!key.is_empty(), "{}: an empty key", layout.id);
                    assert!(seen.insert(key), "{}: {key} twice", layout.id);
                }
            }
        }
        // The letters each language needs.
        let has = |id: &str, letters: &str| {
            let keys: Vec<&str> = layout(id)
                .into_iter()
                .flat_map(Layout::keys)
                .flatten()
                .collect();
            for l in letters.split(' ') {
                assert!(keys.contains(&l), "{id} lacks {l}");
            }
        };
        has("fr", "é è ç à œ");
        has("de", "ä ö ü ß");
        has("es", "ñ");
        has("tr", "ç ğ ı ş i ö ü");
        has("pt", "ã õ ç");
        has("uk", "і ї є ґ");
        has("fa", "پ چ ژ گ ی ک");
        has("ps", "ټ ډ ړ ښ ږ ځ څ ګ ڼ ې ۍ");
        has("ur", "ٹ ڈ ڑ ں ے ھ ہ");
        has("ckb", "ڕ ڵ ێ ۆ ە ڤ");
    }

    #[test]
    fn ethiopic_consonant_then_vowel() {
        let mut text = String::new();
        type_key(&mut text, "ጥ");
        assert_eq!(vowel_row(&text)[0], 'ጠ');
        type_vowel(&mut text, 'ጠ');
        type_key(&mut text, "ብ");
        type_vowel(&mut text, 'በ');
        type_key(&mut text, "ቅ");
        type_vowel(&mut text, 'ቃ');
        assert_eq!(text, "ጠበቃ");
        // A vowel with nothing before it is written on the carrier አ.
        let mut alone = String::new();
        let u = vowel_row(&alone)[1];
        type_vowel(&mut alone, u);
        assert_eq!(alone, "ኡ");
        // Changing one's mind: another vowel replaces the first.
        let mut again = "ለ".to_owned();
        type_vowel(&mut again, 'ሎ');
        assert_eq!(again, "ሎ");
        assert_eq!(vowel_row("ል").len(), 8);
        assert_eq!(syllable('ቕ', 0), Some('ቐ'));
    }

    #[test]
    fn backspace_removes_one_grapheme() {
        for (before, after) in [
            ("abc", "ab"),
            ("cafe\u{301}", "caf"),
            ("नमस्कार", "नमस्का"),
            ("क्ष", ""),
            ("محامي", "محام"),
            ("ጠበቃ", "ጠበ"),
            ("", ""),
            ("律师", "律"),
        ] {
            let mut text = before.to_owned();
            backspace(&mut text);
            assert_eq!(text, after, "{before}");
        }
    }

    #[test]
    fn the_field_is_bounded() {
        let mut text = String::new();
        for _ in 0..500 {
            type_key(&mut text, "ab");
        }
        assert!(text.chars().count() <= MAX_LETTERS);
    }
}
