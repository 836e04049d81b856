//! The Source pane: line numbers, breakpoint marks (● enabled, ○ disabled, ◆ conditional),
//! the current line (▶) with the exact span of the current instruction highlighted, the
//! cursor line when focused, and search matches.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::inner_height;
use crate::ast;
use crate::debugger::breakpoints::Mark;
use crate::tui::app::{App, Pane, Phase};

/// The width of the gutter: mark, line number, current-line arrow.
pub const GUTTER: u16 = 8;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let view = &app.view;
    let height = inner_height(area);
    let cursor = app.cursor(Pane::Source).max(1);
    let first = app.first_row(Pane::Source, height);
    let theme = &app.theme;
    let mut rows = Vec::new();
    for (i, text) in view.lines.iter().enumerate().skip(first).take(height) {
        let number = i as u32 + 1;
        let current = number == view.line && app.phase == Phase::Stopped;
        let (mark, mark_style) = match view.marks.get(&number) {
            Some(Mark::Enabled) => ("●", theme.fg(theme.breakpoint)),
            Some(Mark::Disabled) => ("○", theme.fg(theme.breakpoint_disabled)),
            Some(Mark::Conditional) => ("◆", theme.fg(theme.breakpoint_conditional)),
            None => (" ", theme.base()),
        };
        let mut line_style = theme.base();
        if current {
            line_style = line_style.bg(theme.current_line);
        }
        if app.focus == Pane::Source && number as usize == cursor {
            line_style = line_style.bg(theme.selection);
        }
        let mut spans = vec![
            Span::styled(mark, mark_style.patch(bg_of(line_style))),
            Span::styled(format!("{number:>5}"), theme.fg(theme.line_number).patch(bg_of(line_style))),
            Span::styled(
                if current { "▶ " } else { "  " },
                theme.fg(theme.current_span_bg).patch(bg_of(line_style)),
            ),
        ];
        let highlight = if current || (view.span.lineno..=view.span.end_lineno).contains(&number) {
            columns_of(view.span, number, text.len())
        } else {
            None
        };
        spans.extend(styled_text(app, text, highlight, line_style));
        rows.push(Line::from(spans));
    }
    let detail = format!("{}:{}", short(&view.file), view.line);
    super::lines(frame, app, Pane::Source, &detail, area, rows);
}

fn bg_of(style: Style) -> Style {
    match style.bg {
        Some(bg) => Style::new().bg(bg),
        None => Style::new(),
    }
}

/// The byte range of a line covered by a span.
fn columns_of(span: ast::Span, line: u32, len: usize) -> Option<(usize, usize)> {
    if span.lineno == 0 || line < span.lineno || line > span.end_lineno {
        return None;
    }
    let start = if line == span.lineno { span.col_offset as usize } else { 0 };
    let end = if line == span.end_lineno { span.end_col_offset as usize } else { len };
    (start < end).then_some((start, end.min(len)))
}

/// A line's text as spans: tabs expanded, the highlighted byte range and search matches
/// styled.
fn styled_text<'a>(app: &App, text: &str, highlight: Option<(usize, usize)>, base: Style) -> Vec<Span<'a>> {
    let theme = &app.theme;
    let span_style =
        Style::new().fg(theme.current_span_fg).bg(theme.current_span_bg).add_modifier(Modifier::BOLD);
    let matches: Vec<(usize, usize)> = match app.search.as_deref().filter(|s| !s.is_empty()) {
        Some(needle) => text.match_indices(needle).map(|(i, m)| (i, i + m.len())).collect(),
        None => Vec::new(),
    };
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut run = String::new();
    let mut run_style = base;
    for (i, c) in text.char_indices() {
        let style = if highlight.is_some_and(|(s, e)| i >= s && i < e) {
            span_style
        } else if matches.iter().any(|(s, e)| i >= *s && i < *e) {
            base.fg(theme.search_match).add_modifier(Modifier::UNDERLINED)
        } else {
            base
        };
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        if c == '\t' {
            run.push_str("    ");
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    spans
}

/// A path shortened to its file name and parent, for titles.
pub fn short(path: &str) -> String {
    let parts: Vec<&str> = path.rsplit('/').take(2).collect();
    parts.into_iter().rev().collect::<Vec<_>>().join("/")
}
