a = "escapes: \n \t \\ \' \" \a \b \f \v \0 \x41 \101 \u00e9 \U0001F600 \N{BULLET}"
b = b"bytes: \x00\xff\n \\"
c = r"raw \n \d"
d = u"unicode prefix"
e = "unknown escape \d \q"
f = "line \
continuation"
g = """triple with 'quotes' and "doubles" """
h = 'it\'s'
i = "mixed ' and \""
j = '\u200b zero width \x7f'
k = b'quote\'s'
l = 12345678901234567890123456789
m = 1.7976931348623157e308
n = 5e-324
o = 1e16, 1e-5, 0.1, 100.0
p = f""
q = f"{a}" "b" f"{c:{d}}"
