//! What running a fleet costs a kiosk: counting a page view, writing a year of usage counts,
//! the metrics file, and parsing a CAP alert of the largest size allowed. Run with
//! `cargo bench --bench fleet`; criterion prints medians (figures in docs/performance.md).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::Date;
use welcome_kiosk::metrics::{Bundle, Health, Snapshot, render};
use welcome_kiosk::usage::Counts;

/// A busy year: 365 days × 60 pages × 27 languages seen (only the last day is written a
/// minute; the year is here so that counting finds big maps).
fn busy_year() -> Counts {
    let mut counts = Counts::default();
    let mut day: Date = jiff::civil::date(2026, 1, 1);
    for _ in 0..365 {
        for page in 0..60 {
            for lang in 0..27 {
                counts.add(day, &format!("guides/page-{page}"), &format!("l{lang}"));
            }
        }
        day = day.tomorrow().unwrap_or(day);
    }
    counts
}

fn fleet(c: &mut Criterion) {
    let mut counts = busy_year();
    let today = jiff::civil::date(2026, 12, 31);
    c.bench_function("count one page view", |b| {
        b.iter(|| {
            counts.add(
                black_box(today),
                black_box("guides/legal-aid"),
                black_box("ar"),
            );
        });
    });
    c.bench_function(
        "one day's usage file text (60 pages × 27 languages)",
        |b| {
            b.iter(|| black_box(counts.day_text(today)));
        },
    );
    let health = Health::default().started("bench");
    let bundle = Bundle {
        id: "org.example.centre".into(),
        version: 12,
        origin: "installed",
        since: None,
    };
    let now = jiff::Timestamp::now();
    c.bench_function("metrics file text (1,620 page series today)", |b| {
        b.iter(|| {
            black_box(render(&Snapshot {
                now,
                started: now,
                health: &health,
                bundle: &bundle,
                alerts: &[("Extreme", 0), ("Severe", 1)],
                views_today: counts.day(today).collect(),
                counting: true,
            }))
        });
    });
    // The largest alert allowed: 256 KB of Arabic description.
    let mut xml = String::from(
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>b</identifier>\
         <sender>a@example.org</sender><sent>2026-12-02T10:00:00+00:00</sent>\
         <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>",
    );
    while xml.len() < 250 * 1024 {
        xml.push_str(
            "<info><language>ar</language><category>Met</category><event>حر</event>\
             <urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>\
             <expires>2026-12-03T10:00:00+00:00</expires><description>",
        );
        xml.push_str(&"تحذير من موجة حر. ".repeat(100));
        xml.push_str("</description></info>");
        if xml.matches("<info>").count() >= 60 {
            break;
        }
    }
    xml.push_str("</alert>");
    c.bench_function("parse the largest CAP alert", |b| {
        b.iter(|| black_box(welcome_kiosk::alerts::cap::parse(xml.as_bytes()).is_ok()));
    });
}

criterion_group!(benches, fleet);
criterion_main!(benches);
