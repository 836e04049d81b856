"""Dates and times: `timedelta`, `date`, `time`, `datetime`, the `tzinfo` base and the
fixed-offset `timezone`, with the behaviour, reprs and messages of CPython 3.11's `datetime`
(a C module there, whose types are named `datetime.date` and so on in messages).

Dates are kept as (year, month, day) and converted through proleptic Gregorian ordinals
(day 1 is 0001-01-01); the current time and local time come from the `time` module, so a
run sees one clock."""

import math as _math
import operator as _operator
import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_MAX_DAYS = 999999999
_US_PER_DAY = 86400 * 1000000

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MISSING = object()
_C_NAMES = {}


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _to_ordinal(year, month, day):
    y = year - 1
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE[month] + leap_day + day


def _from_ordinal(n):
    """(year, month, day) of ordinal `n`: days are counted in 400-year eras starting on
    March 1st, so that the leap day falls at the end of each counted year."""
    z = n + 305  # days since 0000-03-01
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _iso_week1_monday(year):
    fourth = _to_ordinal(year, 1, 4)
    return fourth - (fourth + 6) % 7


def _type_name(value):
    cls = type(value)
    return _C_NAMES.get(cls) or cls.__name__


def _index(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(value)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    fold = _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _checked_offset(name, offset):
    """What a tzinfo's `utcoffset()` or `dst()` gave, checked as CPython checks it."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError(
            "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)."
        )
    return offset


def _round_half_away(x):
    """C's round(): halves away from zero."""
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(offset, colons):
    """`+HH:MM[:SS[.ffffff]]` (without the colons for `%z`), or "" for no offset."""
    if offset is None:
        return ""
    sign = "+"
    if offset._days < 0:
        sign = "-"
        offset = -offset
    hours, rest = divmod(offset._seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    sep = ":" if colons else ""
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset._microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset._microseconds:
            text += ".%06d" % offset._microseconds
    return text


def _format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _strftime(value, fmt, timetuple, microsecond, offset, zone):
    """`fmt` with %f, %z and %Z filled in here, the rest by `time.strftime`."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    parts = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            parts.append(c)
            continue
        directive = fmt[i]
        i += 1
        if directive == "f":
            parts.append("%06d" % microsecond)
        elif directive == "z":
            parts.append(_format_offset(offset, False))
        elif directive == "Z":
            parts.append((zone or "").replace("%", "%%"))
        else:
            parts.append("%" + directive)
    return _time.strftime("".join(parts), timetuple)


def _format_spec(value, fmt):
    if not isinstance(fmt, str):
        raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
    if fmt:
        return value.strftime(fmt)
    return str(value)


def _struct_time(year, month, day, hour, minute, second, dst):
    ordinal = _to_ordinal(year, month, day)
    yday = ordinal - _to_ordinal(year, 1, 1) + 1
    return _time.struct_time((year, month, day, hour, minute, second, (ordinal + 6) % 7, yday, dst))


class _Field:
    """A read-only attribute `NAME` kept in the slot `_NAME`, refusing assignment with
    CPython's message (the attributes of the C types are read-only members)."""

    __slots__ = ("_slot", "_message")

    def __set_name__(self, owner, name):
        self._slot = "_" + name
        self._message = "attribute '%s' of 'datetime.%s' objects is not writable" % (name, owner.__name__)
        if owner.__name__ == "timedelta":
            # (timedelta's fields are plain read-only members in CPython, with this message.)
            self._message = "readonly attribute"

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError(self._message)

    def __delete__(self, obj):
        raise AttributeError(self._message)


def _fields(n):
    return tuple(_Field() for _ in range(n))


def _itself(self, memo=None):
    """`__copy__` and `__deepcopy__` of the immutable values: the value itself."""
    return self


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _comparisons():
    """`__eq__`, `__ne__`, `__lt__`, `__le__`, `__gt__` and `__ge__` for a class whose
    `_compare(other, equality)` gives -1, 0 or 1, NotImplemented for another type, or None
    for values that are never equal (a naive and an aware time under `==`)."""

    def method(name, test, equality):
        def compare(self, other):
            order = self._compare(other, equality)
            if order is NotImplemented:
                return order
            if order is None:
                return name == "__ne__"
            return test(order, 0)

        compare.__name__ = compare.__qualname__ = name
        return compare

    return tuple(
        method("__%s__" % test.__name__, test, test in (_operator.eq, _operator.ne))
        for test in (_operator.eq, _operator.ne, _operator.lt, _operator.le, _operator.gt, _operator.ge)
    )


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), the days taking
    the sign."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        leftover = 0.0
        for name, value, factor in (
            ("microseconds", microseconds, 1),
            ("milliseconds", milliseconds, 1000),
            ("seconds", seconds, 1000000),
            ("minutes", minutes, 60000000),
            ("hours", hours, 3600000000),
            ("days", days, _US_PER_DAY),
            ("weeks", weeks, 7 * _US_PER_DAY),
        ):
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                fraction, whole = _math.modf(value)
                total += int(whole) * factor
                if fraction:
                    fraction, whole = _math.modf(float(factor) * fraction)
                    total += int(whole)
                    leftover += fraction
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if leftover:
            whole = _round_half_away(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 1000000)
        if abs(days) > _MAX_DAYS:
            if abs(days) >= 1 << 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days, seconds, microseconds = _fields(3)

    def total_seconds(self):
        return self._total() / 10**6

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        name = _type_name(self)
        return "%s(%s)" % (name, ", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(other._total() - self._total())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total())

    def __pos__(self):
        return timedelta._from_microseconds(self._total())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._total() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(self._total(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(b * self._total(), a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, equality):
        if isinstance(other, timedelta):
            return _cmp(self._total(), other._total())
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    __copy__ = __deepcopy__ = _itself


_ONE_DAY = timedelta(1)
timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(microseconds=1)


def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self
    return cls(year, month, day)


def _fromisoformat_date(text):
    """(year, month, day) of an ISO 8601 date (YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D],
    YYYYWww[D]), or None when `text` is none of those."""
    if not text.isascii():
        return None
    n = len(text)
    if n >= 8 and text[4] == "-" and text[5] != "W":
        if n != 10 or text[7] != "-":
            return None
        digits = text[:4] + text[5:7] + text[8:]
    elif n >= 7 and text[4] in "-W":
        extended = text[4] == "-"
        week_at = 6 if extended else 5
        if text[week_at - 1] != "W":
            return None
        week_text = text[week_at:week_at + 2]
        rest = text[week_at + 2:]
        if extended and rest:
            if rest[0] != "-":
                return None
            rest = rest[1:]
        if len(rest) > 1 or not (text[:4] + week_text + rest).isdigit() or len(week_text) != 2:
            return None
        year, week, day = int(text[:4]), int(week_text), int(rest or "1")
        if not 1 <= day <= 7 or not 1 <= week <= _weeks_in(year):
            return None
        return _from_iso_calendar(year, week, day)
    elif n == 8:
        digits = text
    else:
        return None
    if len(digits) != 8 or not digits.isdigit():
        return None
    return int(digits[:4]), int(digits[4:6]), int(digits[6:])


def _weeks_in(year):
    """52 or 53: the ISO weeks of `year`."""
    if not MINYEAR <= year <= MAXYEAR:
        return 52
    return (_iso_week1_monday(year + 1) - _iso_week1_monday(year)) // 7 if year < MAXYEAR else 52


def _from_iso_calendar(year, week, day):
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(ordinal)


class IsoCalendarDate(tuple):
    """`date.isocalendar()`: the ISO year, week and weekday, a tuple with names."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)

    def __reduce__(self):
        return (tuple, (tuple(self),))


class date:
    """A day of the proleptic Gregorian calendar, 0001-01-01 to 9999-12-31."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        for position, (name, value) in enumerate((("year", year), ("month", month), ("day", day))):
            if value is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, position + 1))
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            t = _math.floor(t)
        tm = _time.localtime(_operator.index(t))
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        return _new_date(cls, *_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _fromisoformat_date(date_string)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 1 <= week <= _weeks_in(year):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls(*_from_iso_calendar(year, week, day))

    year, month, day = _fields(3)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()
        monday = _iso_week1_monday(year)
        if ordinal < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif year < MAXYEAR and ordinal >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(ordinal - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
        )

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        name = _type_name(self)
        return "%s(%d, %d, %d)" % (name, self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_NAMES[self.weekday()],
            _MONTH_NAMES[self._month],
            self._day,
            self._year,
        )

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other._days
            if 0 < ordinal <= _MAXORDINAL:
                return _new_date(type(self), *_from_ordinal(ordinal))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if type(other) is date or (isinstance(other, date) and not isinstance(other, datetime)):
            if isinstance(self, datetime):
                return NotImplemented
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _compare(self, other, equality):
        # (A datetime compares with a date by its own methods, tried first.)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp(self.toordinal(), other.toordinal())
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    __copy__ = __deepcopy__ = _itself


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """The abstract base of time zones: a subclass gives `utcoffset`, `dst` and `tzname`."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = _checked_offset("utcoffset", self.utcoffset(dt))
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _checked_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = offset - dst
        if delta:
            dt += delta
            dst = _checked_offset("dst", self.dst(dt))
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    return _checked_offset("utcoffset", tz.utcoffset(dt))


def _dst_of(tz, dt):
    if tz is None:
        return None
    return _checked_offset("dst", tz.dst(dt))


def _tzname_of(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _check_timespec(position, value):
    if not isinstance(value, str):
        raise TypeError("isoformat() argument %d must be str, not %s" % (position, type(value).__name__))


def _fromisoformat_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time, or None."""
    if not text.isascii():
        return None
    zone = None
    for i, c in enumerate(text):
        if c in "+-Z":
            text, zone = text[:i], text[i:]
            break
    fields = _time_fields(text)
    if fields is None:
        return None
    tz = None
    if zone is not None:
        if zone == "Z":
            tz = timezone.utc
        else:
            offset = _time_fields(zone[1:])
            if offset is None:
                return None
            hours, minutes, seconds, microseconds = offset
            delta = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=microseconds)
            if zone[0] == "-":
                delta = -delta
            tz = timezone.utc if not delta else timezone(delta)
    return fields + (tz,)


def _time_fields(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]], or None."""
    fraction = ""
    for mark in ".,":
        if mark in text:
            text, _, fraction = text.partition(mark)
            if not fraction.isdigit():
                return None
            break
    if ":" in text:
        parts = text.split(":")
        if any(len(p) != 2 for p in parts):
            return None
    else:
        if len(text) % 2:
            return None
        parts = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    if fraction and len(parts) != 3:
        return None
    numbers = [int(p) for p in parts] + [0] * (3 - len(parts))
    microsecond = int((fraction + "000000")[:6]) if fraction else 0
    return numbers[0], numbers[1], numbers[2], microsecond


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        fields = _fromisoformat_time(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*fields)

    hour, minute, second, microsecond, tzinfo, fold = _fields(6)

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, None)

    def dst(self):
        return _dst_of(self._tzinfo, None)

    def tzname(self):
        return _tzname_of(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        _check_timespec(1, timespec)
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), True)

    __str__ = isoformat

    def __repr__(self):
        name = _type_name(self)
        if self._microsecond:
            fields = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            fields = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            fields = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            fields += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            fields += ", fold=1"
        return "%s(%s)" % (name, fields)

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _strftime(self, fmt, tt, self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        return _format_spec(self, fmt)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def _key(self):
        return self._hour * 3600 + self._minute * 60 + self._second, self._microsecond

    def _compare(self, other, equality):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._key(), other._key())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _cmp(self._key(), other._key())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._key()[0] * 1000000 + self._microsecond - mine._total()
        b = other._key()[0] * 1000000 + other._microsecond - theirs._total()
        return _cmp(a, b)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            seconds, microsecond = self._key()
            if offset is None:
                self._hashcode = hash((seconds, microsecond))
            else:
                self._hashcode = hash(seconds * 1000000 + microsecond - offset._total())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)

    __copy__ = __deepcopy__ = _itself


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(
        cls,
        year=_MISSING,
        month=_MISSING,
        day=_MISSING,
        hour=0,
        minute=0,
        second=0,
        microsecond=0,
        tzinfo=None,
        *,
        fold=0,
    ):
        for position, (name, value) in enumerate((("year", year), ("month", month), ("day", day))):
            if value is _MISSING:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, position + 1))
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour, minute, second, microsecond, tzinfo, fold = _fields(6)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            fraction, whole = _math.modf(t)
            microsecond = round(fraction * 1e6)
            if microsecond >= 1000000:
                whole += 1
                microsecond -= 1000000
            elif microsecond < 0:
                whole -= 1
                microsecond += 1000000
            seconds = int(whole)
        else:
            seconds, microsecond = _operator.index(t), 0
        tm = _time.gmtime(seconds) if utc else _time.localtime(seconds)
        return cls(
            tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), microsecond, tz
        )

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        seconds, nanoseconds = divmod(_time.time_ns(), 10**9)
        stamp = cls._from_timestamp(seconds, tz is not None, tz).replace(microsecond=nanoseconds // 1000)
        return stamp if tz is None else tz.fromutc(stamp)

    @classmethod
    def utcnow(cls):
        seconds, nanoseconds = divmod(_time.time_ns(), 10**9)
        return cls._from_timestamp(seconds, True, None).replace(microsecond=nanoseconds // 1000)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(
            date.year,
            date.month,
            date.day,
            time.hour,
            time.minute,
            time.second,
            time.microsecond,
            tzinfo,
            fold=time.fold,
        )

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = date_string
        if len(text) >= 7 and text[4] == "W" or len(text) >= 8 and text[4:6] == "-W":
            size = 8 if text[4] == "W" else 10
            if text[4] == "W" and (len(text) < 8 or not text[7].isdigit()):
                size = 7
            elif text[4] == "-" and (len(text) < 10 or text[8] != "-"):
                size = 8
        elif len(text) >= 5 and text[4] == "-":
            size = 10
        else:
            size = 8
        fields = _fromisoformat_date(text[:size])
        time_fields = (0, 0, 0, 0, None)
        if fields is not None and len(text) > size:
            time_fields = _fromisoformat_time(text[size + 1:]) if len(text) > size + 1 else None
        if fields is None or time_fields is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*(fields + time_fields))

    @classmethod
    def strptime(cls, date_string, format):
        year, month, day, hour, minute, second, fraction, zone, gmtoff, gmtoff_fraction = _strptime_fields(
            date_string, format
        )
        tz = None
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(year, month, day, hour, minute, second, fraction, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(
            self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold
        )

    def utcoffset(self):
        return _utcoffset_of(self._tzinfo, self)

    def dst(self):
        return _dst_of(self._tzinfo, self)

    def tzname(self):
        return _tzname_of(self._tzinfo, self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _struct_time(
            moment._year, moment._month, moment._day, moment._hour, moment._minute, moment._second, 0
        )

    def _naive_local_seconds(self):
        return _time.mktime(
            _struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, -1)
        )

    def timestamp(self):
        if self.utcoffset() is None:
            return self._naive_local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        """The local zone (as a fixed offset) at this moment, a naive one read as local."""
        offset = self.utcoffset()
        if offset is None:
            seconds = int(self._naive_local_seconds())
        else:
            seconds = (self - offset - _EPOCH.replace(tzinfo=None)) // timedelta(seconds=1)
        tm = _time.localtime(seconds)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        mine = self._tzinfo
        offset = self.utcoffset()
        if offset is None:
            mine = self._local_timezone()
            offset = mine.utcoffset(self)
        if tz is mine:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(
                "isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__
            )
        _check_timespec(2, timespec)
        text = "%04d-%02d-%02d%s%s" % (
            self._year,
            self._month,
            self._day,
            sep,
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec),
        )
        return text + _format_offset(self.utcoffset(), True)

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        name = _type_name(self)
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ", ".join("%d" % f for f in fields)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (name, text)

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()],
            _MONTH_NAMES[self._month],
            self._day,
            self._hour,
            self._minute,
            self._second,
            self._year,
        )

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname())

    def replace(
        self,
        year=None,
        month=None,
        day=None,
        hour=None,
        minute=None,
        second=None,
        microsecond=None,
        tzinfo=True,
        *,
        fold=None,
    ):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold,
        )

    def _total(self):
        """Microseconds since 0001-01-01T00:00 (ignoring the tzinfo)."""
        seconds = self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        return seconds * 1000000 + self._microsecond

    @classmethod
    def _from_total(cls, total, tz):
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, microsecond = divmod(rest, 1000000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return cls(*_from_ordinal(days), hour, minute, second, microsecond, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() + other._total(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total(self._total() - other._total(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._total() - other._total()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                difference -= mine._total() - theirs._total()
        return timedelta._from_microseconds(difference)

    def _compare(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not equality:
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._total(), other._total())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _cmp(self._total(), other._total())
        if mine is None or theirs is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._total() - mine._total(), other._total() - theirs._total())

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons()

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
            total = self._total()
            if offset is not None:
                total -= offset._total()
            self._hashcode = hash(total)
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_date_class = date
_time_class = time


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is _MISSING:
            if not offset and _UTC is not None:
                return _UTC
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _type_name(name).replace("NoneType", "None"))
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError(
                "offset must be a timedelta strictly between -timedelta(hours=24) and "
                "timedelta(hours=24), not %r." % (offset,)
            )
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def _check(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(
                "%s(dt) argument must be a datetime instance or None, not %s" % (method, type(dt).__name__)
            )

    def utcoffset(self, dt):
        self._check("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check("dst", dt)
        return None

    def tzname(self, dt):
        self._check("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, True)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    __copy__ = __deepcopy__ = _itself


_UTC = None
_UTC = timezone(timedelta(0), "UTC")
_UTC._name = None
timezone.utc = UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

for _cls in (timedelta, date, tzinfo, time, datetime, timezone):
    _C_NAMES[_cls] = "datetime." + _cls.__name__
    _c_type(_cls, "datetime." + _cls.__name__)
_c_type(IsoCalendarDate, "datetime.IsoCalendarDate")
del _cls
