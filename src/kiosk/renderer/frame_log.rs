//! Tap-to-frame timing, printed to stderr when `WELCOME_KIOSK_FRAME_LOG` is set: from the
//! moment a tap is accepted to the moment the first changed frame after it is presented.

use std::sync::Mutex;
use std::time::Instant;

static TAPPED: Mutex<Option<Instant>> = Mutex::new(None);

fn enabled() -> bool {
    static ENABLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("WELCOME_KIOSK_FRAME_LOG").is_some())
}

/// A tap was accepted (called from the input layer).
pub fn tapped() {
    if enabled()
        && let Ok(mut tapped) = TAPPED.lock()
    {
        *tapped = Some(Instant::now());
    }
}

pub(super) fn presented() {
    if !enabled() {
        return;
    }
    let Some(at) = TAPPED.lock().ok().and_then(|mut t| t.take()) else {
        return;
    };
    eprintln!(
        "frame-log: tap to frame presented {:.1} ms",
        at.elapsed().as_secs_f64() * 1000.0
    );
}
