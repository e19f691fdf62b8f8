//! A short soak in every `cargo test`: 4,000 seeded inputs (taps anywhere, long presses,
//! idle resets, volunteers, content swaps, alerts, language changes, rotations) through the
//! iced simulator with no panic, and the main screens of a visitor and a volunteer reached
//! (every screen of every kind is the long soak's bar).
//! The long one (100,000 inputs, memory measured) is `cargo run --release --example soak`;
//! its figures are in docs/performance.md.

#[path = "../examples/soak/driver.rs"]
#[allow(dead_code)] // the long soak's checks are used by the example only
mod driver;

#[test]
fn a_short_soak_reaches_the_main_screens_without_a_panic() {
    let mut soak = driver::Soak::new(7);
    for _ in 0..4_000 {
        soak.step();
    }
    soak.settle();
    let main_screens = [
        "attract",
        "language",
        "home",
        "emergency",
        "search",
        "list:jobs",
        "detail:jobs",
        "+pin",
        "+panel",
        "+alert",
        "+idle-warning",
    ];
    let missing = driver::missing_of(
        main_screens.iter().map(|s| (*s).to_owned()).collect(),
        &soak.reached,
    );
    assert!(
        missing.is_empty(),
        "never reached {missing:?}; reached {:?}",
        soak.reached
    );
    assert_eq!(soak.kiosk.route(), welcome_kiosk::kiosk::Route::Attract);
}

#[test]
fn the_same_seed_gives_the_same_soak() {
    let run = |seed| {
        let mut soak = driver::Soak::new(seed);
        for _ in 0..150 {
            soak.step();
        }
        (
            soak.events,
            soak.reached.clone(),
            driver::screen_name(&soak.kiosk),
        )
    };
    assert_eq!(run(3), run(3));
}
