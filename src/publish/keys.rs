//! minisign keys and signatures, in the file formats of the stock `minisign` tool, so a
//! coordinator can sign with either.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox, SignatureBox};

/// A public key the kiosk accepts signatures from.
#[derive(Clone)]
pub struct TrustedKey {
    /// minisign's key id, as it prints it (16 hex digits).
    pub id: String,
    /// Where it was configured (a file path or "inline").
    pub source: String,
    key: PublicKey,
}

impl PartialEq for TrustedKey {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.key.to_base64() == other.key.to_base64()
    }
}

impl std::fmt::Debug for TrustedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TrustedKey({} from {})", self.id, self.source)
    }
}

fn key_id(keynum: &[u8]) -> String {
    let mut id = [0u8; 8];
    id.copy_from_slice(&keynum[..8.min(keynum.len())]);
    format!("{:016X}", u64::from_le_bytes(id))
}

impl TrustedKey {
    /// A key from its base64 line (`RWQ…`) or from a `.pub` file written by minisign.
    pub fn parse(entry: &str) -> Result<Self, String> {
        let entry = entry.trim();
        let (key, source) = if entry.starts_with('/')
            || Path::new(entry)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pub"))
        {
            let text = std::fs::read_to_string(entry)
                .map_err(|e| format!("the public key file {entry} cannot be read: {e}"))?;
            let key = PublicKeyBox::from_string(&text)
                .and_then(PublicKeyBox::into_public_key)
                .map_err(|_| format!("{entry} is not a minisign public key file"))?;
            (key, entry.to_owned())
        } else {
            let key = PublicKey::from_base64(entry).map_err(|_| {
                format!("\"{entry}\" is not a minisign public key (it starts with RW…)")
            })?;
            (key, "inline".to_owned())
        };
        Ok(Self {
            id: key_id(key.keynum()),
            source,
            key,
        })
    }

    pub fn base64(&self) -> String {
        self.key.to_base64()
    }
}

/// Why a signature was not accepted, in plain words.
pub fn verify<'k>(
    data: &[u8],
    signature: Option<&str>,
    keys: &'k [TrustedKey],
) -> Result<&'k TrustedKey, String> {
    verify_reader(Cursor::new(data), signature, keys)
}

/// [`verify`] reading the data from `data` once, front to back: memory stays small for any
/// size (only prehashed signatures, minisign's default since 0.8, are accepted).
pub fn verify_reader<'k>(
    data: impl std::io::Read + std::io::Seek,
    signature: Option<&str>,
    keys: &'k [TrustedKey],
) -> Result<&'k TrustedKey, String> {
    let Some(signature) = signature else {
        return Err("the bundle is not signed: its .minisig file is missing".to_owned());
    };
    if keys.is_empty() {
        return Err(
            "no trusted public key is configured: add `trusted_keys` to the configuration or \
             pass --pubkey"
                .to_owned(),
        );
    }
    // An editor may have added a byte-order mark or Windows line ends: they change nothing.
    let cleaned = signature
        .trim_start_matches('\u{FEFF}')
        .replace("\r\n", "\n");
    let signature = SignatureBox::from_string(&cleaned).map_err(|_| {
        if signature.trim().is_empty() {
            "the signature file is empty: sign the bundle again".to_owned()
        } else if !signature.contains("untrusted comment:") {
            "the .minisig file is not a minisign signature: sign the bundle with `welcome-kiosk \
             sign` or `minisign -S`"
                .to_owned()
        } else {
            "the signature file is damaged or cut short: sign the bundle again".to_owned()
        }
    })?;
    if !signature.is_prehashed() {
        return Err(
            "the bundle is signed in minisign's old format (minisign before 0.8, or -l): sign \
             it again with a current minisign or `welcome-kiosk sign`"
                .to_owned(),
        );
    }
    let id = key_id(signature.keynum());
    let Some(key) = keys.iter().find(|k| k.id == id) else {
        return Err(format!(
            "the bundle is signed with key {id}, which this kiosk does not trust"
        ));
    };
    minisign::verify(&key.key, &signature, data, true, false, false).map_err(|_| {
        "the signature does not match: the archive was changed after it was signed".to_owned()
    })?;
    Ok(key)
}

/// Make a key pair like `minisign -G`: `<name>.pub` and `<name>.key` in `dir`.
pub fn keygen(
    dir: &Path,
    name: &str,
    password: Option<String>,
) -> Result<(PathBuf, PathBuf), String> {
    let pair = match password {
        Some(p) => KeyPair::generate_encrypted_keypair(Some(p)),
        None => KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(|e| format!("the key pair could not be made: {e}"))?;
    let public = dir.join(format!("{name}.pub"));
    let secret = dir.join(format!("{name}.key"));
    if public.exists() || secret.exists() {
        return Err(format!(
            "{} or {} already exists: not overwriting a key",
            public.display(),
            secret.display()
        ));
    }
    let pk_box = pair.pk.to_box().map_err(|e| e.to_string())?;
    let sk_box = pair
        .sk
        .to_box(Some("Welcome Kiosk coordinator secret key"))
        .map_err(|e| e.to_string())?;
    std::fs::write(&public, pk_box.into_string())
        .map_err(|e| format!("{}: {e}", public.display()))?;
    write_private(&secret, sk_box.into_string().as_bytes())?;
    Ok((public, secret))
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.write_all(bytes)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Sign `file` like `minisign -S -m file`: writes `file.minisig`.
pub fn sign(file: &Path, secret_key: &Path, password: Option<String>) -> Result<PathBuf, String> {
    let text = std::fs::read_to_string(secret_key).map_err(|e| {
        format!(
            "the secret key {} cannot be read: {e}",
            secret_key.display()
        )
    })?;
    let sk_box = SecretKeyBox::from_string(&text)
        .map_err(|_| format!("{} is not a minisign secret key", secret_key.display()))?;
    let sk: SecretKey = match password {
        Some(p) => sk_box.into_secret_key(Some(p)),
        None => sk_box.into_unencrypted_secret_key(),
    }
    .map_err(|_| "the secret key cannot be opened: wrong password, or it needs one?".to_owned())?;
    let data = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let trusted = format!("file:{name}");
    let signature = minisign::sign(None, &sk, Cursor::new(&data), Some(&trusted), None)
        .map_err(|e| format!("signing failed: {e}"))?;
    let out = PathBuf::from(format!("{}.minisig", file.display()));
    std::fs::write(&out, signature.into_string()).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(out)
}
