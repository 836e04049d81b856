//! The profile as text (sorted, aligned, within 80 columns) and as JSON: per opcode, the
//! hottest lines, the hottest functions; the opcode latency ladder (`--opcodes`).

use std::collections::HashMap;
use std::fmt::Write;

use hdrhistogram::Histogram;

use super::exact::ExactProfiler;
use super::json::Json;
use super::sample::Sampler;
use super::stacks::Stacks;
use crate::bytecode::opcode::Op;

/// `1.2 µs`, `34.5 ms`, `1.20 s`.
pub fn duration(ns: u64) -> String {
    let ns = ns as f64;
    if ns < 1e3 {
        format!("{ns:.0} ns")
    } else if ns < 1e6 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns < 1e9 {
        format!("{:.1} ms", ns / 1e6)
    } else {
        format!("{:.2} s", ns / 1e9)
    }
}

/// `1,234,567`.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn share(part: u64, total: u64) -> String {
    if total == 0 { "0.0%".into() } else { format!("{:.1}%", part as f64 * 100.0 / total as f64) }
}

/// Cut `text` to `width` characters (with `…`).
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A source line's text, trimmed (files read once).
struct Sources(HashMap<String, Vec<String>>);

impl Sources {
    fn line(&mut self, file: &str, line: u32) -> String {
        let lines = self.0.entry(file.to_string()).or_insert_with(|| {
            std::fs::read_to_string(file).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default()
        });
        lines.get((line as usize).wrapping_sub(1)).map(|l| l.trim().to_string()).unwrap_or_default()
    }
}

/// Per source line: (file, line, time, instructions), hottest first.
pub fn lines(p: &ExactProfiler) -> Vec<(String, u32, u64, u64)> {
    let mut by_line: HashMap<(String, u32), (u64, u64)> = HashMap::new();
    for (_, code, slots) in p.node_slots() {
        for (index, &(ns, n)) in slots.iter().enumerate() {
            if n == 0 {
                continue;
            }
            let line = code.spans.get(index).map_or(0, |s| s.lineno);
            let entry = by_line.entry((code.filename.to_string(), line)).or_insert((0, 0));
            entry.0 += ns;
            entry.1 += n;
        }
    }
    let mut rows: Vec<_> = by_line.into_iter().map(|((f, l), (ns, n))| (f, l, ns, n)).collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    rows
}

/// Per function: (label, self, total, calls), by total, then self.
fn functions(stacks: &Stacks) -> Vec<(String, u64, u64, u64)> {
    let totals = stacks.function_totals();
    let mut rows: Vec<_> = stacks
        .functions
        .iter()
        .zip(totals)
        .map(|(f, (own, total))| (f.label.clone(), own, total, f.calls))
        .filter(|r| r.2 > 0)
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    rows
}

/// Opcodes that ran, by total time.
fn opcodes(p: &ExactProfiler) -> Vec<(Op, &super::exact::OpStats)> {
    let mut rows: Vec<_> = Op::ALL
        .iter()
        .filter_map(|&op| p.ops[op as usize].as_ref().filter(|s| s.count > 0).map(|s| (op, s)))
        .collect();
    rows.sort_by(|a, b| b.1.total_ns.cmp(&a.1.total_ns).then(a.0.name().cmp(b.0.name())));
    rows
}

/// The text report of exact mode, `top` rows per table.
pub fn exact(p: &ExactProfiler, script: &str, top: usize) -> String {
    let total = p.instruction_ns();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "pyglass profile (exact): {script}\n{} instructions, {} in instructions, {} wall{}",
        count(p.instruction_count()),
        duration(total),
        duration(p.elapsed_ns),
        if p.wait_ns > 0 { format!(", {} waiting (threads)", duration(p.wait_ns)) } else { String::new() }
    );
    let _ = writeln!(
        out,
        "\n{:<20} {:>11} {:>9} {:>6} {:>8} {:>8} {:>8}",
        "opcode", "count", "total", "share", "mean", "p50", "p99"
    );
    for (op, s) in opcodes(p).into_iter().take(top) {
        let _ = writeln!(
            out,
            "{:<20} {:>11} {:>9} {:>6} {:>8} {:>8} {:>8}",
            fit(op.name(), 20),
            count(s.count),
            duration(s.total_ns),
            share(s.total_ns, total),
            duration(s.total_ns / s.count.max(1)),
            quantile(s.histogram.as_ref(), 0.5),
            quantile(s.histogram.as_ref(), 0.99),
        );
    }
    let mut sources = Sources(HashMap::new());
    let _ = writeln!(out, "\n{:<44} {:>9} {:>6} {:>11}", "line", "time", "share", "instrs");
    for (file, line, ns, n) in lines(p).into_iter().take(top) {
        let name = std::path::Path::new(&file)
            .file_name()
            .map_or(file.clone(), |n| n.to_string_lossy().into_owned());
        let place = format!("{name}:{line} {}", sources.line(&file, line));
        let _ = writeln!(
            out,
            "{:<44} {:>9} {:>6} {:>11}",
            fit(&place, 44),
            duration(ns),
            share(ns, total),
            count(n)
        );
    }
    write_functions(&mut out, &p.stacks, top, duration);
    out
}

fn write_functions(out: &mut String, stacks: &Stacks, top: usize, show: fn(u64) -> String) {
    let _ = writeln!(out, "\n{:<42} {:>11} {:>11} {:>11}", "function", "self", "total", "calls");
    for (label, own, total, calls) in functions(stacks).into_iter().take(top) {
        let _ = writeln!(
            out,
            "{:<42} {:>11} {:>11} {:>11}",
            fit(&label, 42),
            show(own),
            show(total),
            count(calls)
        );
    }
}

/// The text report of sampling mode.
pub fn sample(s: &Sampler, script: &str, top: usize) -> String {
    let mut out = format!(
        "pyglass profile (sample, {} Hz): {script}\n{} samples in {} wall\n",
        s.hz,
        count(s.samples),
        duration(s.elapsed_ns)
    );
    write_functions(&mut out, &s.stacks, top, count);
    out.push_str("(self and total are in samples; calls are not counted in sampling mode)\n");
    out
}

/// A percentile of an opcode's instructions timed alone, or `-` if none was.
fn quantile(h: Option<&Histogram<u64>>, q: f64) -> String {
    h.map_or("-".to_string(), |h| duration(h.value_at_quantile(q)))
}

/// `--opcodes`: each opcode's latency percentiles from its histogram.
pub fn ladder(p: &ExactProfiler) -> String {
    let mut out = String::from("\nper-opcode latency (single instructions, of those timed alone)\n");
    let _ = writeln!(
        out,
        "{:<20} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "opcode", "p50", "p90", "p99", "p99.9", "max", "mean"
    );
    for (op, s) in opcodes(p) {
        let h = s.histogram.as_ref();
        let _ = writeln!(
            out,
            "{:<20} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
            fit(op.name(), 20),
            quantile(h, 0.5),
            quantile(h, 0.9),
            quantile(h, 0.99),
            quantile(h, 0.999),
            quantile(h, 1.0),
            h.map_or("-".to_string(), |h| duration(h.mean() as u64)),
        );
    }
    out
}

/// The exact report as JSON.
pub fn exact_json(p: &ExactProfiler, script: &str) -> String {
    let ops: Vec<Json> = opcodes(p)
        .into_iter()
        .map(|(op, s)| {
            let h = s.histogram.as_ref();
            Json::Object(vec![
                ("opcode", Json::Str(op.name().into())),
                ("count", Json::Int(s.count)),
                ("total_ns", Json::Int(s.total_ns)),
                ("mean_ns", Json::Int(s.total_ns / s.count.max(1))),
                ("timed", Json::Int(h.map_or(0, Histogram::len))),
                ("p50_ns", Json::Int(h.map_or(0, |h| h.value_at_quantile(0.5)))),
                ("p90_ns", Json::Int(h.map_or(0, |h| h.value_at_quantile(0.9)))),
                ("p99_ns", Json::Int(h.map_or(0, |h| h.value_at_quantile(0.99)))),
                ("max_ns", Json::Int(h.map_or(0, Histogram::max))),
            ])
        })
        .collect();
    let lines: Vec<Json> = lines(p)
        .into_iter()
        .map(|(file, line, ns, n)| {
            Json::Object(vec![
                ("file", Json::Str(file)),
                ("line", Json::Int(line.into())),
                ("time_ns", Json::Int(ns)),
                ("instructions", Json::Int(n)),
            ])
        })
        .collect();
    Json::Object(vec![
        ("script", Json::Str(script.into())),
        ("mode", Json::Str("exact".into())),
        ("instructions", Json::Int(p.instruction_count())),
        ("instruction_ns", Json::Int(p.instruction_ns())),
        ("wait_ns", Json::Int(p.wait_ns)),
        ("wall_ns", Json::Int(p.elapsed_ns)),
        ("opcodes", Json::Array(ops)),
        ("lines", Json::Array(lines)),
        ("functions", functions_json(&p.stacks, "ns")),
    ])
    .render()
}

/// The sampling report as JSON.
pub fn sample_json(s: &Sampler, script: &str) -> String {
    Json::Object(vec![
        ("script", Json::Str(script.into())),
        ("mode", Json::Str("sample".into())),
        ("hz", Json::Int(s.hz.into())),
        ("samples", Json::Int(s.samples)),
        ("wall_ns", Json::Int(s.elapsed_ns)),
        ("functions", functions_json(&s.stacks, "samples")),
    ])
    .render()
}

fn functions_json(stacks: &Stacks, unit: &str) -> Json {
    Json::Array(
        functions(stacks)
            .into_iter()
            .map(|(label, own, total, calls)| {
                Json::Object(vec![
                    ("function", Json::Str(label)),
                    ("unit", Json::Str(unit.into())),
                    ("self", Json::Int(own)),
                    ("total", Json::Int(total)),
                    ("calls", Json::Int(calls)),
                ])
            })
            .collect(),
    )
}
