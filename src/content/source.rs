//! Where a bundle's files come from: the copy embedded in the binary, or a directory on disk.
//! The loader sees only relative paths and bytes, so both go through the same checks.

use std::io;
use std::path::{Path, PathBuf};

/// A read-only tree of files addressed by relative, `/`-separated paths.
pub trait Source {
    /// Every regular file, as a relative path with `/` separators, sorted.
    fn files(&self) -> io::Result<Vec<String>>;
    /// The bytes of one file listed by [`Source::files`].
    fn read(&self, path: &str) -> io::Result<Vec<u8>>;
    /// How to name this source to a person ("the built-in content", a directory path).
    fn describe(&self) -> String;
}

/// The default bundle compiled into the binary (`assets/bundle/`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Embedded;

impl Source for Embedded {
    fn files(&self) -> io::Result<Vec<String>> {
        let mut files: Vec<String> = crate::assets::DefaultBundle::iter()
            .map(std::borrow::Cow::into_owned)
            .collect();
        files.sort();
        Ok(files)
    }

    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        crate::assets::DefaultBundle::get(path)
            .map(|file| file.data.into_owned())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, path.to_owned()))
    }

    fn describe(&self) -> String {
        "the built-in example content".to_owned()
    }
}

/// A bundle directory on disk, as a coordinator edits it.
#[derive(Debug, Clone)]
pub struct Directory {
    root: PathBuf,
}

/// More files than any real bundle has: stops a mistaken `--bundle /` from walking the disk.
const MAX_FILES: usize = 20_000;

impl Directory {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                // A name that is not UTF-8 cannot be referenced from TOML or Markdown.
                continue;
            };
            if name.starts_with('.') {
                continue; // editor swap files, .git, .DS_Store
            }
            let relative = format!("{prefix}{name}");
            // Do not follow symbolic links: a bundle is a self-contained tree.
            let kind = entry.file_type()?;
            if kind.is_dir() {
                Self::walk(&entry.path(), &format!("{relative}/"), out)?;
            } else if kind.is_file() {
                out.push(relative);
            }
            if out.len() > MAX_FILES {
                return Err(io::Error::other(format!(
                    "more than {MAX_FILES} files: is this really a content bundle?"
                )));
            }
        }
        Ok(())
    }
}

impl Source for Directory {
    fn files(&self) -> io::Result<Vec<String>> {
        let mut files = Vec::new();
        Self::walk(&self.root, "", &mut files)?;
        files.sort();
        Ok(files)
    }

    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.root.join(path))
    }

    fn describe(&self) -> String {
        self.root.display().to_string()
    }
}
