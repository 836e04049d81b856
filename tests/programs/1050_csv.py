# csv: reader and writer with every quoting mode and dialect parameter, DictReader/DictWriter,
# the dialect registry, and the errors for common misuse.
import csv
import io


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


def written(rows, **params):
    buf = io.StringIO()
    w = csv.writer(buf, **params)
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


rows = [['name', 'note', 'n'], ['a,b', 'say "hi"', 1], ['line\nbreak', ' lead', 2.5],
        ['', None, 7], ['cr\rhere', 'x', -3]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    text = written(rows, quoting=quoting)
    print(quoting, repr(text))
    print(list(csv.reader(io.StringIO(text, newline=''), quoting=quoting)))
show('none', lambda: written([['a', 'b c', 'd']], quoting=csv.QUOTE_NONE))
show('none-comma', lambda: written([['a,b']], quoting=csv.QUOTE_NONE))
show('none-escape', lambda: written([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('nodouble', lambda: written([['c"d']], doublequote=False, escapechar='\\'))
show('nodouble-noesc', lambda: written([['c"d']], doublequote=False))
show('tabs', lambda: written([['a\tb', 'c']], dialect='excel-tab'))
show('unix', lambda: written([['a', 1, None]], dialect='unix'))
show('semi', lambda: written([['a;b', 'c,d']], delimiter=';', quotechar="'", lineterminator='|'))
show('empty', lambda: written([[''], [], [None], ['', ''], [True, False]]))
show('empty-none', lambda: written([['']], quoting=csv.QUOTE_NONE))
show('not-iterable', lambda: written([5]))
show('generator', lambda: written([(x * x for x in range(4))]))

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(['abc', 'de']), w.writerows([[1], [2, 3]]), repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting)

samples = [
    'a,b,c\r\n1,2,3\r\n',
    'a, b,  c\n',
    '"quoted, comma","doubled ""quote"""\n',
    '"multi\nline",next\nlast,row\n',
    '\n\nafter,blank\n',
    'x,"unterminated\n',
    '"a"b,c\n',
    'esc\\,aped,x\n',
    'trailing,\n',
    ',\n',
    '"",""\n',
]
for text in samples:
    show('read', lambda: list(csv.reader(io.StringIO(text, newline=''), escapechar='\\')))
show('skipspace', lambda: list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
show('strict', lambda: list(csv.reader(['"a"b,c'], strict=True)))
show('strict-eof', lambda: list(csv.reader(['"abc'], strict=True)))
show('nonnumeric', lambda: list(csv.reader(['1,"2",3.5,,x'], quoting=csv.QUOTE_NONNUMERIC)))
show('quote-none', lambda: list(csv.reader(['"a","b"'], quoting=csv.QUOTE_NONE)))
show('bytes', lambda: list(csv.reader([b'a,b'])))
show('newline', lambda: list(csv.reader(['a\rb'])))
show('lines', lambda: list(csv.reader(['a,b\r\n', 'c\n', '"d\r\n', 'e"\r\n'])))
r = csv.reader(['h1,h2\n', '"x\n', 'y",z\n'])
print(list(r), r.line_num, r.dialect.quotechar)

limit = csv.field_size_limit()
print(limit, csv.field_size_limit(5), csv.field_size_limit())
show('limit', lambda: list(csv.reader(['abcdef'])))
csv.field_size_limit(limit)
show('limit-type', lambda: csv.field_size_limit('x'))

for params in [dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=''), dict(quotechar='ab'),
               dict(quotechar=1), dict(escapechar='ab'), dict(escapechar=5),
               dict(lineterminator=5), dict(quoting=7), dict(quoting='a'), dict(bogus=1),
               dict(delimiter=None), dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
    show('params %s' % params, lambda: csv.reader([], **params).dialect.delimiter)
show('no-write', lambda: csv.writer(5))
show('no-iter', lambda: csv.reader(5))

# Dialects.
print(csv.list_dialects())
d = csv.get_dialect('excel')
print(d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
show('setattr', lambda: setattr(d, 'delimiter', ';'))
show('unknown', lambda: csv.get_dialect('nope'))
show('unregister-unknown', lambda: csv.unregister_dialect('nope'))
show('bad-name', lambda: csv.register_dialect(1))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)


class Semi(csv.excel):
    delimiter = ';'
    skipinitialspace = True


csv.register_dialect('semi', Semi)
csv.register_dialect('semi2', 'semi', lineterminator='\n')
print(csv.list_dialects())
show('pipes', lambda: written([['a', 'b']], dialect='pipes'))
show('semi', lambda: written([['a', 'b;c']], dialect=Semi))
show('semi2', lambda: written([['a', 'b']], dialect='semi2'))
show('semi-read', lambda: list(csv.reader(['a; b;"c"'], 'semi')))
show('instance', lambda: written([['a', 'b']], dialect=Semi(), delimiter='#'))
csv.unregister_dialect('pipes')
print(csv.list_dialects())


class Broken(csv.Dialect):
    delimiter = ';'


show('broken', lambda: Broken())
show('broken-reader', lambda: csv.reader([], Broken))
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.Error.__name__)

# DictReader and DictWriter.
text = 'name,age,city\r\nAnn,30,Oslo\r\n\r\nBob,25\r\nCy,40,Rome,extra,more\r\n'
dr = csv.DictReader(io.StringIO(text, newline=''))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO(text, newline=''), fieldnames=['a', 'b'], restkey='rest',
                    restval='?')
print(list(dr))
print(list(csv.DictReader(io.StringIO('x,y\r\n1,2\r\n'), restval='-', fieldnames=['x', 'y', 'z'])))
empty = csv.DictReader(io.StringIO(''))
print(empty.fieldnames, list(empty))
print(list(csv.DictReader(['a;b', '1;2'], delimiter=';')))

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['name', 'age', 'city'], restval='n/a')
print(dw.writeheader())
dw.writerow({'name': 'Ann', 'age': 30, 'city': 'Oslo, NO'})
dw.writerow({'name': 'Bob'})
dw.writerows([{'age': 1}, {'city': 'x"y'}])
show('extra', lambda: dw.writerow({'name': 'Z', 'zip': 123}))
print(repr(buf.getvalue()))
buf = io.StringIO()
dw = csv.DictWriter(buf, ['a', 'b'], extrasaction='ignore', dialect='unix')
dw.writerow({'a': 1, 'b': 2, 'c': 3})
print(repr(buf.getvalue()))
show('extrasaction', lambda: csv.DictWriter(buf, ['a'], extrasaction='skip'))
