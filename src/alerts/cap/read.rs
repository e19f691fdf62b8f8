//! The pull parser's state: where it is in the document and what it has read so far.

use super::{
    Alert, BytesRef, BytesStart, DEFAULT_LANGUAGE, Info, MAX_DEPTH, MAX_INFOS, MsgType, NAMESPACE,
    Reference, ResolveResult, Severity, Status, Timestamp, finish_text, is_xml_char, is_xml_space,
    mark, parse_references, parse_time, parse_word, shorten,
};

/// The namespace of an element, as far as the parser cares.
pub(super) enum Ns {
    Cap,
    None,
    /// Another namespace (shortened, for messages).
    Other(String),
    /// A prefix that was never declared.
    Undeclared(String),
}

impl Ns {
    pub(super) fn new(resolved: &ResolveResult<'_>) -> Self {
        match resolved {
            ResolveResult::Bound(ns) if ns.0 == NAMESPACE => Self::Cap,
            ResolveResult::Bound(ns) => Self::Other(shorten(ns.0)),
            ResolveResult::Unbound => Self::None,
            ResolveResult::Unknown(prefix) => Self::Undeclared(shorten(prefix)),
        }
    }
}

/// What an open element is, to the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    Alert,
    Info,
    Area,
    Field(Field),
    /// An element the parser ignores, with everything inside it.
    Skip,
}

/// The text elements the parser reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    Identifier,
    Sender,
    Sent,
    Status,
    MsgType,
    Scope,
    References,
    Language,
    Category,
    Event,
    Urgency,
    Severity,
    Certainty,
    Effective,
    Onset,
    Expires,
    SenderName,
    Headline,
    Description,
    Instruction,
    Web,
    Contact,
    AreaDesc,
}

impl Field {
    const IN_ALERT: [Self; 7] = [
        Self::Identifier,
        Self::Sender,
        Self::Sent,
        Self::Status,
        Self::MsgType,
        Self::Scope,
        Self::References,
    ];
    const IN_INFO: [Self; 15] = [
        Self::Language,
        Self::Category,
        Self::Event,
        Self::Urgency,
        Self::Severity,
        Self::Certainty,
        Self::Effective,
        Self::Onset,
        Self::Expires,
        Self::SenderName,
        Self::Headline,
        Self::Description,
        Self::Instruction,
        Self::Web,
        Self::Contact,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            Self::Identifier => "identifier",
            Self::Sender => "sender",
            Self::Sent => "sent",
            Self::Status => "status",
            Self::MsgType => "msgType",
            Self::Scope => "scope",
            Self::References => "references",
            Self::Language => "language",
            Self::Category => "category",
            Self::Event => "event",
            Self::Urgency => "urgency",
            Self::Severity => "severity",
            Self::Certainty => "certainty",
            Self::Effective => "effective",
            Self::Onset => "onset",
            Self::Expires => "expires",
            Self::SenderName => "senderName",
            Self::Headline => "headline",
            Self::Description => "description",
            Self::Instruction => "instruction",
            Self::Web => "web",
            Self::Contact => "contact",
            Self::AreaDesc => "areaDesc",
        }
    }

    pub(super) fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// An `<info>` being read.
#[derive(Default)]
pub(super) struct InfoDraft {
    seen: u32,
    language: Option<String>,
    categories: Vec<String>,
    event: Option<String>,
    urgency: Option<String>,
    severity: Option<Severity>,
    certainty: Option<String>,
    effective: Option<Timestamp>,
    onset: Option<Timestamp>,
    expires: Option<Timestamp>,
    sender_name: Option<String>,
    headline: Option<String>,
    description: Option<String>,
    instruction: Option<String>,
    web: Option<String>,
    contact: Option<String>,
    areas: Vec<String>,
}

impl InfoDraft {
    pub(super) fn build(self, number: usize) -> Result<Info, String> {
        let missing = |name: &str| format!("the <info> block {number} has no <{name}>");
        if self.categories.is_empty() {
            return Err(missing("category"));
        }
        Ok(Info {
            language: self.language.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned()),
            categories: self.categories,
            event: self.event.ok_or_else(|| missing("event"))?,
            urgency: self.urgency.ok_or_else(|| missing("urgency"))?,
            severity: self.severity.ok_or_else(|| missing("severity"))?,
            certainty: self.certainty.ok_or_else(|| missing("certainty"))?,
            effective: self.effective,
            onset: self.onset,
            expires: self.expires,
            sender_name: self.sender_name,
            headline: self.headline,
            description: self.description,
            instruction: self.instruction,
            web: self.web,
            contact: self.contact,
            areas: self.areas,
        })
    }
}

/// The state of one [`parse`] call.
#[derive(Default)]
pub(super) struct Parser {
    /// What each open element is; never longer than [`MAX_DEPTH`].
    stack: Vec<Frame>,
    /// The (shortened) name of each open element, for messages.
    names: Vec<String>,
    /// The text of the open field so far.
    text: String,
    /// Whether `</alert>` has been read.
    done: bool,
    seen: u32,
    identifier: Option<String>,
    sender: Option<String>,
    sent: Option<Timestamp>,
    status: Option<Status>,
    msg_type: Option<MsgType>,
    scope: Option<String>,
    references: Vec<Reference>,
    infos: Vec<Info>,
    info: InfoDraft,
    /// The `<areaDesc>` of the open `<area>`, and whether it was seen.
    area_desc: Option<String>,
}

impl Parser {
    /// Opens an element; `line` gives the current line, for messages (it is
    /// only called on errors, as it counts lines from the start of the file).
    pub(super) fn open(
        &mut self,
        start: &BytesStart<'_>,
        ns: Ns,
        line: &dyn Fn() -> usize,
    ) -> Result<(), String> {
        let qname = shorten(start.name().0);
        for attribute in start.attributes().with_checks(false) {
            if attribute.is_err() {
                return Err(format!(
                    "the alert file is not well-formed XML at line {}, \
                     where an attribute of <{qname}> is malformed",
                    line()
                ));
            }
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(format!(
                "the alert nests elements more than {MAX_DEPTH} deep at line {}, \
                 which CAP files never do",
                line()
            ));
        }
        if let Ns::Undeclared(prefix) = &ns {
            return Err(format!(
                "the element <{qname}> at line {} uses the namespace prefix \
                 \"{prefix}\", which is never declared",
                line()
            ));
        }
        let local = start.local_name().into_inner();
        let cap = matches!(ns, Ns::Cap);
        let frame = match self.stack.last() {
            None => self.open_root(local, ns, &qname)?,
            Some(Frame::Alert) if cap => self.open_in_alert(local)?,
            Some(Frame::Info) if cap => self.open_in_info(local),
            Some(Frame::Area) if cap && local == "areaDesc" => Frame::Field(Field::AreaDesc),
            _ => Frame::Skip,
        };
        if matches!(frame, Frame::Field(_)) {
            self.text.clear();
        }
        self.stack.push(frame);
        self.names.push(qname);
        Ok(())
    }

    pub(super) fn open_root(&self, local: &str, ns: Ns, qname: &str) -> Result<Frame, String> {
        if self.done {
            return Err(format!(
                "the alert file has another element, <{qname}>, after its </alert>"
            ));
        }
        if local != "alert" {
            return Err(format!(
                "the file's top element is <{qname}>, not a CAP <alert>"
            ));
        }
        match ns {
            Ns::Cap => Ok(Frame::Alert),
            Ns::None => Err(format!(
                "the <alert> has no namespace, but a CAP 1.2 alert must be in the \
                 namespace {NAMESPACE}"
            )),
            Ns::Other(found) | Ns::Undeclared(found) => Err(format!(
                "the <alert> is in the namespace \"{found}\", not the CAP 1.2 \
                 namespace {NAMESPACE}"
            )),
        }
    }

    pub(super) fn open_in_alert(&mut self, local: &str) -> Result<Frame, String> {
        if local == "info" {
            if self.infos.len() >= MAX_INFOS {
                return Err(format!("the alert has more than {MAX_INFOS} <info> blocks"));
            }
            self.info = InfoDraft::default();
            return Ok(Frame::Info);
        }
        Ok(Field::IN_ALERT
            .into_iter()
            .find(|f| f.name() == local)
            .map_or(Frame::Skip, Frame::Field))
    }

    pub(super) fn open_in_info(&mut self, local: &str) -> Frame {
        if local == "area" {
            self.area_desc = None;
            return Frame::Area;
        }
        Field::IN_INFO
            .into_iter()
            .find(|f| f.name() == local)
            .map_or(Frame::Skip, Frame::Field)
    }

    pub(super) fn close(&mut self) -> Result<(), String> {
        self.names.pop();
        match self.stack.pop() {
            Some(Frame::Field(field)) => {
                let value = finish_text(&self.text, field)?;
                self.text.clear();
                self.set(field, value)
            }
            Some(Frame::Area) => {
                let desc = self.area_desc.take().ok_or_else(|| {
                    format!(
                        "an <area> in <info> block {} has no <areaDesc>",
                        self.infos.len() + 1
                    )
                })?;
                self.info.areas.push(desc);
                Ok(())
            }
            Some(Frame::Info) => {
                let draft = std::mem::take(&mut self.info);
                let info = draft.build(self.infos.len() + 1)?;
                self.infos.push(info);
                Ok(())
            }
            Some(Frame::Alert) => {
                self.done = true;
                Ok(())
            }
            Some(Frame::Skip) | None => Ok(()),
        }
    }

    pub(super) fn text(&mut self, text: &str) -> Result<(), String> {
        match self.stack.last() {
            Some(Frame::Field(_)) => {
                self.text.push_str(text);
                Ok(())
            }
            None if !is_xml_space(text) => Err(
                "the alert file has text outside its <alert> element, so it is not \
                 well-formed XML"
                    .into(),
            ),
            _ => Ok(()),
        }
    }

    pub(super) fn entity(&mut self, entity: &BytesRef<'_>) -> Result<(), String> {
        let name: &str = entity;
        let c = match entity.resolve_char_ref() {
            Ok(Some(c)) if is_xml_char(c) => c,
            Ok(Some(_)) | Err(_) => {
                return Err(format!(
                    "the alert contains the character reference \"&{};\", which is \
                     not a character XML allows",
                    shorten(name)
                ));
            }
            Ok(None) => match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "apos" => '\'',
                "quot" => '"',
                _ => {
                    return Err(format!(
                        "the alert uses the unknown entity \"&{};\" (write &amp; for a \
                         plain ampersand)",
                        shorten(name)
                    ));
                }
            },
        };
        match self.stack.last() {
            Some(Frame::Field(_)) => self.text.push(c),
            None => {
                return Err(
                    "the alert file has text outside its <alert> element, so it \
                            is not well-formed XML"
                        .into(),
                );
            }
            _ => {}
        }
        Ok(())
    }

    /// Records a field's finished (trimmed, checked) text.
    pub(super) fn set(&mut self, field: Field, value: String) -> Result<(), String> {
        let in_alert = Field::IN_ALERT.contains(&field);
        let seen = match field {
            Field::Category => 0,
            Field::AreaDesc => {
                if self.area_desc.is_some() {
                    return Err("an <area> has more than one <areaDesc>".into());
                }
                0
            }
            _ if in_alert => mark(&mut self.seen, field),
            _ => mark(&mut self.info.seen, field),
        };
        if seen & field.bit() != 0 {
            return Err(if in_alert {
                format!("the alert has more than one <{}>", field.name())
            } else {
                format!(
                    "the <info> block {} has more than one <{}>",
                    self.infos.len() + 1,
                    field.name()
                )
            });
        }
        let required = |value: String| {
            if value.is_empty() {
                Err(format!("the <{}> is empty", field.name()))
            } else {
                Ok(value)
            }
        };
        let optional = |value: String| Some(value).filter(|v| !v.is_empty());
        let time = |value: &str| {
            if value.is_empty() {
                Ok(None)
            } else {
                parse_time(field.name(), value).map(Some)
            }
        };
        match field {
            Field::Identifier => self.identifier = Some(required(value)?),
            Field::Sender => self.sender = Some(required(value)?),
            Field::Sent => self.sent = Some(parse_time("sent", &required(value)?)?),
            Field::Status => self.status = Some(parse_word(field, &value, Status::from_cap)?),
            Field::MsgType => {
                self.msg_type = Some(parse_word(field, &value, MsgType::from_cap)?);
            }
            Field::Scope => self.scope = Some(required(value)?),
            Field::References => self.references = parse_references(&value)?,
            Field::Language => self.info.language = optional(value),
            Field::Category => self.info.categories.push(required(value)?),
            Field::Event => self.info.event = Some(required(value)?),
            Field::Urgency => self.info.urgency = Some(required(value)?),
            Field::Severity => {
                self.info.severity = Some(parse_word(field, &value, Severity::from_cap)?);
            }
            Field::Certainty => self.info.certainty = Some(required(value)?),
            Field::Effective => self.info.effective = time(&value)?,
            Field::Onset => self.info.onset = time(&value)?,
            Field::Expires => self.info.expires = time(&value)?,
            Field::SenderName => self.info.sender_name = optional(value),
            Field::Headline => self.info.headline = optional(value),
            Field::Description => self.info.description = optional(value),
            Field::Instruction => self.info.instruction = optional(value),
            Field::Web => self.info.web = optional(value),
            Field::Contact => self.info.contact = optional(value),
            Field::AreaDesc => self.area_desc = Some(required(value)?),
        }
        Ok(())
    }

    pub(super) fn finish(self, line: usize) -> Result<Alert, String> {
        if let Some(open) = self.names.last() {
            return Err(format!(
                "the alert file ends at line {line} before <{open}> is closed, so it \
                 seems cut short"
            ));
        }
        if !self.done {
            return Err("the file contains no CAP <alert> element".into());
        }
        let missing = |name: &str| format!("the alert has no <{name}>");
        let msg_type = self.msg_type.ok_or_else(|| missing("msgType"))?;
        let alert = Alert {
            identifier: self.identifier.ok_or_else(|| missing("identifier"))?,
            sender: self.sender.ok_or_else(|| missing("sender"))?,
            sent: self.sent.ok_or_else(|| missing("sent"))?,
            status: self.status.ok_or_else(|| missing("status"))?,
            msg_type,
            scope: self.scope.ok_or_else(|| missing("scope"))?,
            references: self.references,
            infos: self.infos,
        };
        if alert.references.is_empty() {
            match msg_type {
                MsgType::Update => {
                    return Err(
                        "the alert is an Update but has no <references> naming the alert \
                         it updates"
                            .into(),
                    );
                }
                MsgType::Cancel => {
                    return Err(
                        "the alert is a Cancel but has no <references> naming the alert \
                         it cancels"
                            .into(),
                    );
                }
                MsgType::Alert | MsgType::Ack | MsgType::Error => {}
            }
        }
        Ok(alert)
    }
}
