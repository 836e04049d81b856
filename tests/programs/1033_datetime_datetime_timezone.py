"""datetime.datetime and timezone: isoformat, fromisoformat, strptime, timestamps in UTC, astimezone, aware arithmetic and comparisons, errors."""
import datetime as M
import time


def check(text):
    try:
        value = eval(text)
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
    else:
        print(text, "->", repr(value))


check('M.datetime(2020, 1, 1) == M.date(2020, 1, 1)')
check('M.datetime(2020, 1, 1) >= M.date(2020, 1, 1)')
check('M.datetime(2020, 1, 2) - M.date(2020, 1, 1)')
check('M.datetime(2020, 1, 2)')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6)')
check('M.datetime(2020, 1, 2, 3, 4, 5)')
check('M.datetime(2020, 1, 2, 3, 0, 0, 6)')
check('M.datetime(2020, 1, 2, 3, 4, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 2, fold=1)')
check('M.datetime(2020, 1, 2, 24)')
check('M.datetime(2020, 1)')
check("M.datetime(2020, 1, 2, tzinfo='x')")
check('str(M.datetime(2020, 1, 2, 3, 4, 5, 6)), str(M.datetime(2020, 1, 2, tzinfo=M.timezone(M.timedelta(hours=-5))))')
check("M.datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(), M.datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(' '), M.datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(sep='x', timespec='minutes')")
check("M.datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(timespec='milliseconds'), M.datetime(2020, 1, 2, 3, 4, 5, 6).isoformat(timespec='hours')")
check("M.datetime(2020, 1, 1).isoformat('ab')")
check("M.datetime(2020, 1, 1).isoformat(timespec='nanoseconds')")
check('M.datetime(2020, 1, 2, 3, 4, 5, 6).date(), M.datetime(2020, 1, 2, 3, 4, 5, 6, M.timezone.utc).time(), M.datetime(2020, 1, 2, 3, 4, 5, 6, M.timezone.utc).timetz()')
check('M.datetime.combine(M.date(2020, 1, 2), M.time(3, 4))')
check('M.datetime.combine(M.date(2020, 1, 2), M.time(3, 4, tzinfo=M.timezone.utc))')
check('M.datetime.combine(M.date(2020, 1, 2), M.time(3, 4, tzinfo=M.timezone.utc), None)')
check('M.datetime.combine(M.datetime(2020, 1, 2, 5), M.time(3, 4))')
check('M.datetime.combine(1, 2)')
check('M.datetime.combine(M.date(2020, 1, 2), 2)')
check('M.datetime(2020, 1, 2, 3, 4, 5).ctime()')
check("M.datetime(2020, 1, 2, 3, 4, 5, 6).strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z %j %a %I%p')")
check("M.datetime(2020, 1, 2, 3, 4, 5, 6, M.timezone(M.timedelta(hours=-1, seconds=3, microseconds=5))).strftime('%z|%Z|%f')")
check("M.datetime(2020, 1, 2, 3, 4, 5, tzinfo=M.timezone(M.timedelta(hours=5, minutes=30), 'I%S')).strftime('%Z')")
check('M.datetime(2020, 1, 2, 3, 4, 5, 6).timetuple()')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6, M.timezone(M.timedelta(hours=2))).utctimetuple()')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6, M.timezone.utc).timetuple()')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6) + M.timedelta(days=1, hours=22)')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6) - M.timedelta(days=400, microseconds=7)')
check('M.datetime(2020, 3, 1) - M.datetime(2020, 2, 28, 12)')
check('M.datetime(2020, 3, 1) - M.datetime(2020, 3, 1, 0, 0, 0, 1)')
check('M.datetime(2020, 3, 1, tzinfo=M.timezone.utc) - M.datetime(2020, 3, 1, tzinfo=M.timezone(M.timedelta(hours=3)))')
check('M.datetime(2020, 1, 1) - M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 1) < M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 1) == M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 1, 3, tzinfo=M.timezone(M.timedelta(hours=3))) == M.datetime(2020, 1, 1, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 1, 3, tzinfo=M.timezone(M.timedelta(hours=3))) < M.datetime(2020, 1, 1, 0, 0, 1, tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 1) + M.datetime(2020, 1, 1)')
check('M.datetime(2020, 1, 1) + 1')
check('M.datetime.max + M.timedelta(microseconds=1)')
check('M.datetime.min - M.timedelta(microseconds=1)')
check('M.datetime.min, M.datetime.max, M.datetime.resolution')
check('M.datetime(2020, 1, 2, 3, 4, 5, 6).replace(year=2021, microsecond=0), M.datetime(2020, 1, 2).replace(tzinfo=M.timezone.utc)')
check('M.datetime(2020, 1, 2, tzinfo=M.timezone.utc).replace(tzinfo=None)')
check('M.datetime(2020, 2, 29).replace(year=2021)')
check("M.datetime.fromisoformat('2020-01-02T')")
check("M.datetime.fromisoformat('2020-01-0212:30')")
check("M.datetime.fromisoformat('2020-01-02T25:00')")
check('M.datetime.fromisoformat(5)')
check('M.datetime.fromtimestamp(0, M.timezone.utc)')
check('M.datetime.fromtimestamp(1234567890.123456, M.timezone.utc)')
check('M.datetime.fromtimestamp(1234567890.9999996, M.timezone.utc)')
check('M.datetime.fromtimestamp(-1.5, M.timezone.utc)')
check("M.datetime.fromtimestamp(1e8, M.timezone(M.timedelta(hours=-7), 'X'))")
check('M.datetime.fromtimestamp(0, 5)')
check('M.datetime.utcfromtimestamp(1e9 + 0.25)')
check('M.datetime(2009, 2, 13, 23, 31, 30, tzinfo=M.timezone.utc).timestamp()')
check('M.datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=M.timezone(M.timedelta(hours=1))).timestamp()')
check('M.datetime(2020, 1, 1, 12, tzinfo=M.timezone.utc).astimezone(M.timezone(M.timedelta(hours=-5)))')
check('M.datetime(2020, 1, 1, 12, tzinfo=M.timezone.utc).astimezone(M.timezone.utc)')
check("M.datetime(2020, 1, 1, 12, tzinfo=M.timezone(M.timedelta(hours=9), 'JST')).astimezone(M.timezone(M.timedelta(hours=-3, minutes=-30)))")
check('M.datetime(2020, 1, 1, 12, tzinfo=M.timezone.utc).astimezone(5)')
check('M.datetime(2020, 1, 1, 12, tzinfo=M.timezone.utc).utcoffset(), M.datetime(2020, 1, 1, 12).utcoffset(), M.datetime(2020, 1, 1, 12).tzname(), M.datetime(2020, 1, 1, 12, tzinfo=M.timezone.utc).dst()')
check('hash(M.datetime(2020, 1, 1, 3, tzinfo=M.timezone(M.timedelta(hours=3)))) == hash(M.datetime(2020, 1, 1, tzinfo=M.timezone.utc))')
check('M.datetime(2020, 1, 1, 3, 4).year, M.datetime(2020, 1, 1, 3, 4).hour, M.datetime(2020, 1, 1, 3, 4).minute, M.datetime(2020, 1, 1, 3, 4).tzinfo')
check('isinstance(M.datetime(2020, 1, 1), M.date), issubclass(M.timezone, M.tzinfo)')
check('M.datetime(2020, 1, 1).weekday(), M.datetime(2020, 1, 1).isocalendar(), M.datetime(2020, 1, 1).toordinal()')
check("M.datetime.strptime('2020-01-02 03:04:05', '%Y-%m-%d %H:%M:%S')")
check("M.datetime.strptime('2020-01-02 03:04:05.25', '%Y-%m-%d %H:%M:%S.%f')")
check("M.datetime.strptime('02/Jan/2020:03:04:05 +0100', '%d/%b/%Y:%H:%M:%S %z')")
check("M.datetime.strptime('2020-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z')")
check("M.datetime.strptime('Thursday 2 January 2020 3PM', '%A %d %B %Y %I%p')")
check("M.datetime.strptime('2020-13-02', '%Y-%m-%d')")
check("M.datetime.strptime('2020-01-02 junk', '%Y-%m-%d')")
check("M.datetime.strptime('2020-02-30', '%Y-%m-%d')")
check('M.tzinfo().utcoffset(None)')
check('M.tzinfo().dst(None)')
check('M.tzinfo().tzname(None)')
check('M.tzinfo().fromutc(5)')
check('M.MINYEAR, M.MAXYEAR')


# A zone with daylight saving time (the rules of the USA since 2007), through the default
# tzinfo.fromutc.
class Eastern(M.tzinfo):
    def _dst_bounds(self, year):
        march = M.datetime(year, 3, 8, 2)
        start = march + M.timedelta(days=(6 - march.weekday()) % 7)
        november = M.datetime(year, 11, 1, 1)
        end = november + M.timedelta(days=(6 - november.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return M.timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return M.timedelta(0)
        start, end = self._dst_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        return M.timedelta(hours=1) if start <= naive < end else M.timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


eastern = Eastern()
for month in (1, 3, 7, 11):
    moment = M.datetime(2021, month, 15, 12, tzinfo=M.timezone.utc)
    local = moment.astimezone(eastern)
    print(local, local.tzname(), repr(local), local.utcoffset(), local.dst())
    print(local.strftime("%Y-%m-%d %H:%M %Z %z"), local.astimezone(M.timezone.utc) == moment)
edge = M.datetime(2021, 3, 14, 6, 59, tzinfo=M.timezone.utc)
print(edge.astimezone(eastern), (edge + M.timedelta(minutes=1)).astimezone(eastern))
print(M.datetime(2021, 7, 1, tzinfo=eastern) - M.datetime(2021, 1, 1, tzinfo=eastern))
print(M.datetime(2021, 7, 1, 12, tzinfo=eastern).timestamp(), M.datetime(2021, 7, 1, 12, tzinfo=eastern).timetuple())


class Broken(M.tzinfo):
    def utcoffset(self, dt):
        return 5


class TooFar(M.tzinfo):
    def utcoffset(self, dt):
        return M.timedelta(days=1)


class NoOffset(M.tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None


for zone in (Broken(), TooFar(), NoOffset()):
    try:
        print(M.datetime(2020, 1, 1, tzinfo=zone).utcoffset())
        print(zone.fromutc(M.datetime(2020, 1, 1, tzinfo=zone)))
    except Exception as e:
        print(type(e).__name__, e)


# Subclasses keep their type through arithmetic and replace.
class Stamp(M.datetime):
    def describe(self):
        return "stamp " + self.isoformat()


s = Stamp(2020, 5, 6, 7, 8)
print(repr(s), type(s + M.timedelta(days=1)).__name__, type(s.replace(year=2000)).__name__, s.describe())
print(type(s - s).__name__, s - M.datetime(2020, 5, 6))


class Day(M.date):
    pass


print(repr(Day(2020, 1, 1)), type(Day(2020, 1, 1) + M.timedelta(1)).__name__, type(Day.fromordinal(5)).__name__)


class Span(M.timedelta):
    pass


print(repr(Span(hours=1)), type(Span(hours=1) * 2).__name__)

# The clock: only types and consistency, never the time itself.
before = M.datetime.now()
after = M.datetime.now()
print(type(before).__name__, M.timedelta(0) <= after - before < M.timedelta(seconds=5))
utc_now = M.datetime.now(M.timezone.utc)
print(utc_now.tzinfo, abs(utc_now - M.datetime.fromtimestamp(time.time(), M.timezone.utc)) < M.timedelta(seconds=5))
print(type(M.date.today()).__name__, type(M.datetime.today()).__name__, M.datetime.utcnow().tzinfo)
print(abs(M.datetime.now().timestamp() - time.time()) < 5)
naive = M.datetime(2020, 6, 1, 12, 30)
print(M.datetime.fromtimestamp(naive.timestamp()) == naive, naive.astimezone().replace(tzinfo=None) == naive)

# Copies, dict keys, sorting.
import copy
d = M.datetime(2020, 1, 2, 3, tzinfo=M.timezone(M.timedelta(hours=1), "X"))
print(copy.copy(d) == d, copy.deepcopy(d), copy.deepcopy(M.timedelta(1, 2, 3)), copy.copy(M.date(2020, 1, 1)))
print(sorted([M.datetime(2020, 1, 2), M.datetime(2019, 5, 5), M.datetime(2020, 1, 1, 23)]))
counts = {}
for day in (M.date(2020, 1, 1), M.date(2020, 1, 1), M.date(2020, 1, 2)):
    counts[day] = counts.get(day, 0) + 1
print(counts)
print(type(M.datetime(2020, 1, 1)), M.timedelta, M.timezone.utc.__class__)

# The fields are read-only, with CPython's messages.
t = M.datetime(2020, 1, 1, 5)
for stmt in ("t.hour = 1", "t.year = 1", "del t.fold", "M.time(1).tzinfo = None", "M.timedelta(1).days = 2", "t.foo = 1", "t.foo"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
print(t.hour, t.year, t.fold, t.tzinfo, M.timedelta(1, 2, 3).seconds, M.date(2020, 5, 6).day)
