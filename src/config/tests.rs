use super::*;

#[test]
fn full_config_parses() {
    let hash = hash_pin("2468").unwrap_or_default();
    let text = format!(
        "kiosk = true\ndefault_language = \"ar\"\nlanguages = [\"ar\", \"en\"]\nidle_timeout = 60\n\
         idle_warning = 10\npin_hash = \"{hash}\"\nstate_dir = \"/var/lib/welcome-kiosk\"\n"
    );
    let (config, d) = parse("config.toml", &text);
    assert!(d.is_empty(), "{d:?}");
    assert!(config.kiosk);
    assert_eq!(config.idle_timeout, Duration::from_secs(60));
    assert_eq!(config.languages.map(|l| l.len()), Some(2));
    assert!(
        config
            .pin_hash
            .as_deref()
            .is_some_and(|h| verify_pin("2468", h))
    );
    assert!(!verify_pin("2469", &hash));
}

#[test]
fn bad_values_name_the_key_and_line_and_keep_defaults() {
    let (config, d) = parse(
        "config.toml",
        "kiosk = true\nidle_timeout = 1\npin_hash = \"1234\"\nstate_dir = \"relative\"\nidel_warning = 5\n",
    );
    let all: Vec<String> = d.iter().map(ToString::to_string).collect();
    let has = |prefix: &str, words: &str| {
        all.iter()
            .any(|l| l.starts_with(prefix) && l.contains(words))
    };
    assert!(
        has(
            "config.toml:2:16: error:",
            "`idle_timeout` must be between 3 and 3600"
        ),
        "{all:#?}"
    );
    assert!(
        has(
            "config.toml:3:12: error:",
            "`pin_hash` is not an Argon2 hash"
        ),
        "{all:#?}"
    );
    assert!(
        has(
            "config.toml:4:13: error:",
            "`state_dir` must be an absolute path"
        ),
        "{all:#?}"
    );
    assert!(
        has("config.toml:5:1: error:", "Did you mean `idle_warning`?"),
        "{all:#?}"
    );
    assert!(
        has("config.toml:1:1: warning:", "without `pin_hash`"),
        "{all:#?}"
    );
    assert!(config.kiosk);
    assert_eq!(config.idle_timeout, Duration::from_secs(90));
}

#[test]
fn screen_and_volunteer_settings() {
    let (config, d) = parse(
        "config.toml",
        "scale = 1.5\ntap_guard_ms = 250\nvolunteer_language = \"nl\"\nkiosk_return_after = 120\n",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(config.scale, Some(1.5));
    assert_eq!(config.tap_guard, Duration::from_millis(250));
    assert_eq!(config.volunteer_language, Lang::parse("nl"));
    assert_eq!(config.kiosk_return, Duration::from_secs(120));
    let (config, d) = parse(
        "config.toml",
        "scale = 9\ntap_guard_ms = -1\nvolunteer_language = \"not a tag\"\nkiosk_return_after = 5\n",
    );
    let all: Vec<String> = d.iter().map(ToString::to_string).collect();
    for (line, words) in [
        ("config.toml:1:9:", "`scale` must be between 0.5 and 4"),
        (
            "config.toml:2:16:",
            "`tap_guard_ms` must be between 0 and 2000",
        ),
        ("config.toml:3:22:", "is not a language tag"),
        (
            "config.toml:4:22:",
            "`kiosk_return_after` must be between 30 and 86400",
        ),
    ] {
        assert!(
            all.iter().any(|l| l.starts_with(line) && l.contains(words)),
            "{line} {words}: {all:#?}"
        );
    }
    assert_eq!(config.scale, None);
    assert_eq!(config.tap_guard, Duration::from_millis(400));
}

#[test]
fn pins_are_digits_only() {
    assert!(hash_pin("12").is_err());
    assert!(hash_pin("12a4").is_err());
    assert!(hash_pin("123456").is_ok());
}

#[test]
fn saved_settings_round_trip() {
    let dir = std::env::temp_dir().join(format!("wk-saved-{}", std::process::id()));
    let saved = Saved {
        default_language: Lang::parse("fa"),
    };
    assert!(saved.save(&dir).is_ok());
    assert_eq!(Saved::load(&dir), saved);
    let _ = std::fs::remove_dir_all(&dir);
}
