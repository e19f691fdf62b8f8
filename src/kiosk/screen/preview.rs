//! Live preview (`--watch`): when an edit breaks the bundle, its problems are listed over the
//! bottom of the screen while the last good content stays visible above.

use crate::kiosk::renderer::Element;
use iced::Fill;
use iced::widget::{column, container, scrollable, text};

use super::Ctx;
use crate::content::Diagnostic;
use crate::i18n::msg;
use crate::kiosk::theme::{self, size};
use crate::kiosk::widget::{bidi, heading};

/// The problems over the bottom of the screen (nothing to tap: the coordinator fixes the
/// files and the preview follows).
pub fn view<'a, M: 'a>(ctx: &Ctx<'a>, problems: &[Diagnostic]) -> Element<'a, M> {
    let dir = ctx.dir();
    let mut list = column![].spacing(4);
    for p in problems.iter().filter(|p| p.is_error()).take(40) {
        list = list.push(
            text(p.to_string())
                .size(size::SMALL)
                .color(ctx.pal().danger),
        );
    }
    let panel = container(
        column![
            heading(
                dir,
                &bidi(dir, &msg::panel_problems(ctx.ui)),
                ctx.size(size::H3)
            ),
            scrollable(list).height(200),
        ]
        .spacing(8),
    )
    .padding(18)
    .width(Fill)
    .style(theme::panel(ctx.pal()));
    container(panel)
        .padding(16)
        .width(Fill)
        .height(Fill)
        .align_bottom(Fill)
        .into()
}
