//! The REPL (`pyglass` with no arguments, `pyglass repl`): Python's `>>> ` and `... `
//! prompts, blocks until a blank line, the repr of an expression echoed and kept in `_`,
//! tracebacks that leave the session running, Ctrl-C cancelling the line and Ctrl-D leaving,
//! history in the user's data directory, completion of names and attributes; and
//! meta-commands that show the pipeline for a snippet: `:tokens`, `:ast`, `:dis`, `:time`.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use super::reader::{NoLine, Reader, Words};
use crate::observe::{Control, Interest, Observer};
use crate::parser;
use crate::pipeline;
use crate::runtime::exception::ExcKind;
use crate::runtime::value::{DictMap, Key, Object, Stream, Value};
use crate::vm::Vm;
use crate::vm::host::Host;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Where the history is kept: `$XDG_DATA_HOME/pyglass/history`, else
/// `~/.local/share/pyglass/history`.
fn history_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("pyglass").join("history"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/pyglass/history"))
}

struct Session {
    vm: Rc<RefCell<Vm>>,
    globals: Rc<RefCell<DictMap>>,
}

/// Run the REPL until Ctrl-D or `exit()`; the exit status.
pub fn run() -> i32 {
    let mut vm = Vm::new(Host::stdio());
    vm.argv = vec![String::new()];
    vm.sys_path =
        Value::list(crate::vm::finder::initial_sys_path(None).into_iter().map(Value::str).collect());
    let globals = vm.interactive_main();
    let session = Session { vm: Rc::new(RefCell::new(vm)), globals };
    let mut reader = Reader::new(completer(&session), history_path());
    println!(
        "pyglass {} (Python 3.11 semantics); :tokens, :ast, :dis, :time CODE show the pipeline",
        env!("CARGO_PKG_VERSION")
    );
    let status = loop {
        let source = match read_block(&mut reader) {
            Ok(source) => source,
            Err(NoLine::Interrupted) => {
                println!("\nKeyboardInterrupt");
                continue;
            }
            Err(NoLine::Eof) => {
                println!();
                break 0;
            }
        };
        if let Some(code) = session.run(&source) {
            break code;
        }
    };
    reader.save_history();
    status
}

/// Lines up to a complete statement: `>>> ` then `... ` while the input is unfinished.
pub fn read_block(reader: &mut Reader) -> Result<String, NoLine> {
    let mut source = reader.read(">>> ")?;
    while needs_more(&source) {
        let line = reader.read("... ")?;
        let done = line.trim().is_empty();
        source.push('\n');
        source.push_str(&line);
        if done {
            break;
        }
    }
    Ok(source)
}

/// Whether more lines are needed: the input so far is cut off (an open bracket, a string or
/// a block with no body yet), or it starts a block, which a blank line ends.
pub fn needs_more(source: &str) -> bool {
    let meta = source.trim_start().starts_with(':');
    if meta || source.trim().is_empty() {
        return false;
    }
    let text = format!("{source}\n");
    match parser::parse_module(&text, "<stdin>") {
        Ok(_) => source.contains('\n') || source.trim_end().ends_with(':'),
        Err(e) => {
            let cut_off = [
                "was never closed",
                "unexpected EOF",
                "expected an indented block",
                "unterminated triple-quoted",
            ];
            cut_off.iter().any(|m| e.msg.contains(m))
        }
    }
}

impl Session {
    /// Run one input; `Some(status)` when the session should end (`exit()`).
    fn run(&self, source: &str) -> Option<i32> {
        let trimmed = source.trim();
        if let Some(rest) = trimmed.strip_prefix(':') {
            self.meta(rest);
            return None;
        }
        if trimmed.is_empty() {
            return None;
        }
        run_source(&mut self.vm.borrow_mut(), &self.globals, source)
    }

    /// `:tokens CODE`, `:ast CODE`, `:dis CODE`, `:time CODE`.
    fn meta(&self, command: &str) {
        let (word, code) =
            command.split_once(char::is_whitespace).map_or((command, ""), |(w, c)| (w, c.trim()));
        let bytes = format!("{code}\n").into_bytes();
        let output = match word {
            "tokens" => crate::cli::tokens::format_tokens("<stdin>", &bytes, false, false),
            "ast" => crate::cli::ast::format_ast("<stdin>", &bytes, false),
            "dis" => crate::cli::dis::format_dis("<stdin>", &bytes),
            "time" => return self.time(code),
            _ => {
                eprintln!("unknown meta-command :{word} (:tokens, :ast, :dis, :time CODE)");
                return;
            }
        };
        print!("{}", output.stdout);
        eprint!("{}", output.stderr);
    }

    /// Run a snippet and say how many instructions it took and how long.
    fn time(&self, code: &str) {
        let counter = Rc::new(Cell::new(0u64));
        self.vm.borrow_mut().attach(Box::new(Counter(counter.clone())));
        let start = Instant::now();
        let _ = self.run(code);
        let elapsed = start.elapsed();
        self.vm.borrow_mut().detach_all();
        println!("{} instructions in {:.3} ms", counter.get(), elapsed.as_secs_f64() * 1000.0);
    }
}

/// Run one complete input in `globals`: an expression's repr is echoed and kept in `_`, an
/// error reported; `Some(status)` for `exit()`.
pub fn run_source(vm: &mut Vm, globals: &Rc<RefCell<DictMap>>, source: &str) -> Option<i32> {
    let trimmed = source.trim();
    if trimmed.is_empty() {
        return None;
    }
    let result = match parser::parse_expression(trimmed, "<stdin>") {
        Ok(_) if !trimmed.contains('\n') => {
            pipeline::compile_expression_source("<stdin>", trimmed).map(|c| (c, true))
        }
        _ => pipeline::compile_source("<stdin>", format!("{source}\n").as_bytes()).map(|c| (c, false)),
    };
    let (code, echo) = match result {
        Ok(compiled) => compiled,
        Err(error) => {
            vm.write_report(&error.render());
            return None;
        }
    };
    match vm.run_code(code, globals.clone(), globals.clone()) {
        Ok(value) if echo && !matches!(value, Value::None) => {
            match vm.repr(&value) {
                Ok(text) => {
                    if let Err(e) = vm.write_output(Stream::Stdout, &format!("{text}\n")) {
                        report(vm, &e);
                    }
                }
                Err(e) => report(vm, &e),
            }
            vm.builtins.borrow_mut().insert(Key(Value::str("_")), value);
        }
        Ok(_) => {}
        Err(e) => {
            if let Some(code) = exit_status(&e) {
                vm.host.flush();
                return Some(code);
            }
            report(vm, &e);
        }
    }
    vm.host.flush();
    None
}

/// Counts instructions (`:time`).
struct Counter(Rc<Cell<u64>>);

impl Observer for Counter {
    fn interest(&self) -> Interest {
        Interest { instructions: true, ..Interest::NONE }
    }
    fn on_instruction(&mut self, _vm: &mut Vm) -> Control {
        self.0.set(self.0.get() + 1);
        Control::Continue
    }
}

fn report(vm: &mut Vm, exception: &Value) {
    let text = crate::vm::traceback::format_exception(exception);
    vm.write_report(&text);
}

/// `exit()`/`sys.exit(n)` ends the session with status n.
fn exit_status(exception: &Value) -> Option<i32> {
    let Some(Object::Exception(e)) = exception.object() else { return None };
    let e = e.borrow();
    if e.kind != ExcKind::SystemExit {
        return None;
    }
    Some(match e.args.first() {
        None | Some(Value::None) => 0,
        Some(v) => v.as_int().and_then(|i| i.as_i64()).map_or(1, |c| c as i32),
    })
}

/// Completion of keywords, names in `__main__` and builtins, and attributes after a dot.
fn completer(session: &Session) -> Words {
    let vm = Rc::downgrade(&session.vm);
    let globals = session.globals.clone();
    Words {
        complete: Box::new(move |before: &str| {
            let start =
                before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
            let word = &before[start..];
            let Some(vm) = vm.upgrade() else { return (start, Vec::new()) };
            let Ok(mut vm) = vm.try_borrow_mut() else { return (start, Vec::new()) };
            let candidates = match word.rsplit_once('.') {
                Some((object, prefix)) => attributes(&mut vm, &globals, object)
                    .into_iter()
                    .filter(|a| a.starts_with(prefix) && (prefix.starts_with('_') || !a.starts_with('_')))
                    .map(|a| format!("{object}.{a}"))
                    .collect(),
                None => {
                    let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
                    names.extend(globals.borrow().keys().filter_map(|k| k.0.as_str().map(str::to_string)));
                    names
                        .extend(vm.builtins.borrow().keys().filter_map(|k| k.0.as_str().map(str::to_string)));
                    names.retain(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')));
                    names.sort();
                    names.dedup();
                    names
                }
            };
            (start, candidates)
        }),
    }
}

/// `dir(object)` for a dotted name of `__main__` (evaluated without calls).
fn attributes(vm: &mut Vm, globals: &Rc<RefCell<DictMap>>, object: &str) -> Vec<String> {
    if !object.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_')) {
        return Vec::new();
    }
    let Ok(code) = pipeline::compile_expression_source("<completion>", &format!("dir({object})")) else {
        return Vec::new();
    };
    match vm.run_code(code, globals.clone(), globals.clone()) {
        Ok(list) => match list.object() {
            Some(Object::List(items)) => {
                items.borrow().iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
            }
            _ => Vec::new(),
        },
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn blocks_and_open_brackets_need_more_lines() {
        assert!(!needs_more("x = 1"));
        assert!(needs_more("def f():"));
        assert!(needs_more("def f():\n    return 1"));
        assert!(needs_more("x = (1,"));
        assert!(needs_more("s = '''abc"));
        assert!(!needs_more("x = )"));
        assert!(!needs_more(":dis x = 1"));
    }
}
