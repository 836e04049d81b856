//! The Bytecode pane: the current code object's instructions as `dis` shows them, the
//! source line at the start of each line's block, `>>` on jump targets, ● on instruction
//! breakpoints, and the current instruction marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::inner_height;
use crate::tui::app::{App, Pane, Phase};

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let view = &app.view;
    let theme = &app.theme;
    let height = inner_height(area);
    let focused = app.focus == Pane::Bytecode;
    let first = app.first_row(Pane::Bytecode, height);
    let mut rows = Vec::new();
    for row in view.rows.iter().skip(first).take(height) {
        let current = row.index == view.instruction && app.phase == Phase::Stopped;
        let mut base = theme.base();
        if current {
            base = base.bg(theme.current_line).add_modifier(Modifier::BOLD);
        }
        if focused && row.index == app.cursor(Pane::Bytecode) {
            base = base.bg(theme.selection);
        }
        let breakpoint = view.instruction_breaks.contains(&row.index);
        let line = if row.starts_line { format!("{:>4}", row.line) } else { "    ".into() };
        let mut spans = vec![
            Span::styled(if breakpoint { "●" } else { " " }, base.fg(theme.breakpoint)),
            Span::styled(line, base.fg(theme.line_number)),
            Span::styled(if current { " ▶" } else { "  " }, base.fg(theme.current_span_bg)),
            Span::styled(if row.target { ">>" } else { "  " }, base.fg(theme.jump_target)),
            Span::styled(format!("{:>4} ", row.index), base.fg(theme.line_number)),
            Span::styled(format!("{:<17}", row.name), base),
        ];
        if let Some(arg) = row.arg {
            spans.push(Span::styled(format!("{arg:>3}"), base.fg(theme.dim)));
            if !row.meaning.is_empty() {
                spans.push(Span::styled(format!(" {}", row.meaning), base.fg(theme.type_name)));
            }
        }
        rows.push(Line::from(spans));
    }
    let detail = view.code.as_ref().map_or(String::new(), |c| c.qualname.clone());
    super::lines(frame, app, Pane::Bytecode, &detail, area, rows);
}
