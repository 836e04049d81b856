//! The AST pane: the syntax tree of the current file, the node of the current instruction
//! selected and its ancestors unfolded, every other node folded until the user unfolds it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::inner_height;
use crate::ast::tree::TreeNode;
use crate::tui::app::{App, Pane};

/// One visible row of the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct AstRow {
    pub depth: usize,
    pub label: String,
    pub path: Vec<usize>,
    pub has_children: bool,
    pub expanded: bool,
    /// The node of the current instruction.
    pub current: bool,
}

/// The rows as folded now.
pub fn visible_rows(app: &App) -> Vec<AstRow> {
    let mut rows = Vec::new();
    if let Some(root) = &app.view.ast {
        let mut path = Vec::new();
        walk(app, root, 0, &mut path, &mut rows);
    }
    rows
}

fn walk(app: &App, node: &TreeNode, depth: usize, path: &mut Vec<usize>, rows: &mut Vec<AstRow>) {
    let on_path = app.view.ast_path.starts_with(path);
    // Unfolded by default: the root and the current node's ancestors.
    let default_open = path.is_empty() || (on_path && path.len() < app.view.ast_path.len());
    let expanded = default_open != app.ast_toggled.contains(path.as_slice());
    rows.push(AstRow {
        depth,
        label: node.label.clone(),
        path: path.clone(),
        has_children: !node.children.is_empty(),
        expanded,
        current: on_path && path.len() == app.view.ast_path.len() && !path.is_empty(),
    });
    if expanded {
        for (i, child) in node.children.iter().enumerate() {
            path.push(i);
            walk(app, child, depth + 1, path, rows);
            path.pop();
        }
    }
}

pub fn draw(frame: &mut Frame<'_>, app: &App, area: Rect) {
    let theme = &app.theme;
    let rows = visible_rows(app);
    let current = rows.iter().position(|r| r.current).unwrap_or(0);
    let focused = app.focus == Pane::Ast;
    let height = inner_height(area);
    let first = app.first_row(Pane::Ast, height);
    let lines: Vec<Line<'_>> = rows
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, row)| {
            let mut style = theme.base();
            if row.current {
                style =
                    style.fg(theme.current_span_fg).bg(theme.current_span_bg).add_modifier(Modifier::BOLD);
            } else if focused && i == app.cursor(Pane::Ast) {
                style = style.bg(theme.selection);
            }
            let fold = match (row.has_children, row.expanded) {
                (false, _) => "  ",
                (true, true) => "▾ ",
                (true, false) => "▸ ",
            };
            Line::from(vec![
                Span::styled("  ".repeat(row.depth), theme.base()),
                Span::styled(fold, theme.fg(theme.dim)),
                Span::styled(row.label.clone(), style),
            ])
        })
        .collect();
    // The kind of the current node: its label without the field name and plain fields.
    let detail = rows
        .get(current)
        .filter(|r| r.current)
        .and_then(|r| {
            r.label.split_once(": ").map(|(_, rest)| rest.split(' ').next().unwrap_or("").to_string())
        })
        .unwrap_or_default();
    super::lines(frame, app, Pane::Ast, &detail, area, lines);
}
