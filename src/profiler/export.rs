//! The profile as files: collapsed stacks (`a;b;c value`), a flamegraph SVG (inferno) and a
//! speedscope JSON file. Every file is written atomically (a temporary file renamed).

use std::collections::BTreeMap;

use super::exact::ExactProfiler;
use super::json::{Json, string};
use super::stacks::{NodeKind, Stacks};

/// Exact mode's folded stacks: each stack down to the opcode, in nanoseconds; waits as
/// their own frames. Sorted, so the output is stable.
pub fn collapsed_exact(p: &ExactProfiler) -> Vec<String> {
    let mut lines: BTreeMap<String, u64> = BTreeMap::new();
    for (node, code, slots) in p.node_slots() {
        let mut by_op: BTreeMap<&str, u64> = BTreeMap::new();
        for (index, &(ns, _)) in slots.iter().enumerate() {
            if let Some(instruction) = code.instructions.get(index) {
                *by_op.entry(instruction.op.name()).or_insert(0) += ns;
            }
        }
        let path = p.stacks.folded(node);
        for (name, ns) in by_op {
            *lines.entry(format!("{path};{name}")).or_insert(0) += ns;
        }
    }
    for (i, node) in p.stacks.nodes.iter().enumerate() {
        if matches!(node.kind, NodeKind::Wait(_)) && node.own > 0 {
            *lines.entry(p.stacks.folded(i as u32)).or_insert(0) += node.own;
        }
    }
    lines.into_iter().filter(|(_, v)| *v > 0).map(|(k, v)| format!("{k} {v}")).collect()
}

/// Sampling mode's folded stacks, in samples.
pub fn collapsed_samples(stacks: &Stacks) -> Vec<String> {
    let mut lines: BTreeMap<String, u64> = BTreeMap::new();
    for (i, node) in stacks.nodes.iter().enumerate() {
        if node.own > 0 {
            *lines.entry(stacks.folded(i as u32)).or_insert(0) += node.own;
        }
    }
    lines.into_iter().map(|(k, v)| format!("{k} {v}")).collect()
}

/// A flamegraph SVG of folded stacks.
pub fn flamegraph(lines: &[String], title: &str, count_name: &str) -> Result<Vec<u8>, String> {
    let mut options = inferno::flamegraph::Options::default();
    options.title = title.to_string();
    options.count_name = count_name.to_string();
    options.deterministic = true;
    let mut svg = Vec::new();
    inferno::flamegraph::from_lines(&mut options, lines.iter().map(String::as_str), &mut svg)
        .map_err(|e| format!("cannot draw the flamegraph: {e}"))?;
    Ok(svg)
}

/// A speedscope file ("sampled" profiles, one per thread) of folded stacks.
pub fn speedscope(lines: &[String], name: &str, unit: &str) -> String {
    let mut frames: Vec<String> = Vec::new();
    let mut frame_index: BTreeMap<String, usize> = BTreeMap::new();
    // Per thread (the first frame of each stack): its samples and weights.
    let mut threads: BTreeMap<String, (Vec<Json>, Vec<Json>, u64)> = BTreeMap::new();
    for line in lines {
        let Some((stack, value)) = line.rsplit_once(' ') else { continue };
        let Ok(value) = value.parse::<u64>() else { continue };
        let mut parts = stack.split(';');
        let thread = parts.next().unwrap_or("thread").to_string();
        let indices: Vec<Json> = parts
            .map(|frame| {
                let index = *frame_index.entry(frame.to_string()).or_insert_with(|| {
                    frames.push(frame.to_string());
                    frames.len() - 1
                });
                Json::Int(index as u64)
            })
            .collect();
        let entry = threads.entry(thread).or_insert_with(|| (Vec::new(), Vec::new(), 0));
        entry.0.push(Json::Array(indices));
        entry.1.push(Json::Int(value));
        entry.2 += value;
    }
    let profiles: Vec<Json> = threads
        .into_iter()
        .map(|(thread, (samples, weights, total))| {
            Json::Object(vec![
                ("type", Json::Str("sampled".into())),
                ("name", Json::Str(thread)),
                ("unit", Json::Str(unit.into())),
                ("startValue", Json::Int(0)),
                ("endValue", Json::Int(total)),
                ("samples", Json::Array(samples)),
                ("weights", Json::Array(weights)),
            ])
        })
        .collect();
    let frames =
        Json::Array(frames.into_iter().map(|f| Json::Object(vec![("name", Json::Str(f))])).collect());
    let mut out = format!("{{\"$schema\":{},", string("https://www.speedscope.app/file-format-schema.json"));
    let rest = Json::Object(vec![
        ("shared", Json::Object(vec![("frames", frames)])),
        ("profiles", Json::Array(profiles)),
        ("name", Json::Str(name.into())),
        ("activeProfileIndex", Json::Int(0)),
        ("exporter", Json::Str(format!("pyglass {}", env!("CARGO_PKG_VERSION")))),
    ])
    .render();
    out.push_str(&rest[1..]);
    out
}
