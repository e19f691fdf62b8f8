//! The fuzz targets' seeds (`fuzz/seeds/<target>/`) and every input a fuzzer found
//! (`tests/fixtures/fuzz/<target>/`), replayed through the same bodies the fuzzers run
//! (`welcome_kiosk::fuzzing`): a crash, hang or blow-up once found and fixed stays fixed.
//! `WELCOME_KIOSK_WRITE_SEEDS=1 cargo test --test fuzz_regressions` writes the seeds again
//! from the test fixtures and the example bundle (docs/testing.md).

mod support;

use std::path::{Path, PathBuf};

use welcome_kiosk::fuzzing::{self, TARGETS};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|list| list.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.file_name().is_none_or(|n| n != "README.md"));
    files.sort();
    files
}

/// Run one input, naming the file if it panics.
fn replay(target: &str, run: fn(&[u8]), file: &Path) {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert!(
        std::panic::catch_unwind(|| run(&bytes)).is_ok(),
        "fuzz target {target} panicked on {}",
        file.display()
    );
}

#[test]
fn every_seed_replays_without_a_crash() {
    if std::env::var_os("WELCOME_KIOSK_WRITE_SEEDS").is_some() {
        seeds::write_all(&root().join("fuzz/seeds"));
    }
    for (target, run) in TARGETS {
        let seeds = inputs(&root().join("fuzz/seeds").join(target));
        assert!(
            !seeds.is_empty(),
            "fuzz/seeds/{target} has no seeds: run WELCOME_KIOSK_WRITE_SEEDS=1 cargo test --test fuzz_regressions"
        );
        for file in &seeds {
            replay(target, *run, file);
        }
    }
}

#[test]
fn every_input_the_fuzzers_found_replays_without_a_crash() {
    let found = root().join("tests/fixtures/fuzz");
    for (target, run) in TARGETS {
        for file in inputs(&found.join(target)) {
            replay(target, *run, &file);
        }
    }
    // Every folder there names a target (a typo would silently replay nothing).
    for dir in std::fs::read_dir(&found).into_iter().flatten().flatten() {
        let name = dir.file_name().to_string_lossy().into_owned();
        if dir.path().is_dir() {
            assert!(
                TARGETS.iter().any(|(t, _)| *t == name),
                "tests/fixtures/fuzz/{name} is not a fuzz target"
            );
        }
    }
}

/// The seeds are real inputs of each parser: if one stopped being accepted, the fuzzer
/// would start from garbage. Each kind of seed must still get through its parser.
#[test]
fn the_seeds_are_accepted_by_their_parsers() {
    let seeds = root().join("fuzz/seeds");
    let read = |target: &str, name: &str| {
        std::fs::read(seeds.join(target).join(name))
            .unwrap_or_else(|e| panic!("fuzz/seeds/{target}/{name}: {e}"))
    };
    let alert = read("cap", "heat-alert.example.xml");
    assert!(welcome_kiosk::alerts::cap::parse(&alert).is_ok());
    let manifest = String::from_utf8(read("manifest", "small-bundle.toml")).unwrap_or_default();
    assert!(welcome_kiosk::publish::manifest::Manifest::parse(&manifest).is_ok());
    let png = read("image", "story-portrait.png");
    assert!(welcome_kiosk::content::image::decode(&png).is_ok());
    let wav = read("audio", "tone.wav");
    assert!(welcome_kiosk::speech::audio::decode(&wav[1..], "a.wav").is_ok());
    let generated = read("bundle", "seed-00");
    let files = fuzzing::bundle_files(&generated);
    assert!(files.is_some_and(|f| f.files.contains_key("bundle.toml")));
}

mod seeds {
    use std::path::Path;

    use super::{root, support};

    fn put(dir: &Path, name: &str, bytes: &[u8]) {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    }

    fn with_choice(choice: u8, bytes: &[u8]) -> Vec<u8> {
        let mut out = vec![choice];
        out.extend_from_slice(bytes);
        out
    }

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// A tiny mono 16-bit WAV: 0.05 s of a 440 Hz tone at 8 kHz.
    fn tone_wav() -> Vec<u8> {
        let samples: Vec<i16> = (0..400)
            .map(|i| {
                ((f64::from(i) * 440.0 * std::f64::consts::TAU / 8000.0).sin() * 8000.0) as i16
            })
            .collect();
        let data_len = (samples.len() * 2) as u32;
        let mut out = Vec::new();
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data_len).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes()); // PCM
        out.extend_from_slice(&1u16.to_le_bytes()); // mono
        out.extend_from_slice(&8000u32.to_le_bytes());
        out.extend_from_slice(&16000u32.to_le_bytes());
        out.extend_from_slice(&2u16.to_le_bytes());
        out.extend_from_slice(&16u16.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data_len.to_le_bytes());
        for s in samples {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }

    /// Deterministic bytes (a linear congruential generator) for the structure-aware target.
    fn noise(seed: u64, len: usize) -> Vec<u8> {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 56) as u8
            })
            .collect()
    }

    pub fn write_all(seeds: &Path) {
        let _ = std::fs::remove_dir_all(seeds);
        publishing(seeds);
        bundle_files(seeds);
        media(seeds);
        other(seeds);
    }

    /// Archives and manifests.
    fn publishing(seeds: &Path) {
        let small = support::small_bundle(3);
        let manifest = support::manifest_of(&small, 3);
        // archive: a good one as is and with its manifest redone, and hostile ones.
        let good = support::good_archive(3);
        put(&seeds.join("archive"), "good", &with_choice(0, &good));
        put(
            &seeds.join("archive"),
            "good-rehashed",
            &with_choice(1, &good),
        );
        let mut entries = vec![support::Entry::file(
            "manifest.toml",
            manifest.to_toml().as_bytes(),
        )];
        entries.extend(small.iter().map(|(p, b)| support::Entry::file(p, b)));
        entries.push(support::Entry {
            path: b"guides/link.toml".to_vec(),
            kind: tar::EntryType::Symlink,
            data: Vec::new(),
            link: Some(b"../../etc/passwd".to_vec()),
        });
        entries.push(support::Entry::file("guides/../../evil.toml", b"x"));
        put(
            &seeds.join("archive"),
            "hostile",
            &with_choice(1, &support::raw_tar(&entries)),
        );
        // manifest
        put(
            &seeds.join("manifest"),
            "small-bundle.toml",
            manifest.to_toml().as_bytes(),
        );
        let mut expiring = manifest.clone();
        expiring.expires = Some(jiff::civil::date(2027, 3, 1));
        expiring
            .files
            .insert("guides/\"quoted\" é.en.md".into(), "00".repeat(32));
        put(
            &seeds.join("manifest"),
            "expiring.toml",
            expiring.to_toml().as_bytes(),
        );
    }

    /// A bundle's own files: bundle.toml, each kind's facts, texts, translations.
    fn bundle_files(seeds: &Path) {
        put(
            &seeds.join("bundle_toml"),
            "example",
            &read("assets/bundle/bundle.toml"),
        );
        put(
            &seeds.join("bundle_toml"),
            "multilingual",
            &read("tests/fixtures/multilingual/bundle/bundle.toml"),
        );
        // item: each kind's facts and texts of the example bundle, with the byte that puts
        // them in the matching file of the fuzz bundle.
        let items: [(u8, &str); 9] = [
            (0, "assets/bundle/guides/join-a-union.toml"),
            (1, "assets/bundle/jobs/kitchen-assistant.toml"),
            (2, "assets/bundle/contacts/centre-reception.toml"),
            (3, "assets/bundle/services/legal-aid.toml"),
            (4, "assets/bundle/events/film-festival-screening.toml"),
            (5, "assets/bundle/stories/nadia.toml"),
            (6, "assets/bundle/guides/join-a-union.en.md"),
            (7, "assets/bundle/contacts/emergency-112.toml"),
            (8, "assets/bundle/guides/join-a-union.ar.md"),
        ];
        for (choice, path) in items {
            let Ok(bytes) = std::fs::read(root().join(path)) else {
                continue; // an example item renamed: the others still seed the target
            };
            let name = path.rsplit('/').next().unwrap_or(path);
            put(&seeds.join("item"), name, &with_choice(choice, &bytes));
        }
        // markdown: one guide in several scripts, a job, a story.
        for lang in ["en", "ar", "ti", "zh-Hans", "th", "uk"] {
            let path = format!("assets/bundle/guides/join-a-union.{lang}.md");
            put(
                &seeds.join("markdown"),
                &format!("union.{lang}.md"),
                &read(&path),
            );
        }
        // fluent: translation files in each target language choice (0 en, 1 ar, 2 pl, ...).
        for (choice, lang) in [(0u8, "en"), (1, "ar"), (2, "pl"), (5, "ti")] {
            let text = read(&format!("locales/{lang}/kiosk.ftl"));
            put(
                &seeds.join("fluent"),
                &format!("{lang}.ftl"),
                &with_choice(choice, &text),
            );
        }
    }

    /// Pictures and recordings.
    fn media(seeds: &Path) {
        put(
            &seeds.join("image"),
            "story-portrait.png",
            &read("assets/bundle/images/story-portrait.png"),
        );
        let mut jpeg = Vec::new();
        let _ = image::RgbImage::from_pixel(24, 16, image::Rgb([200, 80, 40])).write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        );
        put(&seeds.join("image"), "small.jpg", &jpeg);
        // audio: a WAV; Ogg and Opus start from their magic numbers.
        put(
            &seeds.join("audio"),
            "tone.wav",
            &with_choice(0, &tone_wav()),
        );
        put(
            &seeds.join("audio"),
            "ogg-start",
            &with_choice(
                1,
                b"OggS\0\x02\0\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0\x01\x1e\x01vorbis",
            ),
        );
        put(&seeds.join("audio"), "opus-start", &with_choice(2, b"OggS\0\x02\0\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0\0\0\0\0\x01\x13OpusHead\x01\x01\0\0\x80\xbb\0\0\0\0\0"));
    }

    /// Configuration, alerts, search queries, generated bundles.
    fn other(seeds: &Path) {
        put(
            &seeds.join("config"),
            "example.toml",
            &read("packaging/config.toml.example"),
        );
        put(
            &seeds.join("config"),
            "night.toml",
            &read("docs/examples/night.example.toml"),
        );
        // cap
        put(
            &seeds.join("cap"),
            "heat-alert.example.xml",
            &read("docs/examples/heat-alert.example.xml"),
        );
        // search: what visitors type, in several scripts, with typos.
        for (i, query) in [
            "lawyer",
            "Rechtsanwalt",
            "محامي",
            "юрист",
            "律师",
            "lüwshi",
            "ሥራ",
            "ajuda médica",
            "asylum seker",
            "ÉCOLE",
        ]
        .iter()
        .enumerate()
        {
            put(&seeds.join("search"), &format!("q{i:02}"), query.as_bytes());
        }
        // bundle: bytes for the structure-aware generator.
        for i in 0..16u64 {
            put(
                &seeds.join("bundle"),
                &format!("seed-{i:02}"),
                &noise(i, 256 + 256 * i as usize),
            );
        }
    }
}
