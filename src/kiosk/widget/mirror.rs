//! A wrapping row for right-to-left text: iced's wrapping row fills each line from the left
//! and sends what does not fit to the left of the next line, so in Arabic the first badge
//! ("urgent") ended up alone at the wrong end. `wrap_dir` lays the children out in reading
//! order as iced does, then mirrors every child within the row: the first child is at the
//! right of the first line, and what does not fit continues at the right of the next.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{self, Tree, Widget};
use iced::advanced::{Clipboard, Shell, mouse, overlay, renderer};
use iced::{Element as IcedElement, Event, Length, Rectangle, Size, Vector};

use crate::i18n::Direction;
use crate::kiosk::renderer::Element;
use crate::kiosk::renderer::Renderer;

/// `children` in a row that wraps, in reading order for `direction`, `spacing` apart.
pub fn wrap_dir<'a, M: 'a>(
    direction: Direction,
    children: Vec<Element<'a, M>>,
    spacing: f32,
) -> Element<'a, M> {
    let row = iced::widget::Row::with_children(children)
        .spacing(spacing)
        .align_y(iced::Alignment::Center)
        .wrap();
    if direction.is_rtl() {
        IcedElement::new(Mirrored { inner: row.into() })
    } else {
        row.into()
    }
}

struct Mirrored<'a, M> {
    inner: Element<'a, M>,
}

impl<M> Widget<M, iced::Theme, Renderer> for Mirrored<'_, M> {
    fn tag(&self) -> widget::tree::Tag {
        self.inner.as_widget().tag()
    }

    fn state(&self) -> widget::tree::State {
        self.inner.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.inner.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.inner.as_widget().diff(tree);
    }

    fn size(&self) -> Size<Length> {
        self.inner.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let node = self.inner.as_widget_mut().layout(tree, renderer, limits);
        let width = node.size().width;
        let children = node
            .children()
            .iter()
            .map(|child| {
                let b = child.bounds();
                child
                    .clone()
                    .move_to(iced::Point::new(width - b.x - b.width, b.y))
            })
            .collect();
        layout::Node::with_children(node.size(), children)
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
        self.inner
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn widget::Operation,
    ) {
        self.inner
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, M>,
        viewport: &Rectangle,
    ) {
        self.inner.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
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
        self.inner
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, M, iced::Theme, Renderer>> {
        self.inner
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}
