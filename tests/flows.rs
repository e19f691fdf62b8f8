//! Whole visitor journeys in the iced_test simulator, selecting widgets by id (never by
//! translated text), headless and without a display.

mod common;

use iced_test::{Simulator, selector};
use welcome_kiosk::content::Kind;
use welcome_kiosk::kiosk::{Kiosk, Route};

use common::settings;

/// Tap the widget with `id` and apply what it sends; it must send something.
fn tap(kiosk: &mut Kiosk, id: &str) {
    assert!(
        common::tap(kiosk, id),
        "#{id} sent nothing on {:?}",
        kiosk.route()
    );
}

#[test]
fn language_home_jobs_job_back_emergency_home() {
    let mut kiosk = common::kiosk(None);
    assert_eq!(kiosk.route(), Route::Language);
    tap(&mut kiosk, "language-fr");
    assert_eq!(kiosk.route(), Route::Home);
    assert_eq!(kiosk.ui_language(), &common::lang("fr"));

    tap(&mut kiosk, "tile-jobs");
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));

    let job = common::embedded()
        .items_of(Kind::Jobs)
        .next()
        .map_or_else(|| panic!("no jobs"), |i| i.id.clone());
    tap(&mut kiosk, &format!("card-jobs-{}", job.slug));
    assert_eq!(kiosk.route(), Route::Detail(job));

    tap(&mut kiosk, "nav-back");
    assert_eq!(kiosk.route(), Route::List(Kind::Jobs));

    tap(&mut kiosk, "nav-emergency");
    assert_eq!(kiosk.route(), Route::Emergency);

    tap(&mut kiosk, "nav-home");
    assert_eq!(kiosk.route(), Route::Home);
    assert!(kiosk.history().is_empty());
}

#[test]
fn emergency_tile_and_right_to_left_language_switch() {
    let mut kiosk = common::kiosk(Some("en"));
    tap(&mut kiosk, "tile-contacts");
    assert_eq!(kiosk.route(), Route::Emergency);
    tap(&mut kiosk, "nav-language");
    assert_eq!(kiosk.route(), Route::Language);
    tap(&mut kiosk, "language-ar");
    // Back where the visitor was, now in Arabic.
    assert_eq!(kiosk.route(), Route::Emergency);
    assert!(kiosk.localizer().direction().is_rtl());
    tap(&mut kiosk, "card-contacts-emergency-112");
    assert!(matches!(kiosk.route(), Route::Detail(id) if id.slug == "emergency-112"));
}

#[test]
fn back_is_disabled_with_nothing_behind() {
    let kiosk = common::kiosk(Some("en"));
    let mut ui = Simulator::with_size(settings(), (1280.0, 800.0), kiosk.view());
    let _ = ui.click(selector::id("nav-back"));
    assert_eq!(ui.into_messages().count(), 0);
}
