# argparse: usage text for groups with hidden (SUPPRESS) members, required groups, empty
# groups, metavar tuples, a differential sweep of random parsers and command lines,
# parse_intermixed_args and fromfile_prefix_chars.
import argparse
import io
import random
import sys


def usage(parser):
    try:
        return parser.format_usage()
    except Exception as e:
        return '%s %s\n' % (type(e).__name__, str(e).split(' <')[0])


p = argparse.ArgumentParser(prog='p')
p.add_argument('-a', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
p.add_argument('--very', metavar='MV')
print(usage(p), end='')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--hid2', help=argparse.SUPPRESS)
print(usage(p), end='')
r2 = p.add_mutually_exclusive_group(required=True)
r2.add_argument('--one', action='store_true')
r2.add_argument('--two', action='store_true')
r2.add_argument('--three', help=argparse.SUPPRESS)
print(usage(p), end='')
r3 = p.add_mutually_exclusive_group(required=True)
r3.add_argument('--only', nargs=2, metavar=('K', 'V'))
print(usage(p), end='')
p.add_mutually_exclusive_group()
print(usage(p), end='')

long = argparse.ArgumentParser(prog='a-fairly-long-program-name-to-force-wrapping')
lg = long.add_mutually_exclusive_group()
lg.add_argument('--secret', help=argparse.SUPPRESS)
for name in ('alpha', 'beta', 'gamma', 'delta', 'epsilon'):
    long.add_argument('--' + name + '-option', metavar=name.upper())
print(usage(long), end='')


def random_parser(rnd):
    p = argparse.ArgumentParser(prog=rnd.choice(['p', 'a-much-longer-program-name-for-wrapping']),
                                allow_abbrev=rnd.random() < 0.7)
    tokens = ['--', '-', '-1', 'x', 'y', '1', '-xy', '--zz']
    mutex = p.add_mutually_exclusive_group(required=rnd.random() < 0.2)
    used = set()
    for i in range(rnd.randint(1, 7)):
        names = []
        short = '-' + rnd.choice('abcdvw')
        longname = '--' + rnd.choice(['alpha', 'alpine', 'beta', 'count', 'verbose', 'value'])
        if rnd.random() < 0.7 and short not in used:
            names.append(short)
        if (rnd.random() < 0.7 or not names) and longname not in used:
            names.append(longname)
        if not names:
            continue
        used.update(names)
        action = rnd.choice(['store', 'store', 'store_true', 'count', 'append', 'extend'])
        kw = {}
        if action in ('store', 'append', 'extend'):
            nargs = rnd.choice([None, '?', '*', '+', 2] if action != 'extend' else ['+', '*'])
            if nargs is not None:
                kw['nargs'] = nargs
            if rnd.random() < 0.2:
                kw['type'] = int
            if rnd.random() < 0.2:
                kw['choices'] = ['x', 'y', '1']
        if rnd.random() < 0.1:
            kw['help'] = argparse.SUPPRESS
        elif rnd.random() < 0.6:
            kw['help'] = ' '.join(rnd.choice(['some', 'help', 'words']) for _ in range(rnd.randint(1, 15)))
        (mutex if rnd.random() < 0.3 else p).add_argument(*names, action=action, **kw)
        tokens += names + [n[:4] for n in names if len(n) > 4] + [n + '=1' for n in names if n[1] == '-']
    for i in range(rnd.randint(0, 3)):
        kw = {'nargs': rnd.choice([None, '?', '*', '+', 2, argparse.REMAINDER])}
        if rnd.random() < 0.2:
            kw['type'] = int
        p.add_argument('pos%d' % i, **kw)
    return p, tokens


rnd = random.Random(2024)
for case in range(60):
    parser, tokens = random_parser(rnd)
    try:
        text = parser.format_help()
    except Exception as e:
        text = '%s %s\n' % (type(e).__name__, str(e).split(' <')[0])
    print('--- case', case)
    print(text, end='')
    for j in range(5):
        args = [rnd.choice(tokens) for _ in range(rnd.randint(0, 5))]
        buf = io.StringIO()
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = buf
        try:
            result = parser.parse_known_args(args)
        except SystemExit as e:
            result = 'SystemExit(%r)' % (e.code,)
        except Exception as e:
            result = '%s %s' % (type(e).__name__, str(e).split(' <')[0])
        finally:
            sys.stdout, sys.stderr = saved
        print(args, '->', result)
        print(buf.getvalue(), end='')


# parse_intermixed_args, and arguments read from a file named with fromfile_prefix_chars.
import os


def run_with(f, args):
    buf = io.StringIO(); saved = sys.stdout, sys.stderr; sys.stdout = sys.stderr = buf
    try: r = f(args)
    except SystemExit as e: r = 'SystemExit(%r)' % e.code
    except TypeError as e: r = 'TypeError %s' % e
    finally: sys.stdout, sys.stderr = saved
    print(args, '->', r); print(buf.getvalue(), end='')
p = argparse.ArgumentParser(prog='mix')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
p.add_argument('-v', action='store_true')
for a in (['doit', '1', '--foo', 'bar', '2', '3'], ['doit', '-v', '1', '2'], ['--foo', 'x'], ['a', 'b'], ['a', '1', '--bad', '2']):
    run_with(p.parse_intermixed_args, a)
    run_with(p.parse_args, a)
    run_with(p.parse_known_intermixed_args, a)
q = argparse.ArgumentParser(prog='q')
q.add_argument('x', nargs=argparse.REMAINDER)
run_with(q.parse_intermixed_args, [])
r = argparse.ArgumentParser(prog='r')
g = r.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
r.add_argument('--req', required=True)
r.add_argument('pos', nargs='+')
run_with(r.parse_intermixed_args, ['x', '--a', 'y', '--req', '1', 'z'])
run_with(r.parse_intermixed_args, ['x', '--req', '1'])
run_with(r.parse_intermixed_args, ['--a', '--req', '1'])
path = '/tmp/1051_argparse_fromfile.txt'  # made and removed here
with open(path, 'w') as f:
    f.write('--foo\nfromfile\nword\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--foo')
ff.add_argument('words', nargs='*')
run_with(ff.parse_args, ['a', '@' + path, 'b'])
run_with(ff.parse_args, ['@/nonexistent/file'])
os.remove(path)
