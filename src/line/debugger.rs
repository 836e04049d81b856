//! The line debugger: pdb's prompt and replies (`> file(line)function()`, `-> source`,
//! `(Pdb) `), the shared command set, an empty line repeating the last command, commands
//! given with `-c` and read from `.pdbrc` files run first. The program's own output and
//! `input()` use the process's streams, as under pdb.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Write;
use std::rc::Rc;

use super::reader::{NoLine, Reader, Words};
use crate::debugger::commands::{self, Context, instruction_line, stack_lines};
use crate::debugger::session::{DebugState, Frontend, Reason, Resume, Stop};
use crate::vm::Vm;

/// pdb's command words, for completion.
const COMMANDS: &[&str] = &[
    "a",
    "args",
    "ast",
    "b",
    "break",
    "bt",
    "c",
    "catch",
    "cl",
    "clear",
    "condition",
    "cont",
    "continue",
    "d",
    "dis",
    "disable",
    "display",
    "down",
    "enable",
    "exit",
    "h",
    "help",
    "ignore",
    "l",
    "list",
    "ll",
    "longlist",
    "n",
    "next",
    "p",
    "pp",
    "q",
    "quit",
    "r",
    "restart",
    "return",
    "run",
    "s",
    "si",
    "stack",
    "step",
    "tbreak",
    "thread",
    "threads",
    "u",
    "unt",
    "until",
    "undisplay",
    "unwatch",
    "up",
    "w",
    "watch",
    "where",
];

pub struct LineDebugger {
    reader: Reader,
    pub cx: Context,
    last: String,
    /// Commands to run before reading any (`-c`, `.pdbrc`).
    pending: VecDeque<String>,
    /// The names visible in the selected frame at the last stop, for completion.
    names: Rc<RefCell<Vec<String>>>,
}

impl LineDebugger {
    pub fn new(commands: Vec<String>) -> LineDebugger {
        let names: Rc<RefCell<Vec<String>>> = Rc::default();
        let known = names.clone();
        // The first word completes as a command, the others as names of the stopped frame.
        let words = Words {
            complete: Box::new(move |before: &str| {
                let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
                let word = &before[start..];
                let candidates: Vec<String> = if before[..start].trim().is_empty() {
                    COMMANDS.iter().filter(|c| c.starts_with(word)).map(|c| c.to_string()).collect()
                } else {
                    known.borrow().iter().filter(|n| n.starts_with(word)).cloned().collect()
                };
                (start, candidates)
            }),
        };
        LineDebugger {
            reader: Reader::new(words, None),
            cx: Context::default(),
            last: String::new(),
            pending: commands.into(),
            names,
        }
    }

    /// The commands of `.pdbrc` in the home directory, then in the current directory, as pdb
    /// reads them (blank lines and `#` comments skipped).
    pub fn rc_commands() -> Vec<String> {
        let mut files = Vec::new();
        if let Some(home) = std::env::var_os("HOME") {
            files.push(std::path::PathBuf::from(home).join(".pdbrc"));
        }
        files.push(std::path::PathBuf::from(".pdbrc"));
        files.dedup_by(|a, b| std::fs::canonicalize(&*a).ok() == std::fs::canonicalize(&*b).ok());
        files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .flat_map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// `> file(line)function()` and `-> source`, as pdb announces a stop.
    fn announce(&mut self, vm: &mut Vm, state: &mut DebugState, stop: &Stop) {
        let mut out = std::mem::take(&mut state.news);
        let mut returning = String::new();
        match &stop.reason {
            Reason::Exception { exception, .. } => out.push(crate::debugger::eval::summary(exception)),
            Reason::Return(value) => {
                out.push("--Return--".into());
                let _ = value;
                returning = format!("->{}", self.cx.returning.clone().unwrap_or_default());
            }
            _ => {}
        }
        if let Some(frame) = self.cx.frame_view(vm) {
            out.push(format!("> {}({}){}(){returning}", frame.file, frame.line, frame.code.name));
            if let Some(text) = self.cx.sources.line(&frame.file, frame.line) {
                out.push(format!("-> {}", text.trim()));
            }
            if matches!(stop.reason, Reason::Step) && self.last_step_was_instruction() {
                let rows = crate::bytecode::dis::rows(&frame.code);
                if let Some(row) = rows.get(frame.index) {
                    out.push(format!("   {}", instruction_line(row)));
                }
                out.extend(stack_lines(vm, &self.cx).into_iter().map(|l| format!("   {l}")));
            }
        }
        print_lines(&out);
    }

    fn last_step_was_instruction(&self) -> bool {
        matches!(self.last.split_whitespace().next(), Some("si" | "stepi"))
    }

    /// The program ended: as pdb, say so and run it again (end of input quits).
    pub fn finished(&mut self, status: i32) -> Resume {
        if status == 0 {
            println!("The program finished and will be restarted");
        } else {
            println!("The program exited with status {status} and will be restarted");
        }
        Resume::Restart
    }
}

impl LineDebugger {
    /// The names of the selected frame (locals, globals, builtins), for completion.
    fn remember_names(&mut self, vm: &Vm) {
        let Some((globals, locals)) =
            crate::debugger::inspect::frame_namespaces(vm, self.cx.thread, self.cx.frame)
        else {
            return;
        };
        let mut names: Vec<String> = [&locals, &globals, &vm.builtins]
            .iter()
            .flat_map(|d| {
                d.borrow().keys().filter_map(|k| k.0.as_str().map(str::to_string)).collect::<Vec<_>>()
            })
            .collect();
        names.sort();
        names.dedup();
        *self.names.borrow_mut() = names;
    }

    /// `interact`: Python's prompt with every name of the selected frame (its globals, then
    /// its locals) in one namespace; Ctrl-D goes back to the debugger.
    fn interact(&mut self, vm: &mut Vm) {
        let Some((globals, locals)) =
            crate::debugger::inspect::frame_namespaces(vm, self.cx.thread, self.cx.frame)
        else {
            return;
        };
        let mut names = globals.borrow().clone();
        for (k, v) in locals.borrow().iter() {
            names.insert(k.clone(), v.clone());
        }
        let namespace = std::rc::Rc::new(std::cell::RefCell::new(names));
        println!("*interactive*");
        loop {
            match super::repl::read_block(&mut self.reader) {
                Ok(source) => {
                    if super::repl::run_source(vm, &namespace, &source).is_some() {
                        break;
                    }
                }
                Err(NoLine::Interrupted) => println!("\nKeyboardInterrupt"),
                Err(NoLine::Eof) => {
                    println!();
                    break;
                }
            }
        }
    }

    /// `commands [N]`: the commands to run when breakpoint N (the last one set by default)
    /// stops the program, read up to `end`, as pdb reads them.
    fn read_commands(&mut self, state: &mut DebugState, rest: &str) {
        let number = match rest {
            "" => state.breakpoints.all().last().map(|b| b.number),
            n => n.parse().ok(),
        };
        let Some(number) = number.filter(|n| state.breakpoints.all().iter().any(|b| b.number == *n)) else {
            println!("*** Usage: commands [bnum]");
            return;
        };
        let mut list = Vec::new();
        loop {
            let line = match self.pending.pop_front() {
                Some(line) => line,
                None => match self.reader.read("(com) ") {
                    Ok(line) => line,
                    Err(_) => break,
                },
            };
            if line.trim() == "end" {
                break;
            }
            list.push(line.trim().to_string());
            // As pdb: a command that resumes the program ends the list.
            let resumes = [
                "c", "cont", "continue", "s", "step", "n", "next", "r", "return", "j", "jump", "q", "quit",
                "exit",
            ];
            if resumes.contains(&line.split_whitespace().next().unwrap_or("")) {
                break;
            }
        }
        if let Some(b) = state.breakpoints.get_mut(number) {
            b.commands = list;
        }
    }

    /// Run a breakpoint's `commands` as pdb runs them at its stop; whether they ask for
    /// silence, and the resume one of them asked for.
    fn breakpoint_commands(
        &mut self,
        vm: &mut Vm,
        state: &mut DebugState,
        stop: &Stop,
    ) -> (bool, Option<Resume>) {
        let Reason::Breakpoint(n) = stop.reason else { return (false, None) };
        let Some(list) = state.breakpoints.all().iter().find(|b| b.number == n).map(|b| b.commands.clone())
        else {
            return (false, None);
        };
        let silent = list.iter().any(|c| c == "silent");
        for command in list.iter().filter(|c| *c != "silent") {
            let reply = commands::run(command, vm, state, &mut self.cx);
            print_lines(&reply.lines);
            if reply.resume.is_some() {
                return (silent, reply.resume);
            }
        }
        (silent, None)
    }
}

fn print_lines(lines: &[String]) {
    let mut out = std::io::stdout().lock();
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    let _ = out.flush();
}

impl Frontend for LineDebugger {
    fn stopped(&mut self, vm: &mut Vm, state: &mut DebugState, stop: &Stop) -> Resume {
        vm.host.flush();
        self.cx.stopped_at(vm, stop.thread, stop.reason.inside_instruction());
        self.remember_names(vm);
        self.cx.returning = match &stop.reason {
            Reason::Return(value) => Some(crate::debugger::eval::safe_repr(vm, value, 200)),
            _ => None,
        };
        // A breakpoint's commands print first, then the stop (unless `silent`), then the
        // prompt unless one of them resumed the program.
        let (silent, resume) = self.breakpoint_commands(vm, state, stop);
        if !silent {
            self.announce(vm, state, stop);
        }
        if let Some(resume) = resume {
            return resume;
        }
        loop {
            let line = match self.pending.pop_front() {
                Some(line) => line,
                None => match self.reader.read("(Pdb) ") {
                    Ok(line) => line,
                    Err(NoLine::Interrupted) => continue,
                    Err(NoLine::Eof) => {
                        println!();
                        return Resume::Quit;
                    }
                },
            };
            let line = if line.trim().is_empty() { self.last.clone() } else { line };
            self.last = line.clone();
            let word = line.split_whitespace().next().unwrap_or("");
            if word == "interact" {
                self.interact(vm);
                continue;
            }
            if matches!(word, "cl" | "clear") && line.trim() == word {
                // As pdb, clearing every breakpoint asks first.
                let answer = self.reader.read("Clear all breaks? ").unwrap_or_default();
                if matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
                    print_lines(&commands::clear_all(state));
                }
                continue;
            }
            if word == "commands" {
                self.read_commands(state, line[word.len()..].trim());
                continue;
            }
            let reply = commands::run(&line, vm, state, &mut self.cx);
            print_lines(&reply.lines);
            if let Some(resume) = reply.resume {
                return resume;
            }
        }
    }
}
