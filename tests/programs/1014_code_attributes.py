# Attributes of code objects; co_code is bytes (pyglass encodes its own instructions).


def f(a, b=2, *args, c, **kw):
    x = a + b
    return len(args) + x + g(c)


def g(v):
    return v


def gen():
    yield 1


code = f.__code__
print(type(code.co_code), type(code.co_code) is bytes, len(code.co_code) > 0)
print(type(g.__code__.co_code).__name__, isinstance(gen.__code__.co_code, bytes))
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames, code.co_nlocals)
print('len' in code.co_names, 'g' in code.co_names)
print(code.co_filename.endswith('1014_code_attributes.py'), code.co_firstlineno)
print(code.co_flags & 0x4 != 0, code.co_flags & 0x8 != 0, gen.__code__.co_flags & 0x20 != 0)
print(g.__code__.co_varnames, g.__code__.co_argcount, g.__code__.co_firstlineno, g.__code__.co_name)
print((lambda: 0).__code__.co_name, gen.__code__.co_qualname)
print(f.__code__.co_code == f.__code__.co_code, f.__code__.co_code != g.__code__.co_code)
try:
    code.co_code = b''
except AttributeError as e:
    print('AttributeError', e)
try:
    code.co_nosuch
except AttributeError as e:
    print('AttributeError', e)
