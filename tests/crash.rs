//! Pull the plug during installs: a child process installs a new bundle and is killed with
//! SIGKILL at a random moment. Whatever the moment, the next start finds exactly one complete,
//! verified version active (the old or the new one) and nothing half-written left behind.
//! `CRASH_RUNS=300 cargo test --test crash` (or tests/crash-install.sh) runs more rounds.

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{Signer, good_archive, publish, store_with};
use welcome_kiosk::publish::Store;
use welcome_kiosk::updates::load_dir;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn leftovers(root: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for dir in [root.to_path_buf(), root.join("bundles")] {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if std::path::Path::new(&name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("tmp"))
            {
                out.push(name);
            }
        }
    }
    out
}

#[test]
fn sigkill_at_any_moment_leaves_one_complete_verified_version() {
    let runs: usize = std::env::var("CRASH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let seed: u64 = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    let mut rng = Rng(seed);
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    store_with(&state, &signer, 1);
    let key = dir.path().join("key.pub");
    std::fs::write(
        &key,
        format!("untrusted comment: test key\n{}\n", signer.public.base64()),
    )
    .unwrap();

    let install = |version: u64| {
        let data = good_archive(version);
        let archive = publish(
            dir.path(),
            &format!("bundle-{version}.tar"),
            &data,
            Some(&signer.sign(&data)),
        );
        Command::new(env!("CARGO_BIN_EXE_welcome-kiosk"))
            .arg("install")
            .arg(&archive)
            .arg("--state-dir")
            .arg(&state)
            .arg("--pubkey")
            .arg(&key)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };

    // How long an uninterrupted install takes, to spread the kills over it.
    let started = Instant::now();
    let status = install(2).wait().unwrap();
    assert!(status.success());
    let full = started.elapsed();

    let (mut old, mut new) = (0, 0);
    for run in 0..runs {
        let before = Store::new(&state).open().active.map_or(0, |a| a.version);
        let target = before + 1;
        let mut child = install(target);
        let wait = full.mul_f64((rng.next() % 1200) as f64 / 1000.0);
        std::thread::sleep(wait);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();

        let opened = Store::new(&state).open();
        let context = format!("run {run} (seed {seed}), killed after {wait:?} of {full:?}");
        let Some(active) = opened.active else {
            panic!("{context}: no active bundle: {:?}", opened.notes);
        };
        assert!(opened.notes.is_empty(), "{context}: {:?}", opened.notes);
        assert!(
            active.version == before || active.version == target,
            "{context}: version {}",
            active.version
        );
        assert!(
            leftovers(&state).is_empty(),
            "{context}: {:?}",
            leftovers(&state)
        );
        assert!(
            load_dir(&active.dir, None).is_ok(),
            "{context}: the active bundle does not load"
        );
        if active.version == target {
            new += 1;
        } else {
            old += 1;
        }
    }
    eprintln!(
        "{runs} kills (seed {seed}): {old} left the previous version active, {new} the new one"
    );
    // The kills must land both before and after the switch, or the test proves little.
    if runs >= 20 {
        assert!(
            old > 0 && new > 0,
            "all kills landed on one side: {old} old, {new} new"
        );
    }
}

#[test]
fn crash_between_activation_and_the_version_record_is_no_replay_hole() {
    // ACTIVE is written before highest.toml. If the process dies between the two, the active
    // version still counts as installed: the same archive cannot be installed "again", and an
    // older one is still refused.
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let store = store_with(dir.path(), &signer, 3);
    std::fs::write(
        dir.path().join("highest.toml"),
        "id = \"org.example.test\"\nversion = 2\n",
    )
    .unwrap();
    assert_eq!(store.highest().map(|h| h.1), Some(3));
    let data = good_archive(3);
    let r = store.install_bytes(
        &data,
        Some(&signer.sign(&data)),
        std::slice::from_ref(&signer.public),
        support::today(),
    );
    assert!(matches!(
        r,
        Err(welcome_kiosk::publish::InstallError::AlreadyInstalled(_))
    ));
    let _ = Duration::ZERO;
}
