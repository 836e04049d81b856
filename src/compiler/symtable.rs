//! The symbol table pass: which names are local, global, free or cell in each scope, as
//! CPython's `symtable.c` decides (PEP 227 closures, `global`/`nonlocal`, class scopes that
//! inner functions skip, comprehensions as their own function scope).
//!
//! Scopes are found again by the code generator through the address of the AST node that
//! opened them (functions, lambdas, classes, comprehensions): the tree is borrowed, not moved,
//! between the two passes, so addresses are stable.

use std::collections::{HashMap, HashSet};

use crate::ast::*;

/// How a name is reached in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local of a function.
    Local,
    /// Declared `global`, or used in a function without being bound anywhere enclosing.
    Global,
    /// A local of this function that an inner function captures.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Module and class bodies: looked up by name at run time.
    Name,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// A comprehension or generator expression (a function in CPython 3.11).
    Comprehension,
}

/// A scope's names and how each is reached.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub resolutions: HashMap<String, Resolution>,
    /// Fast locals in order: parameters first.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// The function contains `yield`.
    pub generator: bool,
    /// An `async def`, or a comprehension that awaits (`async for`, `await`).
    pub coroutine: bool,
}

impl Scope {
    pub fn resolve(&self, name: &str) -> Resolution {
        match self.resolutions.get(name) {
            Some(r) => *r,
            None if matches!(self.kind, ScopeKind::Module | ScopeKind::Class) => Resolution::Name,
            None => Resolution::Global,
        }
    }
}

/// The key of a scope: the address of the node that opens it.
pub type ScopeKey = usize;

pub fn key_of<T>(node: &T) -> ScopeKey {
    node as *const T as usize
}

/// Every scope of a module, by key; the module's own scope has key 0.
pub struct SymbolTable {
    pub scopes: HashMap<ScopeKey, Scope>,
    /// The SyntaxError of a declaration (`global` after an assignment, a `nonlocal` with
    /// nothing to bind to), which the compiler raises before compiling anything.
    pub error: Option<(String, Span)>,
}

/// What the first pass records in one scope.
#[derive(Default)]
struct Raw {
    kind: Option<ScopeKind>,
    params: Vec<String>,
    bound: Vec<String>,
    used: Vec<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    children: Vec<ScopeKey>,
    generator: bool,
    coroutine: bool,
    /// Contains `await` (or an async comprehension, which is awaited where it is).
    awaits: bool,
    /// Names given an annotation in this scope (`x: int`).
    annotated: HashSet<String>,
    /// Each `nonlocal` name and the statement that declared it (for "no binding" errors).
    nonlocal_spans: Vec<(String, Span)>,
    /// The first `global` or `nonlocal` statement of each name.
    declared_at: HashMap<String, Span>,
}

impl Raw {
    fn bind(&mut self, name: &str) {
        if !self.bound.iter().any(|n| n == name) {
            self.bound.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        if !self.used.iter().any(|n| n == name) {
            self.used.push(name.to_string());
        }
    }
}

struct Builder {
    raw: HashMap<ScopeKey, Raw>,
    stack: Vec<ScopeKey>,
    /// The first SyntaxError the declarations give, as CPython's symtable reports it.
    error: Option<(String, Span)>,
}

impl Builder {
    fn current(&mut self) -> &mut Raw {
        let key = *self.stack.last().unwrap_or(&0);
        self.raw.entry(key).or_default()
    }

    fn open(&mut self, key: ScopeKey, kind: ScopeKind) {
        self.current().children.push(key);
        self.raw.insert(key, Raw { kind: Some(kind), ..Raw::default() });
        self.stack.push(key);
    }

    fn close(&mut self) {
        self.stack.pop();
    }

    /// Keep the first error only: CPython stops at it.
    fn fail(&mut self, message: String, span: Span) {
        self.error.get_or_insert((message, span));
    }

    /// CPython's checks of a `global` or `nonlocal` declaration (`what`) of `name` against
    /// what the scope did with the name before it.
    fn check_declaration(&mut self, name: &str, what: &str, span: Span) {
        let scope = self.current();
        let other = if what == "global" { &scope.nonlocals } else { &scope.globals };
        let message = if scope.params.iter().any(|p| p == name) {
            format!("name '{name}' is parameter and {what}")
        } else if other.contains(name) {
            // (Reported where the first of the two declarations is, as CPython does.)
            let first = scope.declared_at.get(name).copied().unwrap_or(span);
            self.fail(format!("name '{name}' is nonlocal and global"), first);
            return;
        } else if scope.annotated.contains(name) {
            format!("annotated name '{name}' can't be {what}")
        } else if scope.bound.iter().any(|b| b == name) {
            format!("name '{name}' is assigned to before {what} declaration")
        } else if scope.used.iter().any(|u| u == name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else {
            return;
        };
        self.fail(message, span);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn arguments_defaults(&mut self, args: &Arguments) {
        for d in &args.defaults {
            self.expr(d);
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn annotations(&mut self, args: &Arguments) {
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs);
        for a in all.chain(args.kwarg.as_deref()) {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    /// Parameters in CPython's order: positional, keyword-only, then `*args`, then `**kwargs`.
    fn params(&mut self, args: &Arguments) {
        let mut ordered: Vec<String> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| a.arg.clone())
            .collect();
        ordered.extend(args.vararg.as_ref().map(|a| a.arg.clone()));
        ordered.extend(args.kwarg.as_ref().map(|a| a.arg.clone()));
        self.current().params = ordered;
    }

    fn stmt(&mut self, s: &Stmt) {
        use StmtKind::*;
        match &s.kind {
            FunctionDef(f) | AsyncFunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arguments_defaults(&f.args);
                self.annotations(&f.args);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.current().bind(f.binding.as_ref().unwrap_or(&f.name));
                self.open(key_of(s), ScopeKind::Function);
                self.current().coroutine = matches!(s.kind, AsyncFunctionDef(_));
                self.params(&f.args);
                self.stmts(&f.body);
                self.close();
            }
            ClassDef { name, bases, keywords, body, decorator_list, binding } => {
                for e in decorator_list.iter().chain(bases) {
                    self.expr(e);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.current().bind(binding.as_ref().unwrap_or(name));
                self.open(key_of(s), ScopeKind::Class);
                self.stmts(body);
                self.close();
            }
            Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            Delete { targets } => targets.iter().for_each(|t| self.expr(t)),
            Assign { targets, value, .. } => {
                self.expr(value);
                targets.iter().for_each(|t| self.expr(t));
            }
            AugAssign { target, value, .. } => {
                self.expr(value);
                self.expr(target);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.current().use_name(id);
                }
            }
            AnnAssign { target, annotation, value, .. } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let declared = {
                        let scope = self.current();
                        (scope.globals.contains(id), scope.nonlocals.contains(id))
                    };
                    match declared {
                        (true, _) => self.fail(format!("annotated name '{id}' can't be global"), s.span),
                        (_, true) => self.fail(format!("annotated name '{id}' can't be nonlocal"), s.span),
                        _ => {}
                    }
                    self.current().annotated.insert(id.clone());
                }
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
                self.expr(target);
            }
            For(f) | AsyncFor(f) => {
                self.expr(&f.iter);
                self.expr(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            With(w) | AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(&w.body);
            }
            Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e);
                }
            }
            Try(t) | TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.current().bind(name);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            Import { names } | ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        continue;
                    }
                    let bound =
                        alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(""));
                    self.current().bind(bound);
                }
            }
            Global { names } => {
                for n in names {
                    self.check_declaration(n, "global", s.span);
                    self.current().globals.insert(n.clone());
                    self.current().declared_at.entry(n.clone()).or_insert(s.span);
                }
            }
            Nonlocal { names } => {
                for n in names {
                    if self.current().kind == Some(ScopeKind::Module) {
                        self.fail("nonlocal declaration not allowed at module level".to_string(), s.span);
                    }
                    self.check_declaration(n, "nonlocal", s.span);
                    self.current().nonlocals.insert(n.clone());
                    self.current().nonlocal_spans.push((n.clone(), s.span));
                    self.current().declared_at.entry(n.clone()).or_insert(s.span);
                }
            }
            Expr { value } => self.expr(value),
            Pass | Break | Continue => {}
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        use PatternKind::*;
        match &p.kind {
            MatchValue { value } => self.expr(value),
            MatchSingleton { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => {
                patterns.iter().for_each(|q| self.pattern(q))
            }
            MatchMapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|q| self.pattern(q));
                if let Some(r) = rest {
                    self.current().bind(r);
                }
            }
            MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|q| self.pattern(q));
            }
            MatchStar { name } => {
                if let Some(n) = name {
                    self.current().bind(n);
                }
            }
            MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
                if let Some(n) = name {
                    self.current().bind(n);
                }
            }
        }
    }

    fn comprehension(&mut self, e: &Expr, generators: &[Comprehension], elements: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        self.open(key_of(e), ScopeKind::Comprehension);
        self.current().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.expr(&g.target);
            g.ifs.iter().for_each(|c| self.expr(c));
        }
        elements.iter().for_each(|x| self.expr(x));
        let is_async = generators.iter().any(|g| g.is_async != 0) || self.current().awaits;
        self.current().coroutine = is_async;
        self.close();
        // An async list, set or dict comprehension is awaited where it stands.
        if is_async && !matches!(e.kind, ExprKind::GeneratorExp { .. }) {
            self.current().awaits = true;
        }
    }

    fn expr(&mut self, e: &Expr) {
        use ExprKind::*;
        match &e.kind {
            Name { id, ctx } => match ctx {
                ExprContext::Load => {
                    // Zero-argument `super()` needs the class: a function that names `super`
                    // uses the implicit `__class__` cell, as in CPython.
                    let in_function = matches!(self.current().kind, Some(ScopeKind::Function));
                    if id == "super" && in_function {
                        self.current().use_name("__class__");
                    }
                    self.current().use_name(id)
                }
                ExprContext::Store | ExprContext::Del => self.current().bind(id),
            },
            NamedExpr { target, value } => {
                self.expr(value);
                // The target binds in the nearest enclosing non-comprehension scope.
                if let ExprKind::Name { id, .. } = &target.kind {
                    let key = self
                        .stack
                        .iter()
                        .rev()
                        .find(|k| self.raw.get(k).and_then(|r| r.kind) != Some(ScopeKind::Comprehension))
                        .copied()
                        .unwrap_or(0);
                    let target = self.raw.entry(key).or_default();
                    target.bind(id);
                    // A name the enclosing scope declares `global` is global here too.
                    let at_module = target.kind == Some(ScopeKind::Module) || target.globals.contains(id);
                    if key != *self.stack.last().unwrap_or(&0) {
                        // Inside a comprehension the name belongs to the enclosing scope.
                        if at_module {
                            self.current().globals.insert(id.clone());
                        } else {
                            self.current().nonlocals.insert(id.clone());
                        }
                        // The comprehension stores it, so resolves it (as global or free).
                        self.current().use_name(id);
                    }
                }
            }
            Lambda { args, body } => {
                self.arguments_defaults(args);
                self.open(key_of(e), ScopeKind::Function);
                self.params(args);
                self.expr(body);
                self.close();
            }
            ListComp { elt, generators } | SetComp { elt, generators } | GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt]);
            }
            DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value]),
            Yield { value } => {
                self.current().generator = true;
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            YieldFrom { value } | Await { value } => {
                if matches!(e.kind, YieldFrom { .. }) {
                    self.current().generator = true;
                } else {
                    self.current().awaits = true;
                }
                self.expr(value);
            }
            BoolOp { values, .. } => values.iter().for_each(|v| self.expr(v)),
            BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            UnaryOp { operand, .. } => self.expr(operand),
            IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            Dict { keys, values } => {
                keys.iter().flatten().for_each(|k| self.expr(k));
                values.iter().for_each(|v| self.expr(v));
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => elts.iter().for_each(|x| self.expr(x)),
            Compare { left, comparators, .. } => {
                self.expr(left);
                comparators.iter().for_each(|c| self.expr(c));
            }
            Call { func, args, keywords } => {
                self.expr(func);
                args.iter().for_each(|a| self.expr(a));
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            JoinedStr { values } => values.iter().for_each(|v| self.expr(v)),
            Constant { .. } => {}
            Attribute { value, .. } | Starred { value, .. } => self.expr(value),
            Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }
}

/// Decide every name of every scope, from the outermost down.
fn resolve(
    raw: &HashMap<ScopeKey, Raw>,
    key: ScopeKey,
    enclosing: &[(ScopeKey, HashSet<String>)],
    out: &mut HashMap<ScopeKey, Scope>,
    errors: &mut Vec<(String, Span)>,
) {
    let Some(r) = raw.get(&key) else { return };
    let kind = r.kind.unwrap_or(ScopeKind::Module);
    let mut resolutions = HashMap::new();
    let is_function = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
    let mut varnames: Vec<String> = r.params.clone();
    let mut freevars = Vec::new();
    let find_enclosing = |name: &str| enclosing.iter().rev().any(|(_, locals)| locals.contains(name));
    for (name, span) in &r.nonlocal_spans {
        if !find_enclosing(name) {
            errors.push((format!("no binding for nonlocal '{name}' found"), *span));
        }
    }
    for name in r.params.iter().chain(&r.bound).chain(&r.used) {
        if resolutions.contains_key(name) {
            continue;
        }
        let bound_here = r.params.contains(name) || r.bound.contains(name);
        let resolution = if r.globals.contains(name) {
            Resolution::Global
        } else if r.nonlocals.contains(name) {
            Resolution::Free
        } else if bound_here {
            if is_function { Resolution::Local } else { Resolution::Name }
        } else if find_enclosing(name) {
            Resolution::Free
        } else if is_function {
            Resolution::Global
        } else {
            Resolution::Name
        };
        if resolution == Resolution::Local && !varnames.contains(name) {
            varnames.push(name.clone());
        }
        if resolution == Resolution::Free {
            freevars.push(name.clone());
        }
        resolutions.insert(name.clone(), resolution);
    }
    // Locals visible to inner functions: this function's locals (class scopes are skipped,
    // but for the implicit `__class__` cell their methods may use).
    let mut inner_enclosing = enclosing.to_vec();
    if kind == ScopeKind::Class {
        inner_enclosing.push((key, HashSet::from(["__class__".to_string()])));
    }
    if is_function {
        let locals: HashSet<String> = resolutions
            .iter()
            .filter(|(_, r)| matches!(r, Resolution::Local | Resolution::Free))
            .map(|(n, _)| n.clone())
            .collect();
        inner_enclosing.push((key, locals));
    }
    for &child in &r.children {
        resolve(raw, child, &inner_enclosing, out, errors);
    }
    // A local that a descendant uses as free becomes a cell here.
    let mut cellvars = Vec::new();
    if is_function {
        let mut descendants_free: HashSet<String> = HashSet::new();
        collect_free(out, r, &mut descendants_free);
        for name in varnames.clone() {
            if descendants_free.contains(&name) {
                cellvars.push(name.clone());
                resolutions.insert(name, Resolution::Cell);
            }
        }
        varnames.retain(|n| !cellvars.contains(n) || r.params.contains(n));
        // Free variables of inner functions that come from further out pass through here.
        let mut passing: Vec<String> = descendants_free
            .into_iter()
            .filter(|n| !resolutions.contains_key(n) && find_enclosing(n))
            .collect();
        passing.sort();
        for name in passing {
            resolutions.insert(name.clone(), Resolution::Free);
            freevars.push(name);
        }
    } else if kind == ScopeKind::Class {
        // A class body passes through free variables its methods need from outer functions.
        let mut descendants_free: HashSet<String> = HashSet::new();
        collect_free(out, r, &mut descendants_free);
        if descendants_free.remove("__class__") {
            cellvars.push("__class__".to_string());
            resolutions.insert("__class__".to_string(), Resolution::Cell);
        }
        for name in descendants_free {
            if find_enclosing(&name) && !freevars.contains(&name) {
                freevars.push(name.clone());
                resolutions.entry(name).or_insert(Resolution::Free);
            }
        }
    }
    let (generator, coroutine) = (r.generator, r.coroutine);
    out.insert(key, Scope { kind, resolutions, varnames, cellvars, freevars, generator, coroutine });
}

/// The free variables of the scopes directly below `r` (theirs include their children's).
fn collect_free(out: &HashMap<ScopeKey, Scope>, r: &Raw, acc: &mut HashSet<String>) {
    for child in &r.children {
        if let Some(scope) = out.get(child) {
            acc.extend(scope.freevars.iter().cloned());
        }
    }
}

/// Build the symbol table of a module.
pub fn build(body: &[Stmt]) -> SymbolTable {
    let mut builder = Builder { raw: HashMap::new(), stack: vec![0], error: None };
    builder.raw.insert(0, Raw { kind: Some(ScopeKind::Module), ..Raw::default() });
    builder.stmts(body);
    let mut scopes = HashMap::new();
    let mut errors = Vec::new();
    resolve(&builder.raw, 0, &[], &mut scopes, &mut errors);
    let error = builder.error.or_else(|| errors.into_iter().next());
    SymbolTable { scopes, error }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::parse_module;

    fn scopes_of(src: &str) -> (Vec<Stmt>, SymbolTable) {
        let Ok(Mod::Module { body, .. }) = parse_module(src, "t.py") else { panic!("parse") };
        let table = build(&body);
        (body, table)
    }

    #[test]
    fn closures_make_cells_and_free_variables() {
        let (body, table) = scopes_of(
            "def outer(a):\n    b = 1\n    def inner():\n        return a + b + c\n    return inner\n",
        );
        let outer = &table.scopes[&key_of(&body[0])];
        assert_eq!(outer.resolve("a"), Resolution::Cell);
        assert_eq!(outer.resolve("b"), Resolution::Cell);
        let StmtKind::FunctionDef(f) = &body[0].kind else { panic!() };
        let inner = &table.scopes[&key_of(&f.body[1])];
        assert_eq!(inner.resolve("a"), Resolution::Free);
        assert_eq!(inner.resolve("c"), Resolution::Global);
        assert_eq!(table.scopes[&0].resolve("outer"), Resolution::Name);
    }

    #[test]
    fn free_variables_pass_through_middle_functions() {
        let (body, table) =
            scopes_of("def a():\n    x = 1\n    def b():\n        def c():\n            return x\n");
        let StmtKind::FunctionDef(f) = &body[0].kind else { panic!() };
        let b = &table.scopes[&key_of(&f.body[1])];
        assert_eq!(b.freevars, vec!["x".to_string()]);
        assert_eq!(table.scopes[&key_of(&body[0])].cellvars, vec!["x".to_string()]);
    }

    #[test]
    fn global_and_nonlocal_declarations() {
        let (body, table) = scopes_of(
            "def f():\n    global g\n    g = 1\n    x = 2\n    def h():\n        nonlocal x\n        x = 3\n",
        );
        let f = &table.scopes[&key_of(&body[0])];
        assert_eq!(f.resolve("g"), Resolution::Global);
        assert_eq!(f.resolve("x"), Resolution::Cell);
    }
}
