//! The whole-bundle target, structure-aware: the fuzzer's bytes choose a bundle (its
//! `bundle.toml`, items of every kind with facts and texts in several languages and scripts,
//! translation files, pictures) that is written out as files and put through admission, as
//! `validate` and an install do. Mostly well-formed, so the checks behind the parsers are
//! reached; every piece can also be raw bytes, so the parsers still see garbage.

use std::fmt::Write as _;

use arbitrary::{Arbitrary, Unstructured};

use crate::content::Memory;

/// At most this many items, languages, blocks… per generated bundle: a bundle is built and
/// admitted per input, so it stays small enough for hundreds of inputs a second.
const MOST: usize = 12;

const LANGS: [&str; 14] = [
    "en", "ar", "fa", "uk", "ti", "zh-Hans", "zh", "he", "th", "pt-BR", "und", "en-US", "x", "ckb",
];
const WORDS: [&str; 16] = [
    "work",
    "العمل",
    "кухар",
    "ሥራ",
    "工作",
    "עבודה",
    "งาน",
    "trabalho",
    "112",
    "+32 2 000 00 00",
    "**bold**",
    "_it_",
    "[link](guides/work.md)",
    "![alt](images/a.png)",
    "\u{202E}rtl\u{202C}",
    "e\u{301}",
];
const KEYS: [&str; 26] = [
    "order",
    "icon",
    "review_by",
    "example",
    "email",
    "place",
    "hours",
    "phones",
    "image",
    "posted",
    "phone",
    "pay",
    "languages_needed",
    "hours_per_week",
    "expires",
    "employer",
    "contract",
    "address",
    "languages_spoken",
    "free",
    "start",
    "end",
    "recurrence",
    "first_name",
    "fictional",
    "urgent",
];
const STRINGS: [&str; 14] = [
    "work",
    "Mo-Fr 09:00-12:30, 13:30-17:00",
    "24/7",
    "permanent",
    "yearly",
    "a.png",
    "112",
    "+32 2 000 00 00",
    "someone@example.org",
    "https://example.org",
    "2026-12-11T19:00:00",
    "€12.50 an hour",
    "",
    "Sa-Su 25:00-26:00",
];
const KINDS: [&str; 6] = [
    "guides", "jobs", "contacts", "services", "events", "stories",
];
const NAMES: [&str; 6] = ["work", "emergency", "a", "a-b", "Work", "café"];

#[derive(Debug)]
struct Choice<const N: usize>(usize);

impl<'a, const N: usize> Arbitrary<'a> for Choice<N> {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Self(u.choose_index(N)?))
    }
}

/// A piece of text: mostly words of several scripts, sometimes anything.
#[derive(Debug, Arbitrary)]
enum Piece {
    Word(Choice<16>),
    Number(i64),
    Raw(String),
}

impl Piece {
    fn write(&self, out: &mut String) {
        match self {
            Piece::Word(w) => out.push_str(WORDS[w.0]),
            Piece::Number(n) => {
                let _ = write!(out, "{n}");
            }
            Piece::Raw(s) => out.push_str(s),
        }
    }
}

fn words(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for piece in pieces.iter().take(MOST) {
        if !out.is_empty() {
            out.push(' ');
        }
        piece.write(&mut out);
    }
    out
}

#[derive(Debug, Arbitrary)]
enum Value {
    Str(Choice<14>),
    Text(Vec<Piece>),
    Int(i64),
    Bool(bool),
    Date(u16, u8, u8),
    DateTime(u16, u8, u8, u8, u8),
    Array(Vec<Choice<14>>),
    Langs(Vec<Choice<14>>),
    Raw(String),
}

impl Value {
    fn write(&self, out: &mut String) {
        let quoted = |s: &str| format!("{s:?}");
        let _ = match self {
            Value::Str(s) => write!(out, "{}", quoted(STRINGS[s.0])),
            Value::Text(pieces) => write!(out, "{}", quoted(&words(pieces))),
            Value::Int(n) => write!(out, "{n}"),
            Value::Bool(b) => write!(out, "{b}"),
            Value::Date(y, m, d) => write!(out, "{:04}-{:02}-{:02}", y % 10000, m, d),
            Value::DateTime(y, m, d, h, min) => {
                write!(out, "{:04}-{:02}-{:02}T{h:02}:{min:02}:00", y % 10000, m, d)
            }
            Value::Array(items) => {
                let items: Vec<String> = items
                    .iter()
                    .take(MOST)
                    .map(|s| quoted(STRINGS[s.0]))
                    .collect();
                write!(out, "[{}]", items.join(", "))
            }
            Value::Langs(items) => {
                let items: Vec<String> = items
                    .iter()
                    .take(MOST)
                    .map(|s| quoted(LANGS[s.0]))
                    .collect();
                write!(out, "[{}]", items.join(", "))
            }
            Value::Raw(s) => write!(out, "{s}"),
        };
    }
}

#[derive(Debug, Arbitrary)]
enum Block {
    Paragraph(Vec<Piece>),
    Heading(u8, Vec<Piece>),
    List(Vec<Vec<Piece>>),
    Quote(Vec<Piece>),
    Table(Vec<Vec<Piece>>),
    Code(String),
}

#[derive(Debug, Arbitrary)]
struct Text {
    lang: Choice<14>,
    front_matter: Option<Vec<(Choice<26>, Value)>>,
    title: Vec<Piece>,
    blocks: Vec<Block>,
}

impl Text {
    fn write(&self) -> String {
        let mut out = String::new();
        if let Some(front) = &self.front_matter {
            out.push_str("+++\nmachine_translated = true\n");
            for (key, value) in front.iter().take(3) {
                let _ = write!(out, "{} = ", KEYS[key.0]);
                value.write(&mut out);
                out.push('\n');
            }
            out.push_str("+++\n");
        }
        let _ = writeln!(out, "# {}\n", words(&self.title));
        for block in self.blocks.iter().take(MOST) {
            match block {
                Block::Paragraph(p) => out.push_str(&words(p)),
                Block::Heading(level, p) => {
                    out.push_str(&"#".repeat(usize::from(level % 7)));
                    out.push(' ');
                    out.push_str(&words(p));
                }
                Block::List(items) => {
                    for item in items.iter().take(MOST) {
                        let _ = writeln!(out, "- {}", words(item));
                    }
                }
                Block::Quote(p) => {
                    let _ = write!(out, "> {}", words(p));
                }
                Block::Table(rows) => {
                    for row in rows.iter().take(MOST) {
                        let _ = writeln!(out, "| {} | x |", words(row));
                    }
                }
                Block::Code(code) => {
                    let _ = write!(out, "```\n{code}\n```");
                }
            }
            out.push_str("\n\n");
        }
        out
    }
}

#[derive(Debug, Arbitrary)]
struct Item {
    kind: Choice<6>,
    name: Choice<6>,
    facts: Vec<(Choice<26>, Value)>,
    texts: Vec<Text>,
}

#[derive(Debug, Arbitrary)]
enum Picture {
    Png(u8, u8, [u8; 4]),
    Jpeg(u8, u8),
    Bytes(Vec<u8>),
}

impl Picture {
    fn bytes(&self) -> Vec<u8> {
        let encode = |w: u8, h: u8, rgba: [u8; 4], format| {
            let mut out = Vec::new();
            let img = image::RgbaImage::from_pixel(
                u32::from(w % 64) + 1,
                u32::from(h % 64) + 1,
                image::Rgba(rgba),
            );
            let rgb = image::DynamicImage::ImageRgba8(img);
            let rgb = if format == image::ImageFormat::Jpeg {
                image::DynamicImage::ImageRgb8(rgb.to_rgb8())
            } else {
                rgb
            };
            let _ = rgb.write_to(&mut std::io::Cursor::new(&mut out), format);
            out
        };
        match self {
            Picture::Png(w, h, rgba) => encode(*w, *h, *rgba, image::ImageFormat::Png),
            Picture::Jpeg(w, h) => encode(*w, *h, [200, 80, 40, 255], image::ImageFormat::Jpeg),
            Picture::Bytes(b) => b.clone(),
        }
    }
}

/// A translation file's messages: which id, and its text.
type Messages = Vec<(Choice<6>, Vec<Piece>)>;

#[derive(Debug, Arbitrary)]
struct Bundle {
    version: u64,
    default_language: Choice<14>,
    languages: Vec<Choice<14>>,
    featured: Vec<Choice<14>>,
    timezone: Choice<4>,
    extra: Option<(Choice<26>, Value)>,
    with_emergency: bool,
    items: Vec<Item>,
    translations: Vec<(Choice<14>, Messages)>,
    pictures: Vec<(Choice<6>, Picture)>,
}

impl Bundle {
    fn files(&self) -> Memory {
        const ZONES: [&str; 4] = ["Europe/Brussels", "UTC", "Asia/Kolkata", "Mars/Olympus"];
        const MESSAGES: [&str; 6] = [
            "-language-name",
            "home-title",
            "back",
            "emergency",
            "-text-direction",
            "items-count",
        ];
        let mut memory = Memory::default();
        let langs = |list: &[Choice<14>]| -> String {
            let list: Vec<String> = list
                .iter()
                .take(MOST)
                .map(|l| format!("{:?}", LANGS[l.0]))
                .collect();
            list.join(", ")
        };
        let mut meta = format!(
            "id = \"org.example.fuzz\"\nversion = {}\nname = \"Fuzz\"\n\
             default_language = {:?}\nlanguages = [{}]\nfeatured = [{}]\ntimezone = {:?}\n",
            self.version,
            LANGS[self.default_language.0],
            langs(&self.languages),
            langs(&self.featured),
            ZONES[self.timezone.0],
        );
        if let Some((key, value)) = &self.extra {
            let _ = write!(meta, "{} = ", KEYS[key.0]);
            value.write(&mut meta);
            meta.push('\n');
        }
        memory.files.insert("bundle.toml".into(), meta.into_bytes());
        if self.with_emergency {
            memory.files.insert(
                "contacts/emergency.toml".into(),
                b"phones = [\"112\"]\nurgent = true\n".to_vec(),
            );
            memory
                .files
                .insert("contacts/emergency.en.md".into(), b"# Emergency\n".to_vec());
        }
        for item in self.items.iter().take(MOST) {
            let stem = format!("{}/{}", KINDS[item.kind.0], NAMES[item.name.0]);
            let mut facts = String::new();
            for (key, value) in item.facts.iter().take(MOST) {
                let _ = write!(facts, "{} = ", KEYS[key.0]);
                value.write(&mut facts);
                facts.push('\n');
            }
            memory
                .files
                .insert(format!("{stem}.toml"), facts.into_bytes());
            for text in item.texts.iter().take(4) {
                memory.files.insert(
                    format!("{stem}.{}.md", LANGS[text.lang.0]),
                    text.write().into_bytes(),
                );
            }
        }
        for (lang, messages) in self.translations.iter().take(4) {
            let mut ftl = String::new();
            for (id, pieces) in messages.iter().take(MOST) {
                let _ = writeln!(ftl, "{} = {}", MESSAGES[id.0], words(pieces));
            }
            memory.files.insert(
                format!("locales/{}/kiosk.ftl", LANGS[lang.0]),
                ftl.into_bytes(),
            );
        }
        for (name, picture) in self.pictures.iter().take(4) {
            memory
                .files
                .insert(format!("images/{}.png", NAMES[name.0]), picture.bytes());
        }
        memory
    }
}

/// A generated bundle through admission (the checks of `validate` and of an install).
pub fn bundle(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(generated) = Bundle::arbitrary(&mut u) else {
        return;
    };
    let _ = crate::admission::admit(&generated.files(), &super::options());
}

/// The files a generated bundle would have, for writing seeds and reading a found input.
pub fn bundle_files(data: &[u8]) -> Option<Memory> {
    Bundle::arbitrary(&mut Unstructured::new(data))
        .ok()
        .map(|b| b.files())
}
