//! Search budgets on a big bundle: 50 languages × 2,000 items (100,000 texts). Goals (issue
//! 13): building the index ≤ 1 s; one keystroke — the query, the results and the search
//! screen's view laid out at 1920×1080 — ≤ 10 ms. Run with `cargo bench --bench search`;
//! criterion prints medians. The words are made up (seeded), the shape of the bundle is
//! real: each text a title and a paragraph of 60 words from a language's 20,000-word
//! vocabulary.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use welcome_kiosk::admission::Admitted;
use welcome_kiosk::content::markdown::{Block, Document, Span, Text};
use welcome_kiosk::content::{self, Content, Diagnostics, Item, ItemId, Kind, Options};
use welcome_kiosk::i18n::Catalog;
use welcome_kiosk::kiosk::screen::search::keyboard::Message as Key;
use welcome_kiosk::kiosk::{Clock, Config, Kiosk, Message, Route, Start};
use welcome_kiosk::lang::Lang;
use welcome_kiosk::library::Library;
use welcome_kiosk::search::{Index, Query};

const LANGUAGES: usize = 50;
const ITEMS: usize = 2_000;
const WORDS: usize = 20_000;

/// A small seeded generator (xorshift), so every run measures the same bundle.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn word(n: usize) -> String {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "va", "de", "zu", "ho", "an", "el", "is",
        "or", "um", "ba", "ce", "fi", "go", "ju", "ly", "we",
    ];
    let mut out = String::new();
    let mut n = n + 24 * 24;
    while n > 0 {
        out.push_str(SYLLABLES[n % 24]);
        n /= 24;
    }
    out
}

fn big_content() -> Content {
    let mut content = content::load_embedded(&Options {
        today: Some(jiff::civil::date(2026, 11, 22)),
        ..Default::default()
    })
    .content
    .unwrap_or_else(content::empty);
    let template = content
        .items
        .iter()
        .find(|i| i.id.kind == Kind::Services)
        .cloned();
    let Some(template) = template else {
        return content;
    };
    let tags: Vec<Lang> = (0..LANGUAGES)
        .filter_map(|i| {
            let a = char::from(b'a' + (i / 26) as u8);
            let b = char::from(b'a' + (i % 26) as u8);
            Lang::parse(&format!("q{a}{b}"))
        })
        .chain(Lang::parse("en"))
        .take(LANGUAGES)
        .collect();
    let mut random = Seeded(0x2545_F491_4F6C_DD1D);
    let mut items = Vec::with_capacity(ITEMS);
    for n in 0..ITEMS {
        let mut item: Item = template.clone();
        item.id = ItemId::new(Kind::Services, format!("service-{n}"));
        item.texts = BTreeMap::new();
        for lang in &tags {
            let mut pick = || word((random.next() % WORDS as u64) as usize);
            let title = (0..4).map(|_| pick()).collect::<Vec<_>>().join(" ");
            let body = (0..60).map(|_| pick()).collect::<Vec<_>>().join(" ");
            item.texts.insert(
                lang.clone(),
                Text {
                    title,
                    summary: body.chars().take(120).collect(),
                    body: Document {
                        blocks: vec![Block::Paragraph(vec![Span {
                            text: body,
                            ..Span::default()
                        }])],
                    },
                    machine_translated: false,
                    translated_from: None,
                    hash: String::new(),
                },
            );
        }
        items.push(item);
    }
    content.items = items;
    content
}

fn kiosk(content: Content) -> Kiosk {
    let (catalog, _) = Catalog::build(&content.locales);
    let library = Library::new(
        Admitted {
            content,
            catalog,
            diagnostics: Diagnostics::new(),
        },
        Vec::new(),
        false,
        None,
    );
    let mut config = Config::from_library(library, welcome_kiosk::config::Config::default());
    config.start = Lang::parse("qab").map_or(Start::Usual, Start::Home);
    config.clock = Clock::Fixed(jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0));
    Kiosk::new(config)
}

fn search(c: &mut Criterion) {
    let content = big_content();
    let mut group = c.benchmark_group("search, 50 languages × 2,000 items");
    group.sample_size(10);
    // The old index is dropped where the kiosk drops it: off the UI thread, not timed.
    group.bench_function("build the index", |b| {
        b.iter_with_large_drop(|| Index::build(&content));
    });
    let index = Index::build(&content);
    let langs: Vec<Lang> = ["qab", "en"]
        .iter()
        .filter_map(|t| Lang::parse(t))
        .collect();
    let common = word(7);
    let prefix: String = common.chars().take(4).collect();
    group.bench_function("query only: a prefix of 4 letters", |b| {
        b.iter(|| black_box(index.search(&Query::new(&prefix), &langs, |_| true)));
    });
    let typo = format!("{}x{}", &common[..2], &common[2..]);
    group.bench_function("query only: a word with one mistake", |b| {
        b.iter(|| black_box(index.search(&Query::new(&typo), &langs, |_| true)));
    });
    group.finish();

    let mut kiosk = kiosk(content);
    let _ = kiosk.update(Message::Open(Route::Search(prefix.clone())));
    let mut typed = false;
    c.bench_function(
        "one keystroke on the big bundle: query, results, view laid out at 1920×1080",
        |b| {
            b.iter(|| {
                // Type a letter, then delete it: every keystroke is a new query.
                typed = !typed;
                let key = if typed {
                    Key::Text("r".to_owned())
                } else {
                    Key::Backspace
                };
                let _ = kiosk.update(Message::Typed(key));
                black_box(welcome_kiosk::render::layout(&kiosk, 1920, 1080).is_ok());
            });
        },
    );
}

criterion_group!(benches, search);
criterion_main!(benches);
