//! "Open now · closes 17:00", "Closed · opens tomorrow 09:00": a service's opening status
//! in the visitor's language and time format.

use super::Ctx;
use crate::content::hours::OpeningHours;
use crate::i18n::msg;
use crate::kiosk::icon::Glyph;
use crate::kiosk::renderer::Element;
use crate::kiosk::widget::badge;

/// "Open now · closes 17:00" in green or "Closed · opens tomorrow 09:00" in red, in the
/// visitor's language and time format.
pub fn open_badge<'a, M: 'a>(ctx: &Ctx<'_>, hours: &OpeningHours) -> Element<'a, M> {
    let (open, label) = open_status(ctx, hours);
    let (glyph, colour) = if open {
        (Glyph::CIRCLE_CHECK, ctx.pal().success)
    } else {
        (Glyph::BAN, ctx.pal().danger)
    };
    badge(ctx.look, ctx.dir(), Some(glyph), &label, colour)
}

/// Whether it is open, and the words that say so and until when.
pub fn open_status(ctx: &Ctx<'_>, hours: &OpeningHours) -> (bool, String) {
    use crate::content::hours::Status;
    let f = ctx.ui.formats();
    let today = ctx.now.date();
    let days = |at: jiff::civil::DateTime| {
        today
            .until((jiff::Unit::Day, at.date()))
            .map_or(2, |span| span.get_days())
    };
    let args = |at: jiff::civil::DateTime| (f.weekday(at.weekday()), f.time(at.time()));
    match hours.status(ctx.now) {
        Status::Open { closes: None } => (true, msg::open_now(ctx.ui)),
        Status::Open { closes: Some(at) } => {
            let (day, time) = args(at);
            (
                true,
                match days(at) {
                    0 => msg::open_closes_today(ctx.ui, time),
                    1 => msg::open_closes_tomorrow(ctx.ui, time),
                    _ => msg::open_closes_day(
                        ctx.ui,
                        msg::OpenClosesDayArgs {
                            day: day.into(),
                            time: time.into(),
                        },
                    ),
                },
            )
        }
        Status::Closed { opens: None } => (false, msg::closed_now(ctx.ui)),
        Status::Closed { opens: Some(at) } => {
            let (day, time) = args(at);
            (
                false,
                match days(at) {
                    0 => msg::closed_opens_today(ctx.ui, time),
                    1 => msg::closed_opens_tomorrow(ctx.ui, time),
                    _ => msg::closed_opens_day(
                        ctx.ui,
                        msg::ClosedOpensDayArgs {
                            day: day.into(),
                            time: time.into(),
                        },
                    ),
                },
            )
        }
    }
}
