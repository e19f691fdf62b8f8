//! Dates, times and numbers in the visitor's language, from ICU4X's CLDR data. Jobs and events
//! always use the Gregorian calendar (they are appointments in the host country), whatever
//! calendar the language prefers.

use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{E, T, YMDE};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_locale_core::Locale;

use crate::lang::Lang;

/// Formatters for one language, built once when the language is chosen.
pub struct Formats {
    /// ", " or the Arabic comma "، " for languages written in Arabic script.
    comma: &'static str,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDE>>,
    weekday: Option<FixedCalendarDateTimeFormatter<Gregorian, E>>,
    time: Option<NoCalendarFormatter<T>>,
    decimal: Option<DecimalFormatter>,
}

impl Formats {
    pub fn new(lang: &Lang) -> Self {
        let locale = Locale::from(lang.id().clone());
        let arabic_script = super::locale::script(lang) == "Arab";
        Self {
            comma: if arabic_script { "\u{060C} " } else { ", " },
            date: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMDE::long()).ok(),
            weekday: FixedCalendarDateTimeFormatter::try_new((&locale).into(), E::long()).ok(),
            time: NoCalendarFormatter::try_new((&locale).into(), T::hm()).ok(),
            decimal: DecimalFormatter::try_new(
                (&locale).into(),
                DecimalFormatterOptions::default(),
            )
            .ok(),
        }
    }

    /// "Friday 18 December 2026" in the language (Gregorian calendar).
    pub fn date(&self, date: jiff::civil::Date) -> String {
        match (&self.date, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.to_string(),
        }
    }

    /// The weekday's name ("Monday").
    pub fn weekday(&self, weekday: jiff::civil::Weekday) -> String {
        // 2024-01-01 was a Monday.
        let date = jiff::civil::date(2024, 1, 1)
            .checked_add(jiff::Span::new().days(i64::from(weekday.to_monday_zero_offset())))
            .unwrap_or(jiff::civil::date(2024, 1, 1));
        match (&self.weekday, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => format!("{weekday:?}"),
        }
    }

    /// "18:00" or "6:00 PM", as the language writes times. The result is isolated
    /// (U+2068 … U+2069): Urdu writes "9:00 AM", and without isolation a right-to-left line
    /// would tear "9:00" from its "AM".
    pub fn time(&self, time: jiff::civil::Time) -> String {
        let t = Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).ok();
        let text = match (&self.time, t) {
            (Some(f), Some(t)) => f.format(&t).to_string(),
            _ => format!("{:02}:{:02}", time.hour(), time.minute()),
        };
        format!("\u{2068}{text}\u{2069}")
    }

    /// The comma that separates items of a list in this language.
    pub fn comma(&self) -> &'static str {
        self.comma
    }

    /// An integer with the language's digits and grouping.
    pub fn integer(&self, n: i64) -> String {
        self.decimal.as_ref().map_or_else(
            || n.to_string(),
            |f| f.format(&Decimal::from(n)).to_string(),
        )
    }

    /// An amount in minor units (cents) with two decimals, in the language's digits.
    pub fn money_amount(&self, minor_units: i64) -> String {
        let mut decimal = Decimal::from(minor_units);
        decimal.multiply_pow10(-2);
        decimal.pad_end(-2);
        self.decimal.as_ref().map_or_else(
            || format!("{}.{:02}", minor_units / 100, (minor_units % 100).abs()),
            |f| f.format(&decimal).to_string(),
        )
    }
}

/// fluent-bundle's number formatter hook: numbers inside messages use ICU's digits and
/// grouping for the bundle's language (Fluent itself would always write 0-9 without grouping).
pub fn fluent_number(
    value: &fluent_bundle::FluentValue<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<IcuDecimal, _, _>((), |f| f.format(number.value))
        .ok()
        .flatten()
}

/// A memoized ICU decimal formatter, one per Fluent bundle.
struct IcuDecimal(DecimalFormatter);

impl IcuDecimal {
    fn format(&self, value: f64) -> Option<String> {
        // Rust prints the shortest decimal that reads back as the same f64: "1.5", "21".
        let decimal = Decimal::try_from_str(&value.to_string()).ok()?;
        Some(self.0.format(&decimal).to_string())
    }
}

impl intl_memoizer::Memoizable for IcuDecimal {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, (): ()) -> Result<Self, ()> {
        let lang = Lang::parse(&lang.to_string()).ok_or(())?;
        let locale = Locale::from(lang.id().clone());
        DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::default())
            .map(IcuDecimal)
            .map_err(|_| ())
    }
}

fn gregorian(date: jiff::civil::Date) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(i32::from(date.year()), date.month() as u8, date.day() as u8).ok()
}

/// The symbol shown for a currency code; the code itself when there is no common symbol.
pub fn currency_symbol(code: &str) -> &str {
    match code {
        "EUR" => "€",
        "GBP" => "£",
        "USD" => "$",
        "SEK" | "NOK" | "DKK" | "ISK" => "kr",
        "PLN" => "zł",
        "CZK" => "Kč",
        "HUF" => "Ft",
        "UAH" => "₴",
        "TRY" => "₺",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;
    use jiff::civil::date;

    #[test]
    fn dates_times_and_numbers_follow_the_language() {
        let en = Formats::new(&lang!("en"));
        assert_eq!(en.date(date(2026, 12, 18)), "Friday, December 18, 2026");
        assert_eq!(en.integer(12345), "12,345");
        assert_eq!(en.money_amount(1450), "14.50");
        let fr = Formats::new(&lang!("fr"));
        assert_eq!(fr.date(date(2026, 12, 18)), "vendredi 18 décembre 2026");
        assert_eq!(
            fr.time(jiff::civil::time(18, 0, 0, 0)),
            "\u{2068}18:00\u{2069}"
        );
        assert_eq!(fr.money_amount(1450), "14,50");
        // Persian uses Persian digits, and the Gregorian calendar here, not the Solar Hijri one.
        let fa = Formats::new(&lang!("fa"));
        let d = fa.date(date(2026, 12, 18));
        assert!(d.contains("دسامبر"), "{d}");
        assert!(d.contains('۲'), "{d}");
        assert_eq!(en.weekday(jiff::civil::Weekday::Monday), "Monday");
    }
}
