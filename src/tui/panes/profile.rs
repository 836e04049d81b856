//! The Profile pane: for the part of the program run so far, per opcode its share of the time
//! and the hottest lines: sampled, or in exact mode (`P`) counts and timing (p50, p90, p99
//! from an hdrhistogram per opcode) of every instruction.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{fit, inner_height, offset};
use crate::tui::app::{App, Pane};
use crate::tui::panes::source::short;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let exact = app.profile.exact;
    let ops = app.profile.op_rows();
    let total: u64 = ops.iter().map(|r| r.weight).sum::<u64>().max(1);
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let header = if exact {
        format!("{:<18}{:>9}{:>6}{:>7}{:>7}{:>7}", "opcode", "count", "time", "p50", "p90", "p99")
    } else {
        format!("{:<18}{:>9}{:>6}", "opcode", "samples", "time")
    };
    let mut lines: Vec<Line<'_>> = vec![Line::from(Span::styled(
        fit(&header, width),
        theme.fg(theme.title).add_modifier(Modifier::BOLD),
    ))];
    // The hot lines take at most a third of the pane.
    let hot = app.profile.hot_lines((height / 3).saturating_sub(1).min(8));
    let room = height.saturating_sub(1 + if hot.is_empty() { 0 } else { hot.len() + 1 });
    let first = offset(app.cursor(Pane::Profile), ops.len(), room);
    for (i, row) in ops.iter().enumerate().skip(first).take(room) {
        let style = super::row_style(app, Pane::Profile, i);
        let share = row.weight as f64 * 100.0 / total as f64;
        let mut text = format!("{:<18}{:>9}{:>5.1}%", fit(row.name, 17), row.count, share);
        if let Some([p50, p90, p99]) = row.percentiles {
            text += &format!("{:>7}{:>7}{:>7}", nanos(p50), nanos(p90), nanos(p99));
        }
        lines.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    if !hot.is_empty() {
        lines.push(Line::from(Span::styled(
            if exact { "hot lines (instructions)" } else { "hot lines (samples)" },
            theme.fg(theme.title).add_modifier(Modifier::BOLD),
        )));
        for (file, line, count) in hot {
            lines.push(Line::from(Span::styled(
                fit(&format!("{:>9}  {}:{line}", count, short(&file)), width),
                theme.base(),
            )));
        }
    }
    let detail = if exact {
        format!("{} instructions · P: sample", app.profile.total())
    } else {
        format!("{} samples · P: count each instruction", app.profile.total())
    };
    super::lines(frame, app, Pane::Profile, &detail, area, lines);
}

/// A duration in ns, short: `850ns`, `12µs`, `3ms`.
fn nanos(ns: u64) -> String {
    match ns {
        0..1_000 => format!("{ns}ns"),
        1_000..1_000_000 => format!("{}µs", ns / 1_000),
        _ => format!("{}ms", ns / 1_000_000),
    }
}
