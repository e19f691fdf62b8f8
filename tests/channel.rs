//! Publishing on a web host: the kiosk polls `channel.json` on a plain static server (here a
//! tiny one on 127.0.0.1), uses ETag / If-None-Match, resumes broken downloads, copes with the
//! server being down, and refuses a tampered archive.

mod support;

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use support::http::{Site, serve};
use support::{Signer, good_archive, store_with, today};
use welcome_kiosk::publish::fetch::{ChannelState, Sources};
use welcome_kiosk::publish::{Store, TrustedKey};

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
