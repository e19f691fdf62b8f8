//! What the kiosk shows at start and on "reload": the configured bundle directory if it is
//! valid, else the built-in content, with every problem kept for the volunteer panel.

use std::path::Path;

use crate::content::{self, Content, Diagnostic, Directory};
use crate::i18n::Catalog;

pub struct Loaded {
    pub content: Content,
    pub catalog: Catalog,
    /// Problems found on the way, for the terminal and the volunteer panel.
    pub problems: Vec<Diagnostic>,
    /// The bundle directory was refused and the built-in content is shown instead.
    pub fell_back: bool,
}

impl std::fmt::Debug for Loaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loaded")
            .field("bundle", &self.content.meta.id)
            .field("version", &self.content.meta.version)
            .field("problems", &self.problems.len())
            .finish_non_exhaustive()
    }
}

/// What the kiosk shows, by priority: a configured bundle directory (previews, simple setups),
/// else the active installed bundle in the state directory (verified again at every start,
/// falling back to the previous one), else the built-in content.
pub fn load_configured(settings: &crate::config::Config) -> Loaded {
    if settings.bundle_dir.is_some() {
        return load(settings.bundle_dir.as_deref());
    }
    let Some(state) = &settings.state_dir else {
        return load(None);
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
    let mut loaded = load(opened.active.as_ref().map(|a| a.dir.as_path()));
    if let Some(active) = &opened.active {
        loaded.content.origin = format!(
            "installed bundle, version {} ({})",
            active.version,
            active.dir.display()
        );
    }
    loaded.problems.splice(0..0, notes);
    loaded
}

/// A bundle directory if it is admitted (`crate::admission`), else the built-in content.
pub fn load(bundle_dir: Option<&Path>) -> Loaded {
    let options = content::Options::default();
    let mut problems = Vec::new();
    let mut fell_back = false;
    if let Some(dir) = bundle_dir {
        match crate::admission::admit(&Directory::new(dir), &options) {
            Ok(admitted) => {
                problems.extend(admitted.diagnostics.into_vec());
                return Loaded {
                    content: admitted.content,
                    catalog: admitted.catalog,
                    problems,
                    fell_back,
                };
            }
            Err(refused) => {
                problems.extend(refused.into_vec());
                fell_back = true;
            }
        }
    }
    let (admitted, refused) = crate::admission::embedded(&options);
    problems.extend(refused.into_vec());
    problems.extend(admitted.diagnostics.into_vec());
    Loaded {
        content: admitted.content,
        catalog: admitted.catalog,
        problems,
        fell_back,
    }
}
