use super::*;

#[test]
fn text_steps_grow_and_the_default_look_is_standard() {
    let normal = Look::default();
    assert_eq!(normal.palette(), &STANDARD);
    assert!((normal.size(size::BODY) - size::BODY).abs() < f32::EPSILON);
    let large = Look {
        text: TextStep::Large,
        ..normal
    };
    let largest = Look {
        text: TextStep::Largest,
        ..normal
    };
    assert!(large.size(size::BODY) > normal.size(size::BODY));
    assert!(largest.size(size::BODY) > large.size(size::BODY));
    let high = Look {
        contrast: Contrast::High,
        ..normal
    };
    assert_eq!(high.palette(), &HIGH);
    assert_eq!(high.theme().palette().background, Color::BLACK);
}

#[test]
fn the_largest_step_makes_capitals_6_1_mm_on_any_panel() {
    // 10.1" 1280×800 (136 mm tall), 15.6" and 21.5" 1920×1080 (194 and 268 mm), a
    // 32" portrait 1080×1920 (698 mm): the panels centres buy.
    for (mm, pixels, scale) in [
        (136.0, 800.0, 1.0),
        (194.0, 1080.0, 1.25),
        (268.0, 1080.0, 1.25),
        (698.0, 1920.0, 1.25),
        (91.0, 480.0, 1.0),
    ] {
        let look = Look {
            text: TextStep::Largest,
            largest: largest_percent(mm, pixels, scale),
            ..Look::default()
        };
        let cap = cap_height_mm(look, mm, pixels, scale);
        assert!(
            cap >= LARGEST_CAP_MM - 0.05,
            "{mm} mm, {pixels} px: {cap:.2} mm"
        );
        assert!(look.largest >= 150);
    }
    // Without a panel size the step is 150 %.
    assert_eq!(largest_percent(0.0, 1080.0, 1.25), 150);
}

#[test]
fn every_kind_has_its_own_colour() {
    for palette in [&STANDARD, &HIGH] {
        let colours: Vec<Color> = Kind::ALL.iter().map(|k| palette.kind(*k)).collect();
        for (i, a) in colours.iter().enumerate() {
            assert!(colours[i + 1..].iter().all(|b| b != a), "{i}");
        }
    }
}
