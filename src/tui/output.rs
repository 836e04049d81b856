//! The program's output as the Output pane shows it: stdout and stderr written by the
//! program (through writers given to the VM's host), the lines typed for `input()`, and the
//! debugger's own replies, kept in order, each line with its source.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Where a line came from (it decides the line's colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Stdout,
    Stderr,
    /// A reply of the debugger to a command.
    Debugger,
}

/// At most this many lines are kept; older ones are dropped.
const MAX_LINES: usize = 100_000;

#[derive(Default, Debug)]
pub struct Output {
    pub lines: Vec<(Source, String)>,
    /// The last line while it has no newline yet.
    partial: Option<(Source, String)>,
    /// Bumped at every change, so a screen knows when to redraw.
    pub generation: u64,
}

impl Output {
    pub fn write(&mut self, source: Source, text: &str) {
        self.generation += 1;
        let mut pieces = text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            let last = pieces.peek().is_none();
            let mut line = match self.partial.take() {
                Some((s, mut pending)) if s == source => {
                    pending.push_str(piece);
                    pending
                }
                Some(other) => {
                    self.lines.push(other);
                    piece.to_string()
                }
                None => piece.to_string(),
            };
            if last {
                if !line.is_empty() {
                    self.partial = Some((source, line));
                }
            } else {
                line = line.replace('\t', "    ");
                self.lines.push((source, line));
            }
        }
        if self.lines.len() > MAX_LINES {
            self.lines.drain(..self.lines.len() - MAX_LINES);
        }
    }

    /// The debugger's reply lines.
    pub fn note(&mut self, lines: &[String]) {
        for line in lines {
            self.write(Source::Debugger, &format!("{line}\n"));
        }
    }

    /// Every line, the unfinished one included.
    pub fn all(&self) -> impl Iterator<Item = &(Source, String)> {
        self.lines.iter().chain(self.partial.as_ref())
    }

    pub fn len(&self) -> usize {
        self.lines.len() + usize::from(self.partial.is_some())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The shared output, written by the VM's host and read by the screen.
pub type SharedOutput = Rc<RefCell<Output>>;

/// A `Write` that appends to the shared output as one stream.
pub struct Writer {
    pub output: SharedOutput,
    pub source: Source,
}

impl Write for Writer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.output.borrow_mut().write(self.source, &String::from_utf8_lossy(bytes));
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_stream_and_partial_lines_join() {
        let mut out = Output::default();
        out.write(Source::Stdout, "a");
        out.write(Source::Stdout, "b\nc");
        out.write(Source::Stderr, "err\n");
        let lines: Vec<_> = out.all().cloned().collect();
        assert_eq!(
            lines,
            [(Source::Stdout, "ab".into()), (Source::Stdout, "c".into()), (Source::Stderr, "err".into())]
        );
    }
}
