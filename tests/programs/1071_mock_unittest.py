# unittest.mock inside unittest: TestCases using patch decorators, Mock assertions that fail with
# their messages in the runner's report (its time masked), and `import unittest` still working.
import io
import re
import unittest
import unittest.mock
from unittest import mock


class Service:
    def fetch(self, key):
        raise RuntimeError("network")

    def total(self, keys):
        return sum(self.fetch(k) for k in keys)


class ServiceTests(unittest.TestCase):
    @mock.patch.object(Service, "fetch", side_effect=lambda k: len(k))
    def test_total(self, fetch):
        self.assertEqual(Service().total(["a", "bb", "ccc"]), 6)
        fetch.assert_has_calls([mock.call("a"), mock.call("bb"), mock.call("ccc")])
        self.assertEqual(fetch.call_count, 3)

    def test_failing_assert(self):
        m = mock.Mock(name="api")
        m(1)
        m.assert_called_with(2)

    def test_called_once(self):
        m = mock.MagicMock()
        m(1)
        m(2)
        m.assert_called_once()

    def test_context(self):
        with mock.patch.object(Service, "fetch", return_value=10) as f:
            self.assertEqual(Service().total("xy"), 20)
        f.assert_called_with("y")
        self.assertRaises(RuntimeError, Service().fetch, "z")

    def test_side_effect_raises(self):
        m = mock.Mock(side_effect=KeyError("gone"))
        with self.assertRaises(KeyError):
            m()
        m.assert_called_once_with()


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
report = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in <time>", stream.getvalue())
# Frames inside the mock module itself differ between implementations: drop them.
lines, skipping = [], False
for line in report.splitlines():
    if line.startswith('  File "'):
        skipping = "1071_mock_unittest.py" not in line
    elif not line.startswith("    "):
        skipping = False
    if not skipping:
        lines.append(line)
report = re.sub(r'File ".*[/\\]', 'File "', "\n".join(lines))
report = re.sub(r", line \d+", ", line N", report)
print(report)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(unittest.mock.Mock is mock.Mock, unittest.TestCase.__name__, mock.__name__)
