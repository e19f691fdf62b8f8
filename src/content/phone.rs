//! Phone numbers are facts, never free text: they are parsed, checked and kept in one form.

use std::fmt;

/// A phone number that passed validation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber {
    /// As the coordinator wrote it, with spacing normalised (`+32 2 555 01 23`).
    display: String,
    /// Only what is dialled: an optional leading `+` and ASCII digits.
    dial: String,
}

impl PhoneNumber {
    /// Parse a number, explaining in plain words what is wrong with it.
    pub fn parse(input: &str) -> Result<Self, String> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err("the phone number is empty".to_owned());
        }
        if let Some(c) = trimmed.chars().find(|c| is_invisible_control(*c)) {
            return Err(format!(
                "the phone number \"{}\" contains an invisible direction mark (U+{:04X}); \
                 retype it using only digits, spaces and a leading +",
                trimmed.escape_debug(),
                u32::from(c)
            ));
        }
        if trimmed
            .chars()
            .any(|c| c.is_numeric() && !c.is_ascii_digit())
        {
            return Err(format!(
                "the phone number \"{trimmed}\" uses digits other than 0-9; write it with 0-9 \
                 (the kiosk shows it in the visitor's own digits where needed)"
            ));
        }
        if trimmed.chars().any(char::is_alphabetic) {
            return Err(format!(
                "the phone number \"{trimmed}\" has letters in it; write only the number \
                 (put words like \"ask for Maria\" in the Markdown text)"
            ));
        }
        let mut dial = String::new();
        for (i, c) in trimmed.chars().enumerate() {
            match c {
                '+' if i == 0 => dial.push('+'),
                '+' => {
                    return Err(format!(
                        "the phone number \"{trimmed}\" has a + that is not at the start"
                    ));
                }
                '0'..='9' => dial.push(c),
                ' ' | '-' | '.' | '(' | ')' | '/' | '\u{a0}' => {}
                other => {
                    let looks = if matches!(
                        other,
                        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
                    ) {
                        ", which looks like - but is another character"
                    } else {
                        ""
                    };
                    return Err(format!(
                        "the phone number \"{trimmed}\" contains \"{other}\" (U+{:04X}){looks}; \
                         use only digits, spaces, the ordinary - and a leading +",
                        u32::from(other)
                    ));
                }
            }
        }
        let digits = dial.trim_start_matches('+').len();
        if !(3..=15).contains(&digits) {
            return Err(format!(
                "the phone number \"{trimmed}\" has {digits} digits; a real number has 3 to 15"
            ));
        }
        if dial.starts_with('+') && (digits < 7 || dial.starts_with("+0")) {
            return Err(format!(
                "the phone number \"{trimmed}\" starts with + but is not an international \
                 number (+ country code, then the number)"
            ));
        }
        let display = trimmed
            .split([' ', '\u{a0}'])
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        Ok(Self { display, dial })
    }

    pub fn display(&self) -> &str {
        &self.display
    }

    /// What a phone dials (`tel:` form without the scheme).
    pub fn dial(&self) -> &str {
        &self.dial
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display)
    }
}

/// Characters that change text direction or are invisible: they have no place in typed
/// fields, where they can make a number read differently from how it dials.
pub fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_short_and_international_numbers() {
        let n = PhoneNumber::parse("112").map_err(|e| e.clone());
        assert_eq!(n.as_ref().map(PhoneNumber::dial), Ok("112"));
        let n = PhoneNumber::parse(" +32  2 555-01 23 ").map_err(|e| e.clone());
        assert_eq!(n.as_ref().map(PhoneNumber::dial), Ok("+3225550123"));
        assert_eq!(n.as_ref().map(PhoneNumber::display), Ok("+32 2 555-01 23"));
    }

    #[test]
    fn rejects_letters_controls_and_bad_lengths() {
        for (input, why) in [
            ("call 112", "letters"),
            ("11\u{202E}2", "invisible direction mark"),
            ("١١٢", "digits other than 0-9"),
            ("12", "2 digits"),
            ("1234567890123456", "16 digits"),
            ("+1234", "not an international"),
            ("1+2345", "not at the start"),
            ("112#", "contains \"#\""),
            ("", "empty"),
        ] {
            let err = PhoneNumber::parse(input).err().unwrap_or_default();
            assert!(err.contains(why), "{input:?}: {err}");
        }
    }
}
