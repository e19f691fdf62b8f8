//! The shape of the code, checked so it stays so: the domain (`content`, `i18n`, alerts, usage
//! counts, metrics) knows nothing
//! of the GUI, screens never speak their parent's language, nothing in the GUI imports the
//! headless renderer, and no source file grows past 600 lines.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    if dir.is_file() {
        return vec![dir.to_path_buf()];
    }
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn src(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub)
}

/// Lines of code that are not comments.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect()
}

fn offending(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in sources(&src(dir)) {
        for (n, line) in code_lines(&file) {
            if forbidden.iter().any(|f| line.contains(f)) {
                found.push(format!("{}:{n}: {}", file.display(), line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_domain_knows_nothing_of_the_gui() {
    for dir in [
        "content",
        "i18n",
        "alerts",
        "usage.rs",
        "metrics.rs",
        "files.rs",
    ] {
        let found = offending(
            dir,
            &[
                "iced::",
                "iced_",
                "crate::kiosk",
                "crate::render",
                "crate::library",
            ],
        );
        assert!(
            found.is_empty(),
            "{dir} imports the GUI:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn screens_speak_their_own_messages() {
    let found = offending(
        "kiosk/screen",
        &[
            "kiosk::Message",
            "kiosk::{",
            "super::super::",
            "kiosk::Input",
        ],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_gui_does_not_import_the_headless_renderer_or_the_command_line() {
    let found = offending("kiosk", &["crate::render", "crate::cli"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn no_source_file_is_longer_than_600_lines() {
    let long: Vec<String> = sources(&src(""))
        .into_iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(&f).unwrap().lines().count();
            (n > 600).then(|| format!("{}: {n} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_update_never_reads_the_clock() {
    // Time reaches `update` in messages; only the view (stamping taps), subscriptions and
    // start-up may read it.
    let allowed = ["view.rs", "app.rs", "input.rs", "frame_log.rs"];
    let mut found = Vec::new();
    for file in sources(&src("kiosk")) {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if allowed.contains(&name) {
            continue;
        }
        for (n, line) in code_lines(&file) {
            if line.contains("Instant::now") || line.contains("Timestamp::now") {
                found.push(format!("{}:{n}: {}", file.display(), line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
