//! Drawing the whole screen from the `App`: the panes where the layout puts them, the
//! status or command line, the key hints, and the help popup over everything.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Mode, Phase};
use super::keymap::Action;
use super::layout::{SIDE, WIDE, screen};
use super::panes;

pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let area = frame.area();
    frame.render_widget(Block::default().style(app.theme.base()), area);
    let screen = screen(area, app);
    for (pane, rect) in &screen.panes {
        panes::draw(frame, app, *pane, *rect);
    }
    if area.width < WIDE && !app.zoom {
        side_tabs(frame, app, &screen.panes);
    }
    status(frame, app, screen.status);
    hints(frame, app, screen.hints);
    if app.mode == Mode::Help {
        help(frame, app, area);
    }
}

/// In the narrow layout, the side pane's bottom border names the panes sharing its place.
fn side_tabs(frame: &mut Frame<'_>, app: &App, panes: &[(super::app::Pane, Rect)]) {
    let Some((_, rect)) = panes.iter().find(|(p, _)| SIDE.contains(p)) else { return };
    if rect.height < 2 || rect.width < 10 {
        return;
    }
    let mut spans = vec![Span::styled(" ", app.theme.fg(app.theme.border))];
    for pane in SIDE {
        let style = if pane == app.side {
            app.theme.fg(app.theme.title_focused).add_modifier(Modifier::BOLD)
        } else {
            app.theme.fg(app.theme.dim)
        };
        spans.push(Span::styled(format!("{}{} ", pane.number(), pane.title()), style));
    }
    let bottom = Rect { x: rect.x + 1, y: rect.bottom() - 1, width: rect.width - 2, height: 1 };
    frame.render_widget(Paragraph::new(Line::from(spans)), bottom);
}

fn status(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let line = match &app.mode {
        Mode::Command(text) => Line::from(vec![
            Span::styled(":", theme.fg(theme.title_focused).add_modifier(Modifier::BOLD)),
            Span::styled(format!("{text}▏"), theme.base()),
        ]),
        Mode::Search(text) => Line::from(vec![
            Span::styled("/", theme.fg(theme.title_focused).add_modifier(Modifier::BOLD)),
            Span::styled(format!("{text}▏"), theme.base()),
        ]),
        _ => {
            let phase = match &app.phase {
                Phase::Stopped => " STOPPED ",
                Phase::Running => " RUNNING ",
                Phase::Finished(_) => " FINISHED ",
            };
            let thread = app
                .view
                .threads
                .iter()
                .find(|t| t.ident == app.view.thread)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            let thread = if app.view.threads.len() > 1 { format!(" [{thread}]") } else { String::new() };
            Line::from(vec![
                Span::styled(
                    phase,
                    theme.base().fg(theme.status_fg).bg(theme.status_bg).add_modifier(Modifier::BOLD),
                ),
                Span::styled(format!(" {}{thread}", app.status), theme.base()),
            ])
        }
    };
    frame.render_widget(Paragraph::new(line).style(theme.base()), area);
}

/// The hint bar: the keys a new user needs first, as the keymap binds them.
fn hints(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let style = theme.base().fg(theme.hint_fg).bg(theme.hint_bg);
    let running = app.phase == Phase::Running;
    let wanted: &[(Action, &str)] = if running {
        &[
            (Action::Pause, "pause"),
            (Action::Quit, "quit"),
            (Action::FocusNext, "pane"),
            (Action::Help, "help"),
        ]
    } else {
        &[
            (Action::Next, "next"),
            (Action::Step, "step"),
            (Action::Return, "ret"),
            (Action::Continue, "cont"),
            (Action::StepInstruction, "instr"),
            (Action::ToggleBreakpoint, "break"),
            (Action::RunToCursor, "cursor"),
            (Action::Command, "cmd"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
            (Action::Zoom, "zoom"),
            (Action::FocusNext, "pane"),
        ]
    };
    let mut spans = Vec::new();
    for (action, label) in wanted {
        let Some(key) = app.keymap.keys_of(*action).into_iter().next() else { continue };
        spans.push(Span::styled(format!(" {key}"), style.add_modifier(Modifier::BOLD)));
        spans.push(Span::styled(format!(" {label}"), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(style), area);
}

fn help(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let width = area.width.saturating_sub(4).min(90);
    let height = area.height.saturating_sub(2);
    let rect = Rect { x: area.x + (area.width - width) / 2, y: area.y + 1, width, height };
    let mut lines = vec![Line::from(Span::styled(
        "Keys (a keymap.toml in the config directory rebinds any)",
        theme.fg(theme.title_focused).add_modifier(Modifier::BOLD),
    ))];
    let described = app.keymap.describe();
    for pair in described.chunks(2) {
        let cell = |(name, keys): &(&str, Vec<String>)| {
            format!("{:<18} {:<20}", name.replace('_', " "), keys.join(" "))
        };
        let text: String = pair.iter().map(cell).collect::<Vec<_>>().join("  ");
        lines.push(Line::from(Span::styled(text, theme.base())));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "Mouse: click a pane to focus it, a line number to toggle a breakpoint; the wheel scrolls.",
        theme.base(),
    )));
    lines.push(Line::from(Span::styled(
        ": opens the command line (pdb's commands: b, tbreak, cl, condition, ignore, p, pp, w, u, d, l, display, unt, ...; si, thread N, watch EXPR).",
        theme.base(),
    )));
    lines.push(Line::from(Span::styled("Esc closes this help.", theme.fg(theme.dim))));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border(true))
        .title(Span::styled(" Help ", theme.title(true)))
        .style(theme.base());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), rect);
}
