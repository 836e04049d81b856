//! Reading a line at a prompt: rustyline (editing, history, completion) on a terminal, plain
//! lines from stdin otherwise (the prompt is still printed, as pdb and python3 print it).

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Editor, Helper};

/// Why no line came.
#[derive(Debug, PartialEq, Eq)]
pub enum NoLine {
    /// End of input (Ctrl-D).
    Eof,
    /// Ctrl-C at the prompt.
    Interrupted,
}

/// Given the text before the cursor: where the word being completed starts, and the
/// candidates for it.
pub type CompleteFn = Box<dyn Fn(&str) -> (usize, Vec<String>)>;

/// Completes with the words a closure gives for the text before the cursor.
pub struct Words {
    pub complete: CompleteFn,
}

impl Completer for Words {
    type Candidate = String;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok((self.complete)(&line[..pos]))
    }
}
impl Hinter for Words {
    type Hint = String;
}
impl Highlighter for Words {}
impl Validator for Words {}
impl Helper for Words {}

pub enum Reader {
    Editor { editor: Box<Editor<Words, DefaultHistory>>, history: Option<PathBuf> },
    Plain,
}

impl Reader {
    /// A reader for the process's stdin; `history` is loaded from and saved to that file.
    pub fn new(words: Words, history: Option<PathBuf>) -> Reader {
        if !std::io::stdin().is_terminal() {
            return Reader::Plain;
        }
        let Ok(mut editor) = Editor::<Words, DefaultHistory>::new() else { return Reader::Plain };
        editor.set_helper(Some(words));
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Reader::Editor { editor: Box::new(editor), history }
    }

    pub fn read(&mut self, prompt: &str) -> Result<String, NoLine> {
        match self {
            Reader::Editor { editor, .. } => match editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    Ok(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Err(NoLine::Interrupted),
                Err(_) => Err(NoLine::Eof),
            },
            Reader::Plain => {
                print!("{prompt}");
                let _ = std::io::stdout().flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => Err(NoLine::Eof),
                    Ok(_) => Ok(line.trim_end_matches(['\n', '\r']).to_string()),
                }
            }
        }
    }

    /// Save the history (atomically: `crate::atomic`).
    pub fn save_history(&mut self) {
        if let Reader::Editor { editor, history: Some(path) } = self {
            let _ = crate::atomic::write_with(path, |temp| {
                editor.save_history(temp).map_err(std::io::Error::other)
            });
        }
    }
}
