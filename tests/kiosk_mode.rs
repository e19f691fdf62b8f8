//! Kiosk behaviour: attract screen, idle reset to a fresh session, the hidden volunteer
//! gesture, the PIN pad with its lockout, the panel, and leaving kiosk mode.

mod common;

use std::sync::Arc;
use std::time::Duration;

use iced::mouse;
use iced_test::{Simulator, selector};
use welcome_kiosk::config::{self, Saved};
use welcome_kiosk::content::Kind;
use welcome_kiosk::kiosk::screen::{attract, bar, home, language, panel, pin};
use welcome_kiosk::kiosk::{
    Config, Input, Kiosk, LONG_PRESS, LanguageMode, Message, Overlay, Phase, Route, Tap,
};

const PIN: &str = "2468";

fn pin_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| config::hash_pin(PIN).unwrap_or_default())
        .clone()
}

fn kiosk_config(state_dir: Option<&std::path::Path>) -> Config {
    let mut config = common::config(None);
    config.settings = config::Config {
        kiosk: true,
        idle_timeout: Duration::from_secs(90),
        idle_warning: Duration::from_secs(15),
        pin_hash: Some(pin_hash()),
        state_dir: state_dir.map(std::path::Path::to_path_buf),
        ..config::Config::default()
    };
    config
}

use common::settings;

use common::tap;

/// Press (without releasing) the centre's name, then let the long-press timer run out.
fn long_press_centre_name(kiosk: &mut Kiosk) {
    let messages: Vec<_> = {
        let mut ui = Simulator::with_size(settings(), (1280.0, 800.0), kiosk.view());
        let b = ui
            .find(selector::id("centre-name"))
            .unwrap_or_else(|e| panic!("{e}"))
            .bounds();
        ui.point_at(b.center());
        let _ = ui.simulate([iced::Event::Mouse(mouse::Event::ButtonPressed(
            mouse::Button::Left,
        ))]);
        ui.into_messages().collect()
    };
    assert!(
        matches!(
            messages.as_slice(),
            [Message::Tap(Tap {
                input: Input::Bar(bar::Message::NamePressed),
                ..
            })]
        ),
        "{messages:?}"
    );
    for m in messages {
        let _ = kiosk.update(common::at_latest(kiosk, m));
    }
    // Not yet: a short press does nothing.
    let _ = kiosk.update(Message::PressTick(
        common::t0() + Duration::from_millis(500),
    ));
    assert_eq!(common::visit(kiosk).overlay, Overlay::None);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
}

fn type_pin(kiosk: &mut Kiosk, pin: &str) -> bool {
    let mut all = true;
    for d in pin.chars() {
        all &= tap(kiosk, &format!("pin-{d}"));
    }
    all & tap(kiosk, "pin-ok")
}

#[test]
fn kiosk_mode_starts_on_the_attract_screen_and_a_touch_starts() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    assert_eq!(kiosk.route(), Route::Attract);
    let lines: Vec<String> =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        lines.iter().any(|t| t == "Example Community Centre"),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|t| t == "Touch the screen to start"),
        "{lines:#?}"
    );
    // The line cycles through the offered languages, each in its own language.
    let _ = kiosk.update(Message::AttractTick);
    let lines =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    let library = common::library();
    let second = library.localizer(&library.offered[1]);
    let touch = welcome_kiosk::i18n::msg::attract_touch(&second);
    assert_ne!(touch, "Touch the screen to start");
    assert!(lines.contains(&touch), "{touch}: {lines:#?}");
    assert!(tap(&mut kiosk, "attract"));
    assert_eq!(kiosk.route(), Route::Language);
}

#[test]
fn idle_reset_leaves_exactly_a_fresh_session() {
    let fresh = Kiosk::new(kiosk_config(None)).phase().clone();
    assert!(matches!(fresh, Phase::Attract(_)));
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let t0 = common::t0();
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("ar")));
    let _ = kiosk.update(Message::Open(Route::List(Kind::Jobs)));
    let _ = common::send(&mut kiosk, Input::Scrolled(640.0));
    let _ = kiosk.update(Message::Open(Route::Language));
    let _ = common::send(
        &mut kiosk,
        language::Message::SetMode(LanguageMode::TextsOnly),
    );
    let _ = common::send(&mut kiosk, bar::Message::NamePressed);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
    let _ = common::send(&mut kiosk, pin::Message::Digit('7'));
    assert!(matches!(&common::visit(&kiosk).overlay, Overlay::Pin(p) if p.entered() == 1));
    assert_ne!(kiosk.phase(), &fresh);

    // 89 s without a touch: nothing yet; 90 s: the warning; 15 s later: everything cleared.
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(89)));
    assert!(common::visit(&kiosk).idle_deadline.is_none());
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(91)));
    assert!(common::visit(&kiosk).idle_deadline.is_some());
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    let arabic = common::library().localizer(&common::lang("ar"));
    let heading = welcome_kiosk::i18n::msg::idle_heading(&arabic);
    assert!(heading.contains("هل"), "{heading}");
    // As drawn: with the right-to-left mark the kiosk puts before right-to-left text.
    let shown = welcome_kiosk::kiosk::widget::bidi(arabic.direction(), &heading);
    assert!(
        texts.contains(&shown),
        "Arabic warning {shown:?}: {texts:#?}"
    );
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(107)));
    assert_eq!(kiosk.phase(), &fresh);
    assert_eq!(kiosk.route(), Route::Attract);
    assert!(kiosk.scroll_offset().abs() < f32::EPSILON);
}

#[test]
fn a_touch_or_more_time_cancels_the_warning() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let t0 = common::t0();
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(95)));
    assert!(common::visit(&kiosk).idle_deadline.is_some());
    assert!(tap(&mut kiosk, "idle-more-time"));
    assert!(common::visit(&kiosk).idle_deadline.is_none());
    assert_eq!(kiosk.route(), Route::Language);
    let _ = kiosk.update(Message::IdleTick(common::t0() + Duration::from_secs(95)));
    let _ = kiosk.update(Message::Activity(kiosk.last_tick()));
    assert!(common::visit(&kiosk).idle_deadline.is_none());
}

#[test]
fn no_idle_reset_on_the_attract_screen_or_in_a_window() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = kiosk.update(Message::IdleTick(common::t0() + Duration::from_secs(600)));
    assert_eq!(kiosk.route(), Route::Attract);
    assert!(kiosk.session().is_none(), "no visit, so no idle warning");
    let mut windowed = common::kiosk(Some("en"));
    let _ = windowed.update(Message::Open(Route::Emergency));
    let _ = windowed.update(Message::IdleTick(common::t0() + Duration::from_secs(600)));
    assert_eq!(windowed.route(), Route::Emergency);
}

#[test]
fn gesture_pin_pad_five_wrong_pins_lock_it() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    assert!(tap(&mut kiosk, "attract"));
    long_press_centre_name(&mut kiosk);
    assert!(matches!(common::visit(&kiosk).overlay, Overlay::Pin(_)));
    for attempt in 1..=5 {
        assert!(
            type_pin(&mut kiosk, "1111"),
            "attempt {attempt} was not accepted"
        );
        assert_eq!(kiosk.lockout().failures, attempt);
    }
    let locked_until = kiosk
        .lockout()
        .locked_until
        .unwrap_or_else(|| panic!("not locked"));
    let wait = locked_until.saturating_duration_since(common::t0());
    assert!(
        wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
        "{wait:?}"
    );
    // Locked: the keys do nothing, even the right PIN.
    assert!(!tap(&mut kiosk, "pin-2"));
    assert!(matches!(common::visit(&kiosk).overlay, Overlay::Pin(_)));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t.starts_with("Too many wrong tries")),
        "{texts:#?}"
    );
    // An idle reset does not clear the lockout.
    let _ = kiosk.reset();
    assert_eq!(kiosk.lockout().failures, 5);
}

#[test]
fn right_pin_opens_the_panel_and_the_panel_leaves_kiosk_mode() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    assert!(tap(&mut kiosk, "attract"));
    long_press_centre_name(&mut kiosk);
    assert!(type_pin(&mut kiosk, "9999"));
    assert!(type_pin(&mut kiosk, PIN));
    assert!(matches!(common::visit(&kiosk).overlay, Overlay::Panel(_)));
    assert_eq!(kiosk.lockout().failures, 0, "a right PIN clears the count");
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("org.example.community-centre")),
        "{texts:#?}"
    );
    assert!(kiosk.is_kiosk_mode());
    // Leaving asks first; "No" stays in kiosk mode.
    assert!(tap(&mut kiosk, "panel-exit"));
    assert!(kiosk.is_kiosk_mode());
    assert!(tap(&mut kiosk, "panel-exit-no"));
    assert!(kiosk.is_kiosk_mode());
    assert!(tap(&mut kiosk, "panel-exit"));
    assert!(tap(&mut kiosk, "panel-exit-yes"));
    assert!(!kiosk.is_kiosk_mode());
    assert_eq!(common::visit(&kiosk).overlay, Overlay::None);
}

#[test]
fn kiosk_mode_without_a_pin_cannot_be_opened_but_a_window_goes_straight_to_the_panel() {
    let mut config = kiosk_config(None);
    config.settings.pin_hash = None;
    let mut kiosk = Kiosk::new(config.clone());
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, bar::Message::NamePressed);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
    assert_eq!(common::visit(&kiosk).overlay, Overlay::None);
    config.settings.kiosk = false;
    let mut windowed = Kiosk::new(config);
    let _ = common::send(&mut windowed, bar::Message::NamePressed);
    let _ = windowed.update(Message::PressTick(common::t0() + LONG_PRESS));
    assert!(matches!(
        common::visit(&windowed).overlay,
        Overlay::Panel(_)
    ));
}

#[test]
fn the_default_language_is_kept_for_the_next_visitor_and_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = Kiosk::new(kiosk_config(Some(dir.path())));
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, bar::Message::NamePressed);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
    for d in PIN.chars() {
        let _ = common::send(&mut kiosk, pin::Message::Digit(d));
    }
    let _ = common::send(&mut kiosk, pin::Message::Submit);
    assert!(tap(&mut kiosk, "panel-default-fr"));
    assert_eq!(kiosk.default_language(), &common::lang("fr"));
    assert_eq!(
        Saved::load(dir.path()).default_language,
        Some(common::lang("fr"))
    );
    let _ = kiosk.reset();
    assert_eq!(kiosk.ui_language(), &common::lang("fr"));
    let restarted = Kiosk::new(kiosk_config(Some(dir.path())));
    assert_eq!(restarted.ui_language(), &common::lang("fr"));
    assert_eq!(restarted.route(), Route::Attract);
}

#[test]
fn reloaded_content_keeps_the_visitor_in_place() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("uk")));
    let _ = kiosk.update(Message::Open(Route::List(Kind::Events)));
    let _ = common::send(&mut kiosk, Input::Scrolled(120.0));
    let event = common::embedded()
        .items_of(Kind::Events)
        .next()
        .expect("an event")
        .id
        .clone();
    let _ = kiosk.update(Message::Open(Route::Detail(event.clone())));
    open_panel(&mut kiosk);
    let note = |k: &Kiosk| match &common::visit(k).overlay {
        Overlay::Panel(panel) => panel.note().cloned(),
        other => panic!("the panel is not open: {other:?}"),
    };
    let _ = common::send(&mut kiosk, panel::Message::Reload);
    assert_eq!(note(&kiosk), Some(panel::Note::Reloading));
    let before = common::visit(&kiosk).clone();

    // The same content again: the visitor stays exactly where they were.
    let _ = kiosk.update(Message::Reloaded(Arc::new(common::library())));
    let after = common::visit(&kiosk);
    assert_eq!(after.screen, before.screen);
    assert_eq!(after.history, before.history);
    assert_eq!(after.ui_lang, common::lang("uk"));
    assert_eq!(note(&kiosk), Some(panel::Note::Reloaded));
    assert!((after.history[1].1 - 120.0).abs() < f32::EPSILON);

    // A bundle without the event on screen: Home, not a blank page; the rest of the way back
    // is kept, and so is the language.
    let mut content = common::embedded();
    content.items.retain(|i| i.id != event);
    let _ = kiosk.update(Message::Reloaded(Arc::new(common::library_of(content))));
    assert_eq!(kiosk.route(), Route::Home);
    assert_eq!(
        kiosk.history(),
        vec![Route::Home, Route::List(Kind::Events)]
    );
    assert_eq!(kiosk.ui_language(), &common::lang("uk"));
    assert_eq!(note(&kiosk), Some(panel::Note::Reloaded));
    assert!(kiosk.is_kiosk_mode());
}

#[test]
fn a_message_from_a_screen_that_is_gone_does_nothing() {
    // Two taps handled in one batch: the first opens the list of jobs; the second, sent by
    // the same Home screen, must not also open something.
    let mut kiosk = common::kiosk(Some("en"));
    let home = kiosk.screen_number();
    let _ = kiosk.update(Message::tap(
        home,
        common::t0(),
        home::Message::Open(Kind::Jobs),
    ));
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));
    assert_ne!(kiosk.screen_number(), home);
    let _ = kiosk.update(Message::tap(
        home,
        common::t0(),
        home::Message::Open(Kind::Contacts),
    ));
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));
    // From the screen that is shown, it acts.
    let now = kiosk.screen_number();
    let _ = kiosk.update(Message::tap(now, common::t0(), bar::Message::Back));
    assert_eq!(kiosk.route(), Route::Home);
}

#[test]
fn the_emergency_number_on_the_attract_screen_opens_emergency_in_the_default_language() {
    let mut config = kiosk_config(None);
    config.settings.default_language = Some(common::lang("fr"));
    let mut kiosk = Kiosk::new(config);
    assert_eq!(kiosk.route(), Route::Attract);
    assert!(tap(&mut kiosk, "attract-emergency"));
    assert_eq!(kiosk.route(), Route::Emergency);
    assert_eq!(kiosk.ui_language(), &common::lang("fr"));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(texts.iter().any(|t| t.contains("Numéros d")), "{texts:#?}");
}

/// Open the panel with the PIN.
fn open_panel(kiosk: &mut Kiosk) {
    let _ = common::send(kiosk, bar::Message::NamePressed);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
    for d in PIN.chars() {
        let _ = common::send(kiosk, pin::Message::Digit(d));
    }
    let _ = common::send(kiosk, pin::Message::Submit);
    assert!(matches!(common::visit(kiosk).overlay, Overlay::Panel(_)));
}

#[test]
fn volunteers_read_the_pin_pad_and_panel_in_their_language_not_the_visitors() {
    let mut config = kiosk_config(None);
    config.settings.volunteer_language = Some(common::lang("nl"));
    let mut kiosk = Kiosk::new(config);
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("ar")));
    let _ = common::send(&mut kiosk, bar::Message::NamePressed);
    let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    let dutch = welcome_kiosk::i18n::Catalog::builtin()
        .0
        .localizer(&common::lang("nl"));
    let heading = welcome_kiosk::i18n::msg::pin_heading(&dutch);
    assert!(texts.iter().any(|t| t == &heading), "{heading}: {texts:#?}");
    // The visitor's own screens stay in Arabic.
    assert!(kiosk.localizer().direction().is_rtl());
    // Without a volunteer language: the centre's default language (English here).
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = common::send(&mut kiosk, attract::Message::Start);
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("ar")));
    open_panel(&mut kiosk);
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(texts.iter().any(|t| t == "Volunteer panel"), "{texts:#?}");
}

#[test]
fn the_pin_pad_keys_stay_where_they_are_when_a_wrong_pin_is_shown() {
    for size in [(1280, 800), (800, 480)] {
        let mut kiosk = Kiosk::new(kiosk_config(None));
        let _ = common::send(&mut kiosk, attract::Message::Start);
        let _ = common::send(&mut kiosk, bar::Message::NamePressed);
        let _ = kiosk.update(Message::PressTick(common::t0() + LONG_PRESS));
        let keys = |k: &Kiosk| {
            welcome_kiosk::render::targets(k, size.0, size.1)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .filter(|t| t.id.starts_with("pin-"))
                .map(|t| (t.id, t.bounds))
                .collect::<Vec<_>>()
        };
        let before = keys(&kiosk);
        assert!(before.len() >= 13, "{before:?}");
        assert!(type_pin(&mut kiosk, "1111"));
        let texts = welcome_kiosk::render::visible_texts(&kiosk, size.0, size.1)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            texts.iter().any(|t| t.starts_with("Wrong PIN")),
            "{texts:#?}"
        );
        assert_eq!(keys(&kiosk), before, "{size:?}: the keys moved");
    }
}

#[test]
fn content_reloaded_is_in_view_without_scrolling() {
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = common::send(&mut kiosk, attract::Message::Start);
    open_panel(&mut kiosk);
    let _ = common::send(&mut kiosk, panel::Message::Reload);
    let _ = kiosk.update(Message::Reloaded(Arc::new(welcome_kiosk::boot::load(None))));
    for (w, h) in [(800, 480), (1280, 800), (1080, 1920)] {
        let (_, texts) =
            welcome_kiosk::render::laid_out(&kiosk, w, h).unwrap_or_else(|e| panic!("{e}"));
        let note = texts
            .iter()
            .find(|t| t.text == "Content reloaded.")
            .unwrap_or_else(|| panic!("{w}×{h}: no note"));
        assert!(
            !note.scrolls && note.bounds.y + note.bounds.height <= h as f32,
            "{w}×{h}: {note:?}"
        );
    }
}

#[test]
fn leaving_kiosk_mode_asks_first_and_kiosk_mode_comes_back_by_itself() {
    let mut config = kiosk_config(None);
    config.settings.kiosk_return = Duration::from_secs(300);
    let mut kiosk = Kiosk::new(config);
    let _ = common::send(&mut kiosk, attract::Message::Start);
    open_panel(&mut kiosk);
    let _ = common::send(&mut kiosk, panel::Message::ExitKiosk);
    assert!(kiosk.is_kiosk_mode(), "left without asking");
    let _ = common::send(&mut kiosk, panel::Message::ConfirmExit);
    assert_eq!(kiosk.mode(), welcome_kiosk::kiosk::Mode::Paused);
    let t0 = common::t0();
    // Open for a while...
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(200)));
    assert_eq!(kiosk.mode(), welcome_kiosk::kiosk::Mode::Paused);
    // ...and five minutes without a touch close it again, on a fresh attract screen.
    let _ = kiosk.update(Message::IdleTick(t0 + Duration::from_secs(301)));
    assert!(kiosk.is_kiosk_mode());
    assert_eq!(kiosk.route(), Route::Attract);
}

#[test]
fn the_scale_follows_the_screen_unless_configured() {
    use welcome_kiosk::kiosk::auto_scale;
    let scale = |w: f32, h: f32| auto_scale(iced::Size::new(w, h));
    assert!((scale(800.0, 480.0) - 1.0).abs() < f32::EPSILON);
    assert!((scale(1280.0, 800.0) - 1.0).abs() < f32::EPSILON);
    assert!((scale(1366.0, 768.0) - 1.0).abs() < f32::EPSILON);
    assert!((scale(1920.0, 1080.0) - 1.25).abs() < f32::EPSILON);
    assert!((scale(1080.0, 1920.0) - 1.25).abs() < f32::EPSILON);
    assert!((scale(2560.0, 1440.0) - 1.75).abs() < f32::EPSILON);
    assert!((scale(3840.0, 2160.0) - 2.5).abs() < f32::EPSILON);
    // The kiosk learns the monitor's size, the window is made as big, then the scale is
    // chosen, once: later resize events (converted at either scale) do not change it.
    let window = iced::window::Id::unique();
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let uhd = iced::Size::new(3840.0, 2160.0);
    let _ = kiosk.update(Message::Monitor(window, Some(uhd)));
    assert!((kiosk.scale_factor() - 1.0).abs() < f32::EPSILON);
    let _ = kiosk.update(Message::Resized(uhd));
    assert!((kiosk.scale_factor() - 2.5).abs() < f32::EPSILON);
    let _ = kiosk.update(Message::Resized(uhd));
    let _ = kiosk.update(Message::Resized(iced::Size::new(1536.0, 864.0)));
    assert!((kiosk.scale_factor() - 2.5).abs() < f32::EPSILON);
    // A window manager may make the window fullscreen before the monitor's size is known.
    let mut kiosk = Kiosk::new(kiosk_config(None));
    let _ = kiosk.update(Message::Resized(uhd));
    assert!((kiosk.scale_factor() - 1.0).abs() < f32::EPSILON);
    let _ = kiosk.update(Message::Monitor(window, Some(uhd)));
    assert!((kiosk.scale_factor() - 2.5).abs() < f32::EPSILON);
    let mut config = kiosk_config(None);
    config.settings.scale = Some(1.5);
    let mut kiosk = Kiosk::new(config);
    let _ = kiosk.update(Message::Monitor(window, Some(uhd)));
    let _ = kiosk.update(Message::Resized(uhd));
    assert!((kiosk.scale_factor() - 1.5).abs() < f32::EPSILON);
}
