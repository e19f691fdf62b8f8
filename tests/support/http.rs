//! A tiny static file server for the channel tests: ETags, Range requests, a request log.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// A static file server with ETags and Range requests, and a request log.
#[derive(Default)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
    pub log: Vec<String>,
    /// Cut the connection to this file after this many body bytes, once.
    pub break_after: Option<(String, usize)>,
}

pub fn serve(site: Arc<Mutex<Site>>) -> (String, std::thread::JoinHandle<()>, TcpListener) {
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
