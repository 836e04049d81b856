//! The Output pane: the program's stdout and stderr (in the theme's colours) and the
//! debugger's replies, following the newest line unless scrolled back; while the program
//! waits in `input()`, the line being typed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::inner_height;
use crate::tui::app::{App, Mode, Pane};
use crate::tui::output::Source;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let output = app.output.borrow();
    let height = inner_height(area);
    let typing = match &app.mode {
        Mode::Input(text) => Some(text.clone()),
        _ => None,
    };
    let room = height.saturating_sub(usize::from(typing.is_some()));
    let len = output.len();
    let back = app.cursor(Pane::Output).min(len.saturating_sub(room));
    let first = len.saturating_sub(room + back);
    let mut lines: Vec<Line<'_>> = output
        .all()
        .skip(first)
        .take(room)
        .map(|(source, text)| {
            let color = match source {
                Source::Stdout => theme.stdout,
                Source::Stderr => theme.stderr,
                Source::Debugger => theme.debugger,
            };
            Line::from(Span::styled(text.clone(), theme.fg(color)))
        })
        .collect();
    if let Some(text) = typing {
        lines.push(Line::from(vec![
            Span::styled(format!("{text}▏"), theme.fg(theme.stdout)),
            Span::styled("   (input: Enter sends, Esc sends end of file)", theme.fg(theme.dim)),
        ]));
    }
    let detail = if back > 0 { format!("{back} lines back") } else { format!("{len} lines") };
    super::lines(frame, app, Pane::Output, &detail, area, lines);
}
