#![no_main]
// The body is welcome_kiosk::fuzzing::markdown, shared with the regression tests.
libfuzzer_sys::fuzz_target!(|data: &[u8]| welcome_kiosk::fuzzing::markdown(data));
