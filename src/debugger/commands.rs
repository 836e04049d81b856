//! The debugger's command language: pdb's commands (`b`, `tbreak`, `cl`, `condition`,
//! `ignore`, `disable`, `enable`, `s`, `n`, `r`, `c`, `unt`, `p`, `pp`, `w`, `u`, `d`,
//! `display`, `l`, `a`, `!stmt`, `q`) with their replies, plus pyglass's own (`si` one
//! instruction, `thread N`, `watch EXPR`, `unwatch N`, `restart`). Shared by the TUI's
//! command line and the line debugger.

use super::breakpoints::{Breakpoints, Location};
use super::eval::{cut, evaluate, execute, safe_repr};
use super::inspect::{self, FrameView};
use super::session::{DebugState, Resume, Step};
use super::sources::Sources;
use crate::runtime::value::{Object, Value};
use crate::vm::Vm;

/// What the user is looking at, which commands read and move.
#[derive(Default)]
pub struct Context {
    /// The selected thread and frame (index from the outermost).
    pub thread: u64,
    pub frame: usize,
    /// The thread that stopped.
    pub stopped_thread: u64,
    /// It stopped inside an instruction (one that raised), not between two.
    pub inside_instruction: bool,
    pub displays: Vec<String>,
    pub watches: Vec<String>,
    pub sources: Sources,
    /// Where a bare `l` goes on listing.
    list_next: Option<(String, u32)>,
    /// The repr of the value the innermost frame returns, at a return stop (`->value`).
    pub returning: Option<String>,
}

/// A command's answer: lines to show, and whether the program goes on.
#[derive(Default)]
pub struct Reply {
    pub lines: Vec<String>,
    pub resume: Option<Resume>,
}

impl Reply {
    fn text(lines: Vec<String>) -> Reply {
        Reply { lines, resume: None }
    }
    fn line(text: impl Into<String>) -> Reply {
        Reply::text(vec![text.into()])
    }
    fn go(resume: Resume) -> Reply {
        Reply { lines: Vec::new(), resume: Some(resume) }
    }
}

/// How long a value's repr may be in a command's reply.
const REPR_LIMIT: usize = 2000;

impl Context {
    /// Select the thread that stopped and its innermost frame (at each stop).
    pub fn stopped_at(&mut self, vm: &Vm, thread: u64, inside_instruction: bool) {
        self.inside_instruction = inside_instruction;
        self.thread = thread;
        self.stopped_thread = thread;
        self.frame = inspect::with_frames(vm, thread, |f| f.len().saturating_sub(1));
        self.list_next = None;
    }

    /// The frames of the selected thread, outermost first.
    pub fn frames(&self, vm: &Vm) -> Vec<FrameView> {
        inspect::frames(vm, self.thread, self.thread == self.stopped_thread && !self.inside_instruction)
    }

    /// The selected frame.
    pub fn frame_view(&self, vm: &Vm) -> Option<FrameView> {
        self.frames(vm).into_iter().nth(self.frame)
    }

    /// Evaluate an expression in the selected frame.
    pub fn evaluate(&self, vm: &mut Vm, text: &str) -> Result<Value, String> {
        let spaces =
            inspect::frame_namespaces(vm, self.thread, self.frame).ok_or("*** no frame to evaluate in")?;
        evaluate(vm, spaces, text)
    }
}

/// Run one command line.
pub fn run(line: &str, vm: &mut Vm, state: &mut DebugState, cx: &mut Context) -> Reply {
    let line = line.trim();
    if let Some(statement) = line.strip_prefix('!') {
        return statement_reply(vm, cx, statement);
    }
    let (word, rest) = line.split_once(char::is_whitespace).map_or((line, ""), |(w, r)| (w, r.trim()));
    let depth = inspect::with_frames(vm, cx.thread, <[_]>::len);
    let thread = cx.thread;
    match word {
        "" => Reply::default(),
        "s" | "step" => Reply::go(Resume::Go(Step::Into { thread })),
        "n" | "next" => Reply::go(Resume::Go(Step::Over { thread, depth: cx.frame + 1 })),
        "r" | "return" => Reply::go(Resume::Go(Step::Out { thread, depth: cx.frame + 1 })),
        "c" | "cont" | "continue" => Reply::go(Resume::Go(Step::Continue)),
        "si" | "stepi" => Reply::go(Resume::Go(Step::Instruction { thread })),
        "unt" | "until" => until(vm, cx, rest, depth),
        "q" | "quit" | "exit" => Reply::go(Resume::Quit),
        "restart" | "run" => Reply::go(Resume::Restart),
        "b" | "break" => breakpoint(vm, state, cx, rest, false),
        "tbreak" => breakpoint(vm, state, cx, rest, true),
        "cl" | "clear" => clear(state, cx, vm, rest),
        "disable" | "enable" => enable(state, rest, word == "enable"),
        "condition" => condition(state, rest),
        "ignore" => ignore(state, rest),
        "p" => print(vm, cx, rest, false),
        "pp" => print(vm, cx, rest, true),
        "w" | "where" | "bt" => Reply::text(where_lines(vm, cx)),
        "u" | "up" => move_frame(vm, cx, rest, -1),
        "d" | "down" => move_frame(vm, cx, rest, 1),
        "a" | "args" => args(vm, cx),
        "l" | "list" => list(vm, state, cx, rest),
        "display" => display(vm, cx, rest),
        "undisplay" => remove_expression(&mut cx.displays, rest, "display"),
        "watch" => watch(cx, rest),
        "unwatch" => remove_expression(&mut cx.watches, rest, "watch"),
        "thread" => thread_command(vm, cx, rest),
        "threads" => thread_command(vm, cx, ""),
        "ll" | "longlist" => long_list(vm, state, cx),
        "stack" => Reply::text(stack_lines(vm, cx)),
        "dis" => Reply::text(dis_lines(vm, state, cx)),
        "ast" => Reply::text(ast_lines(vm, cx)),
        "retval" | "rv" => {
            Reply::line(cx.returning.clone().unwrap_or_else(|| "*** Not yet returned!".into()))
        }
        "interact" | "commands" => {
            Reply::line(format!("*** {word} works in the line debugger (debug --no-tui)"))
        }
        "catch" => catch(state, rest),
        "j" | "jump" => jump(vm, cx, rest),
        "h" | "help" | "?" => Reply::text(HELP.lines().map(str::to_string).collect()),
        _ => statement_reply(vm, cx, line),
    }
}

const HELP: &str = "\
s(tep)  n(ext)  r(eturn)  c(ontinue)  unt(il) [LINE]  j(ump) LINE  si (one instruction)
b(reak) [LINE | FILE:LINE | FUNCTION] [, CONDITION]    tbreak (the same, once)
cl(ear) [N ...]  disable N ...  enable N ...  condition N [EXPR]  ignore N COUNT
p EXPR  pp EXPR  !STATEMENT  a(rgs)  w(here)  u(p) [N]  d(own) [N]  l(ist) [FIRST[, LAST]]
display [EXPR]  undisplay [N]  watch EXPR  unwatch [N]  thread [N]  restart  q(uit)
catch raised | uncaught | off   (stop where exceptions are raised; default: uncaught only)
ll (the whole function)  stack (value stack)  dis (bytecode, current marked)  ast (node of the
current instruction and its ancestors)  threads";

/// `catch raised|uncaught|off`: where exceptions stop the program.
fn catch(state: &mut DebugState, rest: &str) -> Reply {
    match rest {
        "raised" => (state.break_on_raised, state.break_on_uncaught) = (true, true),
        "uncaught" => (state.break_on_raised, state.break_on_uncaught) = (false, true),
        "off" => (state.break_on_raised, state.break_on_uncaught) = (false, false),
        "" => {}
        _ => return Reply::line("*** Usage: catch raised | uncaught | off"),
    }
    let now = match (state.break_on_raised, state.break_on_uncaught) {
        (true, _) => "every raised exception",
        (false, true) => "uncaught exceptions (post-mortem)",
        (false, false) => "no exception",
    };
    Reply::line(format!("Stopping at {now}."))
}

fn statement_reply(vm: &mut Vm, cx: &Context, statement: &str) -> Reply {
    let Some(spaces) = inspect::frame_namespaces(vm, cx.thread, cx.frame) else {
        return Reply::line("*** no frame to run in");
    };
    match execute(vm, spaces, statement) {
        Ok(()) => Reply::default(),
        Err(e) => Reply::line(format!("*** {e}")),
    }
}

fn until(vm: &Vm, cx: &Context, rest: &str, depth: usize) -> Reply {
    let current = cx.frame_view(vm).map_or(0, |f| f.line);
    let line = match rest {
        "" => current,
        text => match text.parse::<u32>() {
            Ok(n) if n > current => n - 1,
            Ok(_) => return Reply::line("*** \"until\" line number is smaller than current line number"),
            Err(_) => return Reply::line(format!("*** Error in argument: {text:?}")),
        },
    };
    Reply::go(Resume::Go(Step::Until { thread: cx.thread, depth: cx.frame.min(depth) + 1, line }))
}

/// `j LINE`: the next instruction to run is the first of LINE, in the innermost frame. As
/// pdb refuses jumps into or out of blocks, a jump is allowed only where the value stack is
/// as deep at the target as now and the same exception handlers cover both places.
fn jump(vm: &mut Vm, cx: &mut Context, rest: &str) -> Reply {
    let Ok(line) = rest.trim().parse::<u32>() else {
        return Reply::line("*** The 'jump' command requires a line number");
    };
    let innermost = inspect::with_frames(vm, cx.thread, |f| f.len()).saturating_sub(1);
    if cx.thread != inspect::current_thread(vm) || cx.frame != innermost || cx.inside_instruction {
        return Reply::line("*** You can only jump within the bottom frame");
    }
    let Some(frame) = vm.frames.last_mut() else { return Reply::line("*** no frame") };
    let code = frame.code.clone();
    let Some(target) =
        (0..code.instructions.len()).find(|&i| code.spans.get(i).is_some_and(|s| s.lineno == line))
    else {
        return Reply::line(format!("*** Jump failed: line {line} has no code in {}", code.qualname));
    };
    let Some(depths) = crate::compiler::codegen::stack_depths(&code) else {
        return Reply::line("*** Jump failed");
    };
    let here = frame.pc;
    let handlers = |at: usize| -> Vec<u32> {
        code.exception_table
            .iter()
            .filter(|e| e.start as usize <= at && at < e.end as usize)
            .map(|e| e.target)
            .collect()
    };
    let line_of = |at: usize| code.spans.get(at).map(|s| s.lineno);
    if here > 0 && line_of(here - 1) == line_of(here) {
        return Reply::line(
            "*** Jump failed: the program is in the middle of a line (step to the next line first)",
        );
    }
    let depth = Some(frame.stack.len() as i32);
    if depths.get(target).copied().flatten() != depth
        || depths.get(here).copied().flatten() != depth
        || handlers(target) != handlers(here)
    {
        return Reply::line("*** Jump failed: can't jump into or out of a block (a loop, a with or a try)");
    }
    frame.pc = target;
    vm.jumped(line);
    let mut lines = vec![format!("> {}({line}){}()", code.filename, code.name)];
    lines.extend(cx.sources.line(&code.filename, line).map(|t| format!("-> {}", t.trim())));
    Reply::text(lines)
}

/// `b LOCATION [, CONDITION]`, or the list of breakpoints.
fn breakpoint(vm: &mut Vm, state: &mut DebugState, cx: &mut Context, rest: &str, temporary: bool) -> Reply {
    if rest.is_empty() {
        return Reply::text(listing(&state.breakpoints));
    }
    let (place, condition) = match rest.split_once(',') {
        Some((p, c)) => (p.trim(), Some(c.trim().to_string()).filter(|c| !c.is_empty())),
        None => (rest, None),
    };
    let current_file = cx.frame_view(vm).map(|f| f.file).unwrap_or_default();
    let location = match parse_place(place, &current_file) {
        Some(location) => location,
        None => {
            return Reply::line(format!(
                "*** The specified object {place:?} is not a function or was not found"
            ));
        }
    };
    if let Location::Line { file, line } = &location {
        let text = cx.sources.line(file, *line);
        match text.as_deref().map(str::trim) {
            None => return Reply::line(format!("*** Line {line} out of range for {file}")),
            Some(t) if t.is_empty() || t.starts_with('#') => return Reply::line("*** Blank or comment"),
            _ => {}
        }
    }
    let defined_at = match &location {
        Location::Function { name } => function_place(vm, cx, name),
        _ => None,
    };
    let number = state.breakpoints.add(location, temporary, condition);
    let Some(b) = state.breakpoints.get_mut(number) else { return Reply::default() };
    if let Some(place) = defined_at {
        b.place = place;
    }
    Reply::line(format!("Breakpoint {number} at {}", b.place))
}

/// `file:line` of the definition of the function a name gives in the selected frame.
fn function_place(vm: &mut Vm, cx: &Context, name: &str) -> Option<String> {
    let value = cx.evaluate(vm, name).ok()?;
    match value.object() {
        Some(Object::Function(f)) => Some(format!("{}:{}", f.code.filename, f.code.first_line)),
        _ => None,
    }
}

/// `12`, `file.py:12` or a function name.
pub fn parse_place(place: &str, current_file: &str) -> Option<Location> {
    if let Ok(line) = place.parse::<u32>() {
        return Some(Location::Line { file: current_file.to_string(), line });
    }
    if let Some((file, line)) = place.rsplit_once(':')
        && let Ok(line) = line.trim().parse::<u32>()
    {
        // A bare file name means the current file when it is that file.
        let same = std::path::Path::new(current_file).file_name() == std::path::Path::new(file).file_name();
        let file = if same && !file.contains('/') { current_file } else { file };
        return Some(Location::Line { file: file.to_string(), line });
    }
    let is_name = !place.is_empty()
        && place.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'));
    is_name.then(|| Location::Function { name: place.to_string() })
}

/// The breakpoint table, as pdb prints it.
pub fn listing(breakpoints: &Breakpoints) -> Vec<String> {
    if breakpoints.is_empty() {
        // As pdb: no table when there is nothing in it.
        return Vec::new();
    }
    let mut lines = vec!["Num Type         Disp Enb   Where".to_string()];
    for b in breakpoints.all() {
        let disp = if b.temporary { "del " } else { "keep" };
        let enabled = if b.enabled { "yes" } else { "no " };
        lines.push(format!("{:<3} breakpoint   {disp} {enabled}   at {}", b.number, b.place));
        if let Some(c) = &b.condition {
            lines.push(format!("\tstop only if {c}"));
        }
        if b.ignore > 0 {
            lines.push(format!("\twill ignore next {} crossings of breakpoint", b.ignore));
        }
        if b.hits > 0 {
            let s = if b.hits == 1 { "" } else { "s" };
            lines.push(format!("\tbreakpoint already hit {} time{s}", b.hits));
        }
    }
    lines
}

fn numbers(rest: &str) -> Result<Vec<usize>, String> {
    rest.split_whitespace()
        .map(|w| w.parse::<usize>().map_err(|_| format!("*** Invalid breakpoint number {w:?}")))
        .collect()
}

fn clear(state: &mut DebugState, cx: &Context, vm: &Vm, rest: &str) -> Reply {
    if rest.is_empty() {
        return Reply::text(clear_all(state));
    }
    if rest.contains(':') {
        let current = cx.frame_view(vm).map(|f| f.file).unwrap_or_default();
        if let Some(Location::Line { file, line }) = parse_place(rest, &current) {
            let n = state.breakpoints.remove_line(&file, line);
            return Reply::line(if n == 0 {
                format!("*** There is no breakpoint at {file}:{line}")
            } else {
                format!("Deleted breakpoints at {file}:{line}")
            });
        }
    }
    match numbers(rest) {
        Ok(list) => Reply::text(
            list.into_iter()
                .map(|n| {
                    let place =
                        state.breakpoints.all().iter().find(|b| b.number == n).map(|b| b.place.clone());
                    match place {
                        Some(place) if state.breakpoints.remove(n) => {
                            format!("Deleted breakpoint {n} at {place}")
                        }
                        _ => format!("*** No breakpoint numbered {n}"),
                    }
                })
                .collect(),
        ),
        Err(e) => Reply::line(e),
    }
}

/// Delete every breakpoint, saying which, as pdb's `clear` does.
pub fn clear_all(state: &mut DebugState) -> Vec<String> {
    let lines = state
        .breakpoints
        .all()
        .iter()
        .map(|b| format!("Deleted breakpoint {} at {}", b.number, b.place))
        .collect();
    state.breakpoints.clear();
    lines
}

fn enable(state: &mut DebugState, rest: &str, on: bool) -> Reply {
    match numbers(rest) {
        Ok(list) => Reply::text(
            list.into_iter()
                .map(|n| match state.breakpoints.get_mut(n) {
                    Some(b) => {
                        b.enabled = on;
                        format!("{} breakpoint {n} at {}", if on { "Enabled" } else { "Disabled" }, b.place)
                    }
                    None => format!("*** No breakpoint numbered {n}"),
                })
                .collect(),
        ),
        Err(e) => Reply::line(e),
    }
}

fn condition(state: &mut DebugState, rest: &str) -> Reply {
    let (number, expression) =
        rest.split_once(char::is_whitespace).map_or((rest, ""), |(n, e)| (n, e.trim()));
    let Ok(n) = number.parse::<usize>() else {
        return Reply::line(format!("*** Invalid breakpoint number {number:?}"));
    };
    let Some(b) = state.breakpoints.get_mut(n) else {
        return Reply::line(format!("*** No breakpoint numbered {n}"));
    };
    if expression.is_empty() {
        b.condition = None;
        Reply::line(format!("Breakpoint {n} is now unconditional."))
    } else {
        b.condition = Some(expression.to_string());
        Reply::line(format!("New condition set for breakpoint {n}."))
    }
}

fn ignore(state: &mut DebugState, rest: &str) -> Reply {
    let mut words = rest.split_whitespace();
    let (Some(Ok(n)), count) = (words.next().map(str::parse::<usize>), words.next().map(str::parse::<u32>))
    else {
        return Reply::line("*** Usage: ignore NUMBER COUNT");
    };
    let count = match count {
        None => 0,
        Some(Ok(c)) => c,
        Some(Err(_)) => return Reply::line("*** Usage: ignore NUMBER COUNT"),
    };
    let Some(b) = state.breakpoints.get_mut(n) else {
        return Reply::line(format!("*** No breakpoint numbered {n}"));
    };
    b.ignore = count;
    Reply::line(match count {
        0 => format!("Will stop next time breakpoint {n} is reached."),
        1 => format!("Will ignore next crossing of breakpoint {n}."),
        c => format!("Will ignore next {c} crossings of breakpoint {n}."),
    })
}

fn print(vm: &mut Vm, cx: &Context, rest: &str, pretty: bool) -> Reply {
    if rest.is_empty() {
        return Reply::line(format!("*** Usage: {} EXPRESSION", if pretty { "pp" } else { "p" }));
    }
    match cx.evaluate(vm, rest) {
        Ok(value) if pretty => Reply::text(pretty_lines(vm, &value)),
        Ok(value) => Reply::line(safe_repr(vm, &value, REPR_LIMIT)),
        Err(e) => Reply::line(format!("*** {e}")),
    }
}

/// A container one item per line when its repr is long, as `pprint` lays out a flat one.
fn pretty_lines(vm: &mut Vm, value: &Value) -> Vec<String> {
    let whole = safe_repr(vm, value, REPR_LIMIT);
    if whole.chars().count() <= 80 {
        return vec![whole];
    }
    let (open, close, items): (&str, &str, Vec<String>) = match value.object() {
        Some(Object::List(items)) => {
            let items = items.borrow().clone();
            ("[", "]", items.iter().map(|v| safe_repr(vm, v, REPR_LIMIT)).collect())
        }
        Some(Object::Tuple(items)) => {
            ("(", ")", items.iter().map(|v| safe_repr(vm, v, REPR_LIMIT)).collect())
        }
        Some(Object::Dict(map)) => {
            let pairs: Vec<(Value, Value)> =
                map.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            (
                "{",
                "}",
                pairs
                    .iter()
                    .map(|(k, v)| {
                        format!("{}: {}", safe_repr(vm, k, REPR_LIMIT), safe_repr(vm, v, REPR_LIMIT))
                    })
                    .collect(),
            )
        }
        _ => return vec![whole],
    };
    let last = items.len().saturating_sub(1);
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let lead = if i == 0 { open } else { " " };
            let tail = if i == last { close } else { "," };
            format!("{lead}{item}{tail}")
        })
        .collect()
}

/// The selected thread's stack, oldest first, `>` at the selected frame, as pdb's `where`.
pub fn where_lines(vm: &Vm, cx: &mut Context) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, f) in cx.frames(vm).iter().enumerate() {
        let mark = if i == cx.frame { ">" } else { " " };
        lines.push(format!("{mark} {}({}){}()", f.file, f.line, f.code.name));
        if let Some(text) = cx.sources.line(&f.file, f.line) {
            lines.push(format!("-> {}", text.trim()));
        }
    }
    lines
}

fn move_frame(vm: &Vm, cx: &mut Context, rest: &str, direction: isize) -> Reply {
    let count = match rest {
        "" => 1,
        text => match text.parse::<isize>() {
            Ok(n) => n,
            Err(_) => return Reply::line(format!("*** Expected a number, got {text:?}")),
        },
    };
    let frames = cx.frames(vm).len();
    let target = cx.frame as isize + direction * count;
    if frames == 0 || target < 0 && cx.frame == 0 {
        return Reply::line("*** Oldest frame");
    }
    if target >= frames as isize && cx.frame + 1 == frames {
        return Reply::line("*** Newest frame");
    }
    cx.frame = target.clamp(0, frames as isize - 1) as usize;
    cx.list_next = None;
    let frames = cx.frames(vm);
    let f = &frames[cx.frame];
    let returning = match &cx.returning {
        Some(value) if cx.frame + 1 == frames.len() && cx.thread == cx.stopped_thread => format!("->{value}"),
        _ => String::new(),
    };
    let mut lines = vec![format!("> {}({}){}(){returning}", f.file, f.line, f.code.name)];
    lines.extend(cx.sources.line(&f.file, f.line).map(|t| format!("-> {}", t.trim())));
    Reply::text(lines)
}

fn args(vm: &mut Vm, cx: &Context) -> Reply {
    let Some(frame) = cx.frame_view(vm) else { return Reply::default() };
    let code = &frame.code;
    let count = (code.arg_count + code.kwonly_count) as usize
        + usize::from(code.flags.varargs)
        + usize::from(code.flags.varkeywords);
    let names: Vec<String> = code.varnames.iter().take(count).cloned().collect();
    let locals = inspect::locals(vm, cx.thread, cx.frame, REPR_LIMIT);
    Reply::text(
        names
            .iter()
            .filter_map(|n| locals.iter().find(|v| &v.name == n))
            .map(|v| format!("{} = {}", v.name, v.repr))
            .collect(),
    )
}

/// `l`: eleven lines around the current line, then the next eleven; `l FIRST[, LAST]`.
fn list(vm: &Vm, state: &DebugState, cx: &mut Context, rest: &str) -> Reply {
    let Some(frame) = cx.frame_view(vm) else { return Reply::line("*** no source") };
    let around = |line: u32| {
        let first = line.saturating_sub(5).max(1);
        (first, first + 10)
    };
    let (first, last) = match rest.split_once(',') {
        _ if rest.is_empty() => match &cx.list_next {
            Some((f, next)) if *f == frame.file => (*next, *next + 10),
            _ => around(frame.line),
        },
        Some((a, b)) => match (a.trim().parse::<u32>(), b.trim().parse::<u32>()) {
            (Ok(a), Ok(b)) => (a.max(1), if b < a { a + b } else { b }),
            _ => return Reply::line(format!("*** Error in argument: {rest:?}")),
        },
        None => match rest.parse::<u32>() {
            Ok(n) => around(n),
            Err(_) => return Reply::line(format!("*** Error in argument: {rest:?}")),
        },
    };
    let mut out = listing_lines(state, cx, &frame, first, last);
    if out.is_empty() || last as usize > cx.sources.lines(&frame.file).len() {
        out.push("[EOF]".into());
    }
    cx.list_next = Some((frame.file.clone(), last + 1));
    Reply::text(out)
}

/// `ll`: the whole function (or module) of the selected frame.
fn long_list(vm: &Vm, state: &DebugState, cx: &mut Context) -> Reply {
    let Some(frame) = cx.frame_view(vm) else { return Reply::line("*** no source") };
    let last = frame.code.spans.iter().map(|s| s.end_lineno).max().unwrap_or(frame.line);
    let first = if frame.code.name == "<module>" { 1 } else { frame.code.first_line };
    let last = if frame.code.name == "<module>" { cx.sources.lines(&frame.file).len() as u32 } else { last };
    Reply::text(listing_lines(state, cx, &frame, first, last))
}

/// Source lines as pdb lists them: number, `B` on a breakpoint, `->` on the current line.
fn listing_lines(
    state: &DebugState,
    cx: &mut Context,
    frame: &FrameView,
    first: u32,
    last: u32,
) -> Vec<String> {
    let lines = cx.sources.lines(&frame.file);
    let marks = state.breakpoints.line_marks(&frame.file);
    (first..=last.min(lines.len() as u32))
        .map(|n| {
            let mut head = format!("{n:>3}");
            if head.len() < 4 {
                head.push(' ');
            }
            head.push(if marks.contains_key(&n) { 'B' } else { ' ' });
            if n == frame.line {
                head.push_str("->");
            }
            format!("{head}\t{}", lines[n as usize - 1])
        })
        .collect()
}

/// The value stack of the selected frame, top first.
pub fn stack_lines(vm: &mut Vm, cx: &Context) -> Vec<String> {
    let stack = inspect::value_stack(vm, cx.thread, cx.frame, 200);
    if stack.is_empty() {
        return vec!["(the value stack is empty)".into()];
    }
    stack
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let label = if i == 0 { "TOS".to_string() } else { format!("-{i}") };
            format!("{label:>4}  {:<12} {}", v.type_name, v.repr)
        })
        .collect()
}

/// One instruction as `dis` shows it.
pub fn instruction_line(row: &crate::bytecode::dis::Row) -> String {
    let mut text = format!("{:>4} {:<20}", row.index, row.name);
    if let Some(arg) = row.arg {
        text.push_str(&format!(" {arg:>5}"));
        if !row.meaning.is_empty() {
            text.push_str(&format!(" ({})", row.meaning));
        }
    }
    text.trim_end().to_string()
}

/// The selected frame's code object, `-->` at the current instruction, `B` at breakpoints.
fn dis_lines(vm: &Vm, state: &DebugState, cx: &Context) -> Vec<String> {
    let Some(frame) = cx.frame_view(vm) else { return vec!["*** no frame".into()] };
    let breaks = state.breakpoints.instruction_offsets(&frame.file, &frame.code.qualname);
    crate::bytecode::dis::rows(&frame.code)
        .iter()
        .map(|row| {
            let line = if row.starts_line { format!("{:>4}", row.line) } else { "    ".into() };
            let mark = if row.index == frame.index { "-->" } else { "   " };
            let bp = if breaks.contains(&row.index) { "B" } else { " " };
            let target = if row.target { ">>" } else { "  " };
            format!("{line} {bp}{mark} {target} {}", instruction_line(row))
        })
        .collect()
}

/// The syntax tree node of the current instruction, under its ancestors.
fn ast_lines(vm: &Vm, cx: &mut Context) -> Vec<String> {
    let Some(frame) = cx.frame_view(vm) else { return vec!["*** no frame".into()] };
    let mut text = cx.sources.lines(&frame.file).join("\n");
    text.push('\n');
    let Ok(module) = crate::parser::parse_module(&text, &frame.file) else {
        return vec!["*** the source does not parse".into()];
    };
    let root = crate::ast::tree::tree(&module);
    let mut node = &root;
    let mut out = vec![node.label.clone()];
    for (depth, i) in crate::ast::tree::path_to(&root, frame.span).into_iter().enumerate() {
        node = &node.children[i];
        out.push(format!("{}{}", "  ".repeat(depth + 1), node.label));
    }
    out
}

fn display(vm: &mut Vm, cx: &mut Context, rest: &str) -> Reply {
    if rest.is_empty() {
        let mut lines = vec!["Currently displaying:".to_string()];
        lines.extend(display_lines(vm, cx));
        return Reply::text(lines);
    }
    cx.displays.push(rest.to_string());
    let value = cx.evaluate(vm, rest).map(|v| safe_repr(vm, &v, REPR_LIMIT));
    Reply::line(format!("display {rest}: {}", value.unwrap_or_else(|e| format!("** {e} **"))))
}

/// `EXPR: value` for each display expression, in the selected frame.
pub fn display_lines(vm: &mut Vm, cx: &Context) -> Vec<String> {
    cx.displays
        .iter()
        .map(|d| {
            let value = cx.evaluate(vm, d).map(|v| cut(&safe_repr(vm, &v, REPR_LIMIT), REPR_LIMIT));
            format!("{d}: {}", value.unwrap_or_else(|e| format!("** {e} **")))
        })
        .collect()
}

fn watch(cx: &mut Context, rest: &str) -> Reply {
    if rest.is_empty() {
        return Reply::text(cx.watches.iter().enumerate().map(|(i, w)| format!("{}: {w}", i + 1)).collect());
    }
    if let Err(e) = crate::pipeline::compile_expression_source("<debugger>", rest) {
        return Reply::line(format!("*** SyntaxError: {}", e.msg));
    }
    cx.watches.push(rest.to_string());
    Reply::line(format!("Watching {rest}"))
}

fn remove_expression(list: &mut Vec<String>, rest: &str, what: &str) -> Reply {
    if rest.is_empty() {
        list.clear();
        return Reply::line(format!("Cleared every {what} expression"));
    }
    match rest.parse::<usize>() {
        Ok(n) if (1..=list.len()).contains(&n) => {
            Reply::line(format!("Removed {what} {}", list.remove(n - 1)))
        }
        _ => match list.iter().position(|e| e == rest) {
            Some(i) => Reply::line(format!("Removed {what} {}", list.remove(i))),
            None => Reply::line(format!("*** not a {what} expression: {rest}")),
        },
    }
}

fn thread_command(vm: &Vm, cx: &mut Context, rest: &str) -> Reply {
    let threads = inspect::threads(vm);
    if rest.is_empty() {
        return Reply::text(
            threads
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let mark = if t.ident == cx.thread { "*" } else { " " };
                    format!("{mark} {} {:<12} {:<28} {}", i + 1, t.name, t.state, t.location)
                })
                .collect(),
        );
    }
    match rest.parse::<usize>() {
        Ok(n) if (1..=threads.len()).contains(&n) => {
            cx.thread = threads[n - 1].ident;
            cx.frame = inspect::with_frames(vm, cx.thread, |f| f.len().saturating_sub(1));
            cx.list_next = None;
            Reply::line(format!("Selected thread {n} ({})", threads[n - 1].name))
        }
        _ => Reply::line(format!("*** No thread numbered {rest}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_lines_files_or_functions() {
        assert_eq!(parse_place("12", "a/x.py"), Some(Location::Line { file: "a/x.py".into(), line: 12 }));
        assert_eq!(parse_place("x.py:3", "a/x.py"), Some(Location::Line { file: "a/x.py".into(), line: 3 }));
        assert_eq!(
            parse_place("b/y.py:3", "a/x.py"),
            Some(Location::Line { file: "b/y.py".into(), line: 3 })
        );
        assert_eq!(parse_place("Foo.bar", "a/x.py"), Some(Location::Function { name: "Foo.bar".into() }));
        assert_eq!(parse_place("1+", "a/x.py"), None);
    }

    #[test]
    fn listing_shows_conditions_and_hits() {
        let mut bps = Breakpoints::default();
        let n = bps.add(Location::Line { file: "x.py".into(), line: 4 }, true, Some("i > 2".into()));
        bps.get_mut(n).unwrap().hits = 2;
        assert_eq!(
            listing(&bps),
            [
                "Num Type         Disp Enb   Where",
                "1   breakpoint   del  yes   at x.py:4",
                "\tstop only if i > 2",
                "\tbreakpoint already hit 2 times"
            ]
        );
    }
}
