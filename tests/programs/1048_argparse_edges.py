# argparse: how argument strings are allotted (nargs patterns, '--', abbreviations, negative
# numbers, REMAINDER), string defaults through type, and the help width from COLUMNS.
import argparse
import io
import os
import sys


def run(parser, args, known=False):
    buf = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buf
    try:
        result = (parser.parse_known_args if known else parser.parse_args)(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print('$', args)
    print(buf.getvalue(), end='')
    print(result)


p = argparse.ArgumentParser(prog='pat')
p.add_argument('a', nargs=2)
p.add_argument('b', nargs='?')
p.add_argument('c', nargs='*')
p.add_argument('-x', action='store_true')
for args in [['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '-x', '2', '3'],
             ['1', '2', '-x', '3', '4'], ['1'], ['--', '-1', '-2', '-3'], ['1', '2', '--', '--', '-x'],
             ['-x', '--', '-x', 'y']]:
    run(p, args)

r = argparse.ArgumentParser(prog='rem')
r.add_argument('--opt')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['ls', '-l', '--opt', 'x'])
run(r, ['--opt', 'o', 'ls'])
run(r, ['-h'])

n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('vals', nargs='*')
run(n, ['-1', 'a'])
run(n, ['-2'])
run(n, ['--', '-2'])

d = argparse.ArgumentParser(prog='defaults')
d.add_argument('--n', type=int, default='10')
d.add_argument('--l', type=int, default=[1], action='append')
d.add_argument('--c', type=int, choices=range(1, 4))
d.add_argument('--cnt', action='count')
d.add_argument('pos', type=float, nargs='?', default='1.5')
d.add_argument('-', dest='dash', nargs='?')
run(d, [])
run(d, ['--l', '2', '--l', '3'])
run(d, ['--c', '2', '--cnt', '--cnt'])
run(d, ['--c', '5'])
run(d, ['-', 'x'])
run(d, ['--n=', '1'])
run(d, ['--cnt=3'])
run(d, ['-h'])

s = argparse.ArgumentParser(prog='short')
s.add_argument('-a', action='store_true')
s.add_argument('-b', action='store_true')
s.add_argument('-c')
run(s, ['-abc', 'v'])
run(s, ['-abcv'])
run(s, ['-ac=v'])
run(s, ['-ax'])
run(s, ['-a=1'])
run(s, ['-c'])
run(s, ['-c', '-a'])
run(s, ['-c', '-5'])

sub = argparse.ArgumentParser(prog='top')
sub.add_argument('--top', action='store_true')
subs = sub.add_subparsers()
one = subs.add_parser('one')
one.add_argument('--inner', type=int)
run(sub, ['one', '--inner', '3', 'left', '--top'], known=True)
run(sub, ['one', '--inner', '3', 'left'])
run(sub, ['two'])
run(sub, ['-h'])

# The width comes from $COLUMNS (minus 2), else 80 when not writing to a terminal.
os.environ['COLUMNS'] = '50'
w = argparse.ArgumentParser(prog='narrow', description='a description wrapped at a narrower width than usual')
w.add_argument('--alpha', help='the alpha setting, which has a long help text that wraps')
w.add_argument('--beta-gamma-delta', metavar='LONG_METAVAR', help='short')
w.add_argument('items', nargs='+', help='the items')
run(w, ['-h'])
del os.environ['COLUMNS']
fmt = lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10)
w2 = argparse.ArgumentParser(prog='fixed', formatter_class=fmt)
w2.add_argument('--alpha', help='the alpha setting, which has a long help text that wraps')
run(w2, ['-h'])
print(repr(w2.format_usage()))
w2.print_usage()

# Empty metavars (nargs below 1) leave no stray space in the usage brackets.
odd = argparse.ArgumentParser(prog='odd')
odd.add_argument('--x', nargs=-1)
odd.add_argument('y', nargs=-2)
run(odd, ['--x'])
print(odd.format_usage(), end='')
try:
    odd.add_argument('--z', nargs='x')
except ValueError as e:
    print('ValueError', e)

# parse_args() reads sys.argv[1:] (empty here); the default prog is the script's file name;
# an error nobody catches ends the program with status 2 and the usage on stderr.
top = argparse.ArgumentParser(description='top-level')
top.add_argument('--n', type=int, default=1)
print(top.parse_args())
top.parse_args(['--n', 'x'])
print('not reached')
