//! Read-aloud, larger text and high contrast, through `update()` and the iced simulator,
//! with a speaker that plays nothing and remembers what would have been heard (no sound
//! card needed). The one test that runs the real synthesizer needs espeak-ng.

mod common;

use std::time::Duration;

use common::{at, config, lang, send, tap, visit};
use welcome_kiosk::content::{ItemId, Kind};
use welcome_kiosk::kiosk::listen::{Control, Topic};
use welcome_kiosk::kiosk::theme::{Contrast, TextStep};
use welcome_kiosk::kiosk::{Input, Kiosk, Message, Route};
use welcome_kiosk::speech::plan::Spot;
use welcome_kiosk::speech::{Heard, Source, Speaker, Voices};

const SETTLE: Duration = Duration::from_secs(10);

/// A kiosk in `ui` (Home) whose speaker has voices for English, Arabic and Chinese only.
fn speaking(ui: &str) -> (Kiosk, Speaker) {
    let speaker = Speaker::null(Voices::of(&["en-gb", "ar", "cmn", "fr-fr"]));
    let mut config = config(Some(ui));
    config.speaker = Some(speaker.clone());
    (Kiosk::new(config), speaker)
}

/// A kiosk in kiosk mode with `settings` (a 60-second idle timeout), an English voice, and a
/// visitor who touched the attract screen at 0 s.
fn visiting(settings: welcome_kiosk::config::Config) -> (Kiosk, Speaker) {
    let speaker = Speaker::null(Voices::of(&["en-gb"]));
    let mut config = config(None);
    config.settings = welcome_kiosk::config::Config {
        kiosk: true,
        idle_timeout: Duration::from_secs(60),
        ..settings
    };
    config.speaker = Some(speaker.clone());
    let mut kiosk = Kiosk::new(config);
    let _ = kiosk.update(Message::tap(
        kiosk.screen_number(),
        at(0.0),
        welcome_kiosk::kiosk::screen::attract::Message::Start,
    ));
    (kiosk, speaker)
}

fn union() -> ItemId {
    ItemId::new(Kind::Guides, "join-a-union")
}

/// What was heard in the reading numbered `reading`.
fn heard_in(speaker: &Speaker, reading: u64) -> Vec<Heard> {
    assert!(speaker.settle(SETTLE), "the speaker did not finish");
    speaker
        .heard()
        .into_iter()
        .filter(|h| h.reading == reading)
        .collect()
}

#[test]
fn a_guide_is_read_sentence_by_sentence_and_navigation_silences_it() {
    let (mut kiosk, speaker) = speaking("en");
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    assert!(tap(&mut kiosk, "listen"), "the Listen button sent nothing");
    let reading = kiosk.reading().cloned().unwrap();
    assert_eq!(reading.topic, Topic::Page(union()));
    assert_eq!(reading.current, 0);
    assert_eq!(reading.spot(), Some(&Spot::Title));
    let heard = heard_in(&speaker, reading.number);
    let texts: Vec<&str> = heard.iter().map(|h| h.text.as_str()).collect();
    assert_eq!(texts[0], "Joining a trade union");
    assert_eq!(
        texts[1],
        "A trade union helps workers with problems at work."
    );
    assert_eq!(texts[2], "It can help you too.");
    // Headings and list items are sentences of their own; markup never reaches the voice.
    assert!(texts.contains(&"What a union does"), "{texts:?}");
    assert!(texts.contains(&"wages that were not paid"), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("**")), "{texts:?}");
    assert!(
        heard
            .iter()
            .all(|h| h.source == Source::Voice("en-gb".to_owned())),
        "{heard:?}"
    );

    // Next: the second sentence, read from there on.
    let _ = send(&mut kiosk, Input::Control(Control::Next));
    let now = kiosk.reading().unwrap();
    assert_eq!(now.current, 1);
    assert!(
        matches!(now.spot(), Some(Spot::Block(path)) if path == &vec![0]),
        "{:?}",
        now.spot()
    );
    let again = heard_in(&speaker, reading.number);
    assert_eq!(again[heard.len()].index, 1, "{again:?}");

    // The highlighted sentence is on screen (the simulator finds the marked block).
    let mut ui = iced_test::Simulator::with_size(common::settings(), (1280.0, 800.0), kiosk.view());
    assert!(
        ui.find(iced_test::selector::id(
            welcome_kiosk::kiosk::listen::NOW_ID
        ))
        .is_ok(),
        "no sentence is marked as being read"
    );
    drop(ui);

    // Away from the page: silence, and nothing more is said.
    let before = speaker.heard().len();
    assert!(tap(&mut kiosk, "nav-home"));
    assert_eq!(kiosk.reading(), None);
    assert!(speaker.settle(SETTLE));
    assert_eq!(speaker.heard().len(), before);
}

#[test]
fn pause_go_on_again_previous_and_stop() {
    let (mut kiosk, speaker) = speaking("en");
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    assert!(tap(&mut kiosk, "listen"));
    let number = kiosk.reading().unwrap().number;
    let _ = send(&mut kiosk, Input::Control(Control::Next));
    let _ = send(&mut kiosk, Input::Control(Control::Next));
    let _ = send(&mut kiosk, Input::Control(Control::Pause));
    assert!(kiosk.reading().unwrap().paused);
    let _ = send(&mut kiosk, Input::Control(Control::Previous));
    let reading = kiosk.reading().unwrap();
    assert_eq!(reading.current, 1);
    assert!(!reading.paused, "Back goes on reading");
    let _ = send(&mut kiosk, Input::Control(Control::Again));
    assert_eq!(kiosk.reading().unwrap().current, 1);
    let starts: Vec<usize> = {
        let heard = heard_in(&speaker, number);
        // Each request starts where the visitor asked: 0, 1, 2, (pause), 1, 1.
        let mut starts = vec![heard[0].index];
        for pair in heard.windows(2) {
            if pair[1].index <= pair[0].index || pair[1].index > pair[0].index + 1 {
                starts.push(pair[1].index);
            }
        }
        starts
    };
    assert_eq!(starts.first(), Some(&0));
    assert_eq!(&starts[starts.len() - 2..], &[1, 1], "{starts:?}");
    let _ = send(&mut kiosk, Input::Control(Control::Stop));
    assert_eq!(kiosk.reading(), None);
}

#[test]
fn emergency_numbers_come_first_and_are_spoken_digit_by_digit() {
    let (mut kiosk, speaker) = speaking("en");
    let _ = kiosk.update(Message::Open(Route::Emergency));
    assert!(tap(&mut kiosk, "listen"));
    let reading = kiosk.reading().cloned().unwrap();
    let heard = heard_in(&speaker, reading.number);
    assert!(heard[0].text.contains("1 1 2"), "{:?}", heard[0].text);
    assert_eq!(reading.spots[0], Some(Spot::Fact(0)));
    // The line about 112 comes after the numbers, 112 spelled there too.
    let intro: Vec<&str> = heard[heard.len() - 2..]
        .iter()
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(
        intro,
        ["If someone is in danger, call 1 1 2.", "The call is free."]
    );
}

#[test]
fn a_tile_says_its_label_in_the_buttons_language() {
    let (mut kiosk, speaker) = speaking("ar");
    assert!(tap(&mut kiosk, "listen-jobs"));
    let reading = kiosk.reading().cloned().unwrap();
    let heard = heard_in(&speaker, reading.number);
    assert_eq!(heard.len(), 1);
    assert_eq!(heard[0].source, Source::Voice("ar".to_owned()));
    assert_eq!(
        heard[0].text,
        welcome_kiosk::i18n::msg::kind_jobs(kiosk.localizer())
    );
    // The tile itself still opens the list.
    assert!(tap(&mut kiosk, "tile-jobs"));
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));
    assert_eq!(kiosk.reading(), None);
}

#[test]
fn no_speaker_button_where_nothing_can_be_spoken() {
    // Tigrinya: espeak-ng has no voice and the built-in bundle no recording.
    let (mut kiosk, _) = speaking("ti");
    let _ = kiosk.update(Message::Open(Route::Emergency));
    let mut ui = iced_test::Simulator::with_size(common::settings(), (1280.0, 800.0), kiosk.view());
    assert!(ui.find(iced_test::selector::id("listen")).is_err());
    drop(ui);
    // Without a speaker (read-aloud off) there is none either.
    let mut quiet = Kiosk::new(config(Some("en")));
    let _ = quiet.update(Message::Open(Route::Detail(union())));
    let mut ui = iced_test::Simulator::with_size(common::settings(), (1280.0, 800.0), quiet.view());
    assert!(ui.find(iced_test::selector::id("listen")).is_err());
    assert!(ui.find(iced_test::selector::id("look-text-size")).is_ok());
}

#[test]
fn the_idle_warning_asks_aloud_and_listening_counts_as_being_there() {
    let (mut kiosk, speaker) = visiting(welcome_kiosk::config::Config::default());
    let _ = kiosk.update(Message::Open(Route::Home));
    let _ = kiosk.update(Message::IdleTick(at(61.0)));
    assert!(visit(&kiosk).idle_deadline.is_some());
    let reading = kiosk.reading().cloned().unwrap();
    assert_eq!(reading.topic, Topic::Idle);
    let heard = heard_in(&speaker, reading.number);
    assert_eq!(heard[0].text, "Are you still there?");

    // "I need more time": the question stops.
    let _ = send(
        &mut kiosk,
        welcome_kiosk::kiosk::screen::idle::Message::MoreTime,
    );
    assert_eq!(kiosk.reading(), None);

    // A sentence being spoken keeps the idle timer from running out.
    let _ = kiosk.update(Message::Speech(
        at(100.0),
        welcome_kiosk::speech::Event::Started {
            reading: 999,
            index: 0,
        },
    ));
    let _ = kiosk.update(Message::Open(Route::Emergency));
    assert!(tap(&mut kiosk, "listen"));
    let number = kiosk.reading().unwrap().number;
    let _ = kiosk.update(Message::Speech(
        at(150.0),
        welcome_kiosk::speech::Event::Started {
            reading: number,
            index: 0,
        },
    ));
    let _ = kiosk.update(Message::IdleTick(at(180.0)));
    assert!(
        visit(&kiosk).idle_deadline.is_none(),
        "listening is being there"
    );
    let _ = kiosk.update(Message::IdleTick(at(211.0)));
    assert!(visit(&kiosk).idle_deadline.is_some());
}

#[test]
fn text_size_contrast_and_volume_are_the_visitors_own_and_reset_for_the_next() {
    let (mut kiosk, speaker) = visiting(welcome_kiosk::config::Config {
        volume: 50,
        volume_max: 80,
        ..welcome_kiosk::config::Config::default()
    });
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    for step in [
        TextStep::Large,
        TextStep::Largest,
        TextStep::Normal,
        TextStep::Large,
    ] {
        assert!(tap(&mut kiosk, "look-text-size"));
        assert_eq!(kiosk.look().text, step);
    }
    assert!(tap(&mut kiosk, "look-text-size"));
    assert!(tap(&mut kiosk, "look-contrast"));
    assert_eq!(kiosk.look().contrast, Contrast::High);
    assert_eq!(kiosk.look().text, TextStep::Largest);
    // Every screen still lays out, the bar's buttons still there, at the largest size in
    // high contrast on the smallest screen.
    for route in [Route::Home, Route::Emergency, Route::Detail(union())] {
        let _ = kiosk.update(Message::Open(route.clone()));
        let mut ui =
            iced_test::Simulator::with_size(common::settings(), (800.0, 480.0), kiosk.view());
        for id in [
            "nav-home",
            "look-text-size",
            "look-contrast",
            "nav-emergency",
        ] {
            assert!(
                ui.find(iced_test::selector::id(id)).is_ok(),
                "{id} on {route:?}"
            );
        }
    }
    // Volume: at most the configured maximum.
    assert!(tap(&mut kiosk, "listen"));
    assert_eq!(kiosk.volume(), 50);
    for _ in 0..5 {
        let _ = send(&mut kiosk, Input::Control(Control::Louder));
    }
    assert_eq!(kiosk.volume(), 80);
    assert!(speaker.settle(SETTLE));
    assert!(
        speaker
            .heard()
            .last()
            .is_some_and(|h| (h.volume - 0.8).abs() < 1e-6),
        "{:?}",
        speaker.heard().last()
    );

    // Nobody there: the idle reset brings the default look and volume back, in silence.
    let _ = kiosk.update(Message::IdleTick(at(200.0)));
    let _ = kiosk.update(Message::IdleTick(at(260.0)));
    assert_eq!(kiosk.route(), Route::Attract);
    assert_eq!(kiosk.look(), welcome_kiosk::kiosk::Look::default());
    assert_eq!(kiosk.volume(), 50);
    assert_eq!(kiosk.reading(), None);
}

#[test]
fn a_recording_in_the_bundle_wins_over_the_voice() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_embedded_bundle(dir.path());
    let pcm = welcome_kiosk::speech::audio::Pcm {
        rate: 16_000,
        channels: 1,
        samples: (0..16_000)
            .map(|i| ((i % 40) * 400 - 8000) as i16)
            .collect(),
    };
    std::fs::write(dir.path().join("guides/join-a-union.en.wav"), pcm.wav()).unwrap();
    let library = welcome_kiosk::boot::load(Some(dir.path()));
    assert!(!library.fell_back, "{:#?}", library.problems);
    let item = library.content.get(&union()).unwrap();
    assert!(
        item.recordings.contains_key(&lang("en")),
        "{:#?}",
        library.problems
    );
    let speaker = Speaker::null(Voices::of(&["en-gb", "fr-fr"]));
    let mut config = config(Some("en"));
    config.library = std::sync::Arc::new(library);
    config.speaker = Some(speaker.clone());
    let mut kiosk = Kiosk::new(config);
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    assert!(tap(&mut kiosk, "listen"));
    let number = kiosk.reading().unwrap().number;
    let heard = heard_in(&speaker, number);
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(
        heard[0].source,
        Source::Recording(dir.path().join("guides/join-a-union.en.wav"))
    );
    // French has no recording: the voice reads it.
    let _ = kiosk.update(Message::Open(Route::Language));
    let _ = kiosk.update(Message::tap(
        kiosk.screen_number(),
        kiosk.last_tick(),
        welcome_kiosk::kiosk::screen::language::Message::Choose(lang("fr")),
    ));
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    assert!(tap(&mut kiosk, "listen"));
    let number = kiosk.reading().unwrap().number;
    assert!(
        heard_in(&speaker, number)
            .iter()
            .all(|h| h.source == Source::Voice("fr-fr".to_owned()))
    );
}

/// The real synthesizer: the sound is not silence, and a longer text lasts longer.
#[test]
#[ignore = "needs espeak-ng (Debian package espeak-ng)"]
fn espeak_ng_makes_sound_that_grows_with_the_text() {
    let out = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(welcome_kiosk::speech::Settings {
        output: welcome_kiosk::speech::Output::Files(out.path().to_path_buf()),
        ..welcome_kiosk::speech::Settings::default()
    });
    let voice = speaker
        .voices
        .voice(&lang("en"))
        .expect("an English voice")
        .to_owned();
    let say = |text: &str| welcome_kiosk::speech::Utterance {
        text: text.to_owned(),
        source: Source::Voice(voice.clone()),
    };
    speaker.say(
        1,
        vec![
            say("Call 1 1 2."),
            say("Call 1 1 2 when a life is in danger, someone is badly hurt, or there is a fire."),
        ],
        0,
        0.6,
    );
    assert!(speaker.settle(Duration::from_secs(60)));
    let heard = speaker.heard();
    assert_eq!(heard.len(), 2, "{heard:?}");
    assert!(heard[0].seconds > 0.3, "{heard:?}");
    assert!(heard[1].seconds > heard[0].seconds * 2.0, "{heard:?}");
    for n in 1..=2 {
        let bytes = std::fs::read(out.path().join(format!("{n:04}.wav"))).unwrap();
        let pcm = welcome_kiosk::speech::audio::parse_wav(&bytes).unwrap();
        let loudest = pcm
            .samples
            .iter()
            .map(|s| s.unsigned_abs())
            .max()
            .unwrap_or(0);
        assert!(loudest > 1000, "file {n} is silent: peak {loudest}");
    }
    // Voices for the built-in languages that espeak-ng speaks.
    for tag in [
        "ar", "am", "fa", "prs", "zh-Hans", "uk", "ur", "bn", "ne", "sw",
    ] {
        assert!(
            speaker.voices.voice(&lang(tag)).is_some(),
            "no voice for {tag}"
        );
    }
}

/// Every paragraph on every screen, measured against what is drawn under it: at least 7:1
/// in high contrast (WCAG AAA), at least 4.5:1 in the standard palette (AA), in a
/// left-to-right, a right-to-left and two non-Latin languages, at every text size.
#[test]
fn every_text_run_has_its_contrast_in_both_palettes() {
    use welcome_kiosk::kiosk::Look;
    let screens = [
        Route::Language,
        Route::Home,
        Route::List(Kind::Guides),
        Route::List(Kind::Jobs),
        Route::List(Kind::Events),
        Route::Detail(union()),
        Route::Detail(ItemId::new(Kind::Contacts, "emergency-112")),
        Route::Emergency,
    ];
    let mut failures = Vec::new();
    let mut measured = 0;
    for (contrast, least) in [(Contrast::Standard, 4.5), (Contrast::High, 7.0)] {
        for ui in ["en", "ar", "ti", "zh-Hans"] {
            for text in [TextStep::Normal, TextStep::Largest] {
                let (mut kiosk, _) = speaking(ui);
                kiosk.set_look(Look {
                    contrast,
                    text,
                    ..Look::default()
                });
                for route in &screens {
                    let _ = kiosk.update(Message::Open(route.clone()));
                    let runs = welcome_kiosk::render::legibility(&kiosk, 1280, 800).unwrap();
                    assert!(runs.len() > 3, "{route:?} in {ui}: {runs:?}");
                    for run in runs {
                        measured += 1;
                        // A disabled control (Back with nowhere to go) is exempt, as in WCAG.
                        let disabled = run.color == kiosk.look().palette().bar_disabled;
                        if run.ratio < least && !disabled {
                            failures.push(format!(
                                "{contrast:?} {ui} {text:?} {route:?}: {:?} {:.2}:1 ({:?} on {:?})",
                                run.text, run.ratio, run.color, run.background
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(measured > 1000, "only {measured} runs measured");
    // The measurement sees what is really under the text: the tile's own colour under a
    // tile's label, and the ratio of black on white is 21.
    let (mut kiosk, _) = speaking("en");
    let _ = kiosk.update(Message::Open(Route::Home));
    let runs = welcome_kiosk::render::legibility(&kiosk, 1280, 800).unwrap();
    let jobs = runs.iter().find(|r| r.text == "Jobs").unwrap();
    let tile = kiosk.look().palette().kind(Kind::Jobs);
    assert_eq!(jobs.background.into_rgba8(), tile.into_rgba8(), "{jobs:?}");
    let white = iced::Color::WHITE;
    assert!((welcome_kiosk::render::contrast_ratio(iced::Color::BLACK, white) - 21.0).abs() < 0.01);
    assert!(
        failures.is_empty(),
        "{} of {measured}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A recording that cannot be played: the voice reads the text instead, at once, and the
/// panel says which file it was.
#[test]
fn a_broken_recording_gives_way_to_the_voice() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_embedded_bundle(dir.path());
    // It starts like a WAV (so it is admitted) but holds no sound.
    let mut broken = b"RIFF\x24\x00\x00\x00WAVE".to_vec();
    broken.extend_from_slice(b"this is not sound at all");
    let path = dir.path().join("guides/join-a-union.en.wav");
    std::fs::write(&path, broken).unwrap();
    let library = welcome_kiosk::boot::load(Some(dir.path()));
    assert!(!library.fell_back, "{:#?}", library.problems);
    // Files, not null: the speaker decodes what it plays (no espeak-ng needed: the voice's
    // sentences fail to synthesize on a machine without it, which is heard as a failure too).
    let out = tempfile::tempdir().unwrap();
    let speaker = Speaker::with_voices(
        welcome_kiosk::speech::Settings {
            synthesizer: "true".to_owned(),
            output: welcome_kiosk::speech::Output::Files(out.path().to_path_buf()),
            ..welcome_kiosk::speech::Settings::default()
        },
        Voices::of(&["en-gb"]),
    );
    let mut events = speaker.events();
    let mut config = config(Some("en"));
    config.library = std::sync::Arc::new(library);
    config.speaker = Some(speaker.clone());
    let mut kiosk = Kiosk::new(config);
    let _ = kiosk.update(Message::Open(Route::Detail(union())));
    assert!(tap(&mut kiosk, "listen"));
    let first = kiosk.reading().unwrap().number;
    assert!(speaker.settle(SETTLE));
    // Hand the speaker's news to the kiosk, as the subscription does.
    while let Ok(event) = events.try_recv() {
        let _ = kiosk.update(Message::Speech(kiosk.last_tick(), event));
        if kiosk.reading().is_some_and(|r| r.number != first) {
            break;
        }
    }
    let now = kiosk.reading().cloned().expect("the voice took over");
    assert_ne!(now.number, first);
    assert!(
        now.utterances
            .iter()
            .all(|u| u.source == Source::Voice("en-gb".to_owned())),
        "{:?}",
        now.utterances
    );
    assert!(
        kiosk
            .problems()
            .iter()
            .any(|p| p.file.ends_with("join-a-union.en.wav") && p.message.contains("voice")),
        "{:#?}",
        kiosk.problems()
    );
}
