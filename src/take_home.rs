//! What a visitor can take home with a phone's camera: the text of each QR code. No GUI
//! types here (the kiosk draws the codes with iced's `qr_code` widget).
//!
//! Contacts and services become a vCard (3.0, which every phone's contacts app reads),
//! events an iCalendar VEVENT, places with coordinates a `geo:` URI, phone numbers `tel:`
//! URIs, a guide its web address when the bundle gives one, anything else a short text.
//! Nothing here points anywhere but the item's own numbers and addresses: no tracking links.

use std::fmt::Write as _;

use jiff::civil::DateTime;

use crate::content::{Event, Recurrence};

/// Most bytes in one code: more makes modules too small to scan from a cheap phone.
pub const MAX_BYTES: usize = 600;

/// A contact card.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Card {
    pub name: String,
    /// Numbers as dialled (`+3225550100`, `112`).
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub coordinates: Option<(f64, f64)>,
    /// Opening hours and the like, as lines already in the visitor's language.
    pub note: Vec<String>,
}

/// Direction controls that keep mixed text in order on screen: a phone shows the text in a
/// field of its own, where they are noise.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// vCard text escaping (RFC 6350 §3.4): backslash, comma, semicolon, newline; direction
/// controls left out.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|&c| !is_bidi_control(c)) {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A vCard 3.0 for a contact or a service.
pub fn vcard(card: &Card) -> String {
    let mut out = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    let name = escape(&card.name);
    let _ = write!(out, "FN:{name}\r\nN:;{name};;;\r\n");
    for phone in &card.phones {
        let _ = write!(out, "TEL;TYPE=VOICE:{phone}\r\n");
    }
    if let Some(email) = &card.email {
        let _ = write!(out, "EMAIL:{}\r\n", escape(email));
    }
    if let Some(address) = &card.address {
        // The whole address as the street part: bundles write it as one line.
        let _ = write!(out, "ADR;TYPE=WORK:;;{};;;;\r\n", escape(address));
    }
    if let Some((lat, lon)) = card.coordinates {
        let _ = write!(out, "GEO:{lat};{lon}\r\n");
    }
    if let Some(url) = &card.website {
        let _ = write!(out, "URL:{url}\r\n");
    }
    if !card.note.is_empty() {
        let _ = write!(out, "NOTE:{}\r\n", escape(&card.note.join("\n")));
    }
    out.push_str("END:VCARD\r\n");
    out
}

fn ical_time(at: DateTime) -> String {
    at.strftime("%Y%m%dT%H%M%S").to_string()
}

/// iCalendar text escaping (RFC 5545 §3.3.11).
fn ical_escape(text: &str) -> String {
    escape(text)
}

/// An iCalendar VEVENT for an event's occurrence, in the bundle's time zone.
#[allow(
    clippy::too_many_arguments,
    reason = "the fields of one calendar entry"
)]
pub fn vevent(
    uid: &str,
    title: &str,
    event: &Event,
    start: DateTime,
    end: Option<DateTime>,
    timezone: &str,
    description: &str,
) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Welcome Kiosk//EN\r\nBEGIN:VEVENT\r\n",
    );
    let _ = write!(out, "UID:{uid}\r\n");
    // The moment the entry describes (not the moment it was shown, so the code is the same
    // all day), in UTC as RFC 5545 asks.
    let stamp = jiff::tz::TimeZone::get(timezone)
        .ok()
        .and_then(|tz| start.to_zoned(tz).ok())
        .map_or_else(
            || format!("{}Z", ical_time(start)),
            |z| z.timestamp().strftime("%Y%m%dT%H%M%SZ").to_string(),
        );
    let _ = write!(out, "DTSTAMP:{stamp}\r\n");
    let _ = write!(out, "DTSTART;TZID={timezone}:{}\r\n", ical_time(start));
    if let Some(end) = end {
        let _ = write!(out, "DTEND;TZID={timezone}:{}\r\n", ical_time(end));
    }
    let _ = write!(out, "SUMMARY:{}\r\n", ical_escape(title));
    if let Some(place) = &event.place {
        let _ = write!(out, "LOCATION:{}\r\n", ical_escape(place));
    }
    if let Some(recurrence) = event.recurrence {
        let freq = match recurrence {
            Recurrence::Weekly => "WEEKLY",
            Recurrence::Monthly => "MONTHLY",
            Recurrence::Yearly => "YEARLY",
        };
        match event.until {
            Some(until) => {
                let _ = write!(
                    out,
                    "RRULE:FREQ={freq};UNTIL={}\r\n",
                    until.strftime("%Y%m%d")
                );
            }
            None => {
                let _ = write!(out, "RRULE:FREQ={freq}\r\n");
            }
        }
    }
    if !description.is_empty() {
        let _ = write!(out, "DESCRIPTION:{}\r\n", ical_escape(description));
    }
    out.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
    out
}

/// A `tel:` URI for a number as dialled.
pub fn tel(dial: &str) -> String {
    format!("tel:{dial}")
}

/// A `geo:` URI (RFC 5870), which phones open in their map.
pub fn geo((lat, lon): (f64, f64)) -> String {
    format!("geo:{lat},{lon}")
}

/// Lines of text, cut at a line (or, for one long line, a letter) so the code stays small.
pub fn text(lines: &[String]) -> String {
    let mut out = String::new();
    let clean: Vec<String> = lines
        .iter()
        .map(|l| l.chars().filter(|&c| !is_bidi_control(c)).collect())
        .collect();
    for line in clean.iter().filter(|l| !l.is_empty()) {
        let extra = usize::from(!out.is_empty()) + line.len();
        if out.len() + extra > MAX_BYTES {
            if out.is_empty() {
                let mut end = MAX_BYTES.saturating_sub(3);
                while !line.is_char_boundary(end) {
                    end -= 1;
                }
                out.push_str(&line[..end]);
                out.push('…');
            }
            break;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_card_with_everything_escaped() {
        let card = Card {
            name: "Legal aid; free, by appointment".into(),
            phones: vec!["+3225550100".into()],
            email: Some("desk@example.org".into()),
            address: Some("Example Street 1, Example Town".into()),
            website: None,
            coordinates: Some((50.8466, 4.3528)),
            note: vec!["Tu 09:00–12:30".into(), "Th 13:30–17:00".into()],
        };
        let v = vcard(&card);
        assert!(v.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(v.contains("FN:Legal aid\\; free\\, by appointment\r\n"));
        assert!(v.contains("TEL;TYPE=VOICE:+3225550100\r\n"));
        assert!(v.contains("ADR;TYPE=WORK:;;Example Street 1\\, Example Town;;;;\r\n"));
        assert!(v.contains("GEO:50.8466;4.3528\r\n"));
        assert!(v.contains("NOTE:Tu 09:00–12:30\\nTh 13:30–17:00\r\n"));
        let isolated = vcard(&Card {
            note: vec!["\u{2068}9:00\u{2069} – \u{2068}12:30\u{2069}".into()],
            ..Card::default()
        });
        assert!(isolated.contains("NOTE:9:00 – 12:30\r\n"), "{isolated}");
        assert!(v.ends_with("END:VCARD\r\n"));
    }

    #[test]
    fn an_event_in_its_time_zone() {
        let event = Event {
            start: date(2026, 12, 18).at(18, 0, 0, 0),
            end: Some(date(2026, 12, 18).at(20, 0, 0, 0)),
            place: Some("Hall, Example Street 1".into()),
            free: true,
            recurrence: Some(Recurrence::Weekly),
            until: Some(date(2027, 3, 1)),
        };
        let v = vevent(
            "events/film@org.example",
            "Film night",
            &event,
            event.start,
            event.end,
            "Europe/Brussels",
            "",
        );
        assert!(
            v.contains("DTSTART;TZID=Europe/Brussels:20261218T180000\r\n"),
            "{v}"
        );
        assert!(v.contains("DTEND;TZID=Europe/Brussels:20261218T200000\r\n"));
        assert!(v.contains("DTSTAMP:20261218T170000Z\r\n"), "{v}");
        assert!(v.contains("LOCATION:Hall\\, Example Street 1\r\n"));
        assert!(v.contains("RRULE:FREQ=WEEKLY;UNTIL=20270301\r\n"));
    }

    #[test]
    fn short_texts_stay_short() {
        let long = "word ".repeat(500);
        assert!(text(std::slice::from_ref(&long)).len() <= MAX_BYTES + 3);
        let lines = vec!["Title".to_owned(), long];
        assert_eq!(text(&lines), "Title");
        assert_eq!(tel("112"), "tel:112");
        assert_eq!(geo((50.8466, 4.3528)), "geo:50.8466,4.3528");
    }
}
