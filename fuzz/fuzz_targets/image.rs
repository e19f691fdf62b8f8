#![no_main]
// The body is welcome_kiosk::fuzzing::image, shared with the regression tests.
libfuzzer_sys::fuzz_target!(|data: &[u8]| welcome_kiosk::fuzzing::image(data));
