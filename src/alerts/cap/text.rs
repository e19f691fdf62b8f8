//! Values inside elements (times, words, references), errors in plain words, and writing.

use super::{
    EXAMPLE_TIME, Field, IllFormedError, MAX_TEXT, NamespaceError, Offset, QUOTE_CHARS, Reference,
    SyntaxError, Timestamp, XmlError,
};

/// Marks `field` as seen in `seen`, returning the marks from before.
pub(super) fn mark(seen: &mut u32, field: Field) -> u32 {
    let before = *seen;
    *seen |= field.bit();
    before
}

/// Trims a field's raw text, normalises line breaks and checks its length and characters.
pub(super) fn finish_text(raw: &str, field: Field) -> Result<String, String> {
    let trimmed = raw.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let value = if trimmed.contains('\r') {
        trimmed.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        trimmed.to_owned()
    };
    if value.chars().count() > MAX_TEXT {
        return Err(format!(
            "the <{}> is longer than {MAX_TEXT} characters",
            field.name()
        ));
    }
    if !value.chars().all(is_xml_char) {
        return Err(format!(
            "the <{}> contains a control character that XML does not allow",
            field.name()
        ));
    }
    Ok(value)
}

pub(super) fn parse_word<T>(
    field: Field,
    value: &str,
    from: fn(&str) -> Option<T>,
) -> Result<T, String> {
    from(value).ok_or_else(|| {
        let name = field.name();
        if value.is_empty() {
            format!("the <{name}> is empty")
        } else {
            format!(
                "the <{name}> value \"{}\" is not one CAP allows",
                shorten(value)
            )
        }
    })
}

/// Reads a CAP time (an explicit offset is required; `-00:00` means UTC).
pub(super) fn parse_time(element: &str, value: &str) -> Result<Timestamp, String> {
    let bad = || {
        format!(
            "the <{element}> time \"{}\" is not a CAP time like {EXAMPLE_TIME}",
            shorten(value)
        )
    };
    let utc;
    let text = match value.strip_suffix("-00:00") {
        Some(rest) => {
            utc = format!("{rest}+00:00");
            utc.as_str()
        }
        None => value,
    };
    let t: Timestamp = text.parse().map_err(|_| bad())?;
    let t = whole_seconds(t);
    if Offset::UTC.to_datetime(t).year() < 1 {
        return Err(bad());
    }
    Ok(t)
}

/// Drops the fraction of a second (CAP times have none).
pub(super) fn whole_seconds(t: Timestamp) -> Timestamp {
    Timestamp::from_second(t.as_second()).unwrap_or(t)
}

/// Reads `<references>`: whitespace-separated `sender,identifier,sent` entries.
pub(super) fn parse_references(value: &str) -> Result<Vec<Reference>, String> {
    value
        .split_ascii_whitespace()
        .map(|entry| {
            let mut parts = entry.split(',');
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(sender), Some(identifier), Some(sent), None)
                    if !sender.is_empty() && !identifier.is_empty() && !sent.is_empty() =>
                {
                    parse_time("references", sent).map_err(|_| {
                        format!(
                            "the <references> entry \"{}\" has a sent time that is not a \
                             CAP time like {EXAMPLE_TIME}",
                            shorten(entry)
                        )
                    })?;
                    Ok(Reference {
                        sender: sender.to_owned(),
                        identifier: identifier.to_owned(),
                        sent: sent.to_owned(),
                    })
                }
                _ => Err(format!(
                    "the <references> entry \"{}\" is not in the form sender,identifier,sent",
                    shorten(entry)
                )),
            }
        })
        .collect()
}

/// A plain-English sentence for a quick-xml error found at `line`.
pub(super) fn xml_error(error: &XmlError, line: usize) -> String {
    let what = match error {
        XmlError::Syntax(e) => match e {
            SyntaxError::InvalidBangMarkup => "a <! markup is broken".to_owned(),
            SyntaxError::UnclosedPI => "a processing instruction is never closed".to_owned(),
            SyntaxError::UnclosedXmlDecl => "the XML declaration is never closed".to_owned(),
            SyntaxError::UnclosedComment => "a comment is never closed".to_owned(),
            SyntaxError::UnclosedDoctype => "a DOCTYPE is never closed".to_owned(),
            SyntaxError::UnclosedCData => "a CDATA section is never closed".to_owned(),
            SyntaxError::UnclosedTag => "a tag is never closed".to_owned(),
            SyntaxError::UnclosedSingleQuotedAttributeValue
            | SyntaxError::UnclosedDoubleQuotedAttributeValue => {
                "an attribute value is never closed".to_owned()
            }
        },
        XmlError::IllFormed(e) => match e {
            IllFormedError::MissingDeclVersion(_) | IllFormedError::UnknownVersion => {
                "the XML declaration has no valid version".to_owned()
            }
            IllFormedError::MissingDoctypeName => "a DOCTYPE is malformed".to_owned(),
            IllFormedError::MissingEndTag(tag) => {
                format!("<{}> is never closed", shorten(tag))
            }
            IllFormedError::UnmatchedEndTag(tag) => {
                format!(
                    "</{}> closes an element that was never opened",
                    shorten(tag)
                )
            }
            IllFormedError::MismatchedEndTag { expected, found } => format!(
                "</{}> appears where </{}> was expected",
                shorten(found),
                shorten(expected)
            ),
            IllFormedError::DoubleHyphenInComment => {
                "a comment contains \"--\", which XML forbids".to_owned()
            }
            IllFormedError::UnclosedReference => {
                "an & is not part of an entity like &amp;".to_owned()
            }
        },
        XmlError::InvalidAttr(_) => "an attribute is malformed".to_owned(),
        XmlError::Encoding(_) => "the text is not valid UTF-8".to_owned(),
        XmlError::Escape(_) => "an entity or character reference is malformed".to_owned(),
        XmlError::Namespace(NamespaceError::TooManyBindings(_)) => {
            "too many XML namespaces are declared".to_owned()
        }
        XmlError::Namespace(NamespaceError::TooDeeplyNested(_)) => {
            "elements are nested too deeply".to_owned()
        }
        XmlError::Namespace(NamespaceError::UnknownPrefix(prefix)) => {
            format!(
                "the namespace prefix \"{}\" is never declared",
                shorten(prefix)
            )
        }
        XmlError::Namespace(_) => "a namespace declaration is not allowed".to_owned(),
        XmlError::Io(_) => "the text could not be read".to_owned(),
    };
    format!("the alert file is not well-formed XML at line {line}, where {what}")
}

/// Writes `<name>text</name>` on its own line, indented by `level`.
pub(super) fn element(out: &mut String, level: usize, name: &str, text: &str) {
    for _ in 0..level {
        out.push_str("  ");
    }
    out.push('<');
    out.push_str(name);
    out.push('>');
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out.push_str("</");
    out.push_str(name);
    out.push_str(">\n");
}

/// Whether XML 1.0 allows `c` in a document.
pub(super) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

pub(super) fn is_xml_space(text: &str) -> bool {
    text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
}

/// At most [`QUOTE_CHARS`] characters of `s`, for quoting in a message.
/// Line breaks and other control characters become spaces.
pub(super) fn shorten(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(QUOTE_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.chars().nth(QUOTE_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// A reader position as an index into the input.
pub(super) fn offset(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

/// The 1-based line of byte `offset` in `bytes`.
pub(super) fn line_at(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    bytes[..end].split(|&b| b == b'\n').count()
}
