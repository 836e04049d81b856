# unicodedata (Unicode 14.0, as CPython 3.11): names and lookup, categories, bidirectional
# classes, combining classes, mirroring, East Asian widths, numeric values, the four normal
# forms, characters assigned only after 14.0, and the errors CPython gives.
import unicodedata as u

print(u.unidata_version)
samples = "aZ5 \t\n\x00\xa0\xbd\xb2\u0301\u0663\u0f33\u2155\u216b\u2460\u3007\u4e00\u4e07\uac00\ud7a3" \
          "\u00c5\u212b\ufb01\u200f\u0627\u05d0(]\u00ab\u2028\ue000\uff21\uff61\u0378\U0001F600" \
          "\U00012432\U0001D7D9\U00020000\U000E0001\U0010FFFF\U0001FAF7\U0001171E\U00011F00"
for ch in samples:
    print(ascii(ch), u.name(ch, "-"), u.category(ch), u.bidirectional(ch) or "''", u.combining(ch),
          u.mirrored(ch), u.east_asian_width(ch), u.decimal(ch, "-"), u.digit(ch, "-"), u.numeric(ch, "-"),
          ch.isdecimal(), ch.isdigit(), ch.isnumeric())

# Counts over whole blocks, so that a table gone wrong shows up.
for first, last, step in [(0x0000, 0x0FFF, 1), (0x1000, 0x2FFF, 1), (0x3000, 0xD7FF, 3), (0xE000, 0xFFFF, 1),
                          (0x10000, 0x1FFFF, 2), (0x20000, 0x10FFFF, 97)]:
    chars = [chr(c) for c in range(first, last + 1, step)]
    categories = {}
    for c in chars:
        categories[u.category(c)] = categories.get(u.category(c), 0) + 1
    print(hex(first), sorted(categories.items()))
    print(sum(u.name(c, None) is not None for c in chars), sum(u.mirrored(c) for c in chars),
          sum(u.combining(c) for c in chars), sum(u.east_asian_width(c) == "W" for c in chars),
          sum(u.bidirectional(c) == "R" for c in chars), sum(u.numeric(c, 0) for c in chars),
          sum(c.isnumeric() for c in chars), sum(c.isdigit() for c in chars))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "SNOWMAN", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2B738",
             "GREEK SMALL LETTER FINAL SIGMA", "NULL", "NBSP", "VS1"]:
    print(name, ascii(u.lookup(name)), u.name(u.lookup(name), None))
print(u.lookup(b"EURO SIGN"))
for ch in map(chr, range(0x2600, 0x2610)):
    assert u.lookup(u.name(ch)) == ch

texts = ["caf\u00e9", "cafe\u0301", "\u00c5\u212b\u0041\u030a", "\ufb01ne \u2460 \u00bd", "\u1e9b\u0323",
         "\uac00\u11a8", "\u1100\u1161\u11a8", "a\u0328\u0301\u0323b", "\u2126 \u00b5 \u1d2c", "\u0f73\u0f75",
         "x\U0001F600\u0301", "", "plain ascii"]
for text in texts:
    print(ascii(text), [ascii(u.normalize(form, text)) for form in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(form, text) for form in ("NFC", "NFD", "NFKC", "NFKD")])


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: u.name("\x00"))
attempt(lambda: u.name("ab"))
attempt(lambda: u.name(5))
attempt(lambda: u.name(""))
attempt(lambda: u.name())
attempt(lambda: u.name("a", 1, 2))
attempt(lambda: u.name(chr="a"))
attempt(lambda: u.lookup("no such thing"))
attempt(lambda: u.lookup("hangul syllable gag"))
attempt(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-2B739"))
attempt(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-4e00"))
attempt(lambda: u.lookup("TANGUT IDEOGRAPH-17000"))
attempt(lambda: u.name("\U00017000"))
attempt(lambda: u.lookup("LATIN  SMALL LETTER A"))
attempt(lambda: u.lookup("LATINSMALLLETTERA"))
attempt(lambda: u.lookup("A" * 300))
attempt(lambda: u.lookup(5))
attempt(lambda: u.lookup(bytearray(b"EURO SIGN")))
attempt(lambda: u.lookup())
attempt(lambda: u.decimal("x"))
attempt(lambda: u.digit("\u2155"))
attempt(lambda: u.numeric("x"))
attempt(lambda: u.decimal("\u00b2", None))
attempt(lambda: u.category("ab"))
attempt(lambda: u.category())
attempt(lambda: u.combining(5))
attempt(lambda: u.mirrored(""))
attempt(lambda: u.east_asian_width("ab"))
attempt(lambda: u.bidirectional(None))
attempt(lambda: u.normalize("X", "a"))
attempt(lambda: u.normalize(5, "a"))
attempt(lambda: u.normalize("NFC", 5))
attempt(lambda: u.normalize("NFC"))
attempt(lambda: u.is_normalized("nfc", "a"))
