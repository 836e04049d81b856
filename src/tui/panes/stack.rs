//! The Stack pane: the selected frame's evaluation stack, top first, each value's type and
//! repr (cut to the pane; a repr that raises is shown as such).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{fit, inner_height};
use crate::tui::app::{App, Pane};

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let stack = &app.view.stack;
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let first = app.first_row(Pane::Stack, height);
    let mut lines: Vec<Line<'_>> = Vec::new();
    if stack.is_empty() {
        lines.push(Line::from(Span::styled("(empty)", theme.fg(theme.dim))));
    }
    for (i, entry) in stack.iter().enumerate().skip(first).take(height) {
        let label = if i == 0 { "TOS".to_string() } else { format!("-{i}") };
        let style = super::row_style(app, Pane::Stack, i);
        let head = format!("{label:>4} {:<10} ", fit(&entry.type_name, 10));
        let room = width.saturating_sub(head.chars().count());
        lines.push(Line::from(vec![
            Span::styled(format!("{label:>4} "), style.fg(theme.line_number)),
            Span::styled(format!("{:<10} ", fit(&entry.type_name, 10)), style.fg(theme.type_name)),
            Span::styled(fit(&entry.repr, room), style),
        ]));
    }
    super::lines(frame, app, Pane::Stack, &format!("depth {}", stack.len()), area, lines);
}
