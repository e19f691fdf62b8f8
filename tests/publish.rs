//! Publishing: pack, sign (ours and stock minisign), install, roll forward and back, start-up
//! checks, a full disk, validation output, and the running kiosk swapping content.

mod common;
mod support;

use std::process::Command;
use std::sync::Arc;

use support::{
    Signer, good_archive, publish, small_bundle, snapshot, store_with, today, write_dir,
};
use welcome_kiosk::kiosk::screen::language;
use welcome_kiosk::kiosk::{Kiosk, Message, Route};
use welcome_kiosk::publish::pack::{PackError, pack};
use welcome_kiosk::publish::{Store, TrustedKey, manifest};
use welcome_kiosk::updates::{Update, load_dir};

fn kiosk_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_welcome-kiosk"))
}

#[test]
fn pack_is_reproducible_and_puts_the_manifest_first() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    write_dir(&bundle, &small_bundle(5));
    let options = welcome_kiosk::content::Options {
        today: Some(today()),
        ..Default::default()
    };
    let (a, b) = (dir.path().join("a.tar"), dir.path().join("b.tar"));
    let first = pack(&bundle, &a, &options);
    assert!(first.is_ok());
    assert!(pack(&bundle, &b, &options).is_ok());
    let bytes = std::fs::read(&a).unwrap_or_default();
    assert_eq!(
        bytes,
        std::fs::read(&b).unwrap_or_default(),
        "two packs of the same files differ"
    );
    let mut archive = tar::Archive::new(std::io::Cursor::new(&bytes));
    let names: Vec<String> = archive
        .entries()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| String::from_utf8_lossy(&e.path_bytes()).into_owned())
        .collect();
    assert_eq!(names.first().map(String::as_str), Some(manifest::NAME));
    assert_eq!(names.len(), small_bundle(5).len() + 1);
}

#[test]
fn pack_refuses_a_bundle_with_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    let mut files = small_bundle(5);
    files.push((
        "contacts/bad.toml".into(),
        b"phones = [\"call me\"]\n".to_vec(),
    ));
    files.push(("contacts/bad.en.md".into(), b"# Bad\n".to_vec()));
    write_dir(&bundle, &files);
    let out = dir.path().join("x.tar");
    let result = pack(
        &bundle,
        &out,
        &welcome_kiosk::content::Options {
            today: Some(today()),
            ..Default::default()
        },
    );
    assert!(matches!(result, Err(PackError::Invalid(d)) if d.has_errors()));
    assert!(!out.exists());
}

/// The whole coordinator path with the real binary: keygen, pack, sign, install, status.
#[test]
fn command_line_keygen_pack_sign_install_status() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    write_dir(&bundle, &small_bundle(7));
    let run = |args: &[&str]| {
        let out = kiosk_bin()
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["keygen", "--unencrypted", "--name", "coord"]);
    run(&["pack", "bundle", "--channel"]);
    assert!(dir.path().join("bundle-7.tar").exists());
    let channel = std::fs::read_to_string(dir.path().join("channel.json")).unwrap_or_default();
    assert!(
        channel.contains("\"version\": 7") && channel.contains("bundle-7.tar.minisig"),
        "{channel}"
    );
    run(&["sign", "bundle-7.tar", "--key", "coord.key"]);
    run(&[
        "install",
        "bundle-7.tar",
        "--state-dir",
        "state",
        "--pubkey",
        "coord.pub",
    ]);
    let status = run(&["status", "--state-dir", "state"]);
    assert!(status.contains("id: org.example.test\n"), "{status}");
    assert!(status.contains("version: 7\n"), "{status}");
}

#[test]
fn signatures_made_by_stock_minisign_are_accepted() {
    // tests/fixtures/stock-minisign: bundle-3.tar (the test bundle of `good_archive(3)`),
    // signed by the stock minisign 0.11 tool (Debian package `minisign`) with
    //   minisign -G -W -p stock.pub -s stock.key
    //   minisign -S -s stock.key -m bundle-3.tar -t "signed by the stock minisign 0.11 …"
    // (the secret key was thrown away). A prehashed signature, minisign's default.
    let fixtures = std::path::Path::new("tests/fixtures/stock-minisign");
    let archive = fixtures.join("bundle-3.tar");
    assert_eq!(
        std::fs::read(&archive).unwrap_or_default(),
        good_archive(3),
        "the fixture is no longer the test bundle: sign a new one as described above"
    );
    let key = TrustedKey::parse(&fixtures.join("stock.pub").display().to_string()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("state"));
    assert_eq!(
        store
            .install(&archive, std::slice::from_ref(&key), today())
            .map(|a| a.active.version),
        Ok(3)
    );
    // The same signature does not fit another archive.
    let other = publish(
        dir.path(),
        "bundle-4.tar",
        &good_archive(4),
        std::fs::read_to_string(fixtures.join("bundle-3.tar.minisig"))
            .ok()
            .as_deref(),
    );
    assert!(store.install(&other, &[key], today()).is_err());
}

#[test]
#[ignore = "needs the stock minisign tool: apt-get install -y minisign"]
fn stock_minisign_signs_what_we_accept_and_verifies_what_we_sign() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let status = Command::new("minisign")
        .args(["-G", "-W", "-p", "stock.pub", "-s", "stock.key"])
        .current_dir(d)
        .output()
        .unwrap_or_else(|e| {
            panic!("the stock minisign tool is missing ({e}): apt-get install -y minisign")
        });
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let archive = publish(d, "bundle-3.tar", &good_archive(3), None);
    let signed = Command::new("minisign")
        .args(["-S", "-s", "stock.key", "-m", "bundle-3.tar"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(
        signed.status.success(),
        "{}",
        String::from_utf8_lossy(&signed.stderr)
    );
    let key = TrustedKey::parse(&d.join("stock.pub").display().to_string()).unwrap();
    let store = Store::new(d.join("state"));
    assert_eq!(
        store
            .install(&archive, &[key], today())
            .map(|a| a.active.version),
        Ok(3)
    );

    // And the other way: our signature checks out with the stock tool.
    let ours = Signer::new();
    std::fs::write(
        d.join("ours.pub"),
        format!("untrusted comment: test\n{}\n", ours.public.base64()),
    )
    .unwrap();
    let archive = publish(
        d,
        "bundle-4.tar",
        &good_archive(4),
        Some(&ours.sign(&good_archive(4))),
    );
    let verify = Command::new("minisign")
        .args(["-V", "-p", "ours.pub", "-m"])
        .arg(&archive)
        .current_dir(d)
        .output()
        .unwrap();
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
}

#[test]
fn key_rotation_accepts_any_configured_key() {
    let (old, new) = (Signer::new(), Signer::new());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let keys = [old.public.clone(), new.public.clone()];
    let data = good_archive(2);
    assert!(
        store
            .install_bytes(&data, Some(&old.sign(&data)), &keys, today())
            .is_ok()
    );
    let data = good_archive(3);
    assert!(
        store
            .install_bytes(&data, Some(&new.sign(&data)), &keys, today())
            .is_ok()
    );
}

#[test]
fn two_newest_bundles_are_kept_and_a_damaged_one_falls_back() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let store = store_with(dir.path(), &signer, 1);
    for v in 2..=4 {
        let data = good_archive(v);
        let r = store.install_bytes(
            &data,
            Some(&signer.sign(&data)),
            std::slice::from_ref(&signer.public),
            today(),
        );
        assert!(r.is_ok(), "{r:?}");
    }
    let mut kept: Vec<String> = std::fs::read_dir(dir.path().join("bundles"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(kept, ["v3", "v4"]);

    // Damage the active bundle: the next start shows version 3 and says why.
    std::fs::write(
        dir.path().join("bundles/v4/guides/union.en.md"),
        "# Tampered\n",
    )
    .unwrap();
    let opened = store.open();
    assert_eq!(opened.active.map(|a| a.version), Some(3));
    assert!(
        opened
            .notes
            .iter()
            .any(|n| n.contains("version 4 is damaged") && n.contains("guides/union.en.md")),
        "{:?}",
        opened.notes
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ACTIVE"))
            .unwrap_or_default()
            .trim(),
        "v3"
    );

    // Damage that one too: the built-in content, with the reasons.
    std::fs::remove_file(dir.path().join("bundles/v3/bundle.toml")).unwrap();
    let opened = store.open();
    assert!(opened.active.is_none());
    assert!(
        opened.notes.iter().any(|n| n.contains("built-in content")),
        "{:?}",
        opened.notes
    );

    // A rollback attack cannot reinstall version 3 either: it is older than version 4.
    let data = good_archive(3);
    let r = store.install_bytes(
        &data,
        Some(&signer.sign(&data)),
        std::slice::from_ref(&signer.public),
        today(),
    );
    assert!(r.is_err_and(|e| e.to_string().contains("older than version 4")));
}

#[test]
fn a_full_disk_leaves_the_previous_bundle_and_no_staging() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    store_with(dir.path(), &signer, 2);
    let data = good_archive(3);
    let sig = signer.sign(&data);
    // Budgets that run out while unpacking files, and later while switching ACTIVE.
    let needed: u64 = small_bundle(3)
        .iter()
        .map(|(_, b)| b.len() as u64)
        .sum::<u64>()
        + 2000;
    for budget in [100, needed / 2, needed, needed + 40] {
        let before = snapshot(dir.path());
        let store = Store::new(dir.path()).with_write_budget(budget);
        let r = store.install_bytes(
            &data,
            Some(&sig),
            std::slice::from_ref(&signer.public),
            today(),
        );
        if let Ok(active) = r {
            // Enough space after all: then it must be complete.
            assert_eq!(active.active.version, 3);
            return;
        }
        assert!(
            r.is_err_and(|e| e.to_string().contains("disk is full")),
            "budget {budget}"
        );
        assert_eq!(
            snapshot(dir.path()),
            before,
            "budget {budget}: the state changed"
        );
        assert_eq!(
            Store::new(dir.path()).open().active.map(|a| a.version),
            Some(2)
        );
    }
}

#[test]
fn validate_reports_outdated_translations_and_coverage_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = small_bundle(1);
    files.retain(|(p, _)| p != "guides/union.fr.md");
    files.push((
        "guides/union.fr.md".into(),
        b"+++\ntranslated_from = \"0123456789abcdef\"\n+++\n# Syndicat\n\nTexte.\n".to_vec(),
    ));
    write_dir(dir.path(), &files);
    let out = kiosk_bin()
        .args(["validate", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["errors"], 0);
    let warning = &json["diagnostics"][0];
    assert_eq!(warning["file"], "guides/union.fr.md");
    assert_eq!(warning["severity"], "warning");
    assert!(
        warning["message"]
            .as_str()
            .is_some_and(|m| m.contains("older en text")),
        "{warning}"
    );
    assert_eq!(json["coverage"]["cells"]["fr"]["guides"]["outdated"], 1);
    assert_eq!(json["coverage"]["cells"]["fr"]["contacts"]["translated"], 0);
    assert_eq!(json["coverage"]["cells"]["en"]["contacts"]["total"], 1);

    let text = kiosk_bin()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(
        stdout.contains("guides/union.fr.md:2:1: warning:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("fr             1/1!       0/0       0/1"),
        "{stdout}"
    );
}

#[test]
fn the_running_kiosk_swaps_in_new_content_and_keeps_the_visitor_in_place() {
    let dir = tempfile::tempdir().unwrap();
    write_dir(dir.path(), &small_bundle(1));
    let mut config = common::config(Some("fr"));
    let first = load_dir(dir.path(), None).unwrap_or_else(|e| panic!("{e:?}"));
    config.library = Arc::new(first);
    let mut kiosk = Kiosk::new(config);
    let guide = welcome_kiosk::content::ItemId::new(welcome_kiosk::content::Kind::Guides, "union");
    let _ = kiosk.update(Message::Open(Route::List(
        welcome_kiosk::content::Kind::Guides,
    )));
    let _ = kiosk.update(Message::Open(Route::Detail(guide.clone())));

    // Version 2 arrives: same place, new words.
    write_dir(dir.path(), &small_bundle(2));
    let second = load_dir(dir.path(), None).unwrap_or_else(|e| panic!("{e:?}"));
    let _ = kiosk.update(Message::Updates(Update::Installed(Arc::new(second))));
    assert_eq!(kiosk.route(), Route::Detail(guide.clone()));
    assert_eq!(
        kiosk.history(),
        vec![
            Route::Home,
            Route::List(welcome_kiosk::content::Kind::Guides)
        ]
    );
    let _ = kiosk.update(Message::Open(Route::Language));
    let _ = common::send(&mut kiosk, language::Message::Choose(common::lang("en")));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t == "Joining a union (version 2)"),
        "{texts:#?}"
    );

    // A preview edit that breaks the bundle: the problems show, the content stays.
    std::fs::write(dir.path().join("guides/union.toml"), "icon = \"union\n").unwrap();
    let Err(problems) = load_dir(dir.path(), None) else {
        panic!("should not load")
    };
    let _ = kiosk.update(Message::Updates(Update::PreviewProblems(Arc::new(
        problems,
    ))));
    let texts =
        welcome_kiosk::render::visible_texts(&kiosk, 1280, 800).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        texts.iter().any(|t| t == "Joining a union (version 2)"),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("guides/union.toml:1:") && t.contains("not valid TOML")),
        "{texts:#?}"
    );

    // The item disappears in the next version: the visitor lands on Home, not on a blank page.
    std::fs::remove_file(dir.path().join("guides/union.toml")).unwrap();
    for lang in ["en", "fr"] {
        std::fs::remove_file(dir.path().join(format!("guides/union.{lang}.md"))).unwrap();
    }
    std::fs::remove_file(dir.path().join("images/desk.png")).unwrap();
    let third = load_dir(dir.path(), None).unwrap_or_else(|e| panic!("{e:?}"));
    let _ = kiosk.update(Message::Updates(Update::Preview(Arc::new(third))));
    assert_eq!(kiosk.route(), Route::Home);
}

#[test]
fn watch_notices_a_saved_file_and_sends_the_new_content() {
    use welcome_kiosk::updates::{Background, stream};
    let dir = tempfile::tempdir().unwrap();
    write_dir(dir.path(), &small_bundle(1));
    let settings = welcome_kiosk::config::Config {
        bundle_dir: Some(dir.path().to_path_buf()),
        ..welcome_kiosk::config::Config::default()
    };
    let bg =
        Background::from_settings(&settings, true).unwrap_or_else(|| panic!("no background work"));
    // The folder's state is taken before `stream` returns: a save right after is seen.
    let mut rx = stream(&bg);
    let saved = std::time::Instant::now();
    std::fs::write(
        dir.path().join("guides/union.en.md"),
        "# Joining a union (edited)\n\nNew words.\n",
    )
    .unwrap();
    let deadline = saved + std::time::Duration::from_secs(10);
    let update = loop {
        if let Ok(update) = rx.try_recv() {
            break update;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no update after saving"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    eprintln!("preview updated {:?} after the save", saved.elapsed());
    let Update::Preview(loaded) = update else {
        panic!("{update:?}")
    };
    let guide = loaded.content.items.iter().find(|i| i.id.slug == "union");
    assert!(guide.is_some_and(|g| {
        g.texts
            .values()
            .any(|t| t.title == "Joining a union (edited)")
    }));
}

#[test]
fn what_validate_and_pack_accept_every_kiosk_installs_and_shows() {
    // 477 languages × 11 guides (5,211 files): once refused by every kiosk's install caps
    // that `validate` and `pack` never mentioned. One admission rule now decides for all.
    let work = tempfile::tempdir().unwrap();
    let bundle = work.path().join("bundle");
    support::big::big_bundle(&bundle, 477, 11, 0);
    let report = welcome_kiosk::validate::report(
        &bundle,
        &common::options(),
        &welcome_kiosk::speech::Voices::default(),
    );
    assert!(!report.diagnostics.has_errors(), "{:?}", report.diagnostics);
    let archive = work.path().join("big.tar");
    let (manifest, _) = pack(&bundle, &archive, &common::options())
        .unwrap_or_else(|_| panic!("pack refused what validate accepted"));
    assert_eq!(manifest.files.len(), 477 * 11 + 11 + 3);
    let signer = support::Signer::new();
    let data = std::fs::read(&archive).unwrap();
    let signature = signer.sign(&data);
    std::fs::write(format!("{}.minisig", archive.display()), signature).unwrap();
    let state = tempfile::tempdir().unwrap();
    let installed = Store::new(state.path())
        .install(
            &archive,
            std::slice::from_ref(&signer.public),
            support::today(),
        )
        .unwrap();
    assert_eq!(installed.admitted.content.meta.languages.len(), 477);
    let library = welcome_kiosk::library::Library::new(installed.admitted, Vec::new(), false, None);
    assert_eq!(library.offered.len(), 477);
    // The attract screen greets in the first 15 (no `featured`): a cycle within a minute.
    assert_eq!(library.attract_lines.len(), 15);
}
