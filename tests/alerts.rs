//! Emergency alerts end to end: CAP files through the USB folder and the channel (good,
//! unsigned, wrong key, expired, Cancel, malformed, 10 MB), then on screen — a serious alert
//! over the attract screen and a detail page until "I have read this", lesser ones as a strip,
//! the emergency number one tap away, gone at `expires`, kept across a restart. Every alert
//! here is an example (example.org senders; 112 is the real European emergency number).

mod common;
mod support;

use std::sync::{Arc, Mutex};

use common::{kiosk, tap, tap_at};
use support::Signer;
use support::http::{Site, serve};
use welcome_kiosk::alerts::cap::{Alert, MsgType, Reference, Severity};
use welcome_kiosk::kiosk::{Clock, Kiosk, Message, Route};
use welcome_kiosk::metrics::Reason;
use welcome_kiosk::publish::Store;
use welcome_kiosk::publish::fetch::{ChannelState, Sources};
use welcome_kiosk::updates::{SeenFiles, Update, alerts_from_channel, alerts_in_folder};

fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(jiff::Timestamp::now().as_second()).unwrap_or_default()
}

fn hours(h: i64) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(h)
}

/// An example heat alert in English and Arabic, sent now, ending in `hours_left`.
fn heat(id: &str, severity: Severity, hours_left: i64) -> Alert {
    let sent = now();
    common::example_alert(id, severity, sent, sent + hours(hours_left))
}

fn cancel_of(alert: &Alert) -> Alert {
    Alert {
        identifier: format!("{}-cancel", alert.identifier),
        msg_type: MsgType::Cancel,
        references: vec![Reference {
            sender: alert.sender.clone(),
            identifier: alert.identifier.clone(),
            sent: welcome_kiosk::alerts::cap::format_time(alert.sent),
        }],
        infos: Vec::new(),
        ..alert.clone()
    }
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8], signature: Option<String>) {
    std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{e}"));
    if let Some(sig) = signature {
        std::fs::write(dir.join(format!("{name}.minisig")), sig).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// What each update says: ("alert", identifier) or ("problem", reason text).
fn outcomes(updates: Vec<Update>) -> Vec<(String, String)> {
    updates
        .into_iter()
        .map(|u| match u {
            Update::Alert(a) => ("alert".to_owned(), a.identifier.clone()),
            Update::Problem(why, reason) => {
                assert_eq!(reason, Reason::AlertRefused, "{why}");
                ("problem".to_owned(), why)
            }
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

#[test]
fn usb_alerts_are_shown_or_refused_with_a_reason() {
    let signer = Signer::new();
    let stranger = Signer::new();
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let stick = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let good = heat("good", Severity::Severe, 24);
    let xml = good.to_xml();
    write(
        stick.path(),
        "a-good.xml",
        xml.as_bytes(),
        Some(signer.sign(xml.as_bytes())),
    );
    write(stick.path(), "b-unsigned.xml", xml.as_bytes(), None);
    write(
        stick.path(),
        "c-wrong-key.xml",
        xml.as_bytes(),
        Some(stranger.sign(xml.as_bytes())),
    );
    let old = heat("old", Severity::Severe, -1);
    let old_xml = old.to_xml();
    write(
        stick.path(),
        "d-expired.xml",
        old_xml.as_bytes(),
        Some(signer.sign(old_xml.as_bytes())),
    );
    let broken = xml.replace("</alert>", "");
    write(
        stick.path(),
        "e-broken.xml",
        broken.as_bytes(),
        Some(signer.sign(broken.as_bytes())),
    );
    let big = vec![b' '; 10 * 1024 * 1024];
    write(stick.path(), "f-big.xml", &big, Some(signer.sign(&big)));
    let cancel = cancel_of(&good).to_xml();
    write(
        stick.path(),
        "g-cancel.xml",
        cancel.as_bytes(),
        Some(signer.sign(cancel.as_bytes())),
    );
    let sources = Sources {
        store: Store::new(state.path()),
        keys: vec![signer.public.clone()],
        allow_http: false,
    };
    let mut seen = SeenFiles::default();
    let got = outcomes(alerts_in_folder(&sources, stick.path(), &mut seen));
    let expect: [(&str, &str); 7] = [
        ("alert", "good"),
        ("problem", "not signed"),
        ("problem", "does not trust"),
        ("problem", "expired"),
        ("problem", "line"),
        ("problem", "more than the 256 KB"),
        ("alert", "good-cancel"),
    ];
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for ((kind, text), (want_kind, want)) in got.iter().zip(expect) {
        assert_eq!(kind, want_kind, "{text}");
        assert!(text.contains(want), "{text} should say {want}");
        assert!(!text.contains("bundle"), "{text}");
    }
    // A stick left in the port is read once.
    assert!(alerts_in_folder(&sources, stick.path(), &mut seen).is_empty());
    // Both accepted files are kept; after a restart the Cancel still cancels.
    let kept = std::fs::read_dir(state.path().join("alerts")).map_or(0, |d| {
        d.flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "xml"))
            .count()
    });
    assert_eq!(kept, 2);
    let mut config = common::config(Some("en"));
    config.settings.state_dir = Some(state.path().to_path_buf());
    config.settings.trusted_keys = vec![signer.public.clone()];
    assert!(Kiosk::new(config).alerts().is_empty());
}

#[test]
fn channel_alerts_are_fetched_checked_and_shown() {
    let signer = Signer::new();
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let site = Arc::new(Mutex::new(Site::default()));
    let (base, _server, _listener) = serve(site.clone());
    let good = heat("channel-good", Severity::Moderate, 24).to_xml();
    let tampered = good.replace("Heat warning", "Heat warming");
    {
        let mut site = site
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        site.files
            .insert("heat.xml".into(), good.clone().into_bytes());
        site.files.insert(
            "heat.xml.minisig".into(),
            signer.sign(good.as_bytes()).into_bytes(),
        );
        site.files
            .insert("tampered.xml".into(), tampered.into_bytes());
        site.files.insert(
            "tampered.xml.minisig".into(),
            signer.sign(good.as_bytes()).into_bytes(),
        );
        site.files
            .insert("big.xml".into(), vec![b' '; 10 * 1024 * 1024]);
        site.files.insert(
            "channel.json".into(),
            br#"{"id": "", "version": 0, "bundle": "", "signature": "", "alerts": [
                {"alert": "heat.xml", "signature": "heat.xml.minisig"},
                {"alert": "tampered.xml", "signature": "tampered.xml.minisig"},
                {"alert": "big.xml", "signature": "big.xml.minisig"},
                {"alert": "missing.xml", "signature": "missing.xml.minisig"}]}"#
                .to_vec(),
        );
    }
    let sources = Sources {
        store: Store::new(state.path()),
        keys: vec![signer.public.clone()],
        allow_http: true,
    };
    let mut channel = ChannelState::default();
    let url = format!("{base}/channel.json");
    let polled = sources.poll_channel(&url, &mut channel, support::today());
    assert!(matches!(polled, Ok(None)), "{polled:?}");
    let updates = alerts_from_channel(&sources, &mut channel);
    assert_eq!(updates.len(), 4);
    assert!(matches!(&updates[0], Update::Alert(a) if a.identifier == "channel-good"));
    assert!(
        matches!(&updates[1], Update::Problem(why, Reason::AlertRefused) if why.contains("changed after it was signed")),
        "{:?}",
        updates[1]
    );
    assert!(
        matches!(&updates[2], Update::Problem(why, Reason::AlertRefused) if why.contains("larger than 256 KB")),
        "{:?}",
        updates[2]
    );
    assert!(
        matches!(&updates[3], Update::Problem(why, Reason::Unreachable) if why.contains("404")),
        "{:?}",
        updates[3]
    );
    // The channel did not change: the next poll fetches nothing again.
    assert!(matches!(
        sources.poll_channel(&url, &mut channel, support::today()),
        Ok(None)
    ));
    assert!(alerts_from_channel(&sources, &mut channel).is_empty());
}

fn kiosk_mode() -> Kiosk {
    let mut config = common::config(None);
    config.settings.kiosk = true;
    Kiosk::new(config)
}

fn arrive(kiosk: &mut Kiosk, alert: Alert) {
    let _ = kiosk.update(Message::Updates(Update::Alert(Arc::new(alert))));
}

fn ids(kiosk: &Kiosk, size: (u32, u32)) -> Vec<String> {
    welcome_kiosk::render::targets(kiosk, size.0, size.1)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|t| t.id)
        .collect()
}

#[test]
fn a_serious_alert_covers_the_attract_screen_until_read_then_is_a_strip() {
    let mut kiosk = kiosk_mode();
    assert_eq!(kiosk.route(), Route::Attract);
    arrive(&mut kiosk, heat("h", Severity::Extreme, 6));
    let on_attract = ids(&kiosk, (1920, 1080));
    for id in ["alert", "alert-read", "alert-emergency"] {
        assert!(on_attract.iter().any(|i| i == id), "{id}: {on_attract:?}");
    }
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1920, 1080).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t.contains("Heat warning (EXAMPLE)")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("112")),
        "the emergency number stays in view"
    );
    assert!(tap_at(&mut kiosk, "alert-read", (1920, 1080)));
    assert_eq!(kiosk.route(), Route::Language, "reading it starts a visit");
    assert!(kiosk.takeover().is_none());
    assert!(
        ids(&kiosk, (1280, 800))
            .iter()
            .any(|i| i == "alert-banner-0")
    );
    // The strip opens it again; Close (the same button) puts it away.
    assert!(tap(&mut kiosk, "alert-banner-0"));
    assert!(kiosk.takeover().is_some());
    assert!(tap(&mut kiosk, "alert-read"));
    assert!(kiosk.takeover().is_none());
    // The next visitor sees it again over everything.
    let _ = kiosk.reset();
    assert!(kiosk.takeover().is_some());
}

#[test]
fn over_a_detail_page_in_arabic_and_the_emergency_number_one_tap_away() {
    let mut kiosk = kiosk(Some("ar"));
    let page = Route::Detail(
        welcome_kiosk::content::ItemId::parse("guides/legal-aid-appointment")
            .unwrap_or_else(|| panic!("no id")),
    );
    let _ = kiosk.update(Message::Open(page.clone()));
    assert_eq!(kiosk.route(), page);
    arrive(&mut kiosk, heat("h", Severity::Severe, 6));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t.contains("تحذير من موجة حر")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("قرأتُ هذا") || t.contains("قرأت")),
        "{texts:?}"
    );
    assert!(tap(&mut kiosk, "alert-emergency"));
    assert_eq!(kiosk.route(), Route::Emergency);
    assert!(kiosk.takeover().is_none());
}

#[test]
fn lesser_alerts_are_a_strip_and_end_at_their_time_or_when_cancelled() {
    let start = now();
    let mut config = common::config(Some("en"));
    config.clock = Clock::Live(start);
    let mut kiosk = Kiosk::new(config);
    let short = heat("short", Severity::Moderate, 1);
    let long = heat("long", Severity::Minor, 24);
    arrive(&mut kiosk, short);
    arrive(&mut kiosk, long.clone());
    assert!(kiosk.takeover().is_none());
    assert_eq!(kiosk.banners().len(), 2);
    let on_home = ids(&kiosk, (800, 480));
    assert!(on_home.iter().any(|i| i == "alert-banner-1"), "{on_home:?}");
    let _ = kiosk.update(Message::Tick(start + hours(2)));
    assert_eq!(kiosk.alerts().len(), 1, "the one-hour alert is gone");
    arrive(&mut kiosk, cancel_of(&long));
    assert!(kiosk.alerts().is_empty());
}

#[test]
fn a_restart_keeps_an_alert_until_it_ends() {
    let signer = Signer::new();
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let alert = heat("kept", Severity::Severe, 3);
    let xml = alert.to_xml();
    assert!(
        welcome_kiosk::alerts::keep(
            state.path(),
            &alert,
            xml.as_bytes(),
            &signer.sign(xml.as_bytes())
        )
        .is_ok()
    );
    let start = |at: jiff::Timestamp| {
        let mut config = common::config(None);
        config.settings.kiosk = true;
        config.settings.state_dir = Some(state.path().to_path_buf());
        config.settings.trusted_keys = vec![signer.public.clone()];
        config.clock = Clock::Live(at);
        Kiosk::new(config)
    };
    let kiosk = start(now());
    assert_eq!(kiosk.alerts().len(), 1);
    assert!(
        kiosk.takeover().is_some(),
        "over the attract screen after the restart"
    );
    let later = start(now() + hours(4));
    assert!(later.alerts().is_empty());
}

#[test]
fn a_serious_alert_is_read_aloud_in_its_language_and_stops_when_read() {
    use welcome_kiosk::speech::{Speaker, Voices};
    let speaker = Speaker::null(Voices::of(&["en-gb", "ar"]));
    let mut config = common::config(Some("ar"));
    config.speaker = Some(speaker.clone());
    let mut kiosk = Kiosk::new(config);
    arrive(&mut kiosk, heat("h", Severity::Extreme, 6));
    assert!(tap(&mut kiosk, "listen"), "the alert has a Listen button");
    let reading = kiosk
        .reading()
        .cloned()
        .unwrap_or_else(|| panic!("not reading"));
    assert!(speaker.settle(std::time::Duration::from_secs(10)));
    let heard: Vec<String> = speaker
        .heard()
        .into_iter()
        .filter(|h| h.reading == reading.number)
        .map(|h| h.text)
        .collect();
    assert_eq!(
        heard.first().map(String::as_str),
        Some("تحذير من موجة حر (مثال)"),
        "{heard:?}"
    );
    assert!(heard.iter().any(|t| t.contains("اشرب الماء")), "{heard:?}");
    // While it reads, the button stops it; "I have read this" silences it too.
    assert!(
        ids(&kiosk, (1280, 800))
            .iter()
            .any(|i| i == "alert-stop-reading")
    );
    assert!(tap(&mut kiosk, "alert-read"));
    assert_eq!(kiosk.reading(), None);
}

#[test]
fn coordinators_write_check_and_sign_alerts_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_welcome-kiosk"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let (ok, text) = run(&[
        "alert",
        "new",
        "--out",
        "a.xml",
        "--language",
        "en",
        "--language",
        "ar",
        "--severity",
        "Moderate",
    ]);
    assert!(ok, "{text}");
    // The template's headlines must be written first.
    let (ok, text) = run(&["alert", "check", "a.xml"]);
    assert!(
        !ok && text.contains("still the one `alert new` wrote"),
        "{text}"
    );
    let xml = std::fs::read_to_string(dir.path().join("a.xml")).unwrap_or_default();
    let xml = xml
        .replace(
            "WRITE THE HEADLINE IN en HERE",
            "Office closed on Friday (EXAMPLE)",
        )
        .replace(
            "WRITE THE HEADLINE IN ar HERE",
            "المكتب مغلق يوم الجمعة (مثال)",
        );
    std::fs::write(dir.path().join("a.xml"), xml).unwrap_or_else(|e| panic!("{e}"));
    let (ok, text) = run(&["alert", "check", "a.xml"]);
    assert!(ok, "{text}");
    assert!(
        text.contains("shown as a strip") && text.contains("not signed yet"),
        "{text}"
    );
    let (ok, text) = run(&["keygen", "--unencrypted"]);
    assert!(ok, "{text}");
    let (ok, text) = run(&[
        "alert",
        "sign",
        "a.xml",
        "--key",
        "coordinator.key",
        "--channel",
        "channel.json",
    ]);
    assert!(ok, "{text}");
    assert!(!text.contains("not signed yet"), "{text}");
    let channel = std::fs::read_to_string(dir.path().join("channel.json")).unwrap_or_default();
    assert!(
        channel.contains("\"alert\": \"a.xml\"") && channel.contains("a.xml.minisig"),
        "{channel}"
    );
    let (ok, text) = run(&["alert", "check", "a.xml", "--pubkey", "coordinator.pub"]);
    assert!(ok && text.contains("signature: good"), "{text}");
    // Changed after signing: a kiosk would refuse it, and so does the check.
    let xml = std::fs::read_to_string(dir.path().join("a.xml")).unwrap_or_default();
    std::fs::write(dir.path().join("a.xml"), xml.replace("Friday", "Monday"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (ok, text) = run(&["alert", "check", "a.xml", "--pubkey", "coordinator.pub"]);
    assert!(
        !ok && text.contains("changed after it was signed"),
        "{text}"
    );
}

#[test]
fn reading_an_alert_on_the_attract_screen_starts_a_fresh_visit_not_an_idle_warning() {
    // Found in the real window: the visit began at the last idle tick (the kiosk's start),
    // so the idle warning came at once.
    let mut kiosk = kiosk_mode();
    arrive(&mut kiosk, heat("h", Severity::Extreme, 6));
    let reference = kiosk.alerts()[0].reference();
    let _ = common::send_at(
        &mut kiosk,
        welcome_kiosk::kiosk::screen::alert::Message::Read(reference),
        common::at(500.0),
    );
    assert_eq!(kiosk.route(), Route::Language);
    let _ = kiosk.update(Message::IdleTick(common::at(501.0)));
    assert!(
        common::visit(&kiosk).idle_deadline.is_none(),
        "no idle warning a second later"
    );
}
