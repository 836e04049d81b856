//! Private name mangling, done on the AST before the symbol table is built: inside a class
//! body (and everything nested in it, up to the next class), an identifier `__name` that does
//! not end in `__` becomes `_Class__name` (the class name without its leading underscores;
//! nothing changes in a class whose name is all underscores). Names, attribute names,
//! parameters, `global`/`nonlocal` names, the names imports and `except ... as` bind, and
//! pattern captures are mangled; keyword argument names in calls and string literals are not.
//! A `def` or `class` keeps its own `__name__` and is only bound under the mangled name.

use crate::ast::{
    Arguments, Comprehension, ExceptHandler, Expr, ExprKind, Pattern, PatternKind, Stmt, StmtKind,
};

/// Mangle the private names of a module's statements in place.
pub fn apply(body: &mut [Stmt]) {
    if contains_class(body) {
        Mangler { class: None }.stmts(body);
    }
}

/// Whether any class statement occurs (only then can a name need mangling).
fn contains_class(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::ClassDef { .. } => true,
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => contains_class(&f.body),
        StmtKind::For(f) | StmtKind::AsyncFor(f) => contains_class(&f.body) || contains_class(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            contains_class(body) || contains_class(orelse)
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => contains_class(&w.body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| contains_class(&c.body)),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            contains_class(&t.body)
                || contains_class(&t.orelse)
                || contains_class(&t.finalbody)
                || t.handlers.iter().any(|h| contains_class(&h.body))
        }
        _ => false,
    })
}

/// `name` as written inside class `class` (its name without leading underscores).
pub fn mangled(class: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    Some(format!("_{class}{name}"))
}

struct Mangler {
    /// The enclosing class's name without leading underscores, if names are mangled here.
    class: Option<String>,
}

impl Mangler {
    fn name(&self, id: &mut String) {
        if let Some(class) = &self.class
            && let Some(m) = mangled(class, id)
        {
            *id = m;
        }
    }

    fn binding(&self, name: &str) -> Option<String> {
        self.class.as_deref().and_then(|class| mangled(class, name))
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, exprs: &mut [Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn opt(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    /// Defaults and annotations are evaluated where the function is defined; the parameter
    /// names are the function's locals. Both are in the enclosing class's scope for mangling.
    fn arguments(&mut self, args: &mut Arguments) {
        self.exprs(&mut args.defaults);
        for d in args.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
        let all = args
            .posonlyargs
            .iter_mut()
            .chain(args.args.iter_mut())
            .chain(args.vararg.as_deref_mut())
            .chain(args.kwonlyargs.iter_mut())
            .chain(args.kwarg.as_deref_mut());
        for arg in all {
            if let Some(a) = &mut arg.annotation {
                self.expr(a);
            }
            self.name(&mut arg.arg);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        use StmtKind::*;
        match &mut s.kind {
            FunctionDef(f) | AsyncFunctionDef(f) => {
                self.exprs(&mut f.decorator_list);
                self.arguments(&mut f.args);
                self.opt(&mut f.returns);
                f.binding = self.binding(&f.name);
                self.stmts(&mut f.body);
            }
            ClassDef { name, bases, keywords, body, decorator_list, binding } => {
                self.exprs(decorator_list);
                self.exprs(bases);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                *binding = self.binding(name);
                let stripped = name.trim_start_matches('_');
                let inner = (!stripped.is_empty()).then(|| stripped.to_string());
                let outer = std::mem::replace(&mut self.class, inner);
                self.stmts(body);
                self.class = outer;
            }
            Return { value } => self.opt(value),
            Delete { targets } => self.exprs(targets),
            Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                self.expr(annotation);
                self.opt(value);
            }
            For(f) | AsyncFor(f) => {
                self.expr(&mut f.target);
                self.expr(&mut f.iter);
                self.stmts(&mut f.body);
                self.stmts(&mut f.orelse);
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            With(w) | AsyncWith(w) => {
                for item in &mut w.items {
                    self.expr(&mut item.context_expr);
                    self.opt(&mut item.optional_vars);
                }
                self.stmts(&mut w.body);
            }
            Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&mut case.pattern);
                    self.opt(&mut case.guard);
                    self.stmts(&mut case.body);
                }
            }
            Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            Try(t) | TryStar(t) => {
                self.stmts(&mut t.body);
                for ExceptHandler { type_, name, body, .. } in &mut t.handlers {
                    self.opt(type_);
                    if let Some(name) = name {
                        self.name(name);
                    }
                    self.stmts(body);
                }
                self.stmts(&mut t.orelse);
                self.stmts(&mut t.finalbody);
            }
            Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            Import { names } => {
                for alias in names {
                    match &mut alias.asname {
                        Some(asname) => self.name(asname),
                        // `import __m` binds the mangled name (a dotted import binds its
                        // first part, which CPython leaves alone).
                        None => alias.asname = self.binding(&alias.name),
                    }
                }
            }
            ImportFrom { names, .. } => {
                for alias in names {
                    match &mut alias.asname {
                        Some(asname) => self.name(asname),
                        None if alias.name != "*" => alias.asname = self.binding(&alias.name),
                        None => {}
                    }
                }
            }
            Global { names } | Nonlocal { names } => {
                for name in names {
                    self.name(name);
                }
            }
            Expr { value } => self.expr(value),
            Pass | Break | Continue => {}
        }
    }

    fn comprehensions(&mut self, generators: &mut [Comprehension]) {
        for g in generators {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        use ExprKind::*;
        match &mut e.kind {
            BoolOp { values, .. } => self.exprs(values),
            NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            UnaryOp { operand, .. } => self.expr(operand),
            Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
            }
            IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => self.exprs(elts),
            ListComp { elt, generators } | SetComp { elt, generators } | GeneratorExp { elt, generators } => {
                self.comprehensions(generators);
                self.expr(elt);
            }
            DictComp { key, value, generators } => {
                self.comprehensions(generators);
                self.expr(key);
                self.expr(value);
            }
            Await { value } | YieldFrom { value } => self.expr(value),
            Yield { value } => self.opt(value),
            Compare { left, comparators, .. } => {
                self.expr(left);
                self.exprs(comparators);
            }
            Call { func, args, keywords } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                self.opt(format_spec);
            }
            JoinedStr { values } => self.exprs(values),
            Constant { .. } => {}
            Attribute { value, attr, .. } => {
                self.expr(value);
                self.name(attr);
            }
            Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            Starred { value, .. } => self.expr(value),
            Name { id, .. } => self.name(id),
            Slice { lower, upper, step } => {
                self.opt(lower);
                self.opt(upper);
                self.opt(step);
            }
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        use PatternKind::*;
        match &mut p.kind {
            MatchValue { value } => self.expr(value),
            MatchSingleton { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => {
                for p in patterns {
                    self.pattern(p);
                }
            }
            MatchMapping { keys, patterns, rest } => {
                self.exprs(keys);
                for p in patterns {
                    self.pattern(p);
                }
                if let Some(rest) = rest {
                    self.name(rest);
                }
            }
            MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                for p in patterns.iter_mut().chain(kwd_patterns) {
                    self.pattern(p);
                }
            }
            MatchStar { name } => {
                if let Some(name) = name {
                    self.name(name);
                }
            }
            MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p);
                }
                if let Some(name) = name {
                    self.name(name);
                }
            }
        }
    }
}
