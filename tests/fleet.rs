//! Running a fleet: usage counts after a day of taps equal the taps, exports hide small
//! counts, the metrics file parses as Prometheus text and names what it must, a kill during
//! a write never corrupts the counts, and the night screen sleeps outside opening hours.

mod common;

use std::collections::BTreeMap;

use common::{kiosk, tap};
use welcome_kiosk::content::ItemId;
use welcome_kiosk::kiosk::{Kiosk, Message, Phase, Route};
use welcome_kiosk::usage::Counts;

fn id(text: &str) -> ItemId {
    ItemId::parse(text).unwrap_or_else(|| panic!("bad id {text}"))
}

fn with_state(dir: &std::path::Path, usb: Option<&std::path::Path>) -> Kiosk {
    let mut config = common::config(Some("en"));
    config.settings.state_dir = Some(dir.to_path_buf());
    config.settings.metrics_dir = Some(dir.join("metrics"));
    config.settings.watch_dir = usb.map(std::path::Path::to_path_buf);
    Kiosk::new(config)
}

/// A day of visits: pages opened in three languages, with Back and Home between them.
fn a_day_of_taps(kiosk: &mut Kiosk) -> BTreeMap<(String, String), u64> {
    let mut expected: BTreeMap<(String, String), u64> = BTreeMap::new();
    let routes = [
        Route::Home,
        Route::Emergency,
        Route::Detail(id("guides/legal-aid-appointment")),
        Route::Home,
        Route::List(welcome_kiosk::content::Kind::Jobs),
        Route::Search("lawyer".into()),
    ];
    for (visit, lang) in ["en", "ar", "ti"].iter().cycle().take(30).enumerate() {
        // A fresh visit on the picker (a window's reset shows it without a tap; in kiosk
        // mode the touch on the attract screen opens it, and counts it).
        let _ = kiosk.reset();
        let _ = kiosk.update(Message::Open(Route::Home));
        *expected.entry(("home".into(), "en".into())).or_default() += 1;
        let _ = kiosk.update(Message::Open(Route::Language));
        *expected
            .entry(("language".into(), "en".into()))
            .or_default() += 1;
        let chosen = common::lang(lang);
        let _ = common::send(
            kiosk,
            welcome_kiosk::kiosk::screen::language::Message::Choose(chosen.clone()),
        );
        // Choosing a language goes on to Home.
        *expected.entry(("home".into(), (*lang).into())).or_default() += 1;
        for route in routes.iter().skip(visit % 3) {
            let before = kiosk.route();
            let _ = kiosk.update(Message::Open(route.clone()));
            if kiosk.route() != before {
                let page = welcome_kiosk::kiosk::page_name(route).unwrap_or_default();
                *expected.entry((page, (*lang).into())).or_default() += 1;
            }
        }
    }
    expected
}

#[test]
fn counts_after_a_day_of_taps_equal_the_taps() {
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let usb = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut kiosk = with_state(state.path(), Some(usb.path()));
    let expected = a_day_of_taps(&mut kiosk);
    let day = common::content_date();
    let counted: BTreeMap<(String, String), u64> = kiosk
        .usage()
        .unwrap_or_else(|| panic!("counting is on by default"))
        .day(day)
        .map(|(p, l, n)| ((p.to_owned(), l.to_owned()), n))
        .collect();
    assert_eq!(counted, expected);
    assert!(
        !counted.keys().any(|(p, _)| p.contains("lawyer")),
        "nothing typed is kept"
    );
    // Written whole; a restart reads the same counts back and goes on counting.
    kiosk.write_state(true);
    let file = Counts::read_all(&Counts::dir(state.path()));
    assert_eq!(file, kiosk.usage().cloned().unwrap_or_default());
    assert!(
        Counts::file(&Counts::dir(state.path()), day).exists(),
        "one file a day"
    );
    let again = with_state(state.path(), None);
    assert_eq!(again.usage(), kiosk.usage());
    // The export hides every count below 10.
    let csv = std::fs::read_to_string(kiosk.export_usage().unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_default();
    assert!(csv.starts_with("day,page,language,views\n"), "{csv}");
    for ((page, lang), n) in &expected {
        let shown = if *n >= 10 {
            n.to_string()
        } else {
            "<10".to_owned()
        };
        assert!(
            csv.contains(&format!("{day},{page},{lang},{shown}\n")),
            "{page} {lang} {n}: {csv}"
        );
    }
}

#[test]
fn counting_can_be_turned_off() {
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut config = common::config(Some("en"));
    config.settings.state_dir = Some(state.path().to_path_buf());
    config.settings.usage_counts = false;
    let mut kiosk = Kiosk::new(config);
    let _ = kiosk.update(Message::Open(Route::Emergency));
    kiosk.write_state(true);
    assert!(kiosk.usage().is_none());
    assert!(!Counts::dir(state.path()).exists());
}

#[test]
fn the_metrics_file_parses_and_names_what_it_must() {
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut kiosk = with_state(state.path(), None);
    for _ in 0..12 {
        let _ = kiosk.update(Message::Open(Route::Emergency));
        let _ = kiosk.update(Message::Open(Route::Home));
    }
    let _ = kiosk.update(Message::Open(Route::Detail(id(
        "guides/legal-aid-appointment",
    ))));
    let _ = kiosk.update(Message::Updates(welcome_kiosk::updates::Update::Problem(
        "https://example.org/channel.json cannot be reached: test".into(),
        welcome_kiosk::metrics::Reason::Unreachable,
    )));
    kiosk.write_state(true);
    let text = std::fs::read_to_string(state.path().join("metrics/welcome_kiosk.prom"))
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = text.lines().map(|l| Ok(l.to_owned()));
    let scrape = prometheus_parse::Scrape::parse(lines).unwrap_or_else(|e| panic!("{e}: {text}"));
    let names: Vec<&str> = scrape.samples.iter().map(|s| s.metric.as_str()).collect();
    for name in [
        "welcome_kiosk_build_info",
        "welcome_kiosk_bundle_info",
        "welcome_kiosk_bundle_version",
        "welcome_kiosk_update_last_failure_timestamp_seconds",
        "welcome_kiosk_alerts_active",
        "welcome_kiosk_uptime_seconds",
        "welcome_kiosk_restarts_since_boot",
        "welcome_kiosk_idle_resets_today",
        "welcome_kiosk_page_views_today",
        "welcome_kiosk_page_views_hidden_today",
    ] {
        assert!(names.contains(&name), "{name} missing:\n{text}");
    }
    let views: Vec<_> = scrape
        .samples
        .iter()
        .filter(|s| s.metric == "welcome_kiosk_page_views_today")
        .collect();
    assert!(
        views
            .iter()
            .any(|s| s.labels.get("page") == Some("emergency"))
    );
    // The detail page was seen once: not a series, only counted as hidden.
    assert!(
        views
            .iter()
            .all(|s| s.labels.get("page") != Some("guides/legal-aid-appointment"))
    );
    let failure = scrape
        .samples
        .iter()
        .find(|s| s.metric == "welcome_kiosk_update_last_failure_timestamp_seconds")
        .unwrap_or_else(|| panic!("no failure"));
    assert_eq!(failure.labels.get("reason"), Some("unreachable"));
    // Readable by node_exporter's user, whatever the kiosk's umask.
    let mode = std::fs::metadata(state.path().join("metrics/welcome_kiosk.prom")).map_or(0, |m| {
        std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o777
    });
    assert_eq!(mode, 0o644);
    // Every metric the Grafana dashboard asks for is written.
    let dashboard = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs/grafana/welcome-kiosk-fleet.json"),
    )
    .unwrap_or_default();
    let json: serde_json::Value =
        serde_json::from_str(&dashboard).unwrap_or_else(|e| panic!("{e}"));
    let mut asked = 0;
    for panel in json["panels"].as_array().into_iter().flatten() {
        for target in panel["targets"].as_array().into_iter().flatten() {
            let expr = target["expr"].as_str().unwrap_or_default();
            for word in expr.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if word.starts_with("welcome_kiosk_") {
                    asked += 1;
                    assert!(
                        text.contains(&format!("# TYPE {word} "))
                            || word.ends_with("_success_timestamp_seconds")
                            || word.ends_with("_age_seconds"),
                        "the dashboard asks for {word}, which the kiosk does not write"
                    );
                }
            }
        }
    }
    assert!(asked >= 10);
}

#[test]
fn restarts_and_idle_resets_are_counted() {
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let first = with_state(state.path(), None);
    assert_eq!(first.health().restarts_since_boot(), 0);
    let mut config = common::config(None);
    config.settings.kiosk = true;
    config.settings.state_dir = Some(state.path().to_path_buf());
    let mut second = Kiosk::new(config);
    assert_eq!(second.health().restarts_since_boot(), 1);
    // A visit left alone: warning, then reset.
    let _ = common::send(
        &mut second,
        welcome_kiosk::kiosk::screen::attract::Message::Start,
    );
    assert!(matches!(second.phase(), Phase::Visit(_)));
    let _ = second.update(Message::IdleTick(common::at(200.0)));
    let _ = second.update(Message::IdleTick(common::at(400.0)));
    assert!(matches!(second.phase(), Phase::Attract(_)));
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    assert!(second.health().idle_resets_on(today) >= 1 || second.health().idle_resets >= 1);
}

#[test]
fn the_night_screen_sleeps_outside_opening_hours_and_wakes_on_touch() {
    let mut config = common::config(None);
    config.settings.kiosk = true;
    // The content date is a Sunday at 10:30: closed on Sundays.
    config.settings.opening_hours =
        welcome_kiosk::content::hours::OpeningHours::parse(["Mo-Sa 09:00-18:00"]).ok();
    let mut kiosk = Kiosk::new(config);
    assert!(kiosk.is_night());
    let ids: Vec<String> = welcome_kiosk::render::targets(&kiosk, 800, 480)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|t| t.id)
        .collect();
    assert!(ids.iter().any(|i| i == "night"), "{ids:?}");
    assert!(
        ids.iter().any(|i| i == "night-emergency"),
        "the emergency number stays: {ids:?}"
    );
    assert!(tap(&mut kiosk, "night"));
    assert_eq!(kiosk.route(), Route::Language);
    let mut open = common::config(None);
    open.settings.kiosk = true;
    open.settings.opening_hours =
        welcome_kiosk::content::hours::OpeningHours::parse(["Mo-Su 09:00-18:00"]).ok();
    assert!(!Kiosk::new(open).is_night());
    assert!(!kiosk_night_in_a_window());
}

/// A window (not kiosk mode) never sleeps.
fn kiosk_night_in_a_window() -> bool {
    let mut config = common::config(None);
    config.settings.opening_hours =
        welcome_kiosk::content::hours::OpeningHours::parse(["Mo 09:00-10:00"]).ok();
    let _ = kiosk(None);
    Kiosk::new(config).is_night()
}

/// The child of `a_kill_during_a_write_never_corrupts_the_counts`: writes growing counts as
/// fast as it can until it is killed. Does nothing unless the parent started it.
#[test]
fn crash_child_writes_counts() {
    let Ok(path) = std::env::var("WK_CRASH_CHILD_FILE") else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let mut counts = Counts::default();
    let day = common::content_date();
    for i in 0u64.. {
        for page in 0..200 {
            counts.add(day, &format!("guides/page-{page}"), "ar");
        }
        let _ = welcome_kiosk::files::write_atomically(&path, &counts.to_text());
        let _ = std::fs::write(path.with_extension("done"), i.to_string());
    }
}

#[test]
fn a_kill_during_a_write_never_corrupts_the_counts() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("usage.tsv");
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    for round in 0..12u64 {
        let mut child = std::process::Command::new(&exe)
            .args([
                "crash_child_writes_counts",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("WK_CRASH_CHILD_FILE", &file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        // Let it write for a while (different each round), then SIGKILL it mid-stream.
        let wait = 60 + round * 37 % 200;
        let started = std::time::Instant::now();
        while started.elapsed().as_millis() < u128::from(wait) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let _ = child.kill();
        let _ = child.wait();
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue; // killed before its first write
        };
        // Whole: every line is a count, the header is there, all pages have the same count.
        assert!(
            text.starts_with("# Welcome Kiosk usage counts"),
            "round {round}: {text:.80}"
        );
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        let counts = Counts::parse(&text);
        assert_eq!(
            counts.all().count(),
            lines.len(),
            "round {round}: a damaged line"
        );
        assert_eq!(lines.len() % 200, 0, "round {round}: a file cut short");
        let values: std::collections::BTreeSet<u64> = counts.all().map(|(_, _, _, n)| n).collect();
        assert!(
            values.len() <= 1,
            "round {round}: a mix of two writes: {values:?}"
        );
    }
}

#[test]
fn the_panel_saves_the_counts_to_the_usb_stick() {
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let usb = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut kiosk = with_state(state.path(), Some(usb.path()));
    for _ in 0..11 {
        let _ = kiosk.update(Message::Open(Route::Emergency));
        let _ = kiosk.update(Message::Open(Route::Home));
    }
    assert!(kiosk.preview("panel"));
    // Below the default-language grid: in view on a portrait panel (a volunteer scrolls).
    assert!(common::tap_at(&mut kiosk, "panel-usage-save", (1080, 1920)));
    let saved: Vec<_> = std::fs::read_dir(usb.path())
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let csv = std::fs::read_to_string(&saved[0]).unwrap_or_default();
    assert!(csv.contains(",emergency,en,11\n"), "{csv}");
    let texts = welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_default();
    assert!(
        texts.iter().any(|t| t.starts_with("Saved to ")),
        "{texts:?}"
    );
    // Without a USB folder the panel says so instead.
    let mut nowhere = with_state(state.path(), None);
    assert!(nowhere.preview("panel"));
    assert!(common::tap_at(
        &mut nowhere,
        "panel-usage-save",
        (1080, 1920)
    ));
    let texts = welcome_kiosk::render::visible_texts(&nowhere, 1080, 1920).unwrap_or_default();
    assert!(
        texts.iter().any(|t| t.contains("No USB folder")),
        "{texts:?}"
    );
}
