//! `time.strptime`: a string read back into a `struct_time` by a `strftime`-style format, in
//! the C locale. As CPython does, the format becomes one case-insensitive regular expression
//! (each directive a group that accepts exactly the texts CPython accepts), matched at the
//! start of the string; the fields found are then combined into a date (a day of the year or
//! a week number with a weekday decide the month and day).

use super::struct_seq;
use super::time_calendar::{DAYS, MONTHS, civil_from_days, days_from_civil, struct_time_class};
use crate::runtime::exception::{type_error, value_error};
use crate::runtime::function::{BuiltinResult, CallArgs};
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `time.strptime(string[, format])`.
pub fn strptime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    // CPython runs `_strptime._strptime_time`, whose name its arity errors carry.
    if !args.keywords.is_empty() {
        return Err(type_error("strptime() takes no keyword arguments"));
    }
    let a = args.positional.as_slice();
    match a.len() {
        0 => {
            return Err(type_error("_strptime_time() missing 1 required positional argument: 'data_string'"));
        }
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "_strptime_time() takes from 1 to 2 positional arguments but {n} were given"
            )));
        }
    }
    let text = str_argument(&a[0], 0)?;
    let format = match a.get(1) {
        Some(f) => str_argument(f, 1)?,
        None => "%a %b %d %H:%M:%S %Y".to_string(),
    };
    let now = vm.host.wall_clock_ns().div_euclid(1_000_000_000) as i64;
    let local = vm.host.local_zone(now);
    let fields = parse(&text, &format, &local.abbreviation)?;
    let mut values: Vec<Value> = fields.numbers.into_iter().map(Value::Int).collect();
    values.push(fields.zone.map_or(Value::None, Value::str));
    values.push(fields.gmtoff.map_or(Value::None, Value::Int));
    Ok(struct_seq::new_instance(&struct_time_class(vm), &struct_seq::STRUCT_TIME, values))
}

fn str_argument(value: &Value, index: usize) -> Result<String, Value> {
    match value.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "strptime() argument {index} must be str, not <class '{}'>",
            value.type_name()
        ))),
    }
}

/// What `strptime` found: the nine numeric fields, `tm_zone` and `tm_gmtoff`, and the
/// microseconds of `%f` and of the `%z` offset (which only `datetime.strptime` keeps).
struct Parsed {
    numbers: [i64; 9],
    zone: Option<String>,
    gmtoff: Option<i64>,
    fraction: i64,
    gmtoff_fraction: i64,
}

/// `_strptime_fields(string, format)`, for `datetime.strptime`: the tuple `(year, month,
/// day, hour, minute, second, microsecond, zone, gmtoff, gmtoff_microseconds)` of what
/// `time.strptime` reads, with `%f` kept.
pub fn strptime_fields(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let [text, format] = args.positional.as_slice() else {
        return Err(type_error(format!(
            "strptime() takes exactly 2 arguments ({} given)",
            args.positional.len()
        )));
    };
    let text = datetime_str_argument(text, 1)?;
    let format = datetime_str_argument(format, 2)?;
    let now = vm.host.wall_clock_ns().div_euclid(1_000_000_000) as i64;
    let local = vm.host.local_zone(now);
    let fields = parse(&text, &format, &local.abbreviation)?;
    let mut values: Vec<Value> = fields.numbers[..6].iter().map(|&n| Value::Int(n)).collect();
    values.push(Value::Int(fields.fraction));
    values.push(fields.zone.map_or(Value::None, Value::str));
    values.push(fields.gmtoff.map_or(Value::None, Value::Int));
    values.push(Value::Int(fields.gmtoff_fraction));
    Ok(Value::tuple(values))
}

fn datetime_str_argument(value: &Value, index: usize) -> Result<String, Value> {
    match value.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            Err(type_error(format!("strptime() argument {index} must be str, not {}", value.type_name())))
        }
    }
}

/// The pattern of each directive (ASCII digits only).
fn directive_pattern(directive: char, local_zone: &str) -> Option<String> {
    let names = |list: &[&str], short: bool| {
        let mut names: Vec<&str> = list.iter().map(|n| if short { &n[..3] } else { *n }).collect();
        // Longest first, so that a name is never cut short by a prefix of it.
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        names.join("|")
    };
    Some(match directive {
        'd' => "3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9]".into(),
        'f' => "[0-9]{1,6}".into(),
        'H' => "2[0-3]|[0-1][0-9]|[0-9]".into(),
        'I' => "1[0-2]|0[1-9]|[1-9]".into(),
        'G' | 'Y' => "[0-9]{4}".into(),
        'j' => "36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9]".into(),
        'm' => "1[0-2]|0[1-9]|[1-9]".into(),
        'M' => "[0-5][0-9]|[0-9]".into(),
        'S' => "6[0-1]|[0-5][0-9]|[0-9]".into(),
        'U' | 'W' => "5[0-3]|[0-4][0-9]|[0-9]".into(),
        'V' => "5[0-3]|0[1-9]|[1-4][0-9]|[0-9]".into(),
        'w' => "[0-6]".into(),
        'u' => "[1-7]".into(),
        'y' => "[0-9][0-9]".into(),
        'z' => r"[+-][0-9][0-9]:?[0-5][0-9](:?[0-5][0-9](\.[0-9]{1,6})?)?|(?-i:Z)".into(),
        'a' => names(&DAYS, true),
        'A' => names(&DAYS, false),
        'b' => names(&MONTHS, true),
        'B' => names(&MONTHS, false),
        'p' => "am|pm".into(),
        'Z' => {
            let mut zones = vec!["utc".to_string(), "gmt".to_string()];
            if !local_zone.is_empty() {
                zones.push(regex::escape(&local_zone.to_lowercase()));
            }
            zones.sort_by_key(|n| std::cmp::Reverse(n.len()));
            zones.join("|")
        }
        _ => return None,
    })
}

/// The regular expression for `format`, and the directive of each of its groups in order.
fn compile(format: &str, local_zone: &str) -> Result<(String, Vec<char>), Value> {
    let bad = |directive: char| {
        value_error(format!("'{directive}' is a bad directive in format {}", quote(format)))
    };
    let mut pattern = String::from("^(?i:");
    let mut groups = Vec::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            pattern.push_str(r"\s+");
            continue;
        }
        if c != '%' {
            pattern.push_str(&regex::escape(&c.to_string()));
            continue;
        }
        let Some(directive) = chars.next() else {
            return Err(value_error(format!("stray % in format {}", quote(format))));
        };
        // CPython escapes the format's regex characters and its whitespace before reading
        // directives, so `%` before one of them is reported as a bad '%'.
        if directive.is_whitespace() || r"\.^$*+?(){}[]|".contains(directive) {
            return Err(bad('%'));
        }
        let expansion = match directive {
            '%' => {
                pattern.push('%');
                continue;
            }
            'c' => Some("%a %b %d %H:%M:%S %Y"),
            'x' => Some("%m/%d/%y"),
            'X' => Some("%H:%M:%S"),
            _ => None,
        };
        if let Some(expansion) = expansion {
            let (inner, inner_groups) = compile(expansion, local_zone)?;
            pattern.push_str(&inner[1..]);
            groups.extend(inner_groups);
            continue;
        }
        let Some(alternatives) = directive_pattern(directive, local_zone) else {
            return Err(bad(directive));
        };
        if groups.contains(&directive) {
            return Err(value_error(format!("redefinition of group name '{directive}'")));
        }
        groups.push(directive);
        // Only the directive's own group captures: the `z` pattern's inner groups do not.
        pattern.push('(');
        pattern.push_str(&alternatives.replace("(:?", "(?::?").replace(r"(\.", r"(?:\."));
        pattern.push(')');
    }
    pattern.push(')');
    Ok((pattern, groups))
}

fn quote(text: &str) -> String {
    Value::str(text).repr()
}

fn number(text: &str) -> i64 {
    text.trim().parse().unwrap_or(0)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The weekday (0 = Monday) of a civil date.
fn weekday_of(year: i64, month: i64, day: i64) -> i64 {
    (days_from_civil(year, month, day) + 3).rem_euclid(7)
}

/// A valid date's days since the epoch, or datetime.date's error.
fn checked_days(year: i64, month: i64, day: i64) -> Result<i64, Value> {
    if !(1..=9999).contains(&year) {
        return Err(value_error(format!("year {year} is out of range")));
    }
    let month_days = [31, if is_leap(year) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=month_days[(month - 1) as usize]).contains(&day) {
        return Err(value_error("day is out of range for month"));
    }
    Ok(days_from_civil(year, month, day))
}

/// The `%z` offset in seconds ("Z", "+HHMM", "-HH:MM:SS.ffffff", ...), read as CPython
/// reads it: a colon after the hours asks for one after the minutes too.
fn utc_offset(text: &str) -> Result<i64, Value> {
    if text == "Z" {
        return Ok(0);
    }
    let mut z = text.to_string();
    if z.as_bytes().get(3) == Some(&b':') {
        z.remove(3);
        if z.len() > 5 {
            if z.as_bytes()[5] != b':' {
                return Err(value_error(format!("Inconsistent use of : in {text}")));
            }
            z.remove(5);
        }
    }
    let int = |part: &str| {
        part.parse::<i64>()
            .map_err(|_| value_error(format!("invalid literal for int() with base 10: {}", quote(part))))
    };
    let hours = int(&z[1..3])?;
    let minutes = int(&z[3..5])?;
    let seconds = match z.get(5..z.len().min(7)) {
        Some(part) if !part.is_empty() => int(part)?,
        _ => 0,
    };
    let offset = hours * 3600 + minutes * 60 + seconds;
    Ok(if z.starts_with('-') { -offset } else { offset })
}

/// The day of the year from a `%U`/`%W` week number and a weekday (0 = Monday).
fn julian_from_week(year: i64, week: i64, weekday: i64, starts_monday: bool) -> i64 {
    let mut first = weekday_of(year, 1, 1);
    let mut weekday = weekday;
    if !starts_monday {
        first = (first + 1) % 7;
        weekday = (weekday + 1) % 7;
    }
    if week == 0 { 1 + weekday - first } else { 1 + (7 - first) % 7 + 7 * (week - 1) + weekday }
}

/// The (year, day of the year) of an ISO year, week and weekday (1 = Monday).
fn julian_from_iso(iso_year: i64, iso_week: i64, iso_weekday: i64) -> (i64, i64) {
    let correction = weekday_of(iso_year, 1, 4) + 1 + 3;
    let ordinal = iso_week * 7 + iso_weekday - correction;
    if ordinal < 1 {
        let start = days_from_civil(iso_year, 1, 1);
        let previous = days_from_civil(iso_year - 1, 1, 1);
        return (iso_year - 1, ordinal + start - previous);
    }
    (iso_year, ordinal)
}

fn parse(text: &str, format: &str, local_zone: &str) -> Result<Parsed, Value> {
    let (pattern, groups) = compile(format, local_zone)?;
    let regex = regex::Regex::new(&pattern).map_err(|e| value_error(e.to_string()))?;
    let Some(found) = regex.captures(text) else {
        return Err(value_error(format!(
            "time data {} does not match format {}",
            quote(text),
            quote(format)
        )));
    };
    let end = found.get(0).map_or(0, |m| m.end());
    if end != text.len() {
        return Err(value_error(format!("unconverted data remains: {}", &text[end..])));
    }
    let field = |d: char| {
        groups.iter().position(|&g| g == d).and_then(|i| found.get(i + 1)).map(|m| m.as_str().to_string())
    };
    let (mut year, mut month, mut day) = (None, 1, 1);
    let (mut hour, mut minute, mut second) = (0, 0, 0);
    let (mut weekday, mut julian, mut week, mut week_starts_monday) = (None, None, None, false);
    let (mut iso_year, mut iso_week) = (None, None);
    let (mut dst, mut gmtoff, mut zone) = (-1, None, None);
    let (mut fraction, mut gmtoff_fraction) = (0, 0);
    let name_index = |list: &[&str], value: &str, short: bool| {
        let value = value.to_lowercase();
        list.iter().position(|n| (if short { &n[..3] } else { n }).to_lowercase() == value).unwrap_or(0)
            as i64
    };
    for &directive in &groups {
        let Some(value) = field(directive) else { continue };
        match directive {
            'y' => {
                let short = number(&value);
                year = Some(if short <= 68 { short + 2000 } else { short + 1900 });
            }
            'Y' => year = Some(number(&value)),
            'G' => iso_year = Some(number(&value)),
            'm' => month = number(&value),
            'B' => month = name_index(&MONTHS, &value, false) + 1,
            'b' => month = name_index(&MONTHS, &value, true) + 1,
            'd' => day = number(&value),
            'H' => hour = number(&value),
            'I' => {
                hour = number(&value);
                let pm = field('p').is_some_and(|p| p.eq_ignore_ascii_case("pm"));
                if pm && hour != 12 {
                    hour += 12;
                } else if !pm && hour == 12 {
                    hour = 0;
                }
            }
            'M' => minute = number(&value),
            'S' => second = number(&value),
            'f' => fraction = number(&format!("{value:0<6}")),
            'A' => weekday = Some(name_index(&DAYS, &value, false)),
            'a' => weekday = Some(name_index(&DAYS, &value, true)),
            'w' => weekday = Some((number(&value) + 6) % 7),
            'u' => weekday = Some(number(&value) - 1),
            'j' => julian = Some(number(&value)),
            'U' | 'W' => {
                week = Some(number(&value));
                week_starts_monday = directive == 'W';
            }
            'V' => iso_week = Some(number(&value)),
            'z' => {
                let offset = utc_offset(&value)?;
                gmtoff = Some(offset);
                if let Some((_, digits)) = value.split_once('.') {
                    let micro = number(&format!("{digits:0<6}"));
                    gmtoff_fraction = if offset < 0 || value.starts_with('-') { -micro } else { micro };
                }
            }
            'Z' => {
                let lower = value.to_lowercase();
                if lower == "utc" || lower == "gmt" || lower == local_zone.to_lowercase() {
                    dst = 0;
                }
                zone = Some(value);
            }
            _ => {}
        }
    }
    const WEEKDAYS: &str = "('%A', '%a', '%w', or '%u')";
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(value_error(format!(
                "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive {WEEKDAYS}."
            )));
        }
        if julian.is_some() {
            return Err(value_error(
                "Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.",
            ));
        }
    } else if week.is_none() && iso_week.is_some() {
        if weekday.is_none() {
            return Err(value_error(format!(
                "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive {WEEKDAYS}."
            )));
        }
        return Err(value_error(
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.",
        ));
    }
    // February 29th without a year is read in a leap year, then reported in 1900 as CPython does.
    let leap_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_fix { 1904 } else { 1900 });
    if let (None, Some(wd)) = (julian, weekday) {
        if let Some(week) = week {
            julian = Some(julian_from_week(year, week, wd, week_starts_monday));
        } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
            let (y, j) = julian_from_iso(iy, iw, wd + 1);
            year = y;
            julian = Some(j);
        }
        if let Some(j) = julian
            && j <= 0
        {
            year -= 1;
            julian = Some(j + if is_leap(year) { 366 } else { 365 });
        }
    }
    let julian = match julian {
        None => checked_days(year, month, day)? - days_from_civil(year, 1, 1) + 1,
        Some(j) => {
            let start = checked_days(year, 1, 1)?;
            let (y, m, d) = civil_from_days(start + j - 1);
            if !(1..=9999).contains(&y) {
                return Err(value_error(format!("year {y} is out of range")));
            }
            (year, month, day) = (y, m, d);
            j
        }
    };
    let weekday = weekday.unwrap_or_else(|| weekday_of(year, month, day));
    if leap_fix {
        year = 1900;
    }
    Ok(Parsed {
        numbers: [year, month, day, hour, minute, second, weekday, julian, dst],
        zone,
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str, format: &str) -> [i64; 9] {
        parse(text, format, "UTC").map(|p| p.numbers).unwrap_or([0; 9])
    }

    #[test]
    fn reads_dates_as_cpython() {
        assert_eq!(numbers("1970-01-01-00-16-40", "%Y-%m-%d-%H-%M-%S"), [1970, 1, 1, 0, 16, 40, 3, 1, -1]);
        assert_eq!(numbers(" 3 feb 2021 pm 4", "%d %b %Y %p %I"), [2021, 2, 3, 16, 0, 0, 2, 34, -1]);
        assert_eq!(numbers("53 2023 1", "%U %Y %w"), [2024, 1, 1, 0, 0, 0, 0, 366, -1]);
        assert_eq!(numbers("2024-W05-3", "%G-W%V-%u"), [2024, 1, 31, 0, 0, 0, 2, 31, -1]);
        assert_eq!(numbers("Feb 29", "%b %d"), [1900, 2, 29, 0, 0, 0, 0, 60, -1]);
    }
}
