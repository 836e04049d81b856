# string.Template: $name, ${name}, $$, substitute vs safe_substitute, errors, custom delimiter.
from string import Template

t = Template("$who likes ${what}s, costs $$$price")
print(t.substitute(who="Tim", what="bun", price=3))
print(t.substitute({"who": "Ann", "what": "pie"}, price=4.5))
print(t.safe_substitute(who="Bob"))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
for text in ["a $ b", "line one\nline ${two", "$3", "end $", "${}"]:
    bad = Template(text)
    try:
        bad.substitute(two=2)
    except ValueError as e:
        print(e)
    print(repr(bad.safe_substitute(two=2)), bad.is_valid())
print(Template("${a}${b}$a").substitute(a=1, b=[2]))
print(Template("$_under ${x1}y $x1y").safe_substitute(_under="u", x1="X"))


class Percent(Template):
    delimiter = "%"


print(Percent("%name costs %%%price").substitute(name="tea", price=2))
print(Template("no placeholders").substitute(), Template("").substitute())
