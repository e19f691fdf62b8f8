//! Alerts as a kiosk takes them in: signature first, then content, then the board's rules.
//! Every alert here is an example (example.org senders, no real agency).

use super::*;
use crate::publish::keys;

pub(crate) fn t(s: &str) -> Timestamp {
    s.parse().unwrap_or(Timestamp::UNIX_EPOCH)
}

fn info(lang: &str, severity: Severity, headline: &str, expires: &str) -> Info {
    Info {
        language: lang.to_owned(),
        categories: vec!["Met".to_owned()],
        event: "Heat".to_owned(),
        urgency: "Expected".to_owned(),
        severity,
        certainty: "Likely".to_owned(),
        effective: None,
        onset: None,
        expires: Some(t(expires)),
        sender_name: Some("Example centre (EXAMPLE)".to_owned()),
        headline: Some(headline.to_owned()),
        description: Some("EXAMPLE: very hot days are expected.".to_owned()),
        instruction: Some("Drink water. Stay in the shade.".to_owned()),
        web: None,
        contact: None,
        areas: vec!["Example town".to_owned()],
    }
}

pub(crate) fn heat(id: &str, severity: Severity, expires: &str) -> Alert {
    Alert {
        identifier: id.to_owned(),
        sender: "alerts@example.org".to_owned(),
        sent: t("2026-12-02T08:00:00Z"),
        status: Status::Actual,
        msg_type: MsgType::Alert,
        scope: "Public".to_owned(),
        references: Vec::new(),
        infos: vec![
            info("en-GB", severity, "Heat warning (EXAMPLE)", expires),
            info("ar", severity, "تحذير من موجة حر (مثال)", expires),
        ],
    }
}

fn cancel_of(alert: &Alert) -> Alert {
    Alert {
        identifier: format!("{}-cancel", alert.identifier),
        sent: t("2026-12-02T09:00:00Z"),
        msg_type: MsgType::Cancel,
        references: vec![cap::Reference {
            sender: alert.sender.clone(),
            identifier: alert.identifier.clone(),
            sent: cap::format_time(alert.sent),
        }],
        infos: Vec::new(),
        ..alert.clone()
    }
}

struct Keys {
    dir: tempfile::TempDir,
    trusted: Vec<TrustedKey>,
    secret: PathBuf,
}

fn keys(name: &str) -> Keys {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (public, secret) = keys::keygen(dir.path(), name, None).unwrap_or_else(|e| panic!("{e}"));
    let trusted =
        vec![TrustedKey::parse(&public.display().to_string()).unwrap_or_else(|e| panic!("{e}"))];
    Keys {
        dir,
        trusted,
        secret,
    }
}

/// The alert's XML and its signature by `k`.
fn signed(k: &Keys, alert: &Alert) -> (Vec<u8>, String) {
    let file = k.dir.path().join(format!("{}.xml", alert.identifier));
    std::fs::write(&file, alert.to_xml()).unwrap_or_else(|e| panic!("{e}"));
    let sig = keys::sign(&file, &k.secret, None).unwrap_or_else(|e| panic!("{e}"));
    (
        std::fs::read(&file).unwrap_or_default(),
        std::fs::read_to_string(sig).unwrap_or_default(),
    )
}

const NOW: &str = "2026-12-02T10:00:00Z";

#[test]
fn a_signed_alert_is_admitted_and_its_languages_chosen() {
    let k = keys("c");
    let alert = heat("h1", Severity::Severe, "2026-12-03T18:00:00Z");
    let (xml, sig) = signed(&k, &alert);
    let admitted = admit(&xml, Some(&sig), &k.trusted, t(NOW));
    assert_eq!(admitted.as_ref().ok(), Some(&alert));
    let ar = [crate::lang!("ar")];
    let (chosen, own) = info_for(&alert, &ar, &ar).unwrap_or_else(|| panic!("no info"));
    assert!(own);
    assert_eq!(chosen.language, "ar");
    // English-speaking visitor: en-GB is theirs (fallback chains), no notice.
    let en = [crate::lang!("en")];
    let (chosen, own) = info_for(&alert, &en, &en).unwrap_or_else(|| panic!("no info"));
    assert!(own, "{}", chosen.language);
    // Tigrinya visitor, centre default English: the English text, with a notice.
    let chain = [crate::lang!("ti"), crate::lang!("en")];
    let (chosen, own) = info_for(&alert, &chain, &chain[..1]).unwrap_or_else(|| panic!("no info"));
    assert!(!own);
    assert_eq!(chosen.language, "en-GB");
    assert!(Board::takes_over(&alert));
    assert!(!Board::takes_over(&heat(
        "h2",
        Severity::Moderate,
        "2026-12-03T18:00:00Z"
    )));
}

#[test]
fn bad_alerts_are_refused_with_a_reason() {
    let k = keys("c");
    let other = keys("other");
    let alert = heat("h1", Severity::Extreme, "2026-12-03T18:00:00Z");
    let (xml, sig) = signed(&k, &alert);
    let refused = |bytes: &[u8], sig: Option<&str>| {
        admit(bytes, sig, &k.trusted, t(NOW))
            .err()
            .unwrap_or_default()
    };
    assert!(
        refused(&xml, None).contains("not signed"),
        "{}",
        refused(&xml, None)
    );
    let (_, wrong) = signed(&other, &alert);
    let why = refused(&xml, Some(&wrong));
    assert!(why.contains("does not trust"), "{why}");
    let mut changed = xml.clone();
    let at = changed.len() / 2;
    changed[at] = if changed[at] == b'a' { b'b' } else { b'a' };
    let why = refused(&changed, Some(&sig));
    assert!(why.contains("changed after it was signed"), "{why}");
    assert!(!why.contains("bundle"), "{why}");
    let (old, old_sig) = signed(&k, &heat("old", Severity::Severe, "2026-12-01T18:00:00Z"));
    assert!(refused(&old, Some(&old_sig)).contains("expired"));
    let (bad, bad_sig) = {
        let file = k.dir.path().join("bad.xml");
        let _ = std::fs::write(
            &file,
            "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x",
        );
        let sig = keys::sign(&file, &k.secret, None).unwrap_or_else(|e| panic!("{e}"));
        (
            std::fs::read(&file).unwrap_or_default(),
            std::fs::read_to_string(sig).unwrap_or_default(),
        )
    };
    assert!(!refused(&bad, Some(&bad_sig)).is_empty());
    let big = vec![b' '; 10 * 1024 * 1024];
    let why = refused(&big, Some(&sig));
    assert!(why.contains("more than the 256 KB"), "{why}");
    let mut test = alert.clone();
    test.identifier = "t".into();
    test.status = Status::Test;
    let (x, s) = signed(&k, &test);
    assert!(refused(&x, Some(&s)).contains("only \"Actual\""));
    let mut endless = alert.clone();
    endless.identifier = "e".into();
    endless.infos[1].expires = None;
    let (x, s) = signed(&k, &endless);
    assert!(refused(&x, Some(&s)).contains("no <expires>"));
}

#[test]
fn cancel_update_and_expiry() {
    let mut board = Board::default();
    let first = heat("h1", Severity::Severe, "2026-12-03T18:00:00Z");
    let minor = heat("m1", Severity::Minor, "2026-12-02T12:00:00Z");
    assert!(board.apply(minor.clone()));
    assert!(board.apply(first.clone()));
    assert!(
        !board.apply(first.clone()),
        "the same alert twice is one alert"
    );
    assert_eq!(board.active()[0].identifier, "h1", "most serious first");
    let mut update = heat("h1-update", Severity::Moderate, "2026-12-04T18:00:00Z");
    update.msg_type = MsgType::Update;
    update.sent = t("2026-12-02T09:30:00Z");
    update.references = cancel_of(&first).references;
    assert!(board.apply(update));
    let ids: Vec<&str> = board
        .active()
        .iter()
        .map(|a| a.identifier.as_str())
        .collect();
    assert_eq!(ids, ["h1-update", "m1"]);
    assert!(
        !board.apply(first.clone()),
        "a replaced alert does not come back"
    );
    assert!(board.expire(t("2026-12-02T12:00:00Z")));
    assert_eq!(board.active().len(), 1);
    let later = heat("h2", Severity::Extreme, "2026-12-05T18:00:00Z");
    board.apply(later.clone());
    assert!(board.apply(cancel_of(&later)));
    assert!(board.active().iter().all(|a| a.identifier != "h2"));
    assert_eq!(board.by_severity()[2], ("Moderate", 1));
}

#[test]
fn kept_alerts_survive_a_restart_until_they_end() {
    let k = keys("c");
    let state = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let long = heat("long", Severity::Severe, "2026-12-05T18:00:00Z");
    let short = heat("short", Severity::Minor, "2026-12-02T11:00:00Z");
    let gone = heat("gone", Severity::Extreme, "2026-12-05T18:00:00Z");
    for alert in [&long, &short, &gone] {
        let (xml, sig) = signed(&k, alert);
        assert!(keep(state.path(), alert, &xml, &sig).is_ok());
    }
    let (xml, sig) = signed(&k, &cancel_of(&gone));
    assert!(keep(state.path(), &cancel_of(&gone), &xml, &sig).is_ok());
    let (board, problems) = restore(state.path(), &k.trusted, t(NOW));
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<&str> = board
        .active()
        .iter()
        .map(|a| a.identifier.as_str())
        .collect();
    assert_eq!(ids, ["long", "short"]);
    // After "short" ended: only "long"; its file is gone.
    let (board, _) = restore(state.path(), &k.trusted, t("2026-12-02T12:00:00Z"));
    assert_eq!(board.active().len(), 1);
    // A kiosk that no longer trusts the key drops them, saying why.
    let (board, problems) = restore(state.path(), &keys("new").trusted, t(NOW));
    assert!(board.is_empty());
    assert!(
        problems.iter().any(|p| p.contains("does not trust")),
        "{problems:?}"
    );
}
