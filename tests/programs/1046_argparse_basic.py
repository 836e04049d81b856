# argparse: optionals, positionals, actions, nargs, types, choices, defaults, errors.
import argparse
import io
import sys


def run(parser, args, known=False):
    # Parse `args`, showing what argparse printed (help, usage, errors) and the result.
    buf = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buf
    try:
        if known:
            result = parser.parse_known_args(args)
        else:
            result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print('$', ' '.join(args))
    print(buf.getvalue(), end='')
    print(result)


p = argparse.ArgumentParser(prog='tool', description='A tool that does things.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (optional)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_true', help='less output')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='how many')
p.add_argument('--ratio', type=float)
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='mode: %(choices)s, default %(default)s')
p.add_argument('-I', '--include', action='append', default=[], help='add a path')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--items', nargs='+', type=int)
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')

for args in [
    ['a'],
    ['a', 'b'],
    ['-vvv', 'a'],
    ['a', '-v', '--verbose', '-q'],
    ['--num', '7', 'x'],
    ['--num=8', 'x'],
    ['-n9', 'x'],
    ['-n', 'ten', 'x'],
    ['--ratio', '2.5', 'x'],
    ['--ratio', 'abc', 'x'],
    ['--mode', 'fast', 'x'],
    ['--mode', 'medium', 'x'],
    ['-I', 'p1', '-I', 'p2', '--include=p3', 'x'],
    ['--tag', '--tag', 'x'],
    ['--const', 'x'],
    ['--pair', 'k', 'v', 'x'],
    ['--pair', 'k', 'x'],
    ['--items', '1', '2', '3', '--', 'x'],
    ['--items', 'x'],
    ['--maybe', 'x'],
    ['x', '--maybe'],
    ['x', '--maybe', 'M'],
    ['--many', 'x'],
    ['x', '--many'],
    ['x', '--many', '1', '2'],
    ['--ext', 'a', 'b', '--ext', 'c', 'x'],
    ['--verb', 'x'],
    ['--nu', '5', 'x'],
    ['--n', '5', 'x'],
    ['-qv', 'x'],
    ['-vq', 'x'],
    ['--no-color', 'x'],
    [],
    ['a', 'b', 'c'],
    ['--bogus', 'x'],
    ['--num'],
    ['--', '-x'],
    ['-x'],
    ['--version'],
    ['--help'],
    ['-h'],
]:
    run(p, args)

run(p, ['a', 'b', '--zzz', 'c', '-k'], known=True)
run(p, ['x', '--num', '-5'])

# Namespace: repr, equality, containment.
ns = argparse.Namespace(b=2, a=1)
print(ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), 'a' in ns, 'z' in ns)
print(argparse.Namespace(**{'odd-name': 1, 'x': 2}))
print(argparse.Namespace() == {}, vars(ns))

# Negative numbers and type errors from type functions.
q = argparse.ArgumentParser(prog='neg')
q.add_argument('x', type=int)
q.add_argument('--y', type=float)
run(q, ['-3'])
run(q, ['--y', '-2.5', '4'])


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is not even' % text)
    return value


q.add_argument('--even', type=even)
run(q, ['1', '--even', '4'])
run(q, ['1', '--even', '5'])
run(q, ['1', '--even', 'z'])

r = argparse.ArgumentParser(prog='abbr', allow_abbrev=False)
r.add_argument('--long-option', type=int)
r.add_argument('--long-other')
run(r, ['--long-option', '1'])
run(r, ['--long', '1'])
r2 = argparse.ArgumentParser(prog='amb')
r2.add_argument('--long-option', type=int)
r2.add_argument('--long-other')
run(r2, ['--long', '1'])
run(r2, ['--long-o=1'])

# Required options and positional nargs patterns.
s = argparse.ArgumentParser(prog='req')
s.add_argument('--name', required=True)
s.add_argument('first')
s.add_argument('middle', nargs='*')
s.add_argument('last')
run(s, ['a', 'b'])
run(s, ['--name', 'n', 'a', 'b', 'c', 'd'])
run(s, ['--name', 'n'])
run(s, ['a'])

t = argparse.ArgumentParser(prog='plus', add_help=False)
t.add_argument('words', nargs='+')
t.add_argument('--x', action='store_true')
run(t, [])
run(t, ['a', '--x', 'b'])
run(t, ['--help'])

# Errors when defining arguments.
for make in [
    lambda: p.add_argument('--num'),
    lambda: p.add_argument('pos', required=True),
    lambda: p.add_argument('bad', nargs=0),
    lambda: p.add_argument('--c2', const=1),
    lambda: p.add_argument('x', action='nope'),
    lambda: p.add_argument('--t', type='int'),
    lambda: p.add_argument('zz', dest='yy'),
    lambda: p.add_argument('-'),
    lambda: p.add_argument('--m', nargs=2, metavar=('A', 'B', 'C')),
]:
    try:
        make()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)

print(p.get_default('num'), p.get_default('nothing'))
p.set_defaults(num=100, extra='yes')
run(p, ['a'])
print(repr(p.add_argument('--zed', type=int, help='z')))
print(p)
