# csv: a file (made and removed under /tmp) opened with newline='', quotechar=None (escaping instead of quoting), escaped
# line breaks at the end of input, and a differential sweep of random dialects and rows.
import csv
import io
import os
import random

rows = [['id', 'text', 'value'], [1, 'plain', 2.5], [2, 'with, comma', None],
        [3, 'with "quotes"', -1], [4, 'multi\nline\r\nfield', 0]]
path = '/tmp/1052_csv_files_edges.csv'  # made and removed by this program
try:
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        w.writerows(rows)
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, newline='') as f:
        for row in csv.reader(f):
            print(row)
    with open(path, newline='') as f:
        for row in csv.DictReader(f):
            print(row)
    with open(path, 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['a', 'b'], dialect='excel-tab')
        w.writeheader()
        w.writerows([{'a': 'x\ty', 'b': 1}, {'a': 'z'}])
    with open(path, newline='') as f:
        print(repr(f.read()))
    # How open() treats line endings: newline=None translates them, '' keeps them.
    with open(path, 'w', newline='\r\n') as f:
        print(f.write('one\ntwo\rthree\r\n'))
    with open(path, 'rb') as f:
        print(f.read())
    for newline in (None, '', '\n', '\r', '\r\n'):
        with open(path, newline=newline) as f:
            print(repr(newline), f.readlines())
    for kw in [dict(newline=5), dict(newline='x'), dict(mode='rb', newline='')]:
        try:
            open(path, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
finally:
    if os.path.exists(path):
        os.remove(path)

for params in [dict(quotechar=None), dict(quotechar=None, escapechar='\\'),
               dict(quotechar=None, quoting=csv.QUOTE_NONE, escapechar='\\')]:
    buf = io.StringIO()
    w = csv.writer(buf, **params)
    for row in (['a', 'b'], ['c,d', 'e'], ['']):
        try:
            w.writerow(row)
        except csv.Error as e:
            print('Error', e)
    print(params, repr(buf.getvalue()), w.dialect.quoting)
for args in [('excel',), ()]:
    try:
        print(csv.reader([], *args, quotechar=None).dialect.quoting)
    except TypeError as e:
        print('TypeError', e)

for lines in (['\\\n', 'ab'], ['\\\n', 'ab\n'], ['x\\\n', 'ab'], ['a\\\r\n', 'b,c']):
    for strict in (False, True):
        try:
            print(lines, strict, list(csv.reader(lines, escapechar='\\', strict=strict)))
        except csv.Error as e:
            print(lines, strict, 'Error', e)

rnd = random.Random(7)
alphabet = ['a', 'b', ' ', ',', ';', '"', "'", '\\', '/', '\n', '\r', '\t', '|', '1', '2.5', '-']
for seed in range(250):
    params = {}
    for name, choices in [('delimiter', [',', ';', '\t', '|', ' ']), ('quotechar', ['"', "'", None]),
                          ('escapechar', [None, '\\', '/']), ('doublequote', [True, False]),
                          ('skipinitialspace', [True, False]),
                          ('lineterminator', ['\r\n', '\n', '|', '\r']),
                          ('quoting', [0, 1, 2, 3]), ('strict', [True, False])]:
        if rnd.random() < 0.4:
            params[name] = rnd.choice(choices)

    def field():
        r = rnd.random()
        if r < 0.1:
            return None
        if r < 0.2:
            return rnd.choice([1, 2.5, -3, True, 0])
        return ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5)))

    rows = [[field() for _ in range(rnd.randint(0, 4))] for _ in range(rnd.randint(1, 4))]
    results = []
    try:
        buf = io.StringIO()
        w = csv.writer(buf, **params)
        w.writerows(rows)
        text = buf.getvalue()
        results.append(repr(text))
    except (csv.Error, TypeError) as e:
        results.append('write: %s %s' % (type(e).__name__, e))
        text = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
    if rnd.random() < 0.5:
        text = ''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
    try:
        r = csv.reader(io.StringIO(text, newline=''), **params)
        results.append('%r %d' % (list(r), r.line_num))
    except (csv.Error, TypeError, ValueError) as e:
        results.append('read: %s %s' % (type(e).__name__, e))
    print(seed, params, rows)
    print('  ' + '\n  '.join(results))
