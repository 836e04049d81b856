//! The calendar side of `time`: `gmtime`, `localtime`, `mktime`, `asctime`, `ctime`,
//! `strftime` and the `struct_time` they return. Dates are computed here (proleptic
//! Gregorian, as glibc does); the local zone comes from the `Host`.
//!
//! `struct_time` is one of CPython's struct sequences (`super::struct_seq`).

use super::struct_seq;
use super::time::arguments;
use crate::runtime::exception::{ExcKind, new_exception, type_error, value_error};
use crate::runtime::function::{BuiltinFn, BuiltinResult, CallArgs};
use crate::runtime::value::{Key, Object, Value};
use crate::vm::Vm;
use crate::vm::host_zone::Zone;

pub const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", strftime),
    ("strptime", super::time_parse::strptime),
];

pub(super) const DAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down time: the nine fields of `struct_time` (month 1-12, weekday 0 = Monday).
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    weekday: i64,
    yearday: i64,
    dst: i64,
    zone: Zone,
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's `days_from_civil`).
pub(super) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (if month <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, month, day)
}

/// The broken-down time of `seconds` since the epoch, shifted into `zone`.
fn breakdown(seconds: i64, zone: Zone) -> Tm {
    let local = seconds + zone.offset;
    let (days, rest) = (local.div_euclid(86_400), local.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    Tm {
        year,
        month,
        day,
        hour: rest / 3600,
        minute: rest / 60 % 60,
        second: rest % 60,
        weekday: (days + 3).rem_euclid(7),
        yearday: days - days_from_civil(year, 1, 1) + 1,
        dst: i64::from(zone.dst),
        zone,
    }
}

/// The seconds argument of `gmtime`/`localtime`/`ctime`: floored, or now.
fn timestamp(vm: &mut Vm, value: Option<&Value>) -> Result<i64, Value> {
    match value {
        None | Some(Value::None) => Ok(vm.host.wall_clock_ns().div_euclid(1_000_000_000) as i64),
        Some(Value::Float(x)) if x.get().is_nan() => Err(value_error("Invalid value NaN (not a number)")),
        Some(Value::Float(x)) if x.get().abs() < 9.2e18 => Ok(x.get().floor() as i64),
        Some(v) => match v.as_int() {
            Some(n) => n.as_i64().ok_or_else(overflow),
            None if matches!(v, Value::Float(_)) => Err(overflow()),
            None => {
                Err(type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))
            }
        },
    }
}

fn overflow() -> Value {
    new_exception(ExcKind::OverflowError, "timestamp out of range for platform time_t")
}

fn gmtime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "gmtime", 0, 1)?;
    let seconds = timestamp(vm, a.first())?;
    // glibc names UTC "GMT" in gmtime's result.
    let zone = Zone { abbreviation: "GMT".into(), ..Zone::utc() };
    Ok(struct_time(vm, &breakdown(seconds, zone)))
}

fn localtime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "localtime", 0, 1)?;
    let seconds = timestamp(vm, a.first())?;
    let zone = vm.host.local_zone(seconds);
    Ok(struct_time(vm, &breakdown(seconds, zone)))
}

/// The `Tm` a `struct_time` or 9-tuple argument holds, checked as CPython's `gettmarg` and
/// `checktm` check it.
fn tm_argument(vm: &mut Vm, value: &Value, function: &str) -> Result<Tm, Value> {
    let items = vm.collect(value)?;
    if items.len() != 9 {
        return Err(type_error(format!("{function}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    // Each field is a C int, converted through a C long as CPython's `gettmarg` does.
    for (slot, item) in n.iter_mut().zip(&items) {
        let Some(int) = item.as_int() else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                item.type_name()
            )));
        };
        let overflow = |message: &str| new_exception(ExcKind::OverflowError, message);
        *slot = match int.as_i64() {
            None => return Err(overflow("Python int too large to convert to C long")),
            Some(v) if v > i64::from(i32::MAX) => {
                return Err(overflow("signed integer is greater than maximum"));
            }
            Some(v) if v < i64::from(i32::MIN) => {
                return Err(overflow("signed integer is less than minimum"));
            }
            Some(v) => v,
        };
    }
    let [year, month, day, hour, minute, second, weekday, yearday, dst] = n;
    // As CPython, a zero month or day of year means the first.
    let (month, yearday) = (if month == 0 { 1 } else { month }, if yearday == 0 { 1 } else { yearday });
    let checks = [
        (!(1..=12).contains(&month), "month out of range"),
        (!(1..=31).contains(&day) && day != 0, "day of month out of range"),
        (!(0..=23).contains(&hour), "hour out of range"),
        (!(0..=59).contains(&minute), "minute out of range"),
        (!(0..=61).contains(&second), "seconds out of range"),
        (!(1..=366).contains(&yearday), "day of year out of range"),
    ];
    if let Some((_, message)) = checks.iter().find(|(bad, _)| *bad) {
        return Err(value_error(*message));
    }
    let zone = zone_of(vm, value, dst > 0);
    let weekday = weekday.rem_euclid(7);
    Ok(Tm { year, month, day: day.max(1), hour, minute, second, weekday, yearday, dst, zone })
}

/// The zone of a time argument: a `struct_time`'s own, else (a plain tuple) the local zone's
/// name with a zero offset, as CPython fills in `tm_zone` and `tm_gmtoff`.
fn zone_of(vm: &mut Vm, value: &Value, dst: bool) -> Zone {
    if let Some(Object::Instance(i)) = value.object() {
        let field = |name: &str| i.attribute(&Key(Value::str(name)));
        if let (Some(name), Some(offset)) = (field("tm_zone"), field("tm_gmtoff")) {
            let offset = offset.as_int().and_then(|o| o.as_i64()).unwrap_or(0);
            return Zone { offset, abbreviation: name.to_str(), dst };
        }
    }
    let now = vm.host.wall_clock_ns().div_euclid(1_000_000_000) as i64;
    Zone { offset: 0, abbreviation: vm.host.local_zone(now).abbreviation, dst }
}

/// The `Tm` of an optional time argument: the tuple given, or the local time now.
fn tm_or_now(vm: &mut Vm, value: Option<&Value>, function: &str) -> Result<Tm, Value> {
    match value {
        Some(v) => tm_argument(vm, v, function),
        None => {
            let seconds = timestamp(vm, None)?;
            let zone = vm.host.local_zone(seconds);
            Ok(breakdown(seconds, zone))
        }
    }
}

fn mktime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "mktime", 1, 1)?;
    let tm = tm_argument(vm, &a[0], "mktime")?;
    let local =
        days_from_civil(tm.year, tm.month, tm.day) * 86_400 + tm.hour * 3600 + tm.minute * 60 + tm.second;
    // The offset in force at the local time read as UTC, then at the corrected instant.
    let first = vm.host.local_zone(local).offset;
    let offset = vm.host.local_zone(local - first).offset;
    Ok(Value::raw_float((local - offset) as f64))
}

/// `Thu Jan  1 00:00:00 1970`.
fn asctime_text(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        &DAYS[tm.weekday as usize][..3],
        &MONTHS[tm.month as usize - 1][..3],
        tm.day,
        tm.hour,
        tm.minute,
        tm.second,
        tm.year
    )
}

fn asctime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "asctime", 0, 1)?;
    let tm = tm_or_now(vm, a.first(), "asctime")?;
    Ok(Value::str(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "ctime", 0, 1)?;
    let seconds = timestamp(vm, a.first())?;
    let zone = vm.host.local_zone(seconds);
    Ok(Value::str(asctime_text(&breakdown(seconds, zone))))
}

fn strftime(vm: &mut Vm, args: CallArgs) -> BuiltinResult {
    let a = arguments(&args, "strftime", 1, 2)?;
    let Some(format) = a[0].as_str() else {
        return Err(type_error(format!("strftime() argument 1 must be str, not {}", a[0].type_name())));
    };
    let tm = tm_or_now(vm, a.get(1), "strftime")?;
    Ok(Value::str(format_tm(format, &tm)))
}

/// glibc's `strftime` in the C locale for the common directives; unknown ones are copied.
/// The ISO 8601 year and week of `tm`'s day: weeks start on Monday, and week 1 is the one
/// holding the year's first Thursday.
fn iso_week(tm: &Tm) -> (i64, i64) {
    // The weekday (0 = Monday) of December 31st of `year - 1`.
    let weekday_before = |year: i64| {
        let y = year - 1;
        (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + 6).rem_euclid(7)
    };
    let weeks_in = |year: i64| {
        let starts = (weekday_before(year) + 1) % 7;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if starts == 3 || (starts == 2 && leap) { 53 } else { 52 }
    };
    let week = (tm.yearday - (tm.weekday + 1) + 10).div_euclid(7);
    if week < 1 {
        (tm.year - 1, weeks_in(tm.year - 1))
    } else if week > weeks_in(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, week)
    }
}

fn format_tm(format: &str, tm: &Tm) -> String {
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(directive) = chars.next() else {
            out.push('%');
            break;
        };
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let day = &DAYS[tm.weekday as usize];
        let month = &MONTHS[(tm.month - 1) as usize];
        let text = match directive {
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'c' => format_tm("%a %b %e %H:%M:%S %Y", tm),
            // (glibc pads the year's digits no more than it has: year 5 is "0" here, "5" in %Y.)
            'C' => tm.year.div_euclid(100).to_string(),
            'd' => format!("{:02}", tm.day),
            'G' => iso_week(tm).0.to_string(),
            'g' => format!("{:02}", iso_week(tm).0.rem_euclid(100)),
            'V' => format!("{:02}", iso_week(tm).1),
            'D' | 'x' => format_tm("%m/%d/%y", tm),
            'e' => format!("{:2}", tm.day),
            'F' => format_tm("%Y-%m-%d", tm),
            'H' => format!("{:02}", tm.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", tm.yearday),
            'k' => format!("{:2}", tm.hour),
            'l' => format!("{hour12:2}"),
            'm' => format!("{:02}", tm.month),
            'M' => format!("{:02}", tm.minute),
            'n' => "\n".to_string(),
            'p' => (if tm.hour < 12 { "AM" } else { "PM" }).to_string(),
            'R' => format_tm("%H:%M", tm),
            'S' => format!("{:02}", tm.second),
            't' => "\t".to_string(),
            'T' | 'X' => format_tm("%H:%M:%S", tm),
            'u' => (tm.weekday + 1).to_string(),
            'w' => ((tm.weekday + 1) % 7).to_string(),
            'U' => format!("{:02}", (tm.yearday - 1 + 7 - (tm.weekday + 1) % 7) / 7),
            'W' => format!("{:02}", (tm.yearday - 1 + 7 - tm.weekday) / 7),
            'y' => format!("{:02}", tm.year.rem_euclid(100)),
            'Y' => tm.year.to_string(),
            'Z' => tm.zone.abbreviation.clone(),
            'z' => {
                let sign = if tm.zone.offset < 0 { '-' } else { '+' };
                let minutes = tm.zone.offset.abs() / 60;
                format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
            }
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&text);
    }
    out
}

/// The `struct_time` class: found in the imported `time` module, so every instance shares
/// one class object.
pub(super) fn struct_time_class(vm: &Vm) -> Value {
    let modules = vm.modules.borrow();
    let found = match modules.get(&Key(Value::str("time"))).and_then(Value::object) {
        Some(Object::Module { dict, .. }) => dict.borrow().get(&Key(Value::str("struct_time"))).cloned(),
        _ => None,
    };
    found.unwrap_or_else(|| struct_seq::new_class(&struct_seq::STRUCT_TIME))
}

fn struct_time(vm: &Vm, tm: &Tm) -> Value {
    let values = [tm.year, tm.month, tm.day, tm.hour, tm.minute, tm.second, tm.weekday, tm.yearday, tm.dst];
    let mut values: Vec<Value> = values.into_iter().map(Value::Int).collect();
    values.push(Value::str(tm.zone.abbreviation.as_str()));
    values.push(Value::Int(tm.zone.offset));
    struct_seq::new_instance(&struct_time_class(vm), &struct_seq::STRUCT_TIME, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        for days in [-719_468, -1, 0, 1, 59, 10_957, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
