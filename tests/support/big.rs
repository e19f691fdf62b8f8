//! A large synthetic bundle for measurements and for the limits' tests (the Rust twin of
//! `benches/make-big-bundle.py`). Marked as example content.
#![allow(dead_code)]

use std::path::Path;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// A synthetic example bundle: `languages` languages (en, then the private-use tags qaa,
/// qab, …), `guides` guides and `services` services with a text of ~2,000 bytes in every
/// language each, and one urgent contact (112) in English.
pub fn big_bundle(dir: &Path, languages: usize, guides: usize, services: usize) {
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let mut tags = vec!["en".to_owned()];
    'outer: for a in letters[..20].chars() {
        for b in letters.chars() {
            if tags.len() == languages {
                break 'outer;
            }
            tags.push(format!("q{a}{b}"));
        }
    }
    let list: Vec<String> = tags.iter().map(|t| format!("\"{t}\"")).collect();
    write(
        &dir.join("bundle.toml"),
        &format!(
            "id = \"org.example.big\"\nversion = 1\nname = \"Big Example Centre\"\n\
             default_language = \"en\"\ntimezone = \"Europe/Brussels\"\nexample = true\n\
             languages = [{}]\n",
            list.join(", ")
        ),
    );
    let sentence =
        "A visitor can read this sentence in the kiosk while waiting for an appointment. ";
    let body_of = |i: usize, tag: &str| {
        let mut body = format!("# Item {i} in {tag}\n\n");
        while body.len() < 2000 {
            body.push_str(sentence.repeat(5).trim());
            body.push_str("\n\n- a point to remember\n- another point\n\n");
        }
        body
    };
    for i in 0..guides + services {
        let (kind, extra) = if i < guides {
            ("guides", "")
        } else {
            ("services", "hours = [\"Mo-Fr 09:00-17:00\"]\n")
        };
        let slug = format!("item-{i:03}");
        write(
            &dir.join(format!("{kind}/{slug}.toml")),
            &format!("example = true\n{extra}"),
        );
        for tag in &tags {
            write(
                &dir.join(format!("{kind}/{slug}.{tag}.md")),
                &body_of(i, tag),
            );
        }
    }
    write(
        &dir.join("contacts/emergency.toml"),
        "phones = [\"112\"]\nurgent = true\nfree = true\n",
    );
    write(
        &dir.join("contacts/emergency.en.md"),
        "# Emergency\n\nCall 112 if someone is in danger.\n",
    );
}
