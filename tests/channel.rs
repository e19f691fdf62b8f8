//! Publishing on a web host: the kiosk polls `channel.json` on a plain static server (here a
//! tiny one on 127.0.0.1), uses ETag / If-None-Match, resumes broken downloads, copes with the
//! server being down, and refuses a tampered archive.

mod support;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use support::{Signer, good_archive, store_with, today};
use welcome_kiosk::publish::fetch::{ChannelState, Sources};
use welcome_kiosk::publish::{Store, TrustedKey};

/// A static file server with ETags and Range requests, and a request log.
#[derive(Default)]
struct Site {
    files: BTreeMap<String, Vec<u8>>,
    log: Vec<String>,
    /// Cut the connection to this file after this many body bytes, once.
    break_after: Option<(String, usize)>,
}

fn serve(site: Arc<Mutex<Site>>) -> (String, std::thread::JoinHandle<()>, TcpListener) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
    let clone = listener.try_clone().unwrap_or_else(|e| panic!("{e}"));
    let handle = std::thread::spawn(move || {
        for stream in clone.incoming() {
            let Ok(stream) = stream else { break };
            let _ = handle_one(stream, &site);
        }
    });
    (format!("http://{addr}"), handle, listener)
}

fn handle_one(mut stream: TcpStream, site: &Arc<Mutex<Site>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut headers = BTreeMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut site = site
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let range = headers.get("range").cloned();
    site.log.push(format!(
        "{path}{}{}",
        headers
            .get("if-none-match")
            .map_or(String::new(), |e| format!(" if-none-match={e}")),
        range.as_ref().map_or(String::new(), |r| format!(" {r}"))
    ));
    let Some(body) = site.files.get(path.trim_start_matches('/')).cloned() else {
        return stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    };
    let etag = format!(
        "\"{}\"",
        welcome_kiosk::publish::manifest::sha256_hex(&body)
            .get(..16)
            .unwrap_or_default()
    );
    if headers.get("if-none-match") == Some(&etag) {
        return stream.write_all(
            format!("HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        );
    }
    let start: usize = range
        .as_deref()
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|r| r.parse().ok())
        .unwrap_or(0);
    let (status, part) = if start > 0 {
        ("206 Partial Content", &body[start.min(body.len())..])
    } else {
        ("200 OK", &body[..])
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nETag: {etag}\r\nConnection: close\r\n\r\n",
        part.len()
    );
    stream.write_all(head.as_bytes())?;
    if let Some((file, n)) = site.break_after.clone()
        && path.ends_with(&file)
    {
        site.break_after = None;
        stream.write_all(&part[..n.min(part.len())])?;
        return stream.shutdown(std::net::Shutdown::Both);
    }
    stream.write_all(part)?;
    let _ = stream.read(&mut [0u8; 1]);
    Ok(())
}

fn channel_json(version: u64) -> Vec<u8> {
    format!(
        "{{\"id\": \"org.example.test\", \"version\": {version}, \"bundle\": \"bundle-{version}.tar\", \
         \"signature\": \"bundle-{version}.tar.minisig\"}}"
    )
    .into_bytes()
}

fn publish_version(site: &Arc<Mutex<Site>>, signer: &Signer, version: u64) {
    let data = good_archive(version);
    let sig = signer.sign(&data);
    let mut site = site
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    site.files
        .insert("channel.json".into(), channel_json(version));
    site.files.insert(format!("bundle-{version}.tar"), data);
    site.files
        .insert(format!("bundle-{version}.tar.minisig"), sig.into_bytes());
}

fn sources(root: &std::path::Path, key: &TrustedKey) -> Sources {
    Sources {
        store: Store::new(root),
        keys: vec![key.clone()],
        allow_http: true,
    }
}

fn log(site: &Arc<Mutex<Site>>) -> Vec<String> {
    std::mem::take(
        &mut site
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .log,
    )
}

#[test]
fn polling_a_static_host() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    store_with(dir.path(), &signer, 1);
    let site = Arc::new(Mutex::new(Site::default()));
    let (base, _server, _listener) = serve(site.clone());
    let url = format!("{base}/channel.json");
    let sources = sources(dir.path(), &signer.public);
    let mut state = ChannelState::default();

    // A new version is picked up and installed.
    publish_version(&site, &signer, 2);
    let r = sources.poll_channel(&url, &mut state, today());
    assert_eq!(r.map(|a| a.map(|a| a.active.version)), Ok(Some(2)));
    assert_eq!(
        log(&site),
        ["/channel.json", "/bundle-2.tar", "/bundle-2.tar.minisig"]
    );

    // Nothing changed: one conditional request, answered 304, no download.
    let r = sources.poll_channel(&url, &mut state, today());
    assert_eq!(r.map(|a| a.map(|a| a.active.version)), Ok(None));
    let requests = log(&site);
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert!(requests[0].contains("if-none-match="), "{requests:?}");

    // A broken download is resumed with a Range request.
    publish_version(&site, &signer, 3);
    site.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .break_after = Some(("bundle-3.tar".into(), 3000));
    let r = sources.poll_channel(&url, &mut state, today());
    assert_eq!(r.map(|a| a.map(|a| a.active.version)), Ok(Some(3)));
    let requests = log(&site);
    assert!(
        requests
            .iter()
            .any(|l| l.starts_with("/bundle-3.tar bytes=3000-")),
        "{requests:?}"
    );

    // A tampered archive on the server is refused; version 3 stays.
    publish_version(&site, &signer, 4);
    {
        let mut s = site
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(tar) = s.files.get_mut("bundle-4.tar") {
            let last = tar.len() - 1100;
            tar[last] ^= 0x55;
        }
    }
    let r = sources.poll_channel(&url, &mut state, today());
    assert!(
        r.as_ref()
            .is_err_and(|e| e.contains("the signature does not match")),
        "{r:?}"
    );
    assert_eq!(
        Store::new(dir.path()).open().active.map(|a| a.version),
        Some(3)
    );
    assert!(
        !dir.path().join("incoming/bundle-4.tar").exists(),
        "the refused download is removed"
    );
}

#[test]
fn a_server_that_is_down_is_reported_and_changes_nothing() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    store_with(dir.path(), &signer, 1);
    // A port with nothing listening.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_or(9, |a| a.port());
    let sources = sources(dir.path(), &signer.public);
    let r = sources.poll_channel(
        &format!("http://127.0.0.1:{port}/channel.json"),
        &mut ChannelState::default(),
        today(),
    );
    assert!(
        r.as_ref().is_err_and(|e| e.contains("cannot be reached")),
        "{r:?}"
    );
    assert_eq!(
        Store::new(dir.path()).open().active.map(|a| a.version),
        Some(1)
    );
}

#[test]
fn plain_http_is_refused_unless_allowed() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let mut sources = sources(dir.path(), &signer.public);
    sources.allow_http = false;
    let r = sources.poll_channel(
        "http://127.0.0.1:9/channel.json",
        &mut ChannelState::default(),
        today(),
    );
    assert!(r.is_err_and(|e| e.contains("only https://")));
}

#[test]
fn a_usb_folder_installs_new_signed_bundles_once() {
    let signer = Signer::new();
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    store_with(&state, &signer, 1);
    let usb = dir.path().join("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let data = good_archive(2);
    support::publish(&usb, "bundle-2.tar", &data, Some(&signer.sign(&data)));
    support::publish(&usb, "unsigned.tar", &good_archive(9), None);
    let sources = sources(&state, &signer.public);
    let mut seen = welcome_kiosk::publish::fetch::FolderState::default();
    let found = sources.scan_folder(&usb, &mut seen, today());
    let text = format!("{found:?}");
    assert!(
        text.contains("Installed") && text.contains("version: 2"),
        "{text}"
    );
    assert!(
        text.contains("unsigned.tar: the bundle is not signed"),
        "{text}"
    );
    // Left in the port: not looked at again.
    assert!(sources.scan_folder(&usb, &mut seen, today()).is_empty());
}
