//! Breakpoints: on a source line, on one instruction of a function, or on a function's
//! entry; each may be disabled, temporary (deleted when hit), conditional (an expression
//! evaluated in the stopped frame) and carry an ignore count, as pdb's do. Numbers are
//! given in order from 1 and never reused in a session, as pdb numbers them.

use std::collections::BTreeMap;

/// Where a breakpoint is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A source line of a file (the file as the code object names it).
    Line { file: String, line: u32 },
    /// An instruction (by index) of the function with this qualified name in a file.
    Instruction { file: String, function: String, offset: usize },
    /// The entry of every function with this name or qualified name.
    Function { name: String },
}

impl Location {
    /// How pdb's `break` listing names the place.
    pub fn describe(&self) -> String {
        match self {
            Location::Line { file, line } => format!("{file}:{line}"),
            Location::Instruction { file, function, offset } => format!("{file}:{function}@{offset}"),
            Location::Function { name } => format!("{name}()"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakpoint {
    pub number: usize,
    pub location: Location,
    pub enabled: bool,
    /// Deleted the first time it stops the program (`tbreak`).
    pub temporary: bool,
    /// Stops only where this expression is true in the stopped frame.
    pub condition: Option<String>,
    /// How many more hits to pass over before stopping.
    pub ignore: u32,
    /// How many times it was reached while enabled (whatever its condition), as pdb counts.
    pub hits: u32,
    /// Where messages say it is (`file:line`; a function breakpoint's definition line once
    /// known).
    pub place: String,
    /// Debugger commands run when it stops the program (pdb's `commands`).
    pub commands: Vec<String>,
}

/// How a source line is marked in a gutter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Enabled,
    Disabled,
    Conditional,
}

#[derive(Clone, Debug, Default)]
pub struct Breakpoints {
    list: Vec<Breakpoint>,
    last_number: usize,
    /// Counts changes, so a user of the list can tell when an index of it is stale.
    generation: usize,
}

impl Breakpoints {
    /// Add a breakpoint; its number.
    pub fn add(&mut self, location: Location, temporary: bool, condition: Option<String>) -> usize {
        self.last_number += 1;
        self.generation += 1;
        self.list.push(Breakpoint {
            number: self.last_number,
            place: location.describe(),
            commands: Vec::new(),
            location,
            enabled: true,
            temporary,
            condition,
            ignore: 0,
            hits: 0,
        });
        self.last_number
    }

    /// A number that changes whenever the set of breakpoints may have changed.
    pub fn generation(&self) -> usize {
        self.generation
    }

    pub fn all(&self) -> &[Breakpoint] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn get_mut(&mut self, number: usize) -> Option<&mut Breakpoint> {
        self.generation += 1;
        self.list.iter_mut().find(|b| b.number == number)
    }

    /// Delete one breakpoint; whether it existed.
    pub fn remove(&mut self, number: usize) -> bool {
        let before = self.list.len();
        self.generation += 1;
        self.list.retain(|b| b.number != number);
        self.list.len() != before
    }

    pub fn clear(&mut self) {
        self.generation += 1;
        self.list.clear();
    }

    /// Delete the breakpoints on a line; how many there were.
    pub fn remove_line(&mut self, file: &str, line: u32) -> usize {
        let before = self.list.len();
        self.generation += 1;
        self.list.retain(|b| b.location != Location::Line { file: file.to_string(), line });
        before - self.list.len()
    }

    /// Add a breakpoint on a line, or delete the ones there: the number added, if any.
    pub fn toggle_line(&mut self, file: &str, line: u32) -> Option<usize> {
        if self.remove_line(file, line) > 0 {
            return None;
        }
        Some(self.add(Location::Line { file: file.to_string(), line }, false, None))
    }

    /// Enable or disable the breakpoints on a line; whether there were any.
    pub fn flip_line(&mut self, file: &str, line: u32) -> bool {
        let mut found = false;
        self.generation += 1;
        for b in
            self.list.iter_mut().filter(|b| b.location == Location::Line { file: file.to_string(), line })
        {
            b.enabled = !b.enabled;
            found = true;
        }
        found
    }

    /// The numbers of the enabled breakpoints that match `location`.
    pub fn matching(&self, matches: impl Fn(&Location) -> bool) -> Vec<usize> {
        self.list.iter().filter(|b| b.enabled && matches(&b.location)).map(|b| b.number).collect()
    }

    /// Whether any enabled breakpoint is of this kind (the cheap test before a closer look).
    pub fn any(&self, kind: impl Fn(&Location) -> bool) -> bool {
        self.list.iter().any(|b| b.enabled && kind(&b.location))
    }

    /// The marks of a file's lines, for a gutter: a conditional mark wins over a plain one,
    /// an enabled over a disabled one.
    pub fn line_marks(&self, file: &str) -> BTreeMap<u32, Mark> {
        let mut marks = BTreeMap::new();
        for b in &self.list {
            let Location::Line { file: f, line } = &b.location else { continue };
            if f != file {
                continue;
            }
            let mark = match (b.enabled, b.condition.is_some()) {
                (false, _) => Mark::Disabled,
                (true, true) => Mark::Conditional,
                (true, false) => Mark::Enabled,
            };
            let entry = marks.entry(*line).or_insert(mark);
            if *entry == Mark::Disabled || mark == Mark::Conditional {
                *entry = mark;
            }
        }
        marks
    }

    /// The instruction offsets with a breakpoint in a function.
    pub fn instruction_offsets(&self, file: &str, function: &str) -> Vec<usize> {
        self.list
            .iter()
            .filter_map(|b| match &b.location {
                Location::Instruction { file: f, function: g, offset } if f == file && g == function => {
                    Some(*offset)
                }
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_never_reused_and_toggling_removes() {
        let mut bps = Breakpoints::default();
        assert_eq!(bps.toggle_line("a.py", 3), Some(1));
        assert_eq!(bps.toggle_line("a.py", 3), None);
        assert!(bps.is_empty());
        assert_eq!(bps.toggle_line("a.py", 3), Some(2));
    }

    #[test]
    fn marks_prefer_conditional_and_enabled() {
        let mut bps = Breakpoints::default();
        let line = |l| Location::Line { file: "a.py".into(), line: l };
        let one = bps.add(line(1), false, None);
        bps.add(line(1), false, Some("x > 1".into()));
        let two = bps.add(line(2), false, None);
        bps.get_mut(two).unwrap().enabled = false;
        let marks = bps.line_marks("a.py");
        assert_eq!(marks[&1], Mark::Conditional);
        assert_eq!(marks[&2], Mark::Disabled);
        assert!(bps.flip_line("a.py", 2));
        assert_eq!(bps.line_marks("a.py")[&2], Mark::Enabled);
        assert!(bps.remove(one));
        assert_eq!(bps.matching(|l| *l == line(1)).len(), 1);
    }
}
