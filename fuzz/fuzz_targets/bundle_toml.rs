#![no_main]
// The body is welcome_kiosk::fuzzing::bundle_toml, shared with the regression tests.
libfuzzer_sys::fuzz_target!(|data: &[u8]| welcome_kiosk::fuzzing::bundle_toml(data));
