# argparse: argument groups, mutually exclusive groups, subparsers, help layout and formatters.
import argparse
import io
import sys


def run(parser, args):
    # Parse `args`, showing what argparse printed (help, usage, errors) and the result.
    buf = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = buf
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print('$', ' '.join(args))
    print(buf.getvalue(), end='')
    print(result)


# Default prog is the script's file name.
print(argparse.ArgumentParser().prog)

p = argparse.ArgumentParser(
    prog='deploy',
    description='Deploy the application to one or more environments. This description is '
                'long enough that it has to be wrapped over several lines of the help text.',
    epilog='See the manual for more. The epilog is wrapped the same way as the description.')
out = p.add_mutually_exclusive_group()
out.add_argument('-v', '--verbose', action='store_true', help='print more')
out.add_argument('-q', '--quiet', action='store_true', help='print less')
net = p.add_argument_group('network', 'Options that control how the network is used.')
net.add_argument('--host', default='localhost', help='the host to connect to, which is used '
                 'for every request that the deployment makes along the way')
net.add_argument('--port', type=int, default=8080, help='port (default: %(default)s)')
net.add_argument('--a-very-long-option-name-indeed', metavar='VALUE', help='long invocation')
p.add_argument('target', help='where to deploy')
p.add_argument('extras', nargs='*', help='extra things')
for args in [['prod'], ['-v', 'prod'], ['-v', '-q', 'prod'], ['-q', '--verbose', 'x'],
             ['--port', '99', 'x', 'y', 'z'], ['-h']]:
    run(p, args)

req = argparse.ArgumentParser(prog='req')
g = req.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
g.add_argument('--fmt', choices=['a', 'b'])
run(req, [])
run(req, ['--xml'])
run(req, ['--fmt', 'c'])
run(req, ['--fmt', 'a', '--json'])
run(req, ['-h'])
try:
    g.add_argument('--must', required=True)
except ValueError as e:
    print('ValueError', e)

# Subparsers.
git = argparse.ArgumentParser(prog='git')
git.add_argument('--git-dir', metavar='DIR')
sub = git.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
a = sub.add_parser('add', help='add files', aliases=['stage'])
a.add_argument('paths', nargs='+')
a.add_argument('-f', '--force', action='store_true')
sub.add_parser('status')
for args in [['commit', '-m', 'hi'], ['--git-dir', 'd', 'add', 'a', 'b', '-f'],
             ['stage', 'x'], ['status'], [], ['push'], ['commit'], ['add', '-h'],
             ['commit', '-m', 'x', '--bogus'], ['-h'], ['status', 'extra']]:
    run(git, args)

titled = argparse.ArgumentParser(prog='t')
tsub = titled.add_subparsers(title='commands', description='Pick one.', dest='cmd', required=True)
tsub.add_parser('one', help='the first')
tsub.add_parser('two', help='the second')
run(titled, ['-h'])
run(titled, [])
run(titled, ['one'])

# Formatters.
raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Lines:\n  kept   as\n    written\n',
                              epilog='  indented epilog\nsecond line')
raw.add_argument('--x', help='help text   is   still   filled')
run(raw, ['-h'])
rawtext = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
rawtext.add_argument('--x', help='line one\n  line two')
run(rawtext, ['-h'])
defaults = argparse.ArgumentParser(prog='defs',
                                   formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument('--n', type=int, default=5, help='a number')
defaults.add_argument('--s', default='text')
defaults.add_argument('--flag', action='store_true', help='a flag')
defaults.add_argument('pos', nargs='?', default='p', help='positional')
defaults.add_argument('req', help='required positional')
run(defaults, ['-h'])

# Usage given by hand, usage wrapping with long names, prefix chars, BooleanOptionalAction.
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [options] FILE')
u.add_argument('file')
run(u, [])
long = argparse.ArgumentParser(prog='a-program-with-a-really-quite-extraordinarily-long-name-here')
for i in range(6):
    long.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long.add_argument('first_positional_argument')
long.add_argument('second_positional_argument', nargs='+')
run(long, [])
many = argparse.ArgumentParser(prog='many')
for i in range(12):
    many.add_argument('--opt%d' % i, metavar='V')
for i in range(4):
    many.add_argument('positional%d' % i)
run(many, ['a'])
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
plus.add_argument('+f', '++foo', action='store_true')
plus.add_argument('/b')
run(plus, ['+f', '/b', '1'])
run(plus, ['+h'])
b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use color')
run(b, ['--no-color'])
run(b, ['--color'])
run(b, ['-h'])

# Parents and conflict resolution.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', type=int, default=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('name')
run(child, ['--shared', '4', 'n'])
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--ex', help='old')
res.add_argument('--ex', help='new')
run(res, ['-h'])

# Errors that do not exit.
quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
try:
    quiet.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
print(quiet.format_usage(), end='')


# Required subparsers with a metavar, aliases in the help, set_defaults per subcommand;
# FileType; MetavarTypeHelpFormatter; argument_default=SUPPRESS; %(prog)s in texts.
p = argparse.ArgumentParser(prog='s')
sp = p.add_subparsers(required=True, metavar='COMMAND')
a = sp.add_parser('alpha', aliases=['al', 'a'], help='first one', description='Alpha does it.')
a.set_defaults(func='A')
a.add_argument('n', type=int)
b = sp.add_parser('beta', help='second')
b.set_defaults(func='B')
run(p, [])
run(p, ['al', '3'])
run(p, ['beta'])
run(p, ['-h'])
run(p, ['a', '-h'])
run(p, ['gamma'])
run(p, ['alpha', 'x'])
run(p, ['alpha', '1', 'extra'])
p2 = argparse.ArgumentParser(prog='s2')
sp2 = p2.add_subparsers()
sp2.add_parser('x')
run(p2, [])
run(p2, ['y'])
buf = io.StringIO()
sys.stderr = buf
try:
    p2.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
sys.stderr = sys.__stderr__
print(buf.getvalue(), end='')
print(repr(argparse.FileType('w')), repr(argparse.FileType('r', encoding='utf-8')), repr(argparse.FileType('rb', 0)))
p3 = argparse.ArgumentParser(prog='p3')
p3.add_argument('--f', type=argparse.FileType('r'))
run(p3, ['--f', '/nonexistent/x'])
p4 = argparse.ArgumentParser(prog='p4', formatter_class=argparse.MetavarTypeHelpFormatter)
p4.add_argument('--n', type=int)
p4.add_argument('x', type=float)
run(p4, ['-h'])
p5 = argparse.ArgumentParser(prog='p5', argument_default=argparse.SUPPRESS)
p5.add_argument('--a')
p5.add_argument('--b', default=1)
run(p5, [])
run(p5, ['--a', 'q'])
p6 = argparse.ArgumentParser(prog='p6', epilog='Bye %(prog)s.', description='Use %(prog)s well.', usage='%(prog)s [stuff]')
p6.add_argument('--pct', help='100%% sure, default %(default)r, type %(type)s', type=int, default=5)
run(p6, ['-h'])
