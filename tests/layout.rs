//! Every screen fits every screen size, without a display: for every screen × every built-in
//! language × 800×480, 1280×800, 1920×1080 and portrait 1080×1920, every tappable widget lies
//! inside the window and is at least 48 px in both directions, and no text is cut (each
//! text drawn lies inside its own box, inside the window, and inside the area it is clipped
//! to). Text is checked as the text engine really laid it out (see `render::shaped`).

mod common;

use std::time::Duration;

use iced::Rectangle;
use welcome_kiosk::content::Kind;
use welcome_kiosk::kiosk::theme::{Contrast, TextStep};
use welcome_kiosk::kiosk::{Kiosk, Look, Route};
use welcome_kiosk::render::{laid_out, shaped};

/// Every built-in interface language.
fn languages() -> Vec<String> {
    let (catalog, _) = welcome_kiosk::i18n::Catalog::builtin();
    catalog.languages().map(|e| e.tag.to_string()).collect()
}

/// A screen to check: where the visitor is and what covers it.
#[derive(Debug, Clone)]
enum Screen {
    Attract,
    Route(Route),
    Overlay(&'static str),
    /// An emergency alert: covering the screen (serious) or a strip, over Home or the
    /// attract screen.
    Alert {
        serious: bool,
        attract: bool,
    },
}

fn screens() -> Vec<Screen> {
    let content = common::embedded();
    let mut screens = vec![
        Screen::Attract,
        Screen::Route(Route::Language),
        Screen::Route(Route::Home),
        Screen::Route(Route::Emergency),
        // The keyboard of each language's script, and results with snippets.
        Screen::Route(Route::Search(String::new())),
        Screen::Route(Route::Search("112".to_owned())),
        Screen::Overlay("pin"),
        Screen::Overlay("panel"),
        Screen::Overlay("idle"),
        Screen::Alert {
            serious: true,
            attract: false,
        },
        Screen::Alert {
            serious: true,
            attract: true,
        },
        Screen::Alert {
            serious: false,
            attract: false,
        },
    ];
    for kind in Kind::ALL {
        screens.push(Screen::Route(Route::List(kind)));
    }
    for item in &content.items {
        screens.push(Screen::Route(Route::Detail(item.id.clone())));
    }
    screens
}

fn kiosk_on(tag: &str, screen: &Screen, look: Look) -> Kiosk {
    let mut config = common::config(Some(tag));
    config.settings.kiosk = true;
    config.settings.idle_warning = Duration::from_secs(15);
    let mut kiosk = Kiosk::new(config);
    match screen {
        Screen::Attract => kiosk.show(Route::Attract),
        Screen::Route(route) => kiosk.show(route.clone()),
        Screen::Overlay(name) => {
            kiosk.show(Route::Home);
            assert!(kiosk.preview(name));
        }
        Screen::Alert { serious, attract } => {
            kiosk.show(if *attract {
                Route::Attract
            } else {
                Route::Home
            });
            let sent = kiosk.now();
            let severity = if *serious {
                welcome_kiosk::alerts::cap::Severity::Extreme
            } else {
                welcome_kiosk::alerts::cap::Severity::Moderate
            };
            let alert = common::example_alert(
                "layout",
                severity,
                sent,
                sent + jiff::SignedDuration::from_hours(30),
            );
            let _ = kiosk.update(welcome_kiosk::kiosk::Message::Updates(
                welcome_kiosk::updates::Update::Alert(std::sync::Arc::new(alert)),
            ));
        }
    }
    kiosk.set_look(look);
    kiosk
}

/// Half a pixel of rounding either way.
const SLACK: f32 = 0.5;

fn inside_x(inner: Rectangle, outer: Rectangle) -> bool {
    inner.x >= outer.x - SLACK && inner.x + inner.width <= outer.x + outer.width + SLACK
}

fn inside_y(inner: Rectangle, outer: Rectangle) -> bool {
    inner.y >= outer.y - SLACK && inner.y + inner.height <= outer.y + outer.height + SLACK
}

/// How far (px) a line may run past its own box at the largest text step: cosmic-text 0.15
/// lays some right-to-left lines holding a left-to-right run ("… (LGBTI)") up to 4 px wider
/// than the width it wrapped them to. The page's padding (16 px and more) takes it; nothing
/// is clipped, and the window and clip checks below stay exact.
fn look_slack(look: Look) -> f32 {
    if look.text == TextStep::Largest {
        6.0
    } else {
        0.0
    }
}

/// Everything wrong with one screen at one size, in words.
fn problems(tag: &str, screen: &Screen, width: u32, height: u32, look: Look) -> Vec<String> {
    let kiosk = kiosk_on(tag, screen, look);
    let window = Rectangle::new(
        iced::Point::ORIGIN,
        iced::Size::new(width as f32, height as f32),
    );
    let at = format!("{tag} {screen:?} {width}×{height} {:?}", look.text);
    let mut out = Vec::new();
    let (targets, texts) = laid_out(&kiosk, width, height).unwrap_or_else(|e| panic!("{at}: {e}"));
    assert!(!targets.is_empty(), "{at}: nothing to tap");
    for t in &targets {
        let b = t.bounds;
        if b.width < 48.0 || b.height < 48.0 {
            out.push(format!(
                "{at}: #{} is {:.0}×{:.0} px, smaller than 48×48",
                t.id, b.width, b.height
            ));
        }
        let fits = inside_x(b, window) && (b.y >= -SLACK) && (t.scrolls || inside_y(b, window));
        if !fits {
            out.push(format!("{at}: #{} at {b:?} is outside the window", t.id));
        }
    }
    for t in &texts {
        let fits = inside_x(t.bounds, window) && (t.scrolls || inside_y(t.bounds, window));
        if !fits && !t.text.is_empty() {
            out.push(format!(
                "{at}: text {:?} at {:?} is outside the window",
                t.text, t.bounds
            ));
        }
    }
    let drawn = shaped(&kiosk, width, height).unwrap_or_else(|e| panic!("{at}: {e}"));
    for d in &drawn {
        if d.text.trim().is_empty() {
            continue;
        }
        // The text widget this paragraph belongs to: same words, its box holds the start.
        let own = texts.iter().find(|t| {
            t.text == d.text
                && d.bounds.x >= t.bounds.x - 1.0
                && d.bounds.x <= t.bounds.x + t.bounds.width + 1.0
                && d.bounds.y >= t.bounds.y - 1.0
                && d.bounds.y <= t.bounds.y + t.bounds.height + 1.0
        });
        let widened = Rectangle {
            x: own.map_or(0.0, |o| o.bounds.x) - look_slack(look),
            width: own.map_or(0.0, |o| o.bounds.width) + 2.0 * look_slack(look),
            ..own.map_or(Rectangle::default(), |o| o.bounds)
        };
        if let Some(own) = own
            && !(inside_x(d.ink, widened) && inside_y(d.bounds, own.bounds))
        {
            out.push(format!(
                "{at}: text {:?} needs {:.0}×{:.0} but has {:.0}×{:.0}: it is cut",
                d.text, d.ink.width, d.bounds.height, own.bounds.width, own.bounds.height
            ));
        }
        // What shows: a space at the end of a line takes room in the laid-out width but
        // draws nothing.
        if !inside_x(d.ink, window) || !inside_x(d.ink, d.clip) {
            out.push(format!(
                "{at}: text {:?} at {:?} runs out of {:?}",
                d.text, d.bounds, d.clip
            ));
        }
    }
    out
}

fn check_size(width: u32, height: u32) {
    check(&languages(), width, height, Look::default());
}

fn check(tags: &[String], width: u32, height: u32, look: Look) {
    let mut all = Vec::new();
    for tag in tags {
        for screen in screens() {
            all.extend(problems(tag, &screen, width, height, look));
        }
    }
    assert!(
        all.is_empty(),
        "{} problems:\n{}",
        all.len(),
        all.iter().take(400).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// The largest text step, in high contrast (outlines take room too), on the smallest and
/// the usual screen: Latin with the longest words, right to left, Ethiopic, Chinese, Thai
/// (no spaces between words: every line must still end inside the screen), Tamil and
/// Georgian (long words), Hebrew.
#[test]
fn every_screen_fits_at_the_largest_text_in_high_contrast() {
    let tags: Vec<String> = ["en", "so", "ar", "ti", "zh-Hans", "th", "ta", "ka", "he"]
        .map(str::to_owned)
        .to_vec();
    let look = Look {
        contrast: Contrast::High,
        text: TextStep::Largest,
        ..Look::default()
    };
    check(&tags, 800, 480, look);
    check(&tags, 1280, 800, look);
}

#[test]
fn every_screen_fits_800_by_480() {
    check_size(800, 480);
}

#[test]
fn every_screen_fits_1280_by_800() {
    check_size(1280, 800);
}

#[test]
fn every_screen_fits_1920_by_1080() {
    check_size(1920, 1080);
}

#[test]
fn every_screen_fits_portrait_1080_by_1920() {
    check_size(1080, 1920);
}

#[test]
fn the_check_sees_a_cut_text() {
    // A test that cannot fail proves nothing: a screen far too small for its words must be
    // reported.
    let found = problems("de", &Screen::Route(Route::Home), 200, 150, Look::default());
    assert!(!found.is_empty());
}

/// A wrapping row of badges reads from the right in right-to-left languages: the first
/// badge ("urgent") at the right of the first line, what does not fit at the right of the
/// next line — not alone at the left.
#[test]
fn badges_wrap_from_the_reading_start_in_right_to_left_languages() {
    let look = Look {
        text: TextStep::Largest,
        ..Look::default()
    };
    let kiosk = kiosk_on("ar", &Screen::Route(Route::Emergency), look);
    let ui = welcome_kiosk::i18n::Catalog::builtin()
        .0
        .localizer(&common::lang("ar"));
    let drawn = shaped(&kiosk, 1280, 800).unwrap();
    let find = |words: &str| {
        // The badge itself: the shortest paragraph with these words (the intro has them too).
        drawn
            .iter()
            .filter(|d| d.text.contains(words))
            .min_by_key(|d| d.text.len())
            .unwrap_or_else(|| panic!("no {words:?} on the screen"))
            .ink
    };
    let urgent = find(&welcome_kiosk::i18n::msg::urgent_badge(&ui));
    let free = find(&welcome_kiosk::i18n::msg::free_call(&ui));
    let always = find(&welcome_kiosk::i18n::msg::open_always(&ui));
    assert!(
        urgent.x > free.x,
        "urgent {urgent:?} should be right of free {free:?}"
    );
    assert!((urgent.y - free.y).abs() < 1.0, "{urgent:?} {free:?}");
    assert!(
        always.y > urgent.y + 10.0,
        "the hours go to the next line: {always:?}"
    );
    // The next line starts at the reading start: its right end lines up with the first's.
    let first_end = urgent.x + urgent.width;
    let next_end = always.x + always.width;
    assert!(
        (first_end - next_end).abs() < 40.0,
        "next line ends at {next_end}, the first at {first_end}"
    );
}
