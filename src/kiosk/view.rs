//! What the window shows: the phase's screen (with the bar and a scroll area during a
//! visit) and whatever covers it — the PIN pad, the panel, the live preview's problems, the
//! idle warning — laid out for the window's size, behind the tap guard.

use std::time::Instant;

use iced::widget::{Id, column, container, opaque, responsive, scrollable, stack};
use iced::{Fill, Size};

use super::renderer::Element;
use super::screen::{self, idle, panel};
use super::theme::{self, Look};
use super::{Input, Kiosk, Message, Overlay, Phase, SCROLL_ID, Tap, input};

impl Kiosk {
    pub fn view(&self) -> Element<'_, Message> {
        let screen = self.screen;
        let content: Element<'_, Input> = responsive(move |size| self.view_at(size)).into();
        input::guard(
            // Stamped as the widget reports the tap, so `update` never reads the clock.
            content.map(move |input| {
                Message::Tap(Tap {
                    screen,
                    at: Instant::now(),
                    input,
                })
            }),
            screen,
            self.settings.tap_guard,
            self.is_kiosk_mode(),
        )
    }

    /// What every view reads, for a window of `size` (logical pixels).
    pub(super) fn context(&self, size: Size, look: Look) -> screen::Ctx<'_> {
        screen::Ctx {
            content: &self.library.content,
            catalog: &self.library.catalog,
            ui: &self.tongues.ui,
            content_lang: self.content_language(),
            chain: &self.tongues.chain,
            own: &self.tongues.own,
            offered: &self.library.offered,
            picker: &self.library.picker,
            now: self.clock.local(&self.library.content.meta.timezone),
            images: &self.library.images,
            layout: screen::Layout::new(size),
            look,
            voices: self.speaker.as_ref().map(|s| &s.voices),
            reading: self.reading(),
            panel_height_mm: self.settings.panel_height_mm,
        }
    }

    /// The screen laid out for a window of `size` (logical pixels).
    fn view_at(&self, size: Size) -> Element<'_, Input> {
        let look = self.look();
        let ctx = self.context(size, look);
        let session = match &self.phase {
            Phase::Attract(state) => {
                let base = match &self.settings.opening_hours {
                    Some(hours) if self.is_night() => screen::night::view(&ctx, hours),
                    _ => state.view(&ctx, &self.default_lang, &self.library.attract_lines),
                };
                let mut base = base.map(Input::Attract);
                if let Some(strips) = screen::alert::banner(&ctx, &self.banners()) {
                    base = column![strips.map(Input::Alert), base].into();
                }
                return match self.takeover_view(&ctx) {
                    Some(over) => stack([base, over]).width(Fill).height(Fill).into(),
                    None => base,
                };
            }
            Phase::Visit(session) => session,
        };
        let body = session.screen.view(&ctx).map(Input::Screen);
        let (pad_y, pad_x) = ctx.layout.padding();
        let scroll = scrollable(container(body).padding([pad_y, pad_x]).width(Fill))
            .id(Id::new(SCROLL_ID))
            .on_scroll(|viewport| Input::Scrolled(viewport.absolute_offset().y))
            .direction(scrollable::Direction::Vertical(
                scrollable::Scrollbar::new()
                    .width(screen::Layout::SCROLLBAR)
                    .scroller_width(screen::Layout::SCROLLBAR),
            ))
            .width(Fill)
            .height(Fill);
        let bar = session
            .bar
            .view(&ctx, !session.history.is_empty())
            .map(Input::Bar);
        let mut page = column![bar];
        if let Some(strips) = screen::alert::banner(&ctx, &self.banners()) {
            page = page.push(strips.map(Input::Alert));
        }
        let mut page = page.push(scroll);
        if let Some(dock) = session.screen.dock(&ctx) {
            page = page.push(dock.map(Input::Screen));
        }
        if let Some(reading) = &session.reading
            && reading.topic != super::listen::Topic::Idle
        {
            page =
                page.push(screen::controls::view(&ctx, reading, self.volume()).map(Input::Control));
        }
        let mut layers = vec![page.into()];
        if let Some(over) = session.screen.overlay(&ctx) {
            layers.push(modal(&ctx, over.map(Input::Screen)));
        }
        if let Some(over) = self.takeover_view(&ctx) {
            layers.push(over);
        }
        // The PIN pad and the panel speak the volunteer's language, not the visitor's.
        // … and keep the standard look: the visitor's text size is not the volunteer's.
        let mut volunteer = self.context(size, Look::default());
        volunteer.ui = &self.tongues.volunteer;
        match &session.overlay {
            Overlay::None => {}
            Overlay::Pin(state) => {
                let locked = self.lockout.left(self.last_tick);
                layers.push(modal(&ctx, state.view(&volunteer, locked).map(Input::Pin)));
            }
            Overlay::Panel(state) => {
                let info = panel::Info {
                    problems: &self.problems,
                    default_lang: &self.default_lang,
                    kiosk_mode: self.is_kiosk_mode(),
                    kiosk_return: self.settings.kiosk_return,
                    alerts: self.alert_lines(&volunteer),
                };
                layers.push(modal(&ctx, state.view(&volunteer, &info).map(Input::Panel)));
            }
        }
        if let Some(problems) = &self.preview_problems {
            layers.push(screen::preview::view(&ctx, problems));
        }
        if let Some(deadline) = session.idle_deadline {
            let left = deadline.saturating_duration_since(self.last_tick);
            layers.push(modal(&ctx, idle::view(&ctx, left).map(Input::Idle)));
        }
        stack(layers).width(Fill).height(Fill).into()
    }
}

impl Kiosk {
    /// One line per alert shown, for the panel: severity, headline, until when (UTC+zone).
    fn alert_lines(&self, ctx: &screen::Ctx<'_>) -> Vec<String> {
        self.alerts()
            .iter()
            .map(|a| {
                let title = crate::alerts::info_for(a, ctx.chain, ctx.own)
                    .map(|(i, _)| i.headline.clone().unwrap_or_else(|| i.event.clone()))
                    .unwrap_or_default();
                let until = a
                    .expires()
                    .map(|e| {
                        let local = e.to_zoned(ctx.content.meta.timezone.clone()).datetime();
                        format!("{} {}", local.date(), ctx.ui.formats().time(local.time()))
                    })
                    .unwrap_or_default();
                format!(
                    "{} · {title} · {until}",
                    screen::alert::severity_label(ctx, a.severity())
                )
            })
            .collect()
    }

    /// The serious (or opened) alert over everything but the volunteer's panel and the idle
    /// warning.
    fn takeover_view<'a>(&'a self, ctx: &screen::Ctx<'a>) -> Option<Element<'a, Input>> {
        let alert = self.takeover()?;
        let topic = super::listen::Topic::Alert(alert.reference());
        let speaker = if self
            .session()
            .is_some_and(|s| s.reading_of(&topic).is_some())
        {
            screen::alert::Speaker::Reading
        } else if self.session().is_some()
            && screen::alert::spoken(ctx, alert)
                .is_some_and(|(lang, _)| ctx.voices.is_some_and(|v| v.voice(&lang).is_some()))
        {
            screen::alert::Speaker::Listen
        } else {
            screen::alert::Speaker::None
        };
        let emergency = screen::attract::emergency_number(ctx);
        Some(opaque(
            screen::alert::takeover(ctx, alert, emergency, speaker).map(Input::Alert),
        ))
    }
}

/// A dimmed layer that blocks what is under it, with `content` in the middle.
fn modal<'a>(ctx: &screen::Ctx<'_>, content: Element<'a, Input>) -> Element<'a, Input> {
    opaque(
        container(content)
            .padding(24)
            .center_x(Fill)
            .center_y(Fill)
            .style(theme::scrim(ctx.pal())),
    )
}
