"""textwrap: wrap and fill (hyphens, em-dashes, long words, indents, max_lines and the
placeholder, sentence endings, tabs), shorten, dedent and indent, and the errors."""

import textwrap
text = ("The well-known quick brown fox--nimble as ever--jumped over the lazy dog's "
        "self-contained, e-mail-friendly kennel; supercalifragilisticexpialidocious words "
        "and a-b-c sequences test   the\twrapper.  End.")
for width in (10, 15, 20, 33, 50):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a  b", 1, drop_whitespace=False))
print(textwrap.wrap("Hi there. How are you? Fine.", 40, fix_sentence_endings=True))
print(repr(textwrap.dedent("    def f():\n        return 1\n  \n    x = 2\n")))
print(repr(textwrap.dedent("\tA\n\t  B\n\n\t C")), repr(textwrap.dedent("  a\n\tb")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("abc def", 3, max_lines=1)
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=8, tabsize=4)
print(w.wrap("a\tb\tc\td e f g h"), w.fill("x y z"))
