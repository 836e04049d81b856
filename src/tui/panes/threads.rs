//! The Threads pane: every thread with its name, state (running with the GIL, ready, blocked
//! on what, finished) and where it is; `*` marks the selected one, Enter selects.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{fit, inner_height};
use crate::tui::app::{App, Pane};

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let threads = &app.view.threads;
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let first = app.first_row(Pane::Threads, height);
    let lines: Vec<Line<'_>> = threads
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, t)| {
            let style = super::row_style(app, Pane::Threads, i);
            let mark = if t.ident == app.view.thread { "*" } else { " " };
            let state_color = if t.state.starts_with("blocked") { theme.error } else { theme.type_name };
            let head = format!("{mark}{} {:<12} ", i + 1, fit(&t.name, 12));
            let rest = width.saturating_sub(head.chars().count());
            Line::from(vec![
                Span::styled(head, style),
                Span::styled(fit(&format!("{}  {}", t.state, t.location), rest), style.fg(state_color)),
            ])
        })
        .collect();
    super::lines(frame, app, Pane::Threads, &format!("{}", threads.len()), area, lines);
}
