//! Reading and writing CAP 1.2 (OASIS Common Alerting Protocol 1.2) alert files.
//!
//! [`parse`] turns the bytes of a CAP file into an [`Alert`], refusing anything
//! that is not a CAP 1.2 alert with a short sentence a coordinator can read.
//! [`Alert::to_xml`] writes an alert back out, so that `parse` of that text gives
//! the same alert again.
//!
//! The reader is a flat loop over `quick-xml` pull events: it never recurses,
//! refuses nesting deeper than 16 elements, refuses DOCTYPEs (so no entity can
//! be declared, let alone expanded) and works in time and memory linear in the
//! input, which is itself capped at [`MAX_BYTES`].

use jiff::Timestamp;
use jiff::tz::Offset;
use quick_xml::errors::{Error as XmlError, IllFormedError, SyntaxError};
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::{NamespaceError, ResolveResult};
use quick_xml::reader::NsReader;

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 256 * 1024;
/// The most `<info>` blocks an alert may have.
pub const MAX_INFOS: usize = 64;
/// The most characters a single text element (a description, say) may hold.
pub const MAX_TEXT: usize = 8_000;
/// The XML namespace of CAP 1.2.
pub const NAMESPACE: &str = "urn:oasis:names:tc:emergency:cap:1.2";

/// The deepest nesting of elements accepted (`<alert>` itself is level 1).
const MAX_DEPTH: usize = 16;
/// The most namespace declarations in scope at once.
const MAX_NAMESPACES: usize = 32;
/// How a CAP time looks, for error messages.
const EXAMPLE_TIME: &str = "2026-12-02T10:00:00+01:00";
/// The language CAP assumes when an `<info>` names none.
const DEFAULT_LANGUAGE: &str = "en-US";
/// How many characters of a value from the file an error message quotes.
const QUOTE_CHARS: usize = 40;

/// One CAP alert message.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// The sender's identifier for this alert.
    pub identifier: String,
    /// Who sent it, usually an e-mail-like address.
    pub sender: String,
    /// When it was sent (whole seconds).
    pub sent: Timestamp,
    /// Whether it is real, an exercise, a test …
    pub status: Status,
    /// Whether it is a new alert, an update, a cancellation …
    pub msg_type: MsgType,
    /// `Public`, `Restricted` or `Private`, as written.
    pub scope: String,
    /// The earlier alerts this one refers to (required for updates and cancellations).
    pub references: Vec<Reference>,
    /// The alert's `<info>` blocks, typically one per language.
    pub infos: Vec<Info>,
}

/// One entry of `<references>`: the `sender,identifier,sent` of an earlier alert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The earlier alert's sender.
    pub sender: String,
    /// The earlier alert's identifier.
    pub identifier: String,
    /// The earlier alert's sent time, as written in the reference.
    pub sent: String,
}

/// One `<info>` block of an alert.
#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    /// The language as written; CAP's default when absent is `en-US`.
    pub language: String,
    /// The `<category>` values, one or more.
    pub categories: Vec<String>,
    /// What the event is, e.g. "Heat warning".
    pub event: String,
    /// `Immediate`, `Expected`, `Future`, `Past` or `Unknown`, as written.
    pub urgency: String,
    /// How severe the event is.
    pub severity: Severity,
    /// `Observed`, `Likely`, `Possible`, `Unlikely` or `Unknown`, as written.
    pub certainty: String,
    /// When the information takes effect.
    pub effective: Option<Timestamp>,
    /// When the event is expected to begin.
    pub onset: Option<Timestamp>,
    /// When the information stops being valid.
    pub expires: Option<Timestamp>,
    /// A human-readable name of the sender.
    pub sender_name: Option<String>,
    /// A short headline.
    pub headline: Option<String>,
    /// The full description (line breaks kept).
    pub description: Option<String>,
    /// What people should do (line breaks kept).
    pub instruction: Option<String>,
    /// A web address with more information.
    pub web: Option<String>,
    /// How to reach the sender.
    pub contact: Option<String>,
    /// Each `<area>`'s `<areaDesc>`.
    pub areas: Vec<String>,
}

/// CAP's severity, ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Unknown,
    Minor,
    Moderate,
    Severe,
    Extreme,
}

/// CAP's `<status>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Actual,
    Exercise,
    System,
    Test,
    Draft,
}

/// CAP's `<msgType>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MsgType {
    Alert,
    Update,
    Cancel,
    Ack,
    Error,
}

impl Severity {
    const ALL: [Self; 5] = [
        Self::Unknown,
        Self::Minor,
        Self::Moderate,
        Self::Severe,
        Self::Extreme,
    ];

    /// The CAP spelling, e.g. `"Severe"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "Unknown",
            Self::Minor => "Minor",
            Self::Moderate => "Moderate",
            Self::Severe => "Severe",
            Self::Extreme => "Extreme",
        }
    }

    fn from_cap(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(value))
    }
}

impl Status {
    const ALL: [Self; 5] = [
        Self::Actual,
        Self::Exercise,
        Self::System,
        Self::Test,
        Self::Draft,
    ];

    /// The CAP spelling, e.g. `"Actual"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actual => "Actual",
            Self::Exercise => "Exercise",
            Self::System => "System",
            Self::Test => "Test",
            Self::Draft => "Draft",
        }
    }

    fn from_cap(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(value))
    }
}

impl MsgType {
    const ALL: [Self; 5] = [
        Self::Alert,
        Self::Update,
        Self::Cancel,
        Self::Ack,
        Self::Error,
    ];

    /// The CAP spelling, e.g. `"Cancel"`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Alert => "Alert",
            Self::Update => "Update",
            Self::Cancel => "Cancel",
            Self::Ack => "Ack",
            Self::Error => "Error",
        }
    }

    fn from_cap(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(value))
    }
}

impl Alert {
    /// The latest `expires` of its infos (None if no info has one).
    #[must_use]
    pub fn expires(&self) -> Option<Timestamp> {
        self.infos.iter().filter_map(|i| i.expires).max()
    }

    /// The highest severity of its infos (`Unknown` if it has none).
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.infos
            .iter()
            .map(|i| i.severity)
            .max()
            .unwrap_or(Severity::Unknown)
    }

    /// "sender,identifier,sent" as CAP references name an alert (sent written
    /// exactly as [`format_time`] formats it).
    #[must_use]
    pub fn reference(&self) -> String {
        format!(
            "{},{},{}",
            self.sender,
            self.identifier,
            format_time(self.sent)
        )
    }

    /// CAP 1.2 XML for this alert (UTF-8, with the XML declaration and the CAP
    /// namespace), such that `parse(a.to_xml()) == a` for every alert that
    /// [`parse`] produced.
    ///
    /// Empty optional texts are left out, times are written in UTC to the whole
    /// second, and characters XML cannot carry are written as U+FFFD.
    #[must_use]
    pub fn to_xml(&self) -> String {
        let mut out = String::with_capacity(1024);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.push_str("<alert xmlns=\"");
        out.push_str(NAMESPACE);
        out.push_str("\">\n");
        element(&mut out, 1, "identifier", &self.identifier);
        element(&mut out, 1, "sender", &self.sender);
        element(&mut out, 1, "sent", &format_time(self.sent));
        element(&mut out, 1, "status", self.status.as_str());
        element(&mut out, 1, "msgType", self.msg_type.as_str());
        element(&mut out, 1, "scope", &self.scope);
        if !self.references.is_empty() {
            let list: Vec<String> = self
                .references
                .iter()
                .map(|r| format!("{},{},{}", r.sender, r.identifier, r.sent))
                .collect();
            element(&mut out, 1, "references", &list.join(" "));
        }
        for info in &self.infos {
            info.write_xml(&mut out);
        }
        out.push_str("</alert>\n");
        out
    }
}

impl Info {
    fn write_xml(&self, out: &mut String) {
        out.push_str("  <info>\n");
        element(out, 2, "language", &self.language);
        for category in &self.categories {
            element(out, 2, "category", category);
        }
        element(out, 2, "event", &self.event);
        element(out, 2, "urgency", &self.urgency);
        element(out, 2, "severity", self.severity.as_str());
        element(out, 2, "certainty", &self.certainty);
        for (name, time) in [
            ("effective", self.effective),
            ("onset", self.onset),
            ("expires", self.expires),
        ] {
            if let Some(t) = time {
                element(out, 2, name, &format_time(t));
            }
        }
        for (name, text) in [
            ("senderName", &self.sender_name),
            ("headline", &self.headline),
            ("description", &self.description),
            ("instruction", &self.instruction),
            ("web", &self.web),
            ("contact", &self.contact),
        ] {
            if let Some(text) = text.as_deref().filter(|t| !t.is_empty()) {
                element(out, 2, name, text);
            }
        }
        for area in &self.areas {
            out.push_str("    <area>\n");
            element(out, 3, "areaDesc", area);
            out.push_str("    </area>\n");
        }
        out.push_str("  </info>\n");
    }
}

/// CAP's date-time format: "2026-12-02T10:00:00+01:00" (offset always written,
/// UTC as "+00:00"). The time is written in UTC, to the whole second.
#[must_use]
pub fn format_time(t: Timestamp) -> String {
    let t = whole_seconds(t);
    let dt = Offset::UTC.to_datetime(t);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

/// Reads a CAP 1.2 alert.
///
/// # Errors
///
/// Returns a short plain-English sentence, naming the element at fault, when
/// the bytes are not a CAP 1.2 alert this module accepts: too large, not UTF-8,
/// not well-formed XML, not in the CAP 1.2 namespace, with a DOCTYPE, nested too
/// deeply, missing a required element, or with a value CAP does not allow.
pub fn parse(bytes: &[u8]) -> Result<Alert, String> {
    if bytes.len() > MAX_BYTES {
        return Err(format!(
            "the alert file is larger than {} KB",
            MAX_BYTES / 1024
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the alert file is not UTF-8 text (the first bad byte is on line {})",
            line_at(bytes, e.valid_up_to())
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let mut reader = NsReader::from_str(text);
    reader.config_mut().enable_all_checks(true);
    reader
        .resolver_mut()
        .set_max_namespace_bindings(MAX_NAMESPACES);
    let mut parser = Parser::default();
    loop {
        let (ns, event) = match reader.read_resolved_event() {
            Ok((resolved, event)) => (Ns::new(&resolved), event),
            Err(e) => {
                let at = match e {
                    XmlError::Namespace(_) => reader.buffer_position(),
                    _ => reader.error_position(),
                };
                return Err(xml_error(&e, line_at(text.as_bytes(), offset(at))));
            }
        };
        let line = || line_at(text.as_bytes(), offset(reader.buffer_position()));
        match event {
            Event::Start(start) => parser.open(&start, ns, &line)?,
            Event::Empty(start) => {
                parser.open(&start, ns, &line)?;
                parser.close()?;
            }
            Event::End(_) => parser.close()?,
            Event::Text(t) => parser.text(&t.xml10_content())?,
            Event::CData(t) => parser.text(&t.xml10_content())?,
            Event::GeneralRef(r) => parser.entity(&r)?,
            Event::DocType(_) => {
                return Err("the alert contains a DOCTYPE, which CAP files never need".into());
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            Event::Eof => return parser.finish(line()),
        }
    }
}

mod read;
mod text;
use read::{Field, Ns, Parser};
use text::{
    element, finish_text, is_xml_char, is_xml_space, line_at, mark, offset, parse_references,
    parse_time, parse_word, shorten, whole_seconds, xml_error,
};

#[cfg(test)]
mod tests;
