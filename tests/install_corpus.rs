//! The bad-input corpus: every hostile or broken bundle is refused with its own plain
//! message, and the kiosk's state (the active bundle included) is byte-for-byte unchanged.

mod support;

use std::io::Cursor;

use support::{
    Entry, Signer, archive, good_archive, manifest_of, raw_tar, small_bundle, snapshot, store_with,
    today,
};
use welcome_kiosk::publish::manifest;
use welcome_kiosk::publish::store::Limits;

/// An archive and its signature (if any).
type Signed = (Vec<u8>, Option<String>);

/// A case: the archive and its signature, given the trusted signer and an untrusted one.
struct Case {
    name: &'static str,
    expect: &'static str,
    make: fn(&Signer, &Signer) -> Signed,
    limits: Option<Limits>,
}

fn signed(data: Vec<u8>, signer: &Signer) -> Signed {
    let sig = signer.sign(&data);
    (data, Some(sig))
}

/// Version 3 of the small bundle with one file replaced or added (manifest recomputed).
fn with_file(path: &str, bytes: &[u8]) -> Vec<u8> {
    let mut files: Vec<(String, Vec<u8>)> = small_bundle(3)
        .into_iter()
        .filter(|(p, _)| p != path)
        .collect();
    files.push((path.to_owned(), bytes.to_vec()));
    archive(&files, &manifest_of(&files, 3))
}

/// Version 3 with an extra raw entry after the regular files (manifest lists only the files,
/// or also the entry if `listed`).
fn with_entry(entry: Entry, listed: bool) -> Vec<u8> {
    let files = small_bundle(3);
    let mut m = manifest_of(&files, 3);
    if listed && let Ok(path) = String::from_utf8(entry.path.clone()) {
        m.files.insert(path, manifest::sha256_hex(&entry.data));
    }
    let mut entries = vec![Entry::file(manifest::NAME, m.to_toml().as_bytes())];
    entries.extend(files.iter().map(|(p, b)| Entry::file(p, b)));
    entries.push(entry);
    raw_tar(&entries)
}

fn png_bomb() -> Vec<u8> {
    // A real 16×16 PNG whose header then claims 30000×30000 pixels (with a valid CRC).
    let mut png = Vec::new();
    let _ =
        image::RgbaImage::new(16, 16).write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png);
    png[16..20].copy_from_slice(&30_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&30_000u32.to_be_bytes());
    let crc = support::crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

fn jpeg_absurd() -> Vec<u8> {
    let mut jpg = Vec::new();
    let _ =
        image::RgbImage::new(16, 16).write_to(&mut Cursor::new(&mut jpg), image::ImageFormat::Jpeg);
    // Patch the frame header (SOF0, FF C0): height and width become 65000.
    if let Some(i) = jpg.windows(2).position(|w| w == [0xFF, 0xC0]) {
        jpg[i + 5..i + 7].copy_from_slice(&65_000u16.to_be_bytes());
        jpg[i + 7..i + 9].copy_from_slice(&65_000u16.to_be_bytes());
    }
    jpg
}

const CASES: &[Case] = &[
    Case {
        name: "signature of another archive",
        expect: "the signature does not match",
        limits: None,
        make: |s, _| {
            let sig = s.sign(&good_archive(4));
            (good_archive(3), Some(sig))
        },
    },
    Case {
        name: "signed by an untrusted key",
        expect: "which this kiosk does not trust",
        limits: None,
        make: |_, other| signed(good_archive(3), other),
    },
    Case {
        name: "truncated signature",
        expect: "damaged or cut short",
        limits: None,
        make: |s, _| {
            let sig = s.sign(&good_archive(3));
            (good_archive(3), Some(sig[..sig.len() / 2].to_owned()))
        },
    },
    Case {
        name: "unsigned",
        expect: "not signed",
        limits: None,
        make: |_, _| (good_archive(3), None),
    },
    Case {
        name: "downgrade",
        expect: "older than version 2",
        limits: None,
        make: |s, _| signed(good_archive(1), s),
    },
    Case {
        name: "replay of the same version",
        expect: "already installed",
        limits: None,
        make: |s, _| signed(good_archive(2), s),
    },
    Case {
        name: "../ path",
        expect: "climbs out of the bundle",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(Entry::file("guides/../../evil.toml", b"x"), true),
                s,
            )
        },
    },
    Case {
        name: "absolute path",
        expect: "is an absolute path",
        limits: None,
        make: |s, _| signed(with_entry(Entry::file("/etc/evil", b"x"), true), s),
    },
    Case {
        name: "symlink",
        expect: "is a symbolic link",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(
                    Entry {
                        path: b"guides/link.md".to_vec(),
                        kind: tar::EntryType::Symlink,
                        data: Vec::new(),
                        link: Some(b"/etc/shadow".to_vec()),
                    },
                    true,
                ),
                s,
            )
        },
    },
    Case {
        name: "hard link",
        expect: "is a hard link",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(
                    Entry {
                        path: b"guides/hard.md".to_vec(),
                        kind: tar::EntryType::Link,
                        data: Vec::new(),
                        link: Some(b"bundle.toml".to_vec()),
                    },
                    true,
                ),
                s,
            )
        },
    },
    Case {
        name: "device file",
        expect: "is a device file",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(
                    Entry {
                        path: b"guides/dev".to_vec(),
                        kind: tar::EntryType::Char,
                        data: Vec::new(),
                        link: None,
                    },
                    true,
                ),
                s,
            )
        },
    },
    Case {
        name: "file over the size cap",
        expect: "the limit per file is 1 MB",
        limits: Some(Limits {
            max_file: 1024 * 1024,
            ..LIMITS
        }),
        make: |s, _| signed(with_file("images/big.png", &vec![0u8; 2 * 1024 * 1024]), s),
    },
    Case {
        name: "too many files",
        expect: "the limit is 5",
        limits: Some(Limits {
            max_files: 5,
            ..LIMITS
        }),
        make: |s, _| signed(good_archive(3), s),
    },
    Case {
        name: "hash mismatch",
        expect: "does not match its SHA-256",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let m = manifest_of(&files, 3);
            let mut changed = files.clone();
            changed[1].1 = b"phones = [\"000 000 66 66\"]\n".to_vec();
            signed(archive(&changed, &m), s)
        },
    },
    Case {
        name: "file not in the manifest",
        expect: "not in manifest.toml",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(Entry::file("guides/extra.toml", b"order = 1\n"), false),
                s,
            )
        },
    },
    Case {
        name: "manifest entry missing from the archive",
        expect: "but the archive does not contain it",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let mut m = manifest_of(&files, 3);
            m.files
                .insert("guides/ghost.toml".into(), manifest::sha256_hex(b"boo"));
            signed(archive(&files, &m), s)
        },
    },
    Case {
        name: "PNG decompression bomb",
        expect: "images/desk.png:1:1: error: the image is ",
        limits: None,
        make: |s, _| signed(with_file("images/desk.png", &png_bomb()), s),
    },
    Case {
        name: "JPEG with absurd dimensions",
        expect: "pixels; at most 4096×4096 are accepted",
        limits: None,
        make: |s, _| {
            let mut files: Vec<(String, Vec<u8>)> = small_bundle(3)
                .into_iter()
                .filter(|(p, _)| p != "images/desk.png")
                .collect();
            files.push(("images/desk.jpg".into(), jpeg_absurd()));
            for f in &mut files {
                if f.0 == "guides/union.toml" {
                    f.1 = b"icon = \"union\"\nimage = \"desk.jpg\"\n".to_vec();
                }
            }
            signed(archive(&files, &manifest_of(&files, 3)), s)
        },
    },
    Case {
        name: "invalid UTF-8",
        expect: "is not UTF-8 text",
        limits: None,
        make: |s, _| signed(with_file("guides/union.fr.md", b"# Adh\xe9rer\n"), s),
    },
    Case {
        name: "byte-order mark in the manifest",
        expect: "byte-order mark",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let text = format!("\u{FEFF}{}", manifest_of(&files, 3).to_toml());
            let mut entries = vec![Entry::file(manifest::NAME, text.as_bytes())];
            entries.extend(files.iter().map(|(p, b)| Entry::file(p, b)));
            signed(raw_tar(&entries), s)
        },
    },
    Case {
        name: "bidi override in a phone number",
        expect: "invisible direction mark",
        limits: None,
        make: |s, _| {
            signed(
                with_file(
                    "contacts/emergency.toml",
                    "phones = [\"1\u{202E}12\"]\n".as_bytes(),
                ),
                s,
            )
        },
    },
    Case {
        name: "TOML syntax error",
        expect: "this is not valid TOML",
        limits: None,
        make: |s, _| {
            signed(
                with_file(
                    "guides/union.toml",
                    b"icon = \"union\nimage = \"desk.png\"\n",
                ),
                s,
            )
        },
    },
    Case {
        name: "expired bundle",
        expect: "this bundle expired on 2026-01-31",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let mut m = manifest_of(&files, 3);
            m.expires = Some(jiff::civil::date(2026, 1, 31));
            signed(archive(&files, &m), s)
        },
    },
    Case {
        name: "empty tar",
        expect: "the archive is empty",
        limits: None,
        make: |s, _| signed(vec![0u8; 1024], s),
    },
    Case {
        name: "gzip'd tar",
        expect: "compressed (gzip)",
        limits: None,
        make: |s, _| {
            let mut data = vec![0x1f, 0x8b, 0x08, 0x00];
            data.extend(good_archive(3));
            signed(data, s)
        },
    },
    Case {
        name: "duplicate entry",
        expect: "appears twice",
        limits: None,
        make: |s, _| signed(with_entry(Entry::file("bundle.toml", b"x"), false), s),
    },
    Case {
        name: "manifest not first",
        expect: "the first file of the archive must be manifest.toml",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let mut entries: Vec<Entry> = files.iter().map(|(p, b)| Entry::file(p, b)).collect();
            entries.push(Entry::file(
                manifest::NAME,
                manifest_of(&files, 3).to_toml().as_bytes(),
            ));
            signed(raw_tar(&entries), s)
        },
    },
    Case {
        name: "another bundle id",
        expect: "is a different bundle",
        limits: None,
        make: |s, _| {
            let files = small_bundle(3);
            let mut m = manifest_of(&files, 3);
            m.id = "org.attacker.bundle".into();
            signed(archive(&files, &m), s)
        },
    },
    Case {
        name: "manifest and bundle.toml disagree",
        expect: "but manifest.toml says",
        limits: None,
        make: |s, _| {
            let files = small_bundle(4);
            signed(archive(&files, &manifest_of(&files, 3)), s)
        },
    },
    Case {
        name: "name that is not UTF-8",
        expect: "name is not UTF-8",
        limits: None,
        make: |s, _| {
            signed(
                with_entry(
                    Entry {
                        path: b"guides/\xff.md".to_vec(),
                        kind: tar::EntryType::Regular,
                        data: b"x".to_vec(),
                        link: None,
                    },
                    false,
                ),
                s,
            )
        },
    },
    Case {
        name: "hidden file",
        expect: "is a hidden file",
        limits: None,
        make: |s, _| signed(with_entry(Entry::file("guides/.profile", b"x"), true), s),
    },
];

const LIMITS: Limits = Limits {
    max_archive: 512 * 1024 * 1024,
    max_files: 5000,
    max_file: 16 * 1024 * 1024,
    max_total: 256 * 1024 * 1024,
};

#[test]
fn every_bad_bundle_is_refused_and_changes_nothing() {
    assert!(CASES.len() >= 25);
    let signer = Signer::new();
    let stranger = Signer::new();
    let mut failures = Vec::new();
    for case in CASES {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let mut store = store_with(&state, &signer, 2);
        if let Some(limits) = case.limits {
            store = store.with_limits(limits);
        }
        let before = snapshot(&state);
        let (data, sig) = (case.make)(&signer, &stranger);
        let path = support::publish(dir.path(), "bundle-3.tar", &data, sig.as_deref());
        let result = store.install(&path, std::slice::from_ref(&signer.public), today());
        if std::env::var_os("SHOW_REFUSALS").is_some() {
            eprintln!("{:<40} {result:?}", case.name);
        }
        match &result {
            Err(why) if why.to_string().contains(case.expect) => {}
            other => failures.push(format!(
                "{}: expected \"{}\", got {other:?}",
                case.name, case.expect
            )),
        }
        if snapshot(&state) != before {
            failures.push(format!("{}: the state directory changed", case.name));
        }
        assert_eq!(store.active().map(|a| a.version), Some(2), "{}", case.name);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_good_bundle_installs_after_all() {
    // The corpus is only meaningful if the same machinery accepts a good bundle.
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let store = store_with(&dir.path().join("state"), &signer, 2);
    let (data, sig) = signed(good_archive(3), &signer);
    let path = support::publish(dir.path(), "bundle-3.tar", &data, sig.as_deref());
    let active = store.install(&path, std::slice::from_ref(&signer.public), today());
    assert_eq!(active.map(|a| a.active.version), Ok(3));
}
