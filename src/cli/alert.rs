//! `welcome-kiosk alert new|sign|check`: helping coordinators write valid CAP 1.2 alerts,
//! sign them with the bundle key and list them in channel.json.

use std::path::Path;
use std::process::ExitCode;

use crate::alerts::cap::{self, Alert, Info, MsgType, Severity, Status};

/// Options of `alert new`.
pub struct New<'a> {
    pub out: &'a Path,
    pub languages: &'a [String],
    pub severity: &'a str,
    pub hours: u32,
    pub sender: &'a str,
    pub event: &'a str,
}

fn severity(word: &str) -> Option<Severity> {
    [
        Severity::Extreme,
        Severity::Severe,
        Severity::Moderate,
        Severity::Minor,
        Severity::Unknown,
    ]
    .into_iter()
    .find(|s| s.as_str().eq_ignore_ascii_case(word))
}

/// Write an alert to fill in: one `<info>` per language, the texts marked as to be written.
pub fn new(options: &New<'_>) -> ExitCode {
    let Some(severity) = severity(options.severity) else {
        eprintln!(
            "welcome-kiosk alert new: --severity is Extreme, Severe, Moderate, Minor or Unknown, not \"{}\"",
            options.severity
        );
        return ExitCode::from(2);
    };
    if options.out.exists() {
        eprintln!(
            "welcome-kiosk alert new: {} already exists: not overwriting it",
            options.out.display()
        );
        return ExitCode::from(2);
    }
    let now = jiff::Timestamp::now();
    let sent = jiff::Timestamp::from_second(now.as_second()).unwrap_or(now);
    let expires = sent + jiff::SignedDuration::from_hours(i64::from(options.hours.clamp(1, 720)));
    let infos = options
        .languages
        .iter()
        .map(|language| Info {
            language: language.clone(),
            categories: vec!["Safety".to_owned()],
            event: options.event.to_owned(),
            urgency: "Immediate".to_owned(),
            severity,
            certainty: "Observed".to_owned(),
            effective: None,
            onset: None,
            expires: Some(expires),
            sender_name: None,
            headline: Some(format!("WRITE THE HEADLINE IN {language} HERE")),
            description: Some(format!("Write what happened, in {language}.")),
            instruction: Some(format!("Write what people should do, in {language}.")),
            web: None,
            contact: None,
            areas: Vec::new(),
        })
        .collect();
    let alert = Alert {
        identifier: format!("kiosk-{}", sent.as_second()),
        sender: options.sender.to_owned(),
        sent,
        status: Status::Actual,
        msg_type: MsgType::Alert,
        scope: "Public".to_owned(),
        references: Vec::new(),
        infos,
    };
    if let Err(e) = std::fs::write(options.out, alert.to_xml()) {
        eprintln!("welcome-kiosk alert new: {}: {e}", options.out.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {}: write the headline, description and instruction of each language, then \
         `welcome-kiosk alert check {0}` and `welcome-kiosk alert sign {0} --key KEY`",
        options.out.display()
    );
    ExitCode::SUCCESS
}

/// Check an alert as a kiosk would, signature included when a key is given; print what the
/// kiosk will show.
pub fn check(file: &Path, keys: &[crate::publish::TrustedKey], now: jiff::Timestamp) -> ExitCode {
    check_as(file, keys, true, now)
}

/// [`check`]; `about_signature`: also say whether it is signed (not when about to sign it).
pub fn check_as(
    file: &Path,
    keys: &[crate::publish::TrustedKey],
    about_signature: bool,
    now: jiff::Timestamp,
) -> ExitCode {
    let name = file.display();
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{name}: error: the alert cannot be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let signature_path = format!("{name}.minisig");
    let signature = std::fs::read_to_string(&signature_path).ok();
    let result = if keys.is_empty() {
        if bytes.len() > cap::MAX_BYTES {
            Err(format!(
                "the alert file is {} KB, more than the {} KB an alert may have",
                bytes.len() / 1024,
                cap::MAX_BYTES / 1024
            ))
        } else {
            cap::parse(&bytes).and_then(|a| crate::alerts::check(&a, now).map(|()| a))
        }
    } else {
        crate::alerts::admit(&bytes, signature.as_deref(), keys, now)
    };
    let alert = match result {
        Ok(alert) => alert,
        Err(why) => {
            eprintln!("{name}: error: {why}");
            return ExitCode::FAILURE;
        }
    };
    let mut ok = true;
    println!(
        "{name}: {} {} alert \"{}\" from {}",
        alert.status.as_str(),
        alert.severity().as_str(),
        alert.identifier,
        alert.sender
    );
    if crate::alerts::Board::takes_over(&alert) {
        println!("  covers every screen until the visitor taps \"I have read this\"");
    } else if alert.msg_type != MsgType::Cancel {
        println!("  shown as a strip under the bar of every screen");
    }
    if let Some(end) = alert.expires() {
        println!("  shown until {}", cap::format_time(end));
    }
    for info in &alert.infos {
        let headline = info.headline.as_deref().unwrap_or(&info.event);
        println!("  {}: {headline}", info.language);
        if headline.starts_with("WRITE THE HEADLINE") {
            eprintln!(
                "{name}: error: the {} headline is still the one `alert new` wrote",
                info.language
            );
            ok = false;
        }
    }
    if !keys.is_empty() {
        println!("  signature: good");
    } else if about_signature {
        if signature.is_none() {
            eprintln!(
                "{name}: warning: not signed yet ({signature_path} is missing): kiosks refuse it"
            );
        } else {
            eprintln!(
                "{name}: warning: the signature was not checked: pass --pubkey (or configure trusted_keys)"
            );
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// List a signed alert in `channel.json` (made if missing), beside the alert file.
pub fn add_to_channel(file: &Path, channel: &Path) -> Result<(), String> {
    use crate::publish::fetch::{Channel, ChannelAlert};
    let mut listed: Channel = match std::fs::read(channel) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| format!("{} is not a valid channel.json: {e}", channel.display()))?,
        Err(_) => Channel {
            id: String::new(),
            version: 0,
            bundle: String::new(),
            signature: String::new(),
            alerts: Vec::new(),
        },
    };
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let entry = ChannelAlert {
        alert: name.clone(),
        signature: format!("{name}.minisig"),
    };
    if !listed.alerts.contains(&entry) {
        listed.alerts.push(entry);
    }
    std::fs::write(
        channel,
        serde_json::to_string_pretty(&listed).unwrap_or_default(),
    )
    .map_err(|e| format!("{}: {e}", channel.display()))
}
