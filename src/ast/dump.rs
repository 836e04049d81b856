//! `ast.dump`: prints a tree exactly as CPython 3.11's `ast.dump(tree, indent=2)` does,
//! optionally with positions (`include_attributes=True`).
//!
//! Each node type only lists its fields (`fields_of_*`); one generic routine, a port of
//! `ast.dump`'s inner `_format`, lays them out: a node whose arguments are all "simple" and at
//! most three goes on one line, anything else one argument per line.

use super::constant::Constant;
use super::nodes::*;
use super::repr::repr_constant;

/// A field value, borrowed from the tree.
pub(super) enum Field<'a> {
    Node(Node<'a>),
    /// An optional field (`?` in the ASDL): omitted from the output when absent.
    Optional(Option<Node<'a>>),
    List(Vec<Option<Node<'a>>>),
    Names(&'a [Identifier]),
    Str(&'a str),
    OptionalStr(Option<&'a str>),
    Int(i64),
    Constant(&'a Constant),
}

/// Anything `ast.dump` formats as `Name(...)`.
#[derive(Clone, Copy)]
pub(super) enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    /// A field-less node such as `Load()` or `Add()`.
    Bare(&'static str),
    Arguments(&'a Arguments),
    Arg(&'a Arg),
    Keyword(&'a Keyword),
    Alias(&'a Alias),
    WithItem(&'a WithItem),
    Handler(&'a ExceptHandler),
    Comprehension(&'a Comprehension),
    MatchCase(&'a MatchCase),
    Pattern(&'a Pattern),
}

fn list<'a, T>(items: &'a [T], wrap: impl Fn(&'a T) -> Node<'a>) -> Field<'a> {
    Field::List(items.iter().map(|x| Some(wrap(x))).collect())
}

fn exprs(items: &[Expr]) -> Field<'_> {
    list(items, Node::Expr)
}

pub(super) fn stmts(items: &[Stmt]) -> Field<'_> {
    list(items, Node::Stmt)
}

fn expr(e: &Expr) -> Field<'_> {
    Field::Node(Node::Expr(e))
}

fn opt_expr(e: &Option<Box<Expr>>) -> Field<'_> {
    Field::Optional(e.as_deref().map(Node::Expr))
}

fn names(items: &[Identifier]) -> Field<'_> {
    Field::Names(items)
}

fn ctx(c: ExprContext) -> Field<'static> {
    Field::Node(Node::Bare(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }))
}

fn operator(op: Operator) -> Field<'static> {
    use Operator::*;
    Field::Node(Node::Bare(match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }))
}

fn cmpop(op: CmpOp) -> Option<Node<'static>> {
    use CmpOp::*;
    Some(Node::Bare(match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }))
}

pub(super) type Fields<'a> = Vec<(&'static str, Field<'a>)>;

fn function_def<'a>(name: &'static str, f: &'a FunctionDef) -> (&'static str, Fields<'a>) {
    (
        name,
        vec![
            ("name", Field::Str(&f.name)),
            ("args", Field::Node(Node::Arguments(&f.args))),
            ("body", stmts(&f.body)),
            ("decorator_list", exprs(&f.decorator_list)),
            ("returns", opt_expr(&f.returns)),
            ("type_comment", Field::OptionalStr(f.type_comment.as_deref())),
        ],
    )
}

fn for_loop<'a>(name: &'static str, f: &'a For) -> (&'static str, Fields<'a>) {
    (
        name,
        vec![
            ("target", expr(&f.target)),
            ("iter", expr(&f.iter)),
            ("body", stmts(&f.body)),
            ("orelse", stmts(&f.orelse)),
            ("type_comment", Field::OptionalStr(f.type_comment.as_deref())),
        ],
    )
}

fn with<'a>(name: &'static str, w: &'a With) -> (&'static str, Fields<'a>) {
    (
        name,
        vec![
            ("items", list(&w.items, Node::WithItem)),
            ("body", stmts(&w.body)),
            ("type_comment", Field::OptionalStr(w.type_comment.as_deref())),
        ],
    )
}

fn try_stmt<'a>(name: &'static str, t: &'a Try) -> (&'static str, Fields<'a>) {
    (
        name,
        vec![
            ("body", stmts(&t.body)),
            ("handlers", list(&t.handlers, Node::Handler)),
            ("orelse", stmts(&t.orelse)),
            ("finalbody", stmts(&t.finalbody)),
        ],
    )
}

fn fields_of_stmt(s: &Stmt) -> (&'static str, Fields<'_>) {
    use StmtKind::*;
    match &s.kind {
        FunctionDef(f) => function_def("FunctionDef", f),
        AsyncFunctionDef(f) => function_def("AsyncFunctionDef", f),
        ClassDef { name, bases, keywords, body, decorator_list, .. } => (
            "ClassDef",
            vec![
                ("name", Field::Str(name)),
                ("bases", exprs(bases)),
                ("keywords", list(keywords, Node::Keyword)),
                ("body", stmts(body)),
                ("decorator_list", exprs(decorator_list)),
            ],
        ),
        Return { value } => ("Return", vec![("value", opt_expr(value))]),
        Delete { targets } => ("Delete", vec![("targets", exprs(targets))]),
        Assign { targets, value, type_comment } => (
            "Assign",
            vec![
                ("targets", exprs(targets)),
                ("value", expr(value)),
                ("type_comment", Field::OptionalStr(type_comment.as_deref())),
            ],
        ),
        AugAssign { target, op, value } => {
            ("AugAssign", vec![("target", expr(target)), ("op", operator(*op)), ("value", expr(value))])
        }
        AnnAssign { target, annotation, value, simple } => (
            "AnnAssign",
            vec![
                ("target", expr(target)),
                ("annotation", expr(annotation)),
                ("value", opt_expr(value)),
                ("simple", Field::Int(i64::from(*simple))),
            ],
        ),
        For(f) => for_loop("For", f),
        AsyncFor(f) => for_loop("AsyncFor", f),
        While { test, body, orelse } => {
            ("While", vec![("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))])
        }
        If { test, body, orelse } => {
            ("If", vec![("test", expr(test)), ("body", stmts(body)), ("orelse", stmts(orelse))])
        }
        With(w) => with("With", w),
        AsyncWith(w) => with("AsyncWith", w),
        Match { subject, cases } => {
            ("Match", vec![("subject", expr(subject)), ("cases", list(cases, Node::MatchCase))])
        }
        Raise { exc, cause } => ("Raise", vec![("exc", opt_expr(exc)), ("cause", opt_expr(cause))]),
        Try(t) => try_stmt("Try", t),
        TryStar(t) => try_stmt("TryStar", t),
        Assert { test, msg } => ("Assert", vec![("test", expr(test)), ("msg", opt_expr(msg))]),
        Import { names } => ("Import", vec![("names", list(names, Node::Alias))]),
        ImportFrom { module, names, level } => (
            "ImportFrom",
            vec![
                ("module", Field::OptionalStr(module.as_deref())),
                ("names", list(names, Node::Alias)),
                ("level", Field::Int(i64::from(*level))),
            ],
        ),
        Global { names: n } => ("Global", vec![("names", names(n))]),
        Nonlocal { names: n } => ("Nonlocal", vec![("names", names(n))]),
        Expr { value } => ("Expr", vec![("value", expr(value))]),
        Pass => ("Pass", vec![]),
        Break => ("Break", vec![]),
        Continue => ("Continue", vec![]),
    }
}

fn comprehension_node<'a>(
    name: &'static str,
    elt: &'a Expr,
    generators: &'a [Comprehension],
) -> (&'static str, Fields<'a>) {
    (name, vec![("elt", expr(elt)), ("generators", list(generators, Node::Comprehension))])
}

fn fields_of_expr(e: &Expr) -> (&'static str, Fields<'_>) {
    use ExprKind::*;
    match &e.kind {
        BoolOp { op, values } => (
            "BoolOp",
            vec![
                ("op", Field::Node(Node::Bare(if *op == super::BoolOp::And { "And" } else { "Or" }))),
                ("values", exprs(values)),
            ],
        ),
        NamedExpr { target, value } => ("NamedExpr", vec![("target", expr(target)), ("value", expr(value))]),
        BinOp { left, op, right } => {
            ("BinOp", vec![("left", expr(left)), ("op", operator(*op)), ("right", expr(right))])
        }
        UnaryOp { op, operand } => {
            let name = match op {
                super::UnaryOp::Invert => "Invert",
                super::UnaryOp::Not => "Not",
                super::UnaryOp::UAdd => "UAdd",
                super::UnaryOp::USub => "USub",
            };
            ("UnaryOp", vec![("op", Field::Node(Node::Bare(name))), ("operand", expr(operand))])
        }
        Lambda { args, body } => {
            ("Lambda", vec![("args", Field::Node(Node::Arguments(args))), ("body", expr(body))])
        }
        IfExp { test, body, orelse } => {
            ("IfExp", vec![("test", expr(test)), ("body", expr(body)), ("orelse", expr(orelse))])
        }
        Dict { keys, values } => (
            "Dict",
            vec![
                ("keys", Field::List(keys.iter().map(|k| k.as_ref().map(Node::Expr)).collect())),
                ("values", exprs(values)),
            ],
        ),
        Set { elts } => ("Set", vec![("elts", exprs(elts))]),
        ListComp { elt, generators } => comprehension_node("ListComp", elt, generators),
        SetComp { elt, generators } => comprehension_node("SetComp", elt, generators),
        GeneratorExp { elt, generators } => comprehension_node("GeneratorExp", elt, generators),
        DictComp { key, value, generators } => (
            "DictComp",
            vec![
                ("key", expr(key)),
                ("value", expr(value)),
                ("generators", list(generators, Node::Comprehension)),
            ],
        ),
        Await { value } => ("Await", vec![("value", expr(value))]),
        Yield { value } => ("Yield", vec![("value", opt_expr(value))]),
        YieldFrom { value } => ("YieldFrom", vec![("value", expr(value))]),
        Compare { left, ops, comparators } => (
            "Compare",
            vec![
                ("left", expr(left)),
                ("ops", Field::List(ops.iter().map(|op| cmpop(*op)).collect())),
                ("comparators", exprs(comparators)),
            ],
        ),
        Call { func, args, keywords } => (
            "Call",
            vec![("func", expr(func)), ("args", exprs(args)), ("keywords", list(keywords, Node::Keyword))],
        ),
        FormattedValue { value, conversion, format_spec } => (
            "FormattedValue",
            vec![
                ("value", expr(value)),
                ("conversion", Field::Int(i64::from(*conversion))),
                ("format_spec", opt_expr(format_spec)),
            ],
        ),
        JoinedStr { values } => ("JoinedStr", vec![("values", exprs(values))]),
        Constant { value, kind } => (
            "Constant",
            vec![("value", Field::Constant(value)), ("kind", Field::OptionalStr(kind.as_deref()))],
        ),
        Attribute { value, attr, ctx: c } => {
            ("Attribute", vec![("value", expr(value)), ("attr", Field::Str(attr)), ("ctx", ctx(*c))])
        }
        Subscript { value, slice, ctx: c } => {
            ("Subscript", vec![("value", expr(value)), ("slice", expr(slice)), ("ctx", ctx(*c))])
        }
        Starred { value, ctx: c } => ("Starred", vec![("value", expr(value)), ("ctx", ctx(*c))]),
        Name { id, ctx: c } => ("Name", vec![("id", Field::Str(id)), ("ctx", ctx(*c))]),
        List { elts, ctx: c } => ("List", vec![("elts", exprs(elts)), ("ctx", ctx(*c))]),
        Tuple { elts, ctx: c } => ("Tuple", vec![("elts", exprs(elts)), ("ctx", ctx(*c))]),
        Slice { lower, upper, step } => {
            ("Slice", vec![("lower", opt_expr(lower)), ("upper", opt_expr(upper)), ("step", opt_expr(step))])
        }
    }
}

fn patterns(ps: &[Pattern]) -> Field<'_> {
    list(ps, Node::Pattern)
}

fn fields_of_pattern(p: &Pattern) -> (&'static str, Fields<'_>) {
    use PatternKind::*;
    match &p.kind {
        MatchValue { value } => ("MatchValue", vec![("value", expr(value))]),
        MatchSingleton { value } => ("MatchSingleton", vec![("value", Field::Constant(value))]),
        MatchSequence { patterns: ps } => ("MatchSequence", vec![("patterns", patterns(ps))]),
        MatchMapping { keys, patterns: ps, rest } => (
            "MatchMapping",
            vec![
                ("keys", exprs(keys)),
                ("patterns", patterns(ps)),
                ("rest", Field::OptionalStr(rest.as_deref())),
            ],
        ),
        MatchClass { cls, patterns: ps, kwd_attrs, kwd_patterns } => (
            "MatchClass",
            vec![
                ("cls", expr(cls)),
                ("patterns", patterns(ps)),
                ("kwd_attrs", names(kwd_attrs)),
                ("kwd_patterns", patterns(kwd_patterns)),
            ],
        ),
        MatchStar { name } => ("MatchStar", vec![("name", Field::OptionalStr(name.as_deref()))]),
        MatchAs { pattern, name } => (
            "MatchAs",
            vec![
                ("pattern", Field::Optional(pattern.as_deref().map(Node::Pattern))),
                ("name", Field::OptionalStr(name.as_deref())),
            ],
        ),
        MatchOr { patterns: ps } => ("MatchOr", vec![("patterns", patterns(ps))]),
    }
}

/// The class name, fields and (for nodes with `_attributes`) position of a node.
pub(super) fn fields_of(node: Node<'_>) -> (&'static str, Fields<'_>, Option<Span>) {
    match node {
        Node::Stmt(s) => {
            let (name, fields) = fields_of_stmt(s);
            (name, fields, Some(s.span))
        }
        Node::Expr(e) => {
            let (name, fields) = fields_of_expr(e);
            (name, fields, Some(e.span))
        }
        Node::Pattern(p) => {
            let (name, fields) = fields_of_pattern(p);
            (name, fields, Some(p.span))
        }
        Node::Bare(name) => (name, vec![], None),
        Node::Arguments(a) => (
            "arguments",
            vec![
                ("posonlyargs", list(&a.posonlyargs, Node::Arg)),
                ("args", list(&a.args, Node::Arg)),
                ("vararg", Field::Optional(a.vararg.as_deref().map(Node::Arg))),
                ("kwonlyargs", list(&a.kwonlyargs, Node::Arg)),
                (
                    "kw_defaults",
                    Field::List(a.kw_defaults.iter().map(|d| d.as_ref().map(Node::Expr)).collect()),
                ),
                ("kwarg", Field::Optional(a.kwarg.as_deref().map(Node::Arg))),
                ("defaults", exprs(&a.defaults)),
            ],
            None,
        ),
        Node::Arg(a) => (
            "arg",
            vec![
                ("arg", Field::Str(&a.arg)),
                ("annotation", opt_expr(&a.annotation)),
                ("type_comment", Field::OptionalStr(a.type_comment.as_deref())),
            ],
            Some(a.span),
        ),
        Node::Keyword(k) => (
            "keyword",
            vec![("arg", Field::OptionalStr(k.arg.as_deref())), ("value", expr(&k.value))],
            Some(k.span),
        ),
        Node::Alias(a) => (
            "alias",
            vec![("name", Field::Str(&a.name)), ("asname", Field::OptionalStr(a.asname.as_deref()))],
            Some(a.span),
        ),
        Node::WithItem(w) => (
            "withitem",
            vec![("context_expr", expr(&w.context_expr)), ("optional_vars", opt_expr(&w.optional_vars))],
            None,
        ),
        Node::Handler(h) => (
            "ExceptHandler",
            vec![
                ("type", opt_expr(&h.type_)),
                ("name", Field::OptionalStr(h.name.as_deref())),
                ("body", stmts(&h.body)),
            ],
            Some(h.span),
        ),
        Node::Comprehension(c) => (
            "comprehension",
            vec![
                ("target", expr(&c.target)),
                ("iter", expr(&c.iter)),
                ("ifs", exprs(&c.ifs)),
                ("is_async", Field::Int(i64::from(c.is_async))),
            ],
            None,
        ),
        Node::MatchCase(m) => (
            "match_case",
            vec![
                ("pattern", Field::Node(Node::Pattern(&m.pattern))),
                ("guard", opt_expr(&m.guard)),
                ("body", stmts(&m.body)),
            ],
            None,
        ),
    }
}

struct Dumper {
    positions: bool,
}

/// A field `_format` would print (absent optional fields are left out).
fn printed(value: &Field<'_>) -> bool {
    !matches!(value, Field::Optional(None) | Field::OptionalStr(None))
}

impl Dumper {
    /// How many arguments `node` prints.
    fn arguments(&self, node: Node<'_>) -> usize {
        let (_, fields, span) = fields_of(node);
        let positions = if self.positions && span.is_some() { 4 } else { 0 };
        fields.iter().filter(|(_, value)| printed(value)).count() + positions
    }

    /// Whether `_format` calls a field "simple": a scalar, an empty list, or a node without
    /// arguments such as `Load()`. Only simple arguments, three at most, share a line.
    fn simple(&self, value: &Field<'_>) -> bool {
        match value {
            Field::Node(node) | Field::Optional(Some(node)) => self.arguments(*node) == 0,
            Field::List(items) => items.is_empty(),
            Field::Names(names) => names.is_empty(),
            _ => true,
        }
    }

    /// `_format(node, level)`, written to `out` (in one pass: the output of a deep tree is
    /// large, and copying it at every level would take time cubic in the depth).
    fn node(&self, node: Node<'_>, level: usize, out: &mut String) {
        let level = level + 1;
        let (name, fields, span) = fields_of(node);
        let fields: Vec<_> = fields.iter().filter(|(_, value)| printed(value)).collect();
        let span = span.filter(|_| self.positions);
        let count = fields.len() + if span.is_some() { 4 } else { 0 };
        let one_line = count <= 3 && fields.iter().all(|(_, value)| self.simple(value));
        let indent = "  ".repeat(level);
        let separator = if one_line { ", ".to_string() } else { format!(",\n{indent}") };
        out.push_str(name);
        out.push('(');
        if !one_line {
            out.push('\n');
            out.push_str(&indent);
        }
        for (i, (field_name, value)) in fields.iter().enumerate() {
            if i > 0 {
                out.push_str(&separator);
            }
            out.push_str(field_name);
            out.push('=');
            self.field(value, level, out);
        }
        if let Some(span) = span {
            for (i, (attr, value)) in [
                ("lineno", span.lineno),
                ("col_offset", span.col_offset),
                ("end_lineno", span.end_lineno),
                ("end_col_offset", span.end_col_offset),
            ]
            .into_iter()
            .enumerate()
            {
                if i > 0 || !fields.is_empty() {
                    out.push_str(&separator);
                }
                out.push_str(&format!("{attr}={value}"));
            }
        }
        out.push(')');
    }

    fn field(&self, value: &Field<'_>, level: usize, out: &mut String) {
        match value {
            Field::Node(node) | Field::Optional(Some(node)) => self.node(*node, level, out),
            Field::Optional(None) | Field::OptionalStr(None) => out.push_str("None"),
            Field::Str(s) | Field::OptionalStr(Some(s)) => out.push_str(&super::repr::repr_str(s)),
            Field::Int(n) => out.push_str(&n.to_string()),
            Field::Constant(c) => repr_constant(c, out),
            Field::List(items) if items.is_empty() => out.push_str("[]"),
            Field::Names([]) => out.push_str("[]"),
            Field::List(items) => bracketed(items, level + 1, out, |item, out| match item {
                Some(node) => self.node(*node, level + 1, out),
                None => out.push_str("None"),
            }),
            Field::Names(names) => {
                bracketed(names, level + 1, out, |n, out| out.push_str(&super::repr::repr_str(n)))
            }
        }
    }
}

/// A non-empty list as `ast.dump` lays it out: one item per line at `level`.
fn bracketed<T>(items: &[T], level: usize, out: &mut String, mut write: impl FnMut(&T, &mut String)) {
    let indent = "  ".repeat(level);
    for (i, item) in items.iter().enumerate() {
        out.push_str(if i == 0 { "[\n" } else { ",\n" });
        out.push_str(&indent);
        write(item, out);
    }
    out.push(']');
}

/// Dump a module as `ast.dump(tree, indent=2, include_attributes=positions)` prints it.
pub fn dump(module: &Mod, positions: bool) -> String {
    let dumper = Dumper { positions };
    let mut out = String::new();
    match module {
        Mod::Module { body, type_ignores } => {
            let body = stmts(body);
            let ignores = if type_ignores.is_empty() { "[]" } else { "[...]" };
            let (open, separator) =
                if dumper.simple(&body) { ("Module(body=", ", ") } else { ("Module(\n  body=", ",\n  ") };
            out.push_str(open);
            dumper.field(&body, 1, &mut out);
            out.push_str(&format!("{separator}type_ignores={ignores})"));
        }
        Mod::Expression { body } => {
            let simple = dumper.arguments(Node::Expr(body)) == 0;
            out.push_str(if simple { "Expression(body=" } else { "Expression(\n  body=" });
            dumper.node(Node::Expr(body), 1, &mut out);
            out.push(')');
        }
        Mod::Interactive { body } => {
            out.push_str("Interactive(body=");
            dumper.field(&stmts(body), 1, &mut out);
            out.push(')');
        }
        Mod::FunctionType { argtypes, returns } => {
            out.push_str("FunctionType(argtypes=");
            dumper.field(&exprs(argtypes), 1, &mut out);
            out.push_str(", returns=");
            dumper.node(Node::Expr(returns), 1, &mut out);
            out.push(')');
        }
    }
    out
}

/// How many nodes the tree of a module has, counted as `ast.walk` counts them (the module,
/// and every node below it, including `Load()` and operator nodes).
pub fn count_nodes(module: &Mod) -> usize {
    fn field(f: &Field<'_>) -> usize {
        match f {
            Field::Node(n) => node(*n),
            Field::Optional(n) => n.map_or(0, node),
            Field::List(items) => items.iter().flatten().map(|n| node(*n)).sum(),
            _ => 0,
        }
    }
    fn node(n: Node<'_>) -> usize {
        let (_, fields, _) = fields_of(n);
        1 + fields.iter().map(|(_, f)| field(f)).sum::<usize>()
    }
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => 1 + field(&stmts(body)),
        Mod::Expression { body } => 1 + node(Node::Expr(body)),
        Mod::FunctionType { argtypes, returns } => 1 + field(&exprs(argtypes)) + node(Node::Expr(returns)),
    }
}

/// How deep the tree of a module is, in nodes (the module itself not counted), measured
/// without recursion so that any tree can be measured.
pub fn depth(module: &Mod) -> usize {
    fn push<'a>(field: &Field<'a>, depth: usize, work: &mut Vec<(Node<'a>, usize)>) {
        match field {
            Field::Node(n) | Field::Optional(Some(n)) => work.push((*n, depth)),
            Field::List(items) => work.extend(items.iter().flatten().map(|n| (*n, depth))),
            _ => {}
        }
    }
    let mut work = Vec::new();
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => push(&stmts(body), 1, &mut work),
        Mod::Expression { body } => work.push((Node::Expr(body), 1)),
        Mod::FunctionType { argtypes, returns } => {
            push(&exprs(argtypes), 1, &mut work);
            work.push((Node::Expr(returns), 1));
        }
    }
    let mut deepest = 0;
    while let Some((node, depth)) = work.pop() {
        deepest = deepest.max(depth);
        for (_, field) in fields_of(node).1 {
            push(&field, depth + 1, &mut work);
        }
    }
    deepest
}

/// The outermost expressions of a module: each expression whose parent is not an expression,
/// in no particular order (for tests that round-trip expressions through `unparse`).
pub fn expressions(module: &Mod) -> Vec<&Expr> {
    let mut found = Vec::new();
    let mut work: Vec<Node<'_>> = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body.iter().map(Node::Stmt).collect(),
        Mod::Expression { body } => vec![Node::Expr(body)],
        Mod::FunctionType { .. } => Vec::new(),
    };
    while let Some(node) = work.pop() {
        if let Node::Expr(e) = node {
            found.push(e);
            continue;
        }
        for (_, field) in fields_of(node).1 {
            match field {
                Field::Node(n) | Field::Optional(Some(n)) => work.push(n),
                Field::List(items) => work.extend(items.into_iter().flatten()),
                _ => {}
            }
        }
    }
    found
}
