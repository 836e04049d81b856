# unittest: assertions and their messages (with the diffs of containers and strings), skips, expected failures, subTest, fixtures at
# method and class level, cleanups, the text runner's report (its time masked) and main().
import io
import os
import re
import sys
import unittest


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.items = [3, 1, 2]

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_sorted(self):
        """Sorting works."""
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_fails(self):
        self.assertEqual(len(self.items), 4, "length")

    def test_error(self):
        {}["missing"]

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 3, 2)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertIn(5, self.items)

    @unittest.skip("not now")
    def test_skipped(self):
        print("never runs")

    def test_cleanup(self):
        self.addCleanup(print, "cleanup", 1)
        self.addCleanup(print, "cleanup", 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught", type(cm.exception).__name__, cm.exception)
        self.assertRaises(KeyError, {}.__getitem__, "k")
        with self.assertRaisesRegex(ValueError, "bad .* value"):
            int("bad int value")


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            (self.assertTrue, (0,)), (self.assertFalse, ("x",)), (self.assertIn, (1, [2, 3])),
            (self.assertNotIn, ("a", "cat")), (self.assertIsNone, (0,)), (self.assertIsNotNone, (None,)),
            (self.assertIs, (None, False)), (self.assertEqual, (2.5, 3)), (self.assertNotEqual, ("a", "a")),
            (self.assertAlmostEqual, (1.0, 1.001)), (self.assertAlmostEqual, (1.0, 1.5, None, None, 0.1)),
            (self.assertGreater, (1, 2)), (self.assertLessEqual, (5, 4)),
            (self.assertIsInstance, ("s", int)), (self.assertCountEqual, ([1, 1, 2], [1, 2, 2])),
            (self.assertRegex, ("hello", r"\d")), (self.assertEqual, (1, 2, "custom message")),
            (self.assertEqual, ([1, 2], [1, 3])), (self.assertEqual, ((1, 2), (1, 2, 3))),
            (self.assertEqual, ({"a": 1, "b": [1, 2]}, {"a": 2, "b": [1, 2]})),
            (self.assertEqual, ({1, 2, 3}, {2, 3, 4})), (self.assertEqual, ("abc", "abd")),
            (self.assertEqual, ("line one\nline two\n", "line one\nline 2\n")),
            (self.assertEqual, ("x" * 100, "x" * 99 + "y")), (self.assertEqual, (list(range(40)), list(range(1, 41)))),
            (self.assertListEqual, ((1,), [1])),
        ]
        for check, args in checks:
            try:
                check(*args)
            except AssertionError as e:
                print(check.__name__, "->", e)
        try:
            with self.assertRaises(TypeError):
                pass
        except AssertionError as e:
            print("assertRaises ->", e)


def run(*classes, verbosity=1):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    # (The report names this file by its absolute path, which depends on the checkout.)
    report = stream.getvalue().replace(os.path.abspath(__file__), os.path.basename(__file__))
    print(re.sub(r"in \d+\.\d+s", "in TIME", report))
    print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures))


run(Arithmetic)
run(Messages, verbosity=2)
print(unittest.TestLoader().getTestCaseNames(Arithmetic))
print(str(Arithmetic("test_sorted")), Arithmetic("test_sorted").id())
print(Arithmetic("test_sorted").shortDescription())
sys.argv[1:] = ["Messages"]
sys.stderr = io.StringIO()
program = unittest.main(exit=False)
print(program.result.wasSuccessful(), program.result.testsRun)
