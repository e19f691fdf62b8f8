//! Navigation rules, tested on `update()` directly.

mod common;

use welcome_kiosk::content::{ItemId, Kind};
use welcome_kiosk::kiosk::screen::{bar, language};
use welcome_kiosk::kiosk::{Input, Message, Route};

fn first_job() -> ItemId {
    let kiosk = common::embedded();
    kiosk
        .items_of(Kind::Jobs)
        .next()
        .map_or_else(|| panic!("no jobs"), |i| i.id.clone())
}

#[test]
fn starts_on_the_language_picker_unless_a_language_is_given() {
    assert_eq!(common::kiosk(None).route(), Route::Language);
    assert_eq!(common::kiosk(Some("fr")).route(), Route::Home);
}

#[test]
fn first_language_choice_goes_home_with_an_empty_history() {
    let mut k = common::kiosk(None);
    let _ = common::send(&mut k, language::Message::Choose(common::lang("ar")));
    assert_eq!(k.route(), Route::Home);
    assert!(k.history().is_empty());
    assert_eq!(k.ui_language(), &common::lang("ar"));
    assert_eq!(k.content_language(), &common::lang("ar"));
}

#[test]
fn back_retraces_and_home_clears_the_stack() {
    let mut k = common::kiosk(Some("en"));
    let job = first_job();
    let _ = k.update(Message::Open(Route::List(Kind::Jobs)));
    let _ = k.update(Message::Open(Route::Detail(job.clone())));
    assert_eq!(k.history(), vec![Route::Home, Route::List(Kind::Jobs)]);
    let _ = common::send(&mut k, bar::Message::Back);
    assert_eq!(k.route(), Route::List(Kind::Jobs));
    let _ = k.update(Message::Open(Route::Emergency));
    let _ = common::send(&mut k, bar::Message::Home);
    assert_eq!(k.route(), Route::Home);
    assert!(k.history().is_empty());
    // Back with nothing behind stays put.
    let _ = common::send(&mut k, bar::Message::Back);
    assert_eq!(k.route(), Route::Home);
}

#[test]
fn switching_language_keeps_the_screen() {
    let mut k = common::kiosk(Some("en"));
    let job = first_job();
    let _ = k.update(Message::Open(Route::List(Kind::Jobs)));
    let _ = k.update(Message::Open(Route::Detail(job.clone())));
    let _ = k.update(Message::Open(Route::Language));
    let _ = common::send(&mut k, language::Message::Choose(common::lang("fa")));
    assert_eq!(k.route(), Route::Detail(job));
    assert_eq!(k.history(), vec![Route::Home, Route::List(Kind::Jobs)]);
    assert_eq!(k.ui_language(), &common::lang("fa"));
    assert!(k.localizer().direction().is_rtl());
}

#[test]
fn opening_the_current_screen_again_does_not_grow_history() {
    let mut k = common::kiosk(Some("en"));
    let _ = k.update(Message::Open(Route::Emergency));
    let _ = k.update(Message::Open(Route::Emergency));
    assert_eq!(k.history(), vec![Route::Home]);
}

#[test]
fn back_returns_to_the_same_scroll_position() {
    let mut k = common::kiosk(Some("en"));
    let _ = k.update(Message::Open(Route::List(Kind::Guides)));
    let _ = common::send(&mut k, Input::Scrolled(420.0));
    let _ = k.update(Message::Open(Route::Emergency));
    let _ = common::send(&mut k, Input::Scrolled(10.0));
    let _ = common::send(&mut k, bar::Message::Back);
    assert!((k.scroll_offset() - 420.0).abs() < f32::EPSILON);
}

#[test]
fn screens_parse_from_the_render_syntax() {
    assert_eq!(Route::parse("list:jobs"), Some(Route::List(Kind::Jobs)));
    assert_eq!(
        Route::parse("detail:guides/join-a-union"),
        Some(Route::Detail(ItemId::new(Kind::Guides, "join-a-union")))
    );
    assert_eq!(Route::parse("list:recipes"), None);
    assert_eq!(Route::parse("detail:jobs"), None);
}
