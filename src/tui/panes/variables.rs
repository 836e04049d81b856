//! The Variables pane: the selected frame's locals (a module's are its globals), or its
//! globals with `g`; containers and objects unfold with Enter; values changed since the last
//! stop are highlighted; then the watch expressions and pdb `display`s.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{fit, inner_height};
use crate::debugger::inspect::ValueView;
use crate::tui::app::{App, Pane};

#[derive(Clone, Debug, PartialEq)]
pub struct VarRow {
    pub depth: usize,
    pub name: String,
    pub type_name: String,
    pub repr: String,
    /// The expression that unfolds this row (a top-level variable).
    pub expandable: Option<String>,
    pub expanded: bool,
    pub changed: bool,
    /// A section heading (`watches`).
    pub heading: bool,
}

fn unfoldable(v: &ValueView) -> bool {
    !matches!(
        v.type_name.as_str(),
        "int"
            | "float"
            | "bool"
            | "NoneType"
            | "str"
            | "bytes"
            | "function"
            | "type"
            | "module"
            | "builtin_function_or_method"
    )
}

pub fn rows(app: &App) -> Vec<VarRow> {
    let view = &app.view;
    let values = if app.show_globals { &view.globals } else { &view.locals };
    let mut rows = Vec::new();
    for v in values {
        let expanded = app.expanded.contains(&v.name);
        rows.push(VarRow {
            depth: 0,
            name: v.name.clone(),
            type_name: v.type_name.clone(),
            repr: v.repr.clone(),
            expandable: unfoldable(v).then(|| v.name.clone()),
            expanded,
            changed: view.changed.contains(&v.name),
            heading: false,
        });
        if expanded {
            for child in view.children.get(&v.name).into_iter().flatten() {
                rows.push(VarRow {
                    depth: 1,
                    name: child.name.clone(),
                    type_name: child.type_name.clone(),
                    repr: child.repr.clone(),
                    expandable: None,
                    expanded: false,
                    changed: false,
                    heading: false,
                });
            }
        }
    }
    let heading = |text: &str| VarRow {
        depth: 0,
        name: text.to_string(),
        type_name: String::new(),
        repr: String::new(),
        expandable: None,
        expanded: false,
        changed: false,
        heading: true,
    };
    if !view.watches.is_empty() {
        rows.push(heading("── watches ──"));
        for (expression, value) in &view.watches {
            rows.push(VarRow {
                name: expression.clone(),
                repr: value.clone(),
                heading: false,
                ..heading("")
            });
        }
    }
    if !view.displays.is_empty() {
        rows.push(heading("── display ──"));
        for line in &view.displays {
            rows.push(VarRow { name: line.clone(), heading: false, ..heading("") });
        }
    }
    rows
}

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let rows = rows(app);
    let height = inner_height(area);
    let width = area.width.saturating_sub(2) as usize;
    let first = app.first_row(Pane::Variables, height);
    let name_width = rows
        .iter()
        .filter(|r| !r.heading)
        .map(|r| r.name.chars().count() + 2 * r.depth)
        .max()
        .unwrap_or(0)
        .clamp(4, 16);
    let mut lines: Vec<Line<'_>> = Vec::new();
    if rows.is_empty() {
        lines.push(Line::from(Span::styled("(no variables)", theme.fg(theme.dim))));
    }
    for (i, row) in rows.iter().enumerate().skip(first).take(height) {
        let style = super::row_style(app, Pane::Variables, i);
        if row.heading {
            lines.push(Line::from(Span::styled(row.name.clone(), style.fg(theme.dim))));
            continue;
        }
        let fold = match (&row.expandable, row.expanded) {
            (Some(_), true) => "▾",
            (Some(_), false) => "▸",
            (None, _) => " ",
        };
        let name = format!("{}{}", "  ".repeat(row.depth), row.name);
        let value_style =
            if row.changed { style.fg(theme.changed).add_modifier(Modifier::BOLD) } else { style };
        let head = format!("{fold}{:<name_width$} ", fit(&name, name_width));
        let kind =
            if row.type_name.is_empty() { String::new() } else { format!("{} ", fit(&row.type_name, 10)) };
        let room = width.saturating_sub(head.chars().count() + kind.chars().count());
        lines.push(Line::from(vec![
            Span::styled(head, style),
            Span::styled(kind, style.fg(theme.type_name)),
            Span::styled(fit(&row.repr, room), value_style),
        ]));
    }
    let detail = if app.show_globals { "globals (g: locals)" } else { "locals (g: globals)" };
    super::lines(frame, app, Pane::Variables, detail, area, lines);
}
