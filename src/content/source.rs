//! Where a bundle's files come from: the copy embedded in the binary, or a directory on disk.
//! The loader sees only relative paths and bytes, so both go through the same checks.

use std::io;
use std::path::{Path, PathBuf};

/// A read-only tree of files addressed by relative, `/`-separated paths.
pub trait Source {
    /// Every regular file, as a relative path with `/` separators, sorted.
    fn files(&self) -> io::Result<Vec<String>>;
    /// The files, and what was found but cannot be part of a bundle (a name that is not
    /// UTF-8, a symbolic link), each with the reason in plain words.
    fn listing(&self) -> io::Result<Listing> {
        Ok(Listing {
            files: self.files()?,
            skipped: Vec::new(),
        })
    }
    /// The size of one file in bytes, without reading it.
    fn size(&self, path: &str) -> io::Result<u64>;
    /// The bytes of one file listed by [`Source::files`].
    fn read(&self, path: &str) -> io::Result<Vec<u8>>;
    /// How to name this source to a person ("the built-in content", a directory path).
    fn describe(&self) -> String;
}

/// What a [`Source`] holds.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub files: Vec<String>,
    /// (path as far as it can be written, why it is not read)
    pub skipped: Vec<(String, String)>,
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

    fn size(&self, path: &str) -> io::Result<u64> {
        crate::assets::DefaultBundle::get(path)
            .map(|file| file.data.len() as u64)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, path.to_owned()))
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

impl Directory {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn walk(dir: &Path, prefix: &str, out: &mut Listing) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                // A name that is not UTF-8 cannot be referenced from TOML or Markdown.
                out.skipped.push((
                    format!("{prefix}{}", name.to_string_lossy()),
                    "the file name is not UTF-8 text, so nothing can refer to it: rename it \
                     (letters a-z, digits and -)"
                        .to_owned(),
                ));
                continue;
            };
            if name.starts_with('.') {
                continue; // editor swap files, .git, .DS_Store
            }
            let relative = format!("{prefix}{name}");
            // Do not follow symbolic links: a bundle is a self-contained tree.
            let kind = entry.file_type()?;
            if kind.is_symlink() {
                out.skipped.push((
                    relative,
                    "this is a symbolic link, not a file: a bundle travels as a copy, so copy \
                     the real file here"
                        .to_owned(),
                ));
            } else if kind.is_dir() {
                Self::walk(&entry.path(), &format!("{relative}/"), out)?;
            } else if kind.is_file() {
                out.files.push(relative);
            } else {
                out.skipped.push((
                    relative,
                    "this is not an ordinary file (a device or a pipe); remove it".to_owned(),
                ));
            }
            if out.files.len() > super::limits::MAX_FILES {
                return Err(io::Error::other(format!(
                    "it has more than {} files (the limit of a bundle): is this really a \
                     content bundle?",
                    super::limits::MAX_FILES
                )));
            }
        }
        Ok(())
    }
}

impl Source for Directory {
    fn files(&self) -> io::Result<Vec<String>> {
        self.listing().map(|l| l.files)
    }

    fn listing(&self) -> io::Result<Listing> {
        let mut listing = Listing::default();
        Self::walk(&self.root, "", &mut listing)?;
        listing.files.sort();
        listing.skipped.sort();
        Ok(listing)
    }

    fn size(&self, path: &str) -> io::Result<u64> {
        std::fs::metadata(self.root.join(path)).map(|m| m.len())
    }

    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.root.join(path))
    }

    fn describe(&self) -> String {
        self.root.display().to_string()
    }
}

/// A bundle held in memory, path → bytes: generated bundles (the fuzzers, tests) go through
/// exactly the checks a directory does, without touching the disk.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub files: std::collections::BTreeMap<String, Vec<u8>>,
}

impl Source for Memory {
    fn files(&self) -> io::Result<Vec<String>> {
        Ok(self.files.keys().cloned().collect())
    }

    fn size(&self, path: &str) -> io::Result<u64> {
        self.files
            .get(path)
            .map(|bytes| bytes.len() as u64)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, path.to_owned()))
    }

    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        self.files
            .get(path)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, path.to_owned()))
    }

    fn describe(&self) -> String {
        "a bundle in memory".to_owned()
    }
}
