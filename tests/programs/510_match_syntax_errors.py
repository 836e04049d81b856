# SyntaxErrors CPython's compiler raises for bad patterns, each in a module of its own.
import sys

HERE = __file__.rsplit("/", 1)[0]
sys.path.insert(0, HERE + "/modules")


def report(e):
    print(f"{e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")


try:
    import bad_match_capture
except SyntaxError as e:
    report(e)

try:
    import bad_match_wildcard
except SyntaxError as e:
    report(e)

try:
    import bad_match_or_capture
except SyntaxError as e:
    report(e)

try:
    import bad_match_as_capture
except SyntaxError as e:
    report(e)

try:
    import bad_match_duplicate
except SyntaxError as e:
    report(e)

try:
    import bad_match_duplicate_rest
except SyntaxError as e:
    report(e)

try:
    import bad_match_or_names
except SyntaxError as e:
    report(e)

try:
    import bad_match_or_names_nested
except SyntaxError as e:
    report(e)

try:
    import bad_match_stars
except SyntaxError as e:
    report(e)

try:
    import bad_match_key
except SyntaxError as e:
    report(e)

try:
    import bad_match_key_numbers
except SyntaxError as e:
    report(e)

try:
    import bad_match_attribute
except SyntaxError as e:
    report(e)

try:
    import bad_match_debug
except SyntaxError as e:
    report(e)


import bad_match_capture
