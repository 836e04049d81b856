//! Keys: every key the TUI acts on goes through the keymap to an `Action`. The defaults are
//! those a pudb or pdb user knows, with F-keys mirrored as IDEs use them; a `keymap.toml`
//! in the user's config directory rebinds any action:
//!
//! ```toml
//! [keys]
//! next = ["n", "F10"]
//! step_instruction = ["i", "ctrl-i"]
//! ```

use std::collections::{BTreeMap, HashMap};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

/// Something the user asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Next,
    Step,
    Return,
    Continue,
    StepInstruction,
    RunToCursor,
    ToggleBreakpoint,
    EnableBreakpoint,
    FrameUp,
    FrameDown,
    Help,
    Quit,
    Search,
    SearchNext,
    Command,
    Watch,
    FocusNext,
    FocusPrevious,
    /// Focus pane number N (1-based, in `Pane::ALL` order).
    Focus(u8),
    Zoom,
    Pause,
    Restart,
    ToggleGlobals,
    /// Switch the live profile between sampling and counting every instruction.
    ToggleExactProfile,
    Expand,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Left,
    Right,
    WiderLeft,
    NarrowerLeft,
    TallerTop,
    ShorterTop,
}

/// Action names as a keymap file writes them, with their default keys.
const DEFAULTS: &[(&str, Action, &[&str])] = &[
    ("next", Action::Next, &["n", "F10"]),
    ("step", Action::Step, &["s", "F11"]),
    ("return", Action::Return, &["r", "shift-F11", "F12"]),
    ("continue", Action::Continue, &["c", "F5"]),
    ("step_instruction", Action::StepInstruction, &["i", "F7"]),
    ("run_to_cursor", Action::RunToCursor, &["t", "F4"]),
    ("toggle_breakpoint", Action::ToggleBreakpoint, &["b", "F9"]),
    ("enable_breakpoint", Action::EnableBreakpoint, &["B"]),
    ("frame_up", Action::FrameUp, &["u"]),
    ("frame_down", Action::FrameDown, &["d"]),
    ("help", Action::Help, &["?", "F1"]),
    ("quit", Action::Quit, &["q"]),
    ("search", Action::Search, &["/"]),
    ("search_next", Action::SearchNext, &["N"]),
    ("command", Action::Command, &[":"]),
    ("watch", Action::Watch, &["w"]),
    ("focus_next", Action::FocusNext, &["tab"]),
    ("focus_previous", Action::FocusPrevious, &["backtab"]),
    ("focus_1", Action::Focus(1), &["1"]),
    ("focus_2", Action::Focus(2), &["2"]),
    ("focus_3", Action::Focus(3), &["3"]),
    ("focus_4", Action::Focus(4), &["4"]),
    ("focus_5", Action::Focus(5), &["5"]),
    ("focus_6", Action::Focus(6), &["6"]),
    ("focus_7", Action::Focus(7), &["7"]),
    ("focus_8", Action::Focus(8), &["8"]),
    ("focus_9", Action::Focus(9), &["9"]),
    ("zoom", Action::Zoom, &["z"]),
    ("pause", Action::Pause, &["p", "F6", "ctrl-c"]),
    ("exact_profile", Action::ToggleExactProfile, &["P"]),
    ("restart", Action::Restart, &["R"]),
    ("toggle_globals", Action::ToggleGlobals, &["g"]),
    ("expand", Action::Expand, &["enter", "space"]),
    ("up", Action::Up, &["up", "k"]),
    ("down", Action::Down, &["down", "j"]),
    ("page_up", Action::PageUp, &["pageup"]),
    ("page_down", Action::PageDown, &["pagedown"]),
    ("top", Action::Top, &["home"]),
    ("bottom", Action::Bottom, &["end"]),
    ("left", Action::Left, &["left", "h"]),
    ("right", Action::Right, &["right", "l"]),
    ("wider_left", Action::WiderLeft, &[">"]),
    ("narrower_left", Action::NarrowerLeft, &["<"]),
    ("taller_top", Action::TallerTop, &["+"]),
    ("shorter_top", Action::ShorterTop, &["-"]),
];

#[derive(Deserialize)]
struct KeymapFile {
    keys: BTreeMap<String, Vec<String>>,
}

/// Keys to actions.
#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: HashMap<(KeyCode, KeyModifiers), Action>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        let mut keymap = Keymap { bindings: HashMap::new() };
        for (_, action, keys) in DEFAULTS {
            for key in *keys {
                let key = parse_key(key).expect("default keys parse");
                keymap.bindings.insert(key, *action);
            }
        }
        keymap
    }
}

impl Keymap {
    /// The defaults, with the user's `keymap.toml` applied (an action named there loses its
    /// default keys).
    pub fn load() -> Result<Keymap, String> {
        let mut keymap = Keymap::default();
        let Some(dir) = crate::debugger::saved::config_dir() else { return Ok(keymap) };
        let path = dir.join("keymap.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => keymap.apply(&text).map_err(|e| format!("{}: {e}", path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("{}: {e}", path.display())),
        }
        Ok(keymap)
    }

    /// Apply a keymap file's text.
    pub fn apply(&mut self, text: &str) -> Result<(), String> {
        let file: KeymapFile = toml::from_str(text).map_err(|e| e.to_string())?;
        for (name, keys) in &file.keys {
            let Some((_, action, _)) = DEFAULTS.iter().find(|(n, _, _)| n == name) else {
                return Err(format!("no action named {name:?}"));
            };
            self.bindings.retain(|_, a| a != action);
            for key in keys {
                let key = parse_key(key).ok_or_else(|| format!("{key:?} is not a key"))?;
                self.bindings.insert(key, *action);
            }
        }
        Ok(())
    }

    /// The action of a key press.
    pub fn action(&self, key: &KeyEvent) -> Option<Action> {
        let mut modifiers = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        // A shifted character arrives as itself ('B', '?'): the shift is in the character.
        if let KeyCode::Char(_) = key.code {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        let code = key.code;
        self.bindings
            .get(&(code, modifiers))
            .or_else(|| {
                (code == KeyCode::BackTab).then(|| self.bindings.get(&(code, KeyModifiers::NONE))).flatten()
            })
            .copied()
    }

    /// The keys bound to an action, as written in a keymap file (for the help screen).
    pub fn keys_of(&self, action: Action) -> Vec<String> {
        let mut keys: Vec<String> =
            self.bindings.iter().filter(|(_, a)| **a == action).map(|(k, _)| key_name(*k)).collect();
        keys.sort_by_key(|k| (k.len(), k.clone()));
        keys
    }

    /// Every action's file name and keys, in the order of the defaults.
    pub fn describe(&self) -> Vec<(&'static str, Vec<String>)> {
        DEFAULTS.iter().map(|(name, action, _)| (*name, self.keys_of(*action))).collect()
    }
}

/// `n`, `N`, `ctrl-c`, `shift-F11`, `F5`, `tab`, `enter`, `pageup`, ...
pub fn parse_key(text: &str) -> Option<(KeyCode, KeyModifiers)> {
    let mut modifiers = KeyModifiers::NONE;
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl-").map(|_| &rest[5..]) {
            modifiers |= KeyModifiers::CONTROL;
            rest = r;
        } else if let Some(r) = lower.strip_prefix("alt-").map(|_| &rest[4..]) {
            modifiers |= KeyModifiers::ALT;
            rest = r;
        } else if rest.len() > 6 && lower.starts_with("shift-") {
            modifiers |= KeyModifiers::SHIFT;
            rest = &rest[6..];
        } else {
            break;
        }
    }
    let code = match rest.to_ascii_lowercase().as_str() {
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" => KeyCode::Backspace,
        "delete" => KeyCode::Delete,
        f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().ok()?)
        }
        _ => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some((code, modifiers))
}

fn key_name((code, modifiers): (KeyCode, KeyModifiers)) -> String {
    let mut name = String::new();
    if modifiers.contains(KeyModifiers::CONTROL) {
        name.push_str("ctrl-");
    }
    if modifiers.contains(KeyModifiers::ALT) {
        name.push_str("alt-");
    }
    if modifiers.contains(KeyModifiers::SHIFT) {
        name.push_str("shift-");
    }
    name.push_str(&match code {
        KeyCode::Char(' ') => "space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Tab => "tab".into(),
        KeyCode::BackTab => "backtab".into(),
        KeyCode::Enter => "enter".into(),
        KeyCode::PageUp => "pageup".into(),
        KeyCode::PageDown => "pagedown".into(),
        KeyCode::Home => "home".into(),
        KeyCode::End => "end".into(),
        KeyCode::Up => "up".into(),
        KeyCode::Down => "down".into(),
        KeyCode::Left => "left".into(),
        KeyCode::Right => "right".into(),
        other => format!("{other:?}").to_lowercase(),
    });
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn defaults_know_pdb_keys_and_f_keys() {
        let keymap = Keymap::default();
        assert_eq!(keymap.action(&press(KeyCode::Char('n'), KeyModifiers::NONE)), Some(Action::Next));
        assert_eq!(keymap.action(&press(KeyCode::F(10), KeyModifiers::NONE)), Some(Action::Next));
        assert_eq!(
            keymap.action(&press(KeyCode::Char('B'), KeyModifiers::SHIFT)),
            Some(Action::EnableBreakpoint)
        );
        assert_eq!(keymap.action(&press(KeyCode::F(11), KeyModifiers::SHIFT)), Some(Action::Return));
        assert_eq!(keymap.action(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)), Some(Action::Pause));
        assert_eq!(keymap.action(&press(KeyCode::Char('x'), KeyModifiers::NONE)), None);
    }

    #[test]
    fn a_keymap_file_rebinds_an_action() {
        let mut keymap = Keymap::default();
        keymap.apply("[keys]\nnext = [\"ctrl-n\", \"x\"]\n").unwrap();
        assert_eq!(keymap.action(&press(KeyCode::Char('n'), KeyModifiers::NONE)), None);
        assert_eq!(keymap.action(&press(KeyCode::Char('n'), KeyModifiers::CONTROL)), Some(Action::Next));
        assert_eq!(keymap.keys_of(Action::Next), ["x", "ctrl-n"]);
        assert_eq!(keymap.apply("[keys]\nfly = [\"f\"]\n").unwrap_err(), "no action named \"fly\"");
        assert_eq!(keymap.apply("[keys]\nnext = [\"ctrl-\"]\n").unwrap_err(), "\"ctrl-\" is not a key");
    }
}
