//! Where each pane goes for a screen size. Wide screens (140 columns and more) show every
//! pane in three columns: Source over Output; Bytecode over AST; Variables, Stack, Frames,
//! Threads and Profile. Narrow ones (down to 80x24) show Source over Output, and Variables
//! over one side pane chosen by focus (its title lists the others). Zoom gives the focused
//! pane the screen but for a strip of Output, which is always on screen.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

use super::app::{App, Pane};

/// From this many columns every pane has a place of its own.
pub const WIDE: u16 = 140;

/// The panes that share the narrow layout's side slot.
pub const SIDE: [Pane; 6] =
    [Pane::Stack, Pane::Frames, Pane::Bytecode, Pane::Ast, Pane::Threads, Pane::Profile];

pub struct Screen {
    pub panes: Vec<(Pane, Rect)>,
    /// The status or command line.
    pub status: Rect,
    /// The key hints.
    pub hints: Rect,
}

impl Screen {
    /// The pane at a screen position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        self.panes
            .iter()
            .copied()
            .find(|(_, r)| column >= r.x && column < r.right() && row >= r.y && row < r.bottom())
    }
}

fn split(area: Rect, direction: Direction, constraints: &[Constraint]) -> Vec<Rect> {
    Layout::default().direction(direction).constraints(constraints.to_vec()).split(area).to_vec()
}

pub fn screen(area: Rect, app: &App) -> Screen {
    let rows =
        split(area, Direction::Vertical, &[Constraint::Min(3), Constraint::Length(1), Constraint::Length(1)]);
    let (body, status, hints) = (rows[0], rows[1], rows[2]);
    let panes = if app.zoom {
        zoomed(body, app.focus)
    } else if area.width >= WIDE {
        wide(body, app)
    } else {
        narrow(body, app)
    };
    Screen { panes, status, hints }
}

fn zoomed(body: Rect, focus: Pane) -> Vec<(Pane, Rect)> {
    if focus == Pane::Output {
        return vec![(Pane::Output, body)];
    }
    let strip = (body.height / 5).max(4);
    let parts = split(body, Direction::Vertical, &[Constraint::Min(3), Constraint::Length(strip)]);
    vec![(focus, parts[0]), (Pane::Output, parts[1])]
}

fn left_column(area: Rect, app: &App) -> Vec<(Pane, Rect)> {
    let parts =
        split(area, Direction::Vertical, &[Constraint::Percentage(app.source_percent), Constraint::Min(4)]);
    vec![(Pane::Source, parts[0]), (Pane::Output, parts[1])]
}

fn wide(body: Rect, app: &App) -> Vec<(Pane, Rect)> {
    let rest = 100 - app.left_percent;
    let columns = split(
        body,
        Direction::Horizontal,
        &[Constraint::Percentage(app.left_percent), Constraint::Percentage(rest / 2), Constraint::Min(20)],
    );
    let mut panes = left_column(columns[0], app);
    let middle = split(columns[1], Direction::Vertical, &[Constraint::Percentage(55), Constraint::Min(3)]);
    panes.push((Pane::Bytecode, middle[0]));
    panes.push((Pane::Ast, middle[1]));
    let right = split(
        columns[2],
        Direction::Vertical,
        &[
            Constraint::Percentage(30),
            Constraint::Percentage(20),
            Constraint::Percentage(18),
            Constraint::Percentage(14),
            Constraint::Min(3),
        ],
    );
    for (pane, rect) in
        [Pane::Variables, Pane::Stack, Pane::Frames, Pane::Threads, Pane::Profile].into_iter().zip(right)
    {
        panes.push((pane, rect));
    }
    panes
}

fn narrow(body: Rect, app: &App) -> Vec<(Pane, Rect)> {
    let columns = split(
        body,
        Direction::Horizontal,
        &[Constraint::Percentage(app.left_percent.max(50) + 8), Constraint::Min(20)],
    );
    let mut panes = left_column(columns[0], app);
    let right = split(columns[1], Direction::Vertical, &[Constraint::Percentage(45), Constraint::Min(3)]);
    panes.push((Pane::Variables, right[0]));
    panes.push((app.side, right[1]));
    panes
}
