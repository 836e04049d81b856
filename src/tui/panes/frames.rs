//! The Frames pane: the selected thread's call stack, newest first, with runs of the same
//! function (deep recursion) folded into one row (`fib ×14`) that Enter unfolds; Enter on a
//! frame selects it (source, bytecode, stack and variables follow).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{fit, inner_height};
use crate::tui::app::{App, Pane};
use crate::tui::panes::source::short;

/// Runs at least this long are folded.
const FOLD_AT: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct FrameRow {
    pub text: String,
    /// The frame index (outermost first) the row selects.
    pub frame: usize,
    /// A folded run: the index of its first frame (the key to unfold it).
    pub folded_from: Option<usize>,
}

pub fn rows(app: &App) -> Vec<FrameRow> {
    let frames = &app.view.frames;
    let mut rows = Vec::new();
    let mut i = frames.len();
    while i > 0 {
        i -= 1;
        let f = &frames[i];
        let describe = |index: usize| {
            let f = &frames[index];
            format!("{} ({}:{})", f.function, short(&f.file), f.line)
        };
        rows.push(FrameRow { text: describe(i), frame: i, folded_from: None });
        // The same code object below this one, how many times in a row?
        let mut run = 0;
        while run < i && std::rc::Rc::ptr_eq(&frames[i - 1 - run].code, &f.code) {
            run += 1;
        }
        if run >= FOLD_AT && !app.unfolded.contains(&i) {
            // Keep the outermost of the run visible after the fold.
            let folded = run - 1;
            rows.push(FrameRow {
                text: format!("{} ×{folded}  (Enter unfolds)", f.function),
                frame: i - 1,
                folded_from: Some(i),
            });
            i -= folded;
        }
    }
    rows
}

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let rows = rows(app);
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let first = app.first_row(Pane::Frames, height);
    let lines: Vec<Line<'_>> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, row)| {
            let style = super::row_style(app, Pane::Frames, i);
            let selected = row.folded_from.is_none() && row.frame == app.view.frame;
            let mark = if selected { "▶ " } else { "  " };
            let text_style = if row.folded_from.is_some() { style.fg(theme.dim) } else { style };
            Line::from(vec![
                Span::styled(mark, style.fg(theme.current_span_bg)),
                Span::styled(fit(&row.text, width.saturating_sub(2)), text_style),
            ])
        })
        .collect();
    super::lines(frame, app, Pane::Frames, &format!("depth {}", app.view.frames.len()), area, lines);
}
