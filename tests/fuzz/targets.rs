//! The fuzz targets: one stage of the pipeline each, from bytes in to a result or a clean
//! error out (never a panic, a hang or a stack overflow).

use std::rc::Rc;
use std::time::{Duration, Instant};

use pyglass::bytecode::code::CodeObject;
use pyglass::bytecode::pyc;
use pyglass::observe::{Control, Interest, Observer};
use pyglass::runtime::ops;
use pyglass::runtime::value::Value;
use pyglass::vm::Vm;
use pyglass::vm::host::Host;
use pyglass::{ast, bytecode, lexer, parser, pipeline, source};

use super::harness::{Target, fnv};
use super::seeds;

const NAME: &str = "<fuzz>";

fn programs() -> Vec<Vec<u8>> {
    seeds::programs().into_iter().map(|(_, bytes)| bytes).collect()
}

pub static LEXER: Target = Target { name: "lexer", ext: "py", seeds: programs, run: lex };
pub static PARSER: Target = Target { name: "parser", ext: "py", seeds: programs, run: parse };
pub static COMPILER: Target = Target { name: "compiler", ext: "py", seeds: programs, run: compile };
pub static PYC: Target = Target { name: "pyc", ext: "cache", seeds: cache_files, run: load_cache };
pub static VM: Target = Target { name: "vm", ext: "py", seeds: programs, run: run_program };

fn lex(input: &[u8]) {
    if let Ok(file) = source::decode(NAME, input) {
        lexer::tokenize(&file.text);
    }
}

fn parse(input: &[u8]) {
    if let Ok(file) = source::decode(NAME, input)
        && let Ok(module) = parser::parse_module(&file.text, NAME)
    {
        ast::dump::dump(&module, true);
    }
}

fn compile(input: &[u8]) {
    if let Ok(code) = pipeline::compile_source(NAME, input) {
        bytecode::dis::disassemble(&code);
    }
}

/// The cache file of every seed program that compiles.
fn cache_files() -> Vec<Vec<u8>> {
    let codes = programs().into_iter().filter_map(|p| pipeline::compile_source(NAME, &p).ok());
    codes.map(|code| pyc::serialize(&code, 0, 0)).collect()
}

/// Load a (mutated) cache file as it is, and again with its length and checksum made right
/// so that the mutations reach the payload's decoder; run what loads.
fn load_cache(input: &[u8]) {
    let _ = pyc::load(input, 0, 0);
    const HEADER: usize = 48;
    if input.len() >= HEADER {
        let mut fixed = input.to_vec();
        let payload = &input[HEADER..];
        fixed[32..40].copy_from_slice(&(payload.len() as u64).to_le_bytes());
        fixed[40..48].copy_from_slice(&fnv(payload).to_le_bytes());
        if let Ok(code) = pyc::load(&fixed, 0, 0) {
            run(Rc::new(code));
        }
    }
}

fn run_program(input: &[u8]) {
    if let Ok(code) = pipeline::compile_source(NAME, input) {
        run(code);
    }
}

/// Stops the program after a number of instructions or a time, whichever comes first, or
/// before an instruction that could run for long inside the VM, out of the budget's reach:
/// one with a large number or a long sequence among its operands (`list(range(2**63))`
/// runs for hours in CPython too).
struct Budget {
    left: u64,
    deadline: Instant,
}

/// The largest number or length an instruction's operand may have.
const LARGE: u64 = 1_000_000;

fn large(value: &Value) -> bool {
    match value {
        Value::Int(i) => i.unsigned_abs() > LARGE,
        // (A huge float too: `random.gammavariate(1e308, 1)` loops for ever, in CPython too.)
        Value::Float(f) => f.get().is_nan() || f.get().abs() > LARGE as f64,
        // A big int, or a container (or str) with many items.
        Value::Obj(_) => value.as_int().is_some() || ops::len(value).is_ok_and(|n| n as u64 > LARGE),
        _ => false,
    }
}

impl Observer for Budget {
    fn interest(&self) -> Interest {
        Interest { instructions: true, ..Interest::NONE }
    }

    fn on_instruction(&mut self, vm: &mut Vm) -> Control {
        self.left = self.left.saturating_sub(1);
        let operands = vm.frames.last().map_or(&[][..], |f| &f.stack[f.stack.len().saturating_sub(3)..]);
        // The clock is read once every 1024 instructions.
        if self.left == 0
            || operands.iter().any(large)
            || (self.left.is_multiple_of(1024) && Instant::now() > self.deadline)
        {
            Control::Stop
        } else {
            Control::Continue
        }
    }
}

/// Run `code` in a sandbox (no files changed, no waiting, output discarded) for at most
/// 20,000 instructions or a second.
fn run(code: Rc<CodeObject>) {
    let mut vm = Vm::new(Host::sandboxed(Box::new(std::io::sink()), Box::new(std::io::sink())));
    vm.attach(Box::new(Budget { left: 20_000, deadline: Instant::now() + Duration::from_secs(1) }));
    vm.run_main(code);
}
