//! Themes: every colour the TUI draws comes from one. The themes in the repository's
//! `themes/` are built in; a user's `NAME.toml` in `<config dir>/themes/` is found first.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The built-in themes: name and TOML text.
const BUILT_IN: &[(&str, &str)] = &[
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    ("high-contrast", include_str!("../../themes/high-contrast.toml")),
    ("solarized-dark", include_str!("../../themes/solarized-dark.toml")),
];

#[derive(Deserialize)]
struct ThemeFile {
    name: Option<String>,
    colors: BTreeMap<String, String>,
}

/// The named colours of a theme.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: String,
    pub background: Color,
    pub text: Color,
    pub dim: Color,
    pub border: Color,
    pub border_focused: Color,
    pub title: Color,
    pub title_focused: Color,
    pub line_number: Color,
    pub current_line: Color,
    pub current_span_fg: Color,
    pub current_span_bg: Color,
    pub selection: Color,
    pub breakpoint: Color,
    pub breakpoint_disabled: Color,
    pub breakpoint_conditional: Color,
    pub jump_target: Color,
    pub type_name: Color,
    pub changed: Color,
    pub error: Color,
    pub stdout: Color,
    pub stderr: Color,
    pub debugger: Color,
    pub hint_fg: Color,
    pub hint_bg: Color,
    pub status_fg: Color,
    pub status_bg: Color,
    pub search_match: Color,
}

impl Theme {
    /// The theme called `name`: the user's, else a built-in one.
    pub fn load(name: &str) -> Result<Theme, String> {
        if let Some(dir) = crate::debugger::saved::config_dir() {
            let path = dir.join("themes").join(format!("{name}.toml"));
            if let Ok(text) = std::fs::read_to_string(&path) {
                return Theme::parse(&text, name).map_err(|e| format!("{}: {e}", path.display()));
            }
        }
        match BUILT_IN.iter().find(|(n, _)| *n == name) {
            Some((_, text)) => Theme::parse(text, name),
            None => Err(format!(
                "no theme named {name:?} (built in: {})",
                BUILT_IN.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
            )),
        }
    }

    /// The default theme.
    pub fn dark() -> Theme {
        Theme::parse(BUILT_IN[0].1, "dark").expect("the built-in dark theme is valid")
    }

    pub fn built_in_names() -> impl Iterator<Item = &'static str> {
        BUILT_IN.iter().map(|(n, _)| *n)
    }

    /// A theme from TOML text: every colour must be given and valid.
    pub fn parse(text: &str, name: &str) -> Result<Theme, String> {
        let file: ThemeFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let get = |key: &str| -> Result<Color, String> {
            let value = file.colors.get(key).ok_or_else(|| format!("the theme has no colour {key:?}"))?;
            Color::from_str(value).map_err(|_| format!("{key} = {value:?} is not a colour"))
        };
        Ok(Theme {
            name: file.name.unwrap_or_else(|| name.to_string()),
            background: get("background")?,
            text: get("text")?,
            dim: get("dim")?,
            border: get("border")?,
            border_focused: get("border_focused")?,
            title: get("title")?,
            title_focused: get("title_focused")?,
            line_number: get("line_number")?,
            current_line: get("current_line")?,
            current_span_fg: get("current_span_fg")?,
            current_span_bg: get("current_span_bg")?,
            selection: get("selection")?,
            breakpoint: get("breakpoint")?,
            breakpoint_disabled: get("breakpoint_disabled")?,
            breakpoint_conditional: get("breakpoint_conditional")?,
            jump_target: get("jump_target")?,
            type_name: get("type_name")?,
            changed: get("changed")?,
            error: get("error")?,
            stdout: get("stdout")?,
            stderr: get("stderr")?,
            debugger: get("debugger")?,
            hint_fg: get("hint_fg")?,
            hint_bg: get("hint_bg")?,
            status_fg: get("status_fg")?,
            status_bg: get("status_bg")?,
            search_match: get("search_match")?,
        })
    }

    pub fn base(&self) -> Style {
        Style::new().fg(self.text).bg(self.background)
    }

    pub fn fg(&self, color: Color) -> Style {
        self.base().fg(color)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused { self.fg(self.border_focused).add_modifier(Modifier::BOLD) } else { self.fg(self.border) }
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            Style::new().fg(self.background).bg(self.title_focused).add_modifier(Modifier::BOLD)
        } else {
            self.fg(self.title)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_is_complete() {
        for name in Theme::built_in_names() {
            let theme = Theme::parse(BUILT_IN.iter().find(|(n, _)| *n == name).unwrap().1, name);
            assert_eq!(theme.map(|t| t.name), Ok(name.to_string()));
        }
    }

    #[test]
    fn a_missing_or_bad_colour_is_named() {
        let err = Theme::parse("[colors]\ntext = \"red\"\n", "x").unwrap_err();
        assert!(err.contains("background"), "{err}");
        let text = BUILT_IN[0].1.replace("text = \"#d8dee9\"", "text = \"nope\"");
        assert_eq!(Theme::parse(&text, "x").unwrap_err(), "text = \"nope\" is not a colour");
    }
}
