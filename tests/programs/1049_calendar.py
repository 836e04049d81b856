# calendar: leap years, weekdays, month ranges, the Calendar iterators, text and HTML output.
import calendar

print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH)
print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100)])
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(12000, 1, 1))
for y, m in [(2024, 2), (2023, 2), (2000, 12), (1999, 1), (2024, 9)]:
    print(y, m, calendar.monthrange(y, m))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-1], len(calendar.month_name), len(calendar.day_name))
print(calendar.mdays)

for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.setfirstweekday(-1),
            lambda: calendar.weekday(2024, 2, 30), lambda: calendar.month(2024, 13)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))

print(calendar.monthcalendar(2024, 2))
print(calendar.firstweekday())
print(calendar.month(2024, 2), end='')
print(calendar.month(2023, 10, 4, 2), end='')
calendar.prmonth(2021, 1)
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 3)))
for width in (1, 2, 3, 5, 9, 10):
    print(repr(calendar.weekheader(width)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3), end='')
print(calendar.monthcalendar(2024, 3))
calendar.setfirstweekday(calendar.MONDAY)

print(calendar.calendar(2024), end='')
calendar.prcal(1999, 1, 1, 3, 4)
print(calendar.calendar(2025, m=2, c=2), end='')

cal = calendar.Calendar()
print(list(cal.iterweekdays()))
print(list(cal.itermonthdates(2024, 12))[:3], list(cal.itermonthdates(2024, 12))[-3:])
print(list(cal.itermonthdays(2024, 6)))
print(list(cal.itermonthdays2(2024, 6))[:8])
print(list(cal.itermonthdays3(2023, 1))[:2], list(cal.itermonthdays4(2023, 12))[-2:])
print(cal.monthdatescalendar(2024, 1)[0])
print(cal.monthdays2calendar(2024, 1)[-1])
sun = calendar.Calendar(firstweekday=6)
print(sun.firstweekday, sun.getfirstweekday(), list(sun.iterweekdays()))
print(sun.monthdayscalendar(2024, 9))
print(len(sun.yeardayscalendar(2024)), len(sun.yeardayscalendar(2024, 4)[0]))
print(sun.yeardatescalendar(2024, 6)[1][0][0])
odd = calendar.Calendar(9)
print(odd.firstweekday, list(odd.iterweekdays()))

tc = calendar.TextCalendar(calendar.WEDNESDAY)
print(tc.formatmonth(2024, 7), end='')
print(repr(tc.formatweekheader(2)), repr(tc.formatmonthname(2024, 7, 20)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 4)))
tc.prweek([(5, 0)] * 7, 2)
print()
print(tc.formatyear(2023, 3, 1, 4, 6), end='')
calendar.format(['a', 'bb', 'ccc'], 5, 2)
print(repr(calendar.formatstring(['x', 'y'], 4, 3)))

html = calendar.HTMLCalendar()
print(html.formatmonth(2024, 2), end='')
print(html.formatmonth(2024, 2, withyear=False)[:160])
print(html.formatyear(2024, 4)[:400])

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2000, 1, 1, 0, 0, 0)))
print(str(calendar.IllegalMonthError(0)), calendar.IllegalWeekdayError(9).weekday)

# A whole XHTML page, and the Locale calendars (the C locale's names).
print(calendar.HTMLCalendar(6).formatyearpage(2024, 4)[:700])
print(calendar.HTMLCalendar().formatyearpage(2023, css=None, encoding='ascii')[-300:])
print(calendar.LocaleTextCalendar(2, 'C').formatmonth(2024, 5), end='')
print(calendar.LocaleHTMLCalendar(locale='C').formatmonth(2024, 5)[:200])
print(calendar.__all__)
