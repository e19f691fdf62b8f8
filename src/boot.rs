//! What the kiosk shows at start and on "reload": the configured bundle directory if it is
//! valid, else the built-in content, with every problem kept for the volunteer panel.

use std::path::Path;

use crate::content::{self, Diagnostic, Directory};
use crate::lang::Lang;
use crate::library::Library;

/// What the kiosk shows, by priority: a configured bundle directory (previews, simple setups),
/// else the active installed bundle in the state directory (verified again at every start,
/// falling back to the previous one), else the built-in content.
pub fn load_configured(settings: &crate::config::Config) -> Library {
    let languages = settings.languages.as_deref();
    if settings.bundle_dir.is_some() {
        return load_with(settings.bundle_dir.as_deref(), languages, None, Vec::new());
    }
    let Some(state) = &settings.state_dir else {
        return load_with(None, languages, None, Vec::new());
    };
    let store = crate::publish::Store::new(state);
    let opened = store.open();
    let notes: Vec<Diagnostic> = opened
        .notes
        .iter()
        .map(|note| {
            Diagnostic::warning(
                store.root().join("ACTIVE").display().to_string(),
                content::Position::START,
                note.clone(),
            )
        })
        .collect();
    let origin = opened.active.as_ref().map(|active| {
        format!(
            "installed bundle, version {} ({})",
            active.version,
            active.dir.display()
        )
    });
    load_with(
        opened.active.as_ref().map(|a| a.dir.as_path()),
        languages,
        origin,
        notes,
    )
}

/// A bundle directory if it is admitted (`crate::admission`), else the built-in content;
/// every language offered.
pub fn load(bundle_dir: Option<&Path>) -> Library {
    load_with(bundle_dir, None, None, Vec::new())
}

/// [`load`], offering only `languages` (if any of them is in the bundle), saying where the
/// content comes from (`origin`, if it is a bundle) and keeping `notes` first among the
/// problems.
pub fn load_with(
    bundle_dir: Option<&Path>,
    languages: Option<&[Lang]>,
    origin: Option<String>,
    notes: Vec<Diagnostic>,
) -> Library {
    let options = content::Options::default();
    let mut problems = notes;
    if let Some(dir) = bundle_dir {
        match crate::admission::admit(&Directory::new(dir), &options) {
            Ok(mut admitted) => {
                if let Some(origin) = origin {
                    admitted.content.origin = origin;
                }
                return Library::new(admitted, problems, false, languages).at(dir);
            }
            Err(refused) => problems.extend(refused.into_vec()),
        }
    }
    let (admitted, refused) = crate::admission::embedded(&options);
    problems.extend(refused.into_vec());
    Library::new(admitted, problems, bundle_dir.is_some(), languages)
}
