//! The syntax tree as a tree of labelled nodes with their spans, for a debugger's AST pane:
//! each node is `field: Kind` with its plain fields inline (`Name id='x' ctx=Load`) and its
//! child nodes below, in `ast.dump`'s order.

use super::dump::{Field, Node, fields_of, stmts};
use super::{Mod, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct TreeNode {
    pub label: String,
    pub span: Option<Span>,
    pub children: Vec<TreeNode>,
}

/// The tree of a module (its statements under a `Module` root).
pub fn tree(module: &Mod) -> TreeNode {
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return TreeNode { label: "Module".into(), span: None, children: Vec::new() },
    };
    let mut root = TreeNode { label: "Module".into(), span: None, children: Vec::new() };
    add_field(&mut root, "body", &stmts(body));
    root
}

fn node(prefix: &str, n: Node<'_>) -> TreeNode {
    let (kind, fields, span) = fields_of(n);
    let mut label = format!("{prefix}{kind}");
    let mut out = TreeNode { label: String::new(), span, children: Vec::new() };
    for (name, field) in &fields {
        match field {
            Field::Str(text) => label.push_str(&format!(" {name}={}", super::repr::repr_str(text))),
            Field::OptionalStr(Some(text)) => {
                label.push_str(&format!(" {name}={}", super::repr::repr_str(text)))
            }
            Field::Int(i) => label.push_str(&format!(" {name}={i}")),
            Field::Constant(c) => {
                let mut text = String::new();
                super::repr::repr_constant(c, &mut text);
                label.push_str(&format!(" {name}={text}"));
            }
            Field::Names(names) => label.push_str(&format!(" {name}={names:?}")),
            Field::Node(Node::Bare(bare)) => label.push_str(&format!(" {name}={bare}")),
            _ => add_field(&mut out, name, field),
        }
    }
    out.label = label;
    out
}

fn add_field(parent: &mut TreeNode, name: &str, field: &Field<'_>) {
    match field {
        Field::Node(n) | Field::Optional(Some(n)) => parent.children.push(node(&format!("{name}: "), *n)),
        Field::List(items) => {
            for (i, item) in items.iter().enumerate() {
                if let Some(n) = item {
                    parent.children.push(node(&format!("{name}[{i}]: "), *n));
                }
            }
        }
        _ => {}
    }
}

/// The path of child indices from the root to the deepest node whose span contains `span`
/// (the node of an instruction); empty if none does.
pub fn path_to(root: &TreeNode, span: Span) -> Vec<usize> {
    let mut path = Vec::new();
    let mut at = root;
    'down: loop {
        for (i, child) in at.children.iter().enumerate() {
            if child.span.is_some_and(|s| contains(s, span)) {
                path.push(i);
                at = child;
                continue 'down;
            }
        }
        return path;
    }
}

fn contains(outer: Span, inner: Span) -> bool {
    let start = (outer.lineno, outer.col_offset) <= (inner.lineno, inner.col_offset);
    let end = (inner.end_lineno, inner.end_col_offset) <= (outer.end_lineno, outer.end_col_offset);
    start && end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Mod {
        crate::parser::parse_module(text, "<test>").expect("parses")
    }

    #[test]
    fn labels_carry_plain_fields_and_the_path_finds_the_innermost_node() {
        let module = parse("x = a + 1\n");
        let root = tree(&module);
        let assign = &root.children[0];
        assert_eq!(assign.label, "body[0]: Assign");
        let labels: Vec<&str> = assign.children.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["targets[0]: Name id='x' ctx=Store", "value: BinOp op=Add"]);
        let one = Span { lineno: 1, col_offset: 8, end_lineno: 1, end_col_offset: 9 };
        assert_eq!(path_to(&root, one), [0, 1, 1]);
        assert_eq!(assign.children[1].children[1].label, "right: Constant value=1");
    }
}
