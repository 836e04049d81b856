//! One file per pane. Each draws itself from the `App` into its rectangle; the helpers here
//! give every pane the same frame and scrolling.

pub mod ast;
pub mod bytecode;
pub mod frames;
pub mod output;
pub mod profile;
pub mod source;
pub mod stack;
pub mod threads;
pub mod variables;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::app::{App, Pane};

/// Draw a pane.
pub fn draw(frame: &mut Frame<'_>, app: &App, pane: Pane, area: Rect) {
    match pane {
        Pane::Source => source::draw(frame, app, area),
        Pane::Output => output::draw(frame, app, area),
        Pane::Bytecode => bytecode::draw(frame, app, area),
        Pane::Ast => ast::draw(frame, app, area),
        Pane::Stack => stack::draw(frame, app, area),
        Pane::Variables => variables::draw(frame, app, area),
        Pane::Frames => frames::draw(frame, app, area),
        Pane::Threads => threads::draw(frame, app, area),
        Pane::Profile => profile::draw(frame, app, area),
    }
}

/// The pane's border and title: `N Title · detail`; the focused pane's is unmistakable.
pub fn block<'a>(app: &App, pane: Pane, detail: &str) -> Block<'a> {
    let focused = app.focus == pane;
    let mut title = format!(" {} {} ", pane.number(), pane.title());
    if !detail.is_empty() {
        title.push_str(&format!("· {detail} "));
    }
    if app.zoom && focused {
        title.push_str("[zoomed] ");
    }
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused { BorderType::Thick } else { BorderType::Plain })
        .border_style(app.theme.border(focused))
        .title(Span::styled(title, app.theme.title(focused)))
        .style(app.theme.base())
}

/// The first row to show so that `cursor` is visible in `height` rows of `len`: the cursor
/// is kept near the middle.
pub fn offset(cursor: usize, len: usize, height: usize) -> usize {
    if len <= height {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(len - height)
}

/// The style of row `i` of a list pane: the selection colour on the cursor row when the pane
/// is focused.
pub fn row_style(app: &App, pane: Pane, i: usize) -> Style {
    let base = app.theme.base();
    if app.focus == pane && i == app.cursor(pane) { base.bg(app.theme.selection) } else { base }
}

/// Draw lines in a pane's block.
pub fn lines(frame: &mut Frame<'_>, app: &App, pane: Pane, detail: &str, area: Rect, lines: Vec<Line<'_>>) {
    frame.render_widget(Paragraph::new(lines).block(block(app, pane, detail)).style(app.theme.base()), area);
}

/// The inner height of a bordered pane.
pub fn inner_height(area: Rect) -> usize {
    area.height.saturating_sub(2) as usize
}

/// Text cut to a width in characters, with `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    crate::debugger::eval::cut(text, width.max(1))
}
