"""The unittest module (pyglass's own): TestCase with its assertions, skips and expected
failures, subTest, setUp/tearDown at method and class level, cleanups, TestSuite, TestLoader,
TextTestRunner and main, reporting as CPython 3.11's runner does, with the diffs of failing
comparisons of containers and strings. unittest.mock lives in the
submodule (unittest_mock.py). Not done: module fixtures, assertWarns/assertLogs."""

import sys
import time
import traceback
import re as _re
import difflib
import pprint

class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, "__name__", "skip_wrapper")
            skip_wrapper.__doc__ = getattr(test_item, "__doc__", None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(skip)):
        test_item, reason = reason, ""
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + " [truncated]..."


def _strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = _re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg
        self.exception = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop("msg", None)
            return self
        callable_obj, *args = args
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        try:
            name = self.expected.__name__
        except AttributeError:
            name = str(self.expected)
        if exc_type is None:
            self.test_case.fail(self.test_case._formatMessage(self.msg, "%s not raised" % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc_value))))
        return True


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not _SUBTEST_DEFAULT:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join("{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_SUBTEST_DEFAULT = object()


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        self._cleanups = []

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def id(self):
        return "%s.%s" % (_strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, _strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (_strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        return type(self) is type(other) and self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=_SUBTEST_DEFAULT, **params):
        return _SubTestContext(self, msg, params)

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        method = getattr(self, self._testMethodName)
        result.startTest(self)
        try:
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                why = (getattr(self.__class__, "__unittest_skip_why__", "")
                       or getattr(method, "__unittest_skip_why__", ""))
                result.addSkip(self, why)
                return result
            expecting = getattr(method, "__unittest_expecting_failure__", False)
            self._outcome = _Outcome(result, expecting)
            if self._outcome.run(self, self.setUp):
                self._outcome.run(self, method)
                self._outcome.run(self, self.tearDown)
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                self._outcome.run(self, lambda: function(*args, **kwargs))
            self._outcome.report(self)
            return result
        finally:
            result.stopTest(self)
            self._outcome = None

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # Assertions.

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return "%s : %s" % (standardMsg, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (_safe_repr(standardMsg), _safe_repr(msg))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        # (Two values of one container type or of str are compared by their own assertion,
        # whose message shows a diff.)
        asserter = self._baseAssertEqual
        if type(first) == type(second):
            name = _EQUALITY_ASSERTIONS.get(type(first))
            if name is not None:
                asserter = getattr(self, name)
        asserter(first, second, msg=msg)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, "%s != %s" % _common_shorten_repr(first, second)))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (_safe_repr(first), _safe_repr(second))))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + "\nDiff is %s characters long. Set self.maxDiff to None to see it." % len(diff)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException("First sequence is not a %s: %s" % (kind, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException("Second sequence is not a %s: %s" % (kind, _safe_repr(seq2)))
        else:
            kind = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = "First %s has no length.    Non-sequence?" % kind
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = "Second %s has no length.    Non-sequence?" % kind
        if differing is None:
            if seq1 == seq2:
                return
            differing = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                if seq1[i] != seq2[i]:
                    differing += "\nFirst differing element %d:\n%s\n%s\n" % (
                        (i,) + _common_shorten_repr(seq1[i], seq2[i]))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 != len2:
                longer, which, shorter = (seq1, "First", len2) if len1 > len2 else (seq2, "Second", len1)
                differing += "\n%s %s contains %d additional elements.\n" % (which, kind, abs(len1 - len2))
                differing += "First extra element %d:\n%s\n" % (shorter, _safe_repr(longer[shorter]))
        diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(seq1).splitlines(), pprint.pformat(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(differing, diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            standard = "%s != %s" % _common_shorten_repr(d1, d2)
            diff = "\n" + "\n".join(difflib.ndiff(pprint.pformat(d1).splitlines(), pprint.pformat(d2).splitlines()))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > 2**16 or len(second) > 2**16:
                self._baseAssertEqual(first, second, msg)
            firstlines = first.splitlines(keepends=True)
            secondlines = second.splitlines(keepends=True)
            if len(firstlines) == 1 and first.strip("\r\n") == first:
                firstlines = [first + "\n"]
                secondlines = [second + "\n"]
            standard = "%s != %s" % _common_shorten_repr(first, second)
            diff = "\n" + "".join(difflib.ndiff(firstlines, secondlines))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def _compare(self, ok, first, second, words, msg):
        if not ok:
            self.fail(self._formatMessage(msg, "%s %s %s" % (_safe_repr(first), words, _safe_repr(second))))

    def assertLess(self, a, b, msg=None):
        self._compare(a < b, a, b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._compare(a <= b, a, b, "not less than or equal to", msg)

    def assertGreater(self, a, b, msg=None):
        self._compare(a > b, a, b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._compare(a >= b, a, b, "not greater than or equal to", msg)

    def assertIs(self, expr1, expr2, msg=None):
        self._compare(expr1 is expr2, expr1, expr2, "is not", msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % _safe_repr(expr1)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % _safe_repr(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, "%s unexpectedly found in %s" % (_safe_repr(member), _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (_safe_repr(obj), cls)))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        differences = []
        for item in first_seq + second_seq:
            a, b = first_seq.count(item), second_seq.count(item)
            if a != b and (a, b, item) not in differences:
                differences.append((a, b, item))
        if differences:
            lines = ["First has %d, Second has %d:  %r" % d for d in differences]
            self.fail(self._formatMessage(msg, "Element counts were not equal:\n" + "\n".join(lines)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(
                msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self.fail(self._formatMessage(msg, "Regex matched: %r matches %r in %r" % (
                text[match.start():match.end()], unexpected_regex.pattern, text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle("assertRaisesRegex", args, kwargs)


_EQUALITY_ASSERTIONS = {dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
                        set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual"}


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > 12:
        s = "%s[%d chars]%s" % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    """The reprs of `args`, their common beginning and their ends shortened to `[N chars]`
    where the longest is over 80 characters, as CPython's messages do it."""
    args = tuple(map(_safe_repr, args))
    maxlen = max(map(len, args))
    if maxlen <= 80:
        return args
    prefix = args[0]
    for other in args[1:]:
        while not other.startswith(prefix):
            prefix = prefix[:-1]
    prefixlen = len(prefix)
    common_len = 80 - (maxlen - prefixlen + 5 + 12)
    if common_len > 5:
        prefix = _shorten(prefix, 5, common_len)
        return tuple(prefix + s[prefixlen:] for s in args)
    prefix = _shorten(prefix, 5, 5)
    return tuple(prefix + _shorten(s[prefixlen:], 80 - (5 + 12 + 5 + 12 + 5), 5) for s in args)


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.test_case._outcome
        if exc_type is None or outcome is None:
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.sub, str(exc_value))
        elif issubclass(exc_type, self.test_case.failureException):
            outcome.failed = True
            outcome.result.addSubTest(self.test_case, self.sub, (exc_type, exc_value, tb), "failure")
        elif issubclass(exc_type, Exception):
            outcome.failed = True
            outcome.result.addSubTest(self.test_case, self.sub, (exc_type, exc_value, tb), "error")
        else:
            return False
        return True


class _Outcome:
    """What one test's setUp, body, tearDown and cleanups came to."""

    def __init__(self, result, expecting_failure):
        self.result = result
        self.expecting_failure = expecting_failure
        self.failed = False
        self.errors = []
        self.skipped = None
        self.expected_failure = None

    def run(self, test, function):
        try:
            function()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.skipped = str(e)
        except test.failureException:
            self.failed = True
            if self.expecting_failure:
                self.expected_failure = sys.exc_info()
            else:
                self.errors.append(("failure", sys.exc_info()))
        except Exception:
            self.failed = True
            if self.expecting_failure:
                self.expected_failure = sys.exc_info()
            else:
                self.errors.append(("error", sys.exc_info()))
        return False

    def report(self, test):
        if self.skipped is not None and not self.errors:
            self.result.addSkip(test, self.skipped)
            return
        for kind, info in self.errors:
            if kind == "failure":
                self.result.addFailure(test, info)
            else:
                self.result.addError(test, info)
        if self.errors:
            return
        if self.expecting_failure:
            if self.expected_failure is not None:
                self.result.addExpectedFailure(test, self.expected_failure)
            else:
                self.result.addUnexpectedSuccess(test)
        elif not self.failed:
            self.result.addSuccess(test)


def _format_error(test, info):
    """The report of an exception a test raised, without the frames of this module, as
    CPython's runner leaves them out (each frame is a `File` line and the indented lines
    after it)."""
    exc_type, value, tb = info
    own = '  File "%s"' % globals().get("__file__", "<frozen %s>" % __name__)
    kept = []
    skipping = False
    for line in traceback.format_exception(exc_type, value, tb):
        for part in line.splitlines(True):
            if part.startswith('  File "'):
                skipping = part.startswith(own)
            elif not part.startswith("    "):
                skipping = False
            if not skipping:
                kept.append(part)
    return "".join(kept)


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def addSuccess(self, test):
        pass

    def addError(self, test, err):
        self.errors.append((test, _format_error(test, err)))

    def addFailure(self, test, err):
        self.failures.append((test, _format_error(test, err)))

    def addSubTest(self, test, subtest, err, kind="failure"):
        entry = (subtest, _format_error(subtest, err))
        (self.failures if kind == "failure" else self.errors).append(entry)

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_error(test, err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return not self.failures and not self.errors and not self.unexpectedSuccesses

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            _strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc = test.shortDescription() if self.descriptions and hasattr(test, "shortDescription") else None
        return "\n".join((str(test), doc)) if doc else str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + " ... ")
            self.stream.flush()

    def _mark(self, long, short, test=None):
        # (A class's setUpClass or tearDownClass was not started as a test.)
        if self.showAll and isinstance(test, _ClassFixture):
            self.stream.write(str(test) + " ... ")
        if self.showAll:
            self.stream.write(long + "\n")
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark("ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._mark("ERROR", "E", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark("FAIL", "F")

    def addSubTest(self, test, subtest, err, kind="failure"):
        super().addSubTest(test, subtest, err, kind)
        self._mark("FAIL" if kind == "failure" else "ERROR", "F" if kind == "failure" else "E")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark("skipped {0!r}".format(reason), "s", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        for flavour, errors in (("ERROR", self.errors), ("FAIL", self.failures)):
            for test, err in errors:
                self.stream.write(self.separator1 + "\n")
                self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
                self.stream.write(self.separator2 + "\n")
                self.stream.write("%s\n" % err)
                self.stream.flush()
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for test in tests:
            self.addTest(test)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        classes_set_up = []
        failed_classes = set()
        for test in self._flat():
            if result.shouldStop:
                break
            cls = test.__class__
            if cls not in classes_set_up:
                self._tear_down_classes(classes_set_up, result)
                classes_set_up.append(cls)
                if not getattr(cls, "__unittest_skip__", False):
                    try:
                        cls.setUpClass()
                    except SkipTest as e:
                        result.addSkip(_ClassFixture("setUpClass", cls), str(e))
                        failed_classes.add(cls)
                    except Exception:
                        result.addError(_ClassFixture("setUpClass", cls), sys.exc_info())
                        failed_classes.add(cls)
            if cls in failed_classes:
                continue
            test(result)
        self._tear_down_classes(classes_set_up, result, failed_classes)
        return result

    def _flat(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    @staticmethod
    def _tear_down_classes(classes, result, failed=()):
        while classes:
            cls = classes.pop()
            if cls in failed or getattr(cls, "__unittest_skip__", False):
                continue
            try:
                cls.tearDownClass()
            except Exception:
                result.addError(_ClassFixture("tearDownClass", cls), sys.exc_info())


class _ClassFixture:
    def __init__(self, name, cls):
        self.description = "%s (%s)" % (name, _strclass(cls))

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = None

    def getTestCaseNames(self, testCaseClass):
        return sorted(name for name in dir(testCaseClass)
                      if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)))

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite(map(testCaseClass, names))

    def loadTestsFromModule(self, module):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return TestSuite(tests)

    def loadTestsFromName(self, name, module=None):
        obj = module
        for part in name.split("."):
            obj = getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        return TestSuite([obj])

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.write(TextTestResult.separator2 + "\n")
        run = result.testsRun
        self.stream.write("Ran %d test%s in %.3fs\n\n" % (run, "" if run == 1 else "s", taken))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0 and not result.skipped:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        for count, label in ((len(result.skipped), "skipped"), (len(result.expectedFailures), "expected failures"),
                             (len(result.unexpectedSuccesses), "unexpected successes")):
            if count:
                infos.append("%s=%d" % (label, count))
        self.stream.write(" (%s)\n" % ", ".join(infos) if infos else "\n")
        self.stream.flush()
        return result


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        self.module = sys.modules[module] if isinstance(module, str) else module
        argv = list(sys.argv if argv is None else argv)
        if "-v" in argv[1:] or "--verbose" in argv[1:]:
            verbosity = 2
        if "-q" in argv[1:] or "--quiet" in argv[1:]:
            verbosity = 0
        names = [a for a in argv[1:] if not a.startswith("-")]
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = testLoader.loadTestsFromModule(self.module)
        runner = testRunner if testRunner is not None else TextTestRunner(verbosity=verbosity)
        if isinstance(runner, type):
            runner = runner(verbosity=verbosity)
        self.result = runner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

# Where CPython defines them (their reprs name the module).
TestResult.__module__ = "unittest.result"
TextTestResult.__module__ = TextTestRunner.__module__ = "unittest.runner"
TestCase.__module__ = "unittest.case"
TestSuite.__module__ = "unittest.suite"
TestLoader.__module__ = "unittest.loader"
TestProgram.__module__ = "unittest.main"
