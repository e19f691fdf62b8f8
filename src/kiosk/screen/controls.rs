//! The read-aloud controls, along the bottom of the screen while something is read: pause
//! or go on, back a sentence, again, next, stop, and the volume. Pictograms with a word
//! under each, the same order on every screen (mirrored in right-to-left languages, like
//! the bar).

use iced::widget::{button, column, container, text};
use iced::{Alignment, Fill};

use super::Ctx;
use crate::i18n::msg;
use crate::kiosk::icon::{Glyph, icon};
use crate::kiosk::listen::{Control, Reading};
use crate::kiosk::renderer::Element;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{BOLD, bidi, row_dir, with_id};

/// The strip's height (logical pixels): targets well above 48.
pub const HEIGHT: f32 = 88.0;

#[allow(
    clippy::too_many_lines,
    reason = "the strip's controls laid out together"
)]
pub fn view<'a>(ctx: &Ctx<'_>, reading: &Reading, volume: u8) -> Element<'a, Control> {
    let dir = ctx.dir();
    let pal = ctx.pal();
    let ui = ctx.ui;
    let small = ctx.size(size::BAR_COMPACT);
    let control = |id: &str, glyph: Glyph, label: String, message: Option<Control>| {
        with_id(
            id.to_owned(),
            button(
                column![
                    icon(glyph, 30.0),
                    text(bidi(dir, &label))
                        .size(small)
                        .font(BOLD)
                        .wrapping(text::Wrapping::WordOrGlyph),
                ]
                .spacing(2)
                .align_x(Alignment::Center),
            )
            .padding([6, 10])
            .height(HEIGHT - 16.0)
            .style(theme::bar_button(pal))
            .on_press_maybe(message)
            .into(),
        )
    };
    let pieces = reading.utterances.len();
    let pause = if reading.paused {
        control(
            "listen-resume",
            Glyph::PLAY,
            msg::listen_resume(ui),
            Some(Control::Resume),
        )
    } else {
        control(
            "listen-pause",
            Glyph::PAUSE,
            msg::listen_pause(ui),
            Some(Control::Pause),
        )
    };
    let previous = control(
        "listen-previous",
        // Back and next point the way the text reads.
        if dir.is_rtl() {
            Glyph::SKIP_FORWARD
        } else {
            Glyph::SKIP_BACK
        },
        msg::listen_previous(ui),
        (reading.current > 0).then_some(Control::Previous),
    );
    let again = control(
        "listen-again",
        Glyph::ROTATE_CCW,
        msg::listen_again(ui),
        Some(Control::Again),
    );
    let next = control(
        "listen-next",
        if dir.is_rtl() {
            Glyph::SKIP_BACK
        } else {
            Glyph::SKIP_FORWARD
        },
        msg::listen_next(ui),
        (reading.current + 1 < pieces).then_some(Control::Next),
    );
    let stop = control(
        "listen-stop",
        Glyph::STOP,
        msg::listen_stop(ui),
        Some(Control::Stop),
    );
    let quieter = control(
        "volume-down",
        Glyph::VOLUME_LOW,
        msg::volume_down(ui),
        Some(Control::Quieter),
    );
    let level = container(
        text(format!("{volume}%"))
            .size(small)
            .font(BOLD)
            .color(pal.bar_text),
    )
    .center_y(HEIGHT - 16.0)
    .into();
    let louder = control(
        "volume-up",
        Glyph::VOLUME,
        msg::volume_up(ui),
        Some(Control::Louder),
    );
    let gap = || iced::widget::space().width(Fill).into();
    container(
        row_dir(
            dir,
            vec![
                pause,
                previous,
                again,
                next,
                stop,
                gap(),
                quieter,
                level,
                louder,
            ],
        )
        .spacing(6)
        .align_y(Alignment::Center),
    )
    .padding([8, 14])
    .height(HEIGHT)
    .width(Fill)
    .style(theme::bar(pal))
    .into()
}
