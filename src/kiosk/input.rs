//! The layer between the finger and the widgets: a tap acts only on the screen it began on.
//!
//! iced buttons act on release, and a widget tree that is rebuilt for a new screen keeps the
//! "pressed" state of whatever sits in the same place. So a frightened visitor's second tap,
//! or a finger still on the glass while the screen changes, used to open whatever the new
//! screen had under it ("Your rights" tapped twice opened the first guide). Here:
//!
//! - every message the widgets send carries the screen it was sent from
//!   (`kiosk::Message::OnScreen`), and the application drops it if that screen is gone, so
//!   two taps handled in one batch cannot act on two screens;
//! - for a short quiet time after the screen changes (default 400 ms) presses are not passed
//!   on, and every ignored press extends the quiet time, so a storm of taps ends on the screen
//!   the first tap opened;
//! - a release is passed on only if its press was passed on, on the same screen; otherwise
//!   the widgets see it with no cursor, which clears their pressed state without acting.
//!
//! Long presses (the volunteer gesture) start and end on one screen and pass unchanged.
//!
//! The same layer hides the mouse cursor in kiosk mode (a touch kiosk has no mouse, and a
//! stray arrow in the middle of the screen looks broken; iced has no application-wide
//! setting, and buttons ask for a pointer).

use std::time::{Duration, Instant};

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Event, Length, Rectangle, Size, Vector, mouse, touch};

use crate::kiosk::renderer::{Element, Renderer};

/// When a press may reach the widgets. Plain data, so it is tested without a window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TapGuard {
    screen: u64,
    quiet_until: Option<Instant>,
    /// The screen the current press was passed on for.
    pressed_on: Option<u64>,
}

impl TapGuard {
    pub fn new(screen: u64) -> Self {
        Self {
            screen,
            ..Self::default()
        }
    }

    /// The screen shown now; a different one starts the quiet time.
    pub fn show(&mut self, screen: u64, now: Instant, quiet: Duration) {
        if screen != self.screen {
            self.screen = screen;
            self.quiet_until = Some(now + quiet);
        }
    }

    /// A finger or button went down: may the widgets see it?
    pub fn press(&mut self, now: Instant, quiet: Duration) -> bool {
        if self.quiet_until.is_some_and(|until| now < until) {
            self.quiet_until = Some(now + quiet);
            self.pressed_on = None;
            return false;
        }
        self.quiet_until = None;
        self.pressed_on = Some(self.screen);
        true
    }

    /// The finger or button came up: may the widgets act on it?
    pub fn release(&mut self) -> bool {
        self.pressed_on.take() == Some(self.screen)
    }
}

/// Wrap the whole view: `screen` identifies what is shown (it changes with every screen),
/// `quiet` is the time after a change during which presses are ignored.
pub fn guard<'a, Message: 'a>(
    content: Element<'a, Message>,
    screen: u64,
    quiet: Duration,
    hide_cursor: bool,
) -> Element<'a, Message> {
    Element::new(Guard {
        content,
        screen,
        quiet,
        hide_cursor,
    })
}

struct Guard<'a, Message> {
    content: Element<'a, Message>,
    screen: u64,
    quiet: Duration,
    hide_cursor: bool,
}

enum Pointer {
    Press,
    Release,
    Other,
}

fn pointer(event: &Event) -> Pointer {
    match event {
        Event::Mouse(mouse::Event::ButtonPressed(_))
        | Event::Touch(touch::Event::FingerPressed { .. }) => Pointer::Press,
        Event::Mouse(mouse::Event::ButtonReleased(_))
        | Event::Touch(touch::Event::FingerLifted { .. } | touch::Event::FingerLost { .. }) => {
            Pointer::Release
        }
        _ => Pointer::Other,
    }
}

impl<Message> Widget<Message, iced::Theme, Renderer> for Guard<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<TapGuard>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(TapGuard::new(self.screen))
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        // Called when the view was rebuilt: the moment a new screen appears.
        tree.state
            .downcast_mut::<TapGuard>()
            .show(self.screen, Instant::now(), self.quiet);
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let now = Instant::now();
        let state = tree.state.downcast_mut::<TapGuard>();
        state.show(self.screen, now, self.quiet);
        let cursor = match pointer(event) {
            Pointer::Press => {
                if !state.press(now, self.quiet) {
                    return;
                }
                cursor
            }
            Pointer::Release => {
                if state.release() {
                    super::renderer::frame_log::tapped();
                    cursor
                } else {
                    mouse::Cursor::Unavailable
                }
            }
            Pointer::Other => cursor,
        };
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        if self.hide_cursor {
            mouse::Interaction::Hidden
        } else {
            self.content.as_widget().mouse_interaction(
                &tree.children[0],
                layout,
                cursor,
                viewport,
                renderer,
            )
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIET: Duration = Duration::from_millis(400);

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn a_tap_on_one_screen_acts() {
        let t0 = Instant::now();
        let mut g = TapGuard::new(1);
        assert!(g.press(t0, QUIET));
        assert!(g.release());
    }

    #[test]
    fn taps_just_after_a_screen_change_are_ignored_and_extend_the_quiet_time() {
        let t0 = Instant::now();
        let mut g = TapGuard::new(1);
        assert!(g.press(t0, QUIET));
        assert!(g.release());
        g.show(2, t0 + ms(5), QUIET);
        // 49 more taps, 10 ms apart: none reaches the new screen.
        for i in 1..50 {
            let at = t0 + ms(10 * i);
            assert!(!g.press(at, QUIET), "tap {i} went through");
            assert!(!g.release());
        }
        // A calm tap after the storm works again.
        let later = t0 + ms(10 * 49 + 401);
        assert!(g.press(later, QUIET));
        assert!(g.release());
    }

    #[test]
    fn a_release_on_another_screen_does_not_act() {
        let t0 = Instant::now();
        let mut g = TapGuard::new(1);
        assert!(g.press(t0, QUIET));
        g.show(2, t0 + ms(100), QUIET);
        assert!(!g.release());
    }

    #[test]
    fn a_long_press_on_one_screen_acts() {
        let t0 = Instant::now();
        let mut g = TapGuard::new(1);
        g.show(2, t0, QUIET);
        assert!(g.press(t0 + ms(500), QUIET));
        g.show(2, t0 + ms(3500), QUIET);
        assert!(g.release());
    }
}
