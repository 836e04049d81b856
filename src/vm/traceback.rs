//! Tracebacks printed as CPython 3.11 prints an uncaught exception: the frames, outermost
//! first, each with its source line and the `^^^^` markers under the failing expression
//! (`~~~^~~~` for binary operators and subscripts), chained exceptions before the one that
//! ended the program, and the members of exception groups in nested boxes.

use std::fmt::Write;

use crate::ast::{ExprKind, Mod, Span, StmtKind};
use crate::runtime::exception::{Exception, TraceEntry};
use crate::runtime::function::CallArgs;
use crate::runtime::value::{Key, Object, Value};

/// The whole report for an uncaught exception, chained exceptions included.
pub fn format_exception(exc: &Value) -> String {
    let mut printer = Printer { out: String::new(), group_depth: 0, need_close: false, suggest: true };
    printer.write_chain(exc, 0);
    printer.out
}

/// The report for `exc` as the `traceback` module formats it: with the exceptions it was
/// caused by or raised while handling when `chain`, its frames unless `stack` is false (only
/// the `Name: message` line then).
pub fn format_report(exc: &Value, chain: bool, stack: bool) -> String {
    if !stack {
        let mut out = String::new();
        match exc.object() {
            Some(Object::Exception(e)) => write_exception_only(&e.borrow(), &mut out, false),
            _ => out.push_str(&format!("{}\n", exc.repr())),
        }
        return out;
    }
    let mut printer = Printer { out: String::new(), group_depth: 0, need_close: false, suggest: false };
    if chain {
        printer.write_chain(exc, 0);
    } else {
        printer.write_one(exc, 0);
    }
    printer.out
}

/// At most this many exceptions of a group are printed, and groups this deeply nested.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The report being written. Inside an exception group every line is indented by the group's
/// depth and starts with a margin character, and each member is boxed, as CPython's
/// `traceback` module prints groups.
struct Printer {
    out: String,
    group_depth: usize,
    /// The last member of a group is being printed: its box is still to be closed.
    need_close: bool,
    /// Add "Did you mean" hints, as the interpreter's own report does (3.11's `traceback`
    /// module does not).
    suggest: bool,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Write `text`, each line indented (with `margin` inside a group).
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// `exc` after the exceptions it was caused by or raised while handling.
    fn write_chain(&mut self, exc: &Value, nesting: usize) {
        // Each exception with the message that leads from the one it came from to it.
        let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
        let mut current = Some(exc.clone());
        while let Some(value) = current.take() {
            let mut message = None;
            if let Some(Object::Exception(e)) = value.object()
                && chain.len() < 100
            {
                let e = e.borrow();
                (message, current) = match (&e.cause, &e.context) {
                    (Some(cause), _) => (Some(CAUSE), Some(cause.clone())),
                    (None, Some(context)) if !e.suppress_context => (Some(CONTEXT), Some(context.clone())),
                    _ => (None, None),
                };
            }
            // An exception met again ends the chain (`raise e from e`), as in CPython.
            if current.as_ref().is_some_and(|next| {
                crate::runtime::ops::is_same(next, &value)
                    || chain.iter().any(|(_, seen)| crate::runtime::ops::is_same(next, seen))
            }) {
                (message, current) = (None, None);
            }
            chain.push((message, value));
        }
        for (message, value) in chain.into_iter().rev() {
            if let Some(message) = message {
                self.emit(message, '|');
            }
            self.write_one(&value, nesting);
        }
    }

    fn write_one(&mut self, exc: &Value, nesting: usize) {
        let Some(Object::Exception(e)) = exc.object() else {
            self.emit(&format!("{}\n", exc.repr()), '|');
            return;
        };
        let e = e.borrow().clone();
        if !crate::runtime::exception_group::is_group(exc) {
            let mut text = String::new();
            if !e.traceback.is_empty() {
                text.push_str("Traceback (most recent call last):\n");
                write_stack(&e, &mut text);
            }
            write_exception_only(&e, &mut text, self.suggest);
            self.emit(&text, '|');
            return;
        }
        if self.group_depth > MAX_GROUP_DEPTH || nesting > 100 {
            self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let top = self.group_depth == 0;
        if top {
            self.group_depth += 1;
        }
        if !e.traceback.is_empty() {
            self.emit("Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' });
            let mut stack = String::new();
            write_stack(&e, &mut stack);
            self.emit(&stack, '|');
        }
        let mut only = String::new();
        write_exception_only(&e, &mut only, self.suggest);
        self.emit(&only, '|');
        let members = crate::runtime::exception_group::exceptions_of(exc);
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            let _ = writeln!(self.out, "{}{corner}+---------------- {title} ----------------", self.indent());
            self.group_depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{plural}\n"), '|');
            } else {
                self.write_chain(member, nesting + 1);
            }
            if last && self.need_close {
                let _ = writeln!(self.out, "{}+------------------------------------", self.indent());
                self.need_close = false;
            }
            self.group_depth -= 1;
        }
        if top {
            self.group_depth = 0;
        }
    }
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// CPython prints a line repeated in a row this many times, then counts the rest.
const RECURSIVE_CUTOFF: usize = 3;

/// CPython's default `sys.tracebacklimit`: only the innermost entries are printed.
const TRACEBACK_LIMIT: usize = 1000;

/// The frames of a traceback, outermost first; a run of identical entries (deep recursion)
/// is cut to three and a `[Previous line repeated N more times]` line, as CPython prints it.
fn write_stack(e: &Exception, out: &mut String) {
    let skip = e.traceback.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<&TraceEntry> = None;
    let mut count = 0;
    for entry in e.traceback.iter().rev().skip(skip) {
        let same = last.is_some_and(|l| {
            l.code.filename == entry.code.filename
                && l.span.lineno == entry.span.lineno
                && l.code.name == entry.code.name
        });
        if !same {
            write_repeated(count, out);
            last = Some(entry);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            write_entry(entry, out);
        }
    }
    write_repeated(count, out);
}

fn write_repeated(count: usize, out: &mut String) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        let _ =
            writeln!(out, "  [Previous line repeated {more} more time{}]", if more > 1 { "s" } else { "" });
    }
}

/// The last line(s): `Name: message` (a SyntaxError's with its line and carets), with the
/// name a NameError or AttributeError may have meant when `suggest`.
fn write_exception_only(e: &Exception, out: &mut String, suggest: bool) {
    if let Some(error) = crate::runtime::syntax_exc::to_error(e) {
        out.push_str(&error.render());
        return;
    }
    let message = e.message();
    let name = match e.class.as_ref().and_then(|c| crate::runtime::class::as_class(c)) {
        // As CPython prints a class's name: qualified by its module unless `__main__`.
        Some(class) => match crate::runtime::class::module_name(class).as_str() {
            "__main__" | "builtins" | "" => class.qualname.borrow().clone(),
            module => format!("{module}.{}", class.qualname.borrow()),
        },
        None => e.kind.name().to_string(),
    };
    let hint = match suggest.then(|| suggestion(e)).flatten() {
        Some(found) => format!(". Did you mean: '{found}'?"),
        None => String::new(),
    };
    if message.is_empty() {
        let _ = writeln!(out, "{name}{hint}");
    } else {
        let _ = writeln!(out, "{name}: {message}{hint}");
    }
    // Notes added with `add_note`, one per line, as the `traceback` module prints them: the
    // items of a sequence by `str` (a str's characters), anything else by its repr.
    let notes: Vec<String> = match e.attr("__notes__").map(|n| (n, n.object())) {
        None => Vec::new(),
        Some((_, Some(Object::List(items)))) => items.borrow().iter().map(Value::to_str).collect(),
        Some((_, Some(Object::Tuple(items)))) => items.iter().map(Value::to_str).collect(),
        Some((_, Some(Object::Str(text)))) => text.chars().map(String::from).collect(),
        Some((notes, _)) => vec![notes.repr()],
    };
    for note in notes {
        let _ = writeln!(out, "{note}");
    }
}

/// The name CPython's report suggests for a NameError (found when it was raised) or an
/// AttributeError (the closest of its object's attributes, as `dir` lists them).
fn suggestion(e: &Exception) -> Option<String> {
    use crate::runtime::exception::ExcKind;
    match e.kind {
        ExcKind::NameError => e.suggestion.clone(),
        ExcKind::AttributeError => {
            let name = e.attr("name").and_then(|n| n.as_str().map(str::to_string))?;
            let mut names = crate::builtins::attribute_names(e.attr("obj")?);
            names.sort();
            names.dedup();
            crate::runtime::suggestions::best_match(&name, &names)
        }
        _ => None,
    }
}

/// The frames of a suspended thread, outermost first, as `traceback.print_stack` prints them
/// (each frame's current line, without carets).
pub fn format_stack(frames: &[super::frame::Frame]) -> String {
    let mut out = String::new();
    for frame in frames {
        let span = frame.code.spans.get(frame.current_index()).copied().unwrap_or_default();
        let _ =
            writeln!(out, "  File \"{}\", line {}, in {}", frame.code.filename, span.lineno, frame.code.name);
        if let Some(line) = source_line(&frame.code.filename, span.lineno) {
            let _ = writeln!(out, "    {}", line.trim());
        }
    }
    out
}

/// One frame of a traceback as a report prints it: its `File` line, its source line and
/// the marker line under it.
pub fn write_entry(entry: &TraceEntry, out: &mut String) {
    let (filename, function) = (&entry.code.filename, &entry.code.name);
    let _ = writeln!(out, "  File \"{filename}\", line {}, in {function}", entry.span.lineno);
    let Some(line) = source_line(filename, entry.span.lineno) else { return };
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let stripped_chars = line.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end();
    if stripped.is_empty() {
        return;
    }
    let _ = writeln!(out, "    {stripped}");
    if let Some(markers) = caret_line(&line, entry.span, stripped_chars, stripped.chars().count()) {
        let _ = writeln!(out, "    {markers}");
    }
}

/// A line of a source file (read when the traceback is printed, as CPython's linecache does).
pub(super) fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let bytes = std::fs::read(filename).ok()?;
    let text = crate::source::decode(filename, &bytes).ok()?.text;
    text.lines().nth(lineno.checked_sub(1)? as usize).map(str::to_string)
}

fn char_offset(line: &str, byte: u32) -> usize {
    line.get(..byte as usize).map_or(byte as usize, |p| p.chars().count())
}

/// The marker line under a traceback entry's source line, if CPython would print one.
fn caret_line(line: &str, span: Span, stripped_chars: usize, stripped_len: usize) -> Option<String> {
    if span.lineno == 0 {
        return None;
    }
    let start = char_offset(line, span.col_offset);
    let mut end = char_offset(line, span.end_col_offset);
    let mut anchors = None;
    if span.lineno == span.end_lineno {
        let segment: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
        anchors = caret_anchors(&segment);
    } else {
        end = stripped_chars + stripped_len;
    }
    let wide_anchors = anchors.is_some_and(|(left, right)| right > left);
    if end.saturating_sub(start) >= stripped_len && !wide_anchors {
        return None;
    }
    let mut markers = " ".repeat(start.saturating_sub(stripped_chars));
    let width = end.saturating_sub(start);
    match anchors {
        Some((left, right)) => {
            markers.push_str(&"~".repeat(left));
            markers.push_str(&"^".repeat(right.saturating_sub(left)));
            markers.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => markers.push_str(&"^".repeat(width)),
    }
    Some(markers)
}

/// Where the operator of a binary operation or the brackets of a subscript lie in `segment`
/// (character offsets), as `traceback._extract_caret_anchors_from_line_segment` finds them.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let Ok(Mod::Module { body, .. }) = crate::parser::parse_module(segment, "<segment>") else { return None };
    let [statement] = body.as_slice() else { return None };
    let StmtKind::Expr { value } = &statement.kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let normalize = |byte: u32| char_offset(segment, byte);
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let operator_start = normalize(left.span.end_col_offset);
            let operator_end = normalize(right.span.col_offset);
            let operator: String = chars.get(operator_start..operator_end)?.iter().collect();
            let operator_offset = operator.chars().count() - operator.trim_start().chars().count();
            let mut left_anchor = operator_start + operator_offset;
            let mut right_anchor = left_anchor + 1;
            let op_chars: Vec<char> = operator.chars().collect();
            if op_chars.get(operator_offset + 1).is_some_and(|c| !c.is_whitespace()) {
                right_anchor += 1;
            }
            while chars.get(left_anchor).is_some_and(|c| c.is_whitespace() || *c == ')' || *c == '#') {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value: object, slice, .. } => {
            let mut left_anchor = normalize(object.span.end_col_offset);
            let mut right_anchor = normalize(slice.span.end_col_offset) + 1;
            while chars.get(left_anchor).is_some_and(|c| *c != '[') {
                left_anchor += 1;
            }
            while chars.get(right_anchor).is_some_and(|c| *c != ']') {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// `report` with each traceback cut to its last `limit` frames, as CPython's
/// `PyTraceBack_Print` cuts them for `sys.tracebacklimit` (with `limit` <= 0, no frames and
/// no header: only the exception lines).
pub fn limit_frames(report: &str, limit: i64) -> String {
    const HEADER: &str = "Traceback (most recent call last):\n";
    let keep = usize::try_from(limit).unwrap_or(0);
    let flush = |frames: Vec<String>, out: &mut String| {
        if keep > 0 && !frames.is_empty() {
            out.push_str(HEADER);
            frames[frames.len().saturating_sub(keep)..].iter().for_each(|f| out.push_str(f));
        }
    };
    let mut out = String::new();
    let mut frames: Option<Vec<String>> = None;
    for line in report.split_inclusive('\n') {
        if line == HEADER {
            frames = Some(Vec::new());
            continue;
        }
        if let Some(list) = frames.as_mut() {
            if line.starts_with("  File ") {
                list.push(line.to_string());
                continue;
            }
            if let Some(last) = list.last_mut().filter(|_| line.starts_with("    ")) {
                last.push_str(line);
                continue;
            }
            flush(frames.take().unwrap_or_default(), &mut out);
        }
        out.push_str(line);
    }
    if let Some(list) = frames {
        flush(list, &mut out);
    }
    out
}

impl super::Vm {
    /// An error raised where nothing can catch it (a finalizer, a weakref callback, a freed
    /// generator's close), reported as CPython's "unraisable" hook does, naming `what` ran.
    pub(super) fn report_ignored(&mut self, what: &str, exc: &Value) {
        let report = format_exception(exc);
        self.write_report(&format!("Exception ignored in: {what}\n{report}"));
    }

    /// The attribute `name` of the `sys` module, if it has been made and has one.
    pub(crate) fn sys_attribute(&self, name: &str) -> Option<Value> {
        let sys = self.modules.borrow().get(&Key(Value::str("sys"))).cloned();
        match sys.as_ref().and_then(Value::object) {
            Some(Object::Module { dict, .. }) => dict.borrow().get(&Key(Value::str(name))).cloned(),
            _ => None,
        }
    }

    /// Report the program's uncaught exception `exc` through `sys.excepthook`: CPython's
    /// report unless the program replaced the hook, whose own failure is reported with
    /// the original exception after it, as CPython does.
    pub(super) fn report_uncaught(&mut self, exc: &Value) {
        let replaced = self
            .sys_attribute("excepthook")
            .filter(|h| !matches!(h.object(), Some(Object::Builtin(b)) if b.name == "excepthook"));
        let Some(hook) = replaced else {
            let report = self.uncaught_report(exc);
            self.write_to_sys_stderr(&report);
            return;
        };
        let positional = vec![super::classes::class_of(exc), exc.clone(), Value::None];
        if let Err(failure) = self.call_value(&hook, CallArgs { positional, keywords: Vec::new() }) {
            let (failed, original) = (format_exception(&failure), self.uncaught_report(exc));
            self.write_to_sys_stderr(&format!(
                "Error in sys.excepthook:\n{failed}\nOriginal exception was:\n{original}"
            ));
        }
    }

    /// Write `text` where `sys.stderr` is now: the process's stream, another object's `write`
    /// (`sys.stderr = io.StringIO()`), or nowhere if it is None. If that `write` fails, the
    /// text goes to the process's stderr.
    fn write_to_sys_stderr(&mut self, text: &str) {
        let target = self.sys_attribute("stderr");
        match target.as_ref().map(|t| (t, t.object())) {
            Some((Value::None, _)) => {}
            Some((_, Some(Object::Stream(stream)))) => {
                let _ = self.write_output(*stream, text);
            }
            Some((target, _)) => {
                let positional = vec![Value::str(text)];
                let written = self
                    .get_attr(target, "write")
                    .and_then(|write| self.call_value(&write, CallArgs { positional, keywords: Vec::new() }));
                if written.is_err() {
                    self.write_report(text);
                }
            }
            None => self.write_report(text),
        }
    }

    /// The report of the program's uncaught exception `exc`, its tracebacks cut to
    /// `sys.tracebacklimit` frames if the program set it.
    pub(crate) fn uncaught_report(&self, exc: &Value) -> String {
        let report = format_exception(exc);
        match self
            .sys_attribute("tracebacklimit")
            .as_ref()
            .and_then(Value::as_int)
            .map(|i| i.as_i64().unwrap_or(i64::MAX))
        {
            Some(limit) => limit_frames(&report, limit),
            None => report,
        }
    }
}
