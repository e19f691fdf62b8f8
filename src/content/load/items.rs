//! The parsers of items' facts files: the common fields of every item, then the facts of
//! each kind (jobs with their pay, contacts, services, events and stories).

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::content::diagnostic::{Diagnostics, Position};
use crate::content::fields::{self, Field, Table};
use crate::content::hours::OpeningHours;
use crate::content::model::{
    Common, Contact, Contract, Event, Facts, Icon, Item, ItemId, Job, Kind, Pay, PayPeriod,
    Recurrence, Service, Story,
};

use super::meta::{
    choice, email_field, hours_field, languages_field, phone_field, phones_field, plain_field,
};

/// Parse an item's `.toml`; returns it and where its `image` was named.
pub(super) fn parse_item(
    id: &ItemId,
    path: &str,
    text: &str,
    today: Date,
    d: &mut Diagnostics,
) -> Option<(Item, Option<Position>)> {
    let errors_before = d.error_count();
    let parsed = fields::parse(path, text, d)?;
    let t = Table::new(path, text, &parsed);

    let order = t.integer("order", d).map_or(100, |f| f.value);
    let example = t.boolean("example", d).is_some_and(|f| f.value);
    let image_field = t.string("image", d);
    if let Some(f) = &image_field
        && (f.value.contains('/') || f.value.contains('\\') || f.value.starts_with('.'))
    {
        d.error(
            path,
            f.at,
            "`image` is a file name inside images/, like \"union-desk.png\"",
        );
    }
    let icon = t.string("icon", d).and_then(|f| {
        let names: Vec<(&'static str, Icon)> = Icon::NAMES.to_vec();
        choice(path, "icon", &f, &names, d)
    });
    let review_by = t.date("review_by", d).map(|f| {
        if f.value < today {
            d.warning(
                path,
                f.at,
                format!(
                    "review date {} has passed: check this item is still true, then move the date",
                    f.value
                ),
            );
        }
        f.value
    });

    let coordinates = coordinates_field(path, &t, d);
    let website = if id.kind == Kind::Guides {
        website_field(path, &t, d)
    } else {
        None
    };
    let facts = match id.kind {
        Kind::Guides => Some(Facts::Guide),
        Kind::Jobs => parse_job(path, &t, today, d).map(Facts::Job),
        Kind::Contacts => parse_contact(path, &t, d).map(Facts::Contact),
        Kind::Services => Some(Facts::Service(parse_service(path, &t, d))),
        Kind::Events => parse_event(path, &t, today, d).map(Facts::Event),
        Kind::Stories => parse_story(path, &t, image_field.is_some(), d).map(Facts::Story),
    };
    t.finish(d);
    if d.error_count() > errors_before {
        return None;
    }
    let image_at = image_field.as_ref().map(|f| f.at);
    Some((
        Item {
            id: id.clone(),
            common: Common {
                order,
                example,
                image: image_field.map(|f| f.value),
                icon,
                review_by,
                coordinates,
                website,
            },
            facts: facts?,
            texts: BTreeMap::new(),
            recordings: BTreeMap::new(),
        },
        image_at,
    ))
}

fn parse_job(path: &str, t: &Table<'_, '_>, today: Date, d: &mut Diagnostics) -> Option<Job> {
    let employer = t
        .required_string("employer", d)
        .and_then(|f| plain_field(path, f, d));
    let place = t.string("place", d).and_then(|f| plain_field(path, f, d));
    let contract = t
        .string("contract", d)
        .and_then(|f| choice(path, "contract", &f, &Contract::NAMES, d));
    let hours_per_week = t.integer("hours_per_week", d).and_then(|f| {
        let h = u8::try_from(f.value).ok().filter(|h| (1..=60).contains(h));
        if h.is_none() {
            d.error(path, f.at, "`hours_per_week` must be between 1 and 60");
        }
        h
    });
    let pay = t.table("pay", d).and_then(|p| {
        let amount = p.number("amount", d);
        let per = p
            .string("per", d)
            .and_then(|f| choice(path, "per", &f, &PayPeriod::NAMES, d));
        if amount.is_none() && per.is_none() {
            d.error(
                path,
                p.at(),
                "`pay` needs an amount and a period: { amount = 14.50, per = \"hour\" }",
            );
        }
        let amount_given = amount.is_some();
        let minor_units = amount.and_then(|f| money(path, &f, d));
        if amount_given && per.is_none() {
            d.error(
                path,
                p.at(),
                "`pay` needs `per`: hour, day, week, month or year",
            );
        }
        p.finish(d);
        Some(Pay {
            minor_units: minor_units?,
            per: per?,
        })
    });
    let languages_needed = languages_field(path, t, "languages_needed", d);
    let phone = t.string("phone", d).and_then(|f| phone_field(path, &f, d));
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    let posted = t.required("posted", "2026-11-01", d, |t, d| t.date("posted", d));
    let expires = t.date("expires", d);
    if let (Some(p), Some(e)) = (&posted, &expires)
        && e.value < p.value
    {
        d.error(path, e.at, "`expires` is before `posted`");
    }
    if let Some(e) = &expires
        && e.value < today
    {
        d.warning(
            path,
            e.at,
            format!(
                "this job expired on {}; it is hidden from visitors",
                e.value
            ),
        );
    }
    if !t.has("phone") && !t.has("email") {
        d.warning(
            path,
            t.at(),
            "this job has no `phone` or `email`: how does a visitor apply?",
        );
    }
    Some(Job {
        employer: employer?,
        place,
        contract,
        hours_per_week,
        pay,
        languages_needed,
        phone,
        email,
        posted: posted?.value,
        expires: expires.map(|f| f.value),
    })
}

/// An amount of money as written (`14.50`): more than nothing, at most two decimals, less
/// than ten million; in cents.
fn money(path: &str, f: &Field<f64>, d: &mut Diagnostics) -> Option<i64> {
    let cents = (f.value * 100.0).round();
    if (f.value * 100.0 - cents).abs() > 1e-6 {
        d.error(
            path,
            f.at,
            format!(
                "the pay amount {} has more than two decimals; write it as money, like {:.2}",
                f.value, f.value
            ),
        );
        return None;
    }
    if !(1.0..1_000_000_000.0).contains(&cents) {
        d.error(
            path,
            f.at,
            "the pay amount must be at least 0.01 and less than 10,000,000",
        );
        return None;
    }
    Some(cents as i64)
}

fn parse_contact(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Option<Contact> {
    let errors_before = d.error_count();
    let phones = phones_field(path, t, d);
    let free = t.boolean("free", d).is_some_and(|f| f.value);
    let urgent = t.boolean("urgent", d).is_some_and(|f| f.value);
    let hours = hours_field(path, t, d);
    if urgent
        && let Some(h) = &hours
        && *h != OpeningHours::Always
    {
        d.warning(
            path,
            t.at(),
            "an urgent number with opening hours: the kiosk never shows an urgent number as \
             closed (someone in danger must still try it); say in its text when it is answered",
        );
    }
    let hours = hours.unwrap_or(OpeningHours::Always);
    let address = t.string("address", d).and_then(|f| plain_field(path, f, d));
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    if phones.is_empty() {
        // Numbers that were written but are invalid have their own errors already.
        if d.error_count() > errors_before {
            return None;
        }
        d.error(
            path,
            t.at(),
            "a contact needs at least one number: `phones = [\"112\"]`",
        );
        return None;
    }
    Some(Contact {
        phones,
        free,
        urgent,
        hours,
        address,
        email,
    })
}

fn parse_service(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Service {
    let phones = phones_field(path, t, d);
    let email = t.string("email", d).and_then(|f| email_field(path, f, d));
    let address = t.string("address", d).and_then(|f| plain_field(path, f, d));
    let hours = hours_field(path, t, d);
    let languages_spoken = languages_field(path, t, "languages_spoken", d);
    let website = website_field(path, t, d);
    Service {
        phones,
        email,
        address,
        hours,
        languages_spoken,
        website,
    }
}

fn website_field(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Option<String> {
    t.string("website", d).and_then(|f| {
        let ok = (f.value.starts_with("https://") || f.value.starts_with("http://"))
            && !f.value.chars().any(char::is_whitespace)
            && f.value.len() <= 300;
        if !ok {
            d.error(
                path,
                f.at,
                "`website` must be an address starting with https://, at most 300 characters",
            );
        }
        ok.then_some(f.value)
    })
}

/// `latitude` and `longitude`, both or neither, in degrees (WGS 84, as maps give them).
fn coordinates_field(path: &str, t: &Table<'_, '_>, d: &mut Diagnostics) -> Option<(f64, f64)> {
    let latitude = t.number("latitude", d);
    let longitude = t.number("longitude", d);
    match (latitude, longitude) {
        (None, None) => None,
        (Some(lat), Some(lon)) => {
            let ok_lat = lat.value.is_finite() && (-90.0..=90.0).contains(&lat.value);
            let ok_lon = lon.value.is_finite() && (-180.0..=180.0).contains(&lon.value);
            if !ok_lat {
                d.error(
                    path,
                    lat.at,
                    "`latitude` must be between -90 and 90 degrees, like 50.8466",
                );
            }
            if !ok_lon {
                d.error(
                    path,
                    lon.at,
                    "`longitude` must be between -180 and 180 degrees, like 4.3528",
                );
            }
            (ok_lat && ok_lon).then_some((lat.value, lon.value))
        }
        (Some(f), None) | (None, Some(f)) => {
            d.error(
                path,
                f.at,
                "give both `latitude` and `longitude` (a place needs the two), or neither",
            );
            None
        }
    }
}

fn parse_event(path: &str, t: &Table<'_, '_>, today: Date, d: &mut Diagnostics) -> Option<Event> {
    let start = t.required("start", "2026-12-18T18:00:00", d, |t, d| {
        t.datetime("start", d)
    });
    let end = t.datetime("end", d);
    if let (Some(s), Some(e)) = (&start, &end)
        && e.value <= s.value
    {
        d.error(path, e.at, "`end` must be after `start`");
    }
    let place = t.string("place", d).and_then(|f| plain_field(path, f, d));
    let free = t.boolean("free", d).is_some_and(|f| f.value);
    let recurrence = t
        .string("recurrence", d)
        .and_then(|f| choice(path, "recurrence", &f, &Recurrence::NAMES, d));
    let until = t.date("until", d);
    if until.is_some() && recurrence.is_none() {
        d.error(
            path,
            until.as_ref().map_or(t.at(), |f| f.at),
            "`until` only makes sense with `recurrence`",
        );
    }
    let event = Event {
        start: start?.value,
        end: end.map(|f| f.value),
        place,
        free,
        recurrence,
        until: until.map(|f| f.value),
    };
    if event
        .next_occurrence(today.to_datetime(jiff::civil::Time::midnight()))
        .is_none()
    {
        d.warning(
            path,
            t.at(),
            "this event is over; it is hidden from visitors",
        );
    }
    Some(event)
}

fn parse_story(
    path: &str,
    t: &Table<'_, '_>,
    has_image: bool,
    d: &mut Diagnostics,
) -> Option<Story> {
    let first_name = t
        .required_string("first_name", d)
        .and_then(|f| plain_field(path, f, d));
    let fictional = t.boolean("fictional", d).is_some_and(|f| f.value);
    let consent = t.boolean("consent", d).is_some_and(|f| f.value);
    if !fictional && !consent {
        d.error(
            path,
            t.at(),
            "a real person's story needs `consent = true`: their written agreement to be shown \
             (or `fictional = true` for an invented example)",
        );
    }
    if has_image && !fictional && !consent {
        d.error(
            path,
            t.at(),
            "a photo of a real person needs `consent = true`",
        );
    }
    Some(Story {
        first_name: first_name?,
        fictional,
        consent,
    })
}
