//! The Profile pane, for the part of the program run so far: sampled (the default), each
//! function's share of the samples; in exact mode (`P`), per opcode the count, share of the
//! time and p50, p90, p99 (an hdrhistogram per opcode), and the hottest lines.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{fit, inner_height, offset};
use crate::tui::app::{App, Pane};
use crate::tui::panes::source::short;

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    if app.profile.exact { draw_exact(frame, app, area) } else { draw_sampled(frame, app, area) }
}

fn header(app: &App, text: String, width: usize) -> Line<'static> {
    Line::from(Span::styled(fit(&text, width), app.theme.fg(app.theme.title).add_modifier(Modifier::BOLD)))
}

fn draw_sampled(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let rows = app.profile.sampled_functions();
    let total: u64 = rows.iter().map(|r| r.3).sum::<u64>().max(1);
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let mut lines = vec![header(app, format!("{:>8}{:>7}  function", "samples", "share"), width)];
    let room = height.saturating_sub(1);
    let first = offset(app.cursor(Pane::Profile), rows.len(), room);
    for (i, (name, file, line, samples)) in rows.iter().enumerate().skip(first).take(room) {
        let share = *samples as f64 * 100.0 / total as f64;
        let text = format!("{samples:>8}{share:>6.1}%  {name} ({}:{line})", short(file));
        lines.push(Line::from(Span::styled(fit(&text, width), super::row_style(app, Pane::Profile, i))));
    }
    let detail = format!("{} samples · P: count each instruction", app.profile.total());
    super::lines(frame, app, Pane::Profile, &detail, area, lines);
}

fn draw_exact(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let ops = app.profile.op_rows();
    let total: u64 = ops.iter().map(|r| r.total_ns).sum::<u64>().max(1);
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let columns = format!("{:<18}{:>9}{:>6}{:>7}{:>7}{:>7}", "opcode", "count", "time", "p50", "p90", "p99");
    let mut lines = vec![header(app, columns, width)];
    // The hot lines take at most a third of the pane.
    let hot = app.profile.hot_lines((height / 3).saturating_sub(1).min(8));
    let room = height.saturating_sub(1 + if hot.is_empty() { 0 } else { hot.len() + 1 });
    let first = offset(app.cursor(Pane::Profile), ops.len(), room);
    for (i, row) in ops.iter().enumerate().skip(first).take(room) {
        let style = super::row_style(app, Pane::Profile, i);
        let share = row.total_ns as f64 * 100.0 / total as f64;
        let text = format!(
            "{:<18}{:>9}{:>5.1}%{:>7}{:>7}{:>7}",
            fit(row.name, 17),
            row.count,
            share,
            nanos(row.p50),
            nanos(row.p90),
            nanos(row.p99)
        );
        lines.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    if !hot.is_empty() {
        lines.push(header(app, "hot lines (instructions)".into(), width));
        for (file, line, count) in hot {
            lines.push(Line::from(Span::styled(
                fit(&format!("{:>9}  {}:{line}", count, short(&file)), width),
                app.theme.base(),
            )));
        }
    }
    let detail = format!("{} instructions · P: sample", app.profile.total());
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
