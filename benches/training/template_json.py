# A small template engine (variables, filters, loops, conditionals) rendering records that round-trip through JSON.
# Exercises re.sub with callbacks, str.format/f-strings, json dumps/loads, nested dicts/lists and string methods.
import json
import random
import re

TEMPLATE = """\
Report for {{ user.name|title }} ({{ user.email|lower }})
{% for order in orders %}- #{{ order.id }} {{ order.item|upper }} x{{ order.qty }} = {{ order.total|money }}
{% endfor %}{% if user.vip %}VIP discount applied{% endif %}Total: {{ grand_total|money }}
"""

TAG_RE = re.compile(r"\{%\s*(for|endfor|if|endif)\s*(?:(\w+)\s+in\s+([\w.]+)|([\w.]+))?\s*%\}")
VAR_RE = re.compile(r"\{\{\s*([\w.]+)((?:\|\w+)*)\s*\}\}")

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "money": lambda v: f"${v:,.2f}",
    "len": len,
}


def lookup(ctx, dotted):
    value = ctx
    for part in dotted.split("."):
        if isinstance(value, dict):
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def compile_template(text):
    """Turn template text into a nested list of nodes."""
    root = []
    stack = [root]
    pos = 0
    for m in TAG_RE.finditer(text):
        if m.start() > pos:
            stack[-1].append(("text", text[pos:m.start()]))
        tag, var, seq, cond = m.groups()
        if tag == "for":
            node = ("for", var, seq, [])
            stack[-1].append(node)
            stack.append(node[3])
        elif tag == "if":
            node = ("if", cond, [])
            stack[-1].append(node)
            stack.append(node[2])
        else:
            stack.pop()
        pos = m.end()
    stack[-1].append(("text", text[pos:]))
    return root


def render_text(text, ctx):
    def sub(m):
        value = lookup(ctx, m.group(1))
        for name in filter(None, m.group(2).split("|")):
            value = FILTERS[name](value)
        return str(value)
    return VAR_RE.sub(sub, text)


def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(render_text(node[1], ctx))
        elif kind == "for":
            _, var, seq, body = node
            for item in lookup(ctx, seq):
                out.append(render(body, {**ctx, var: item}))
        elif kind == "if":
            if lookup(ctx, node[1]):
                out.append(render(node[2], ctx))
    return "".join(out)


def make_user(rng, i):
    first = rng.choice(["ada", "grace", "linus", "guido", "barbara", "ken"])
    last = rng.choice(["lovelace", "hopper", "torvalds", "van rossum", "liskov", "thompson"])
    orders = []
    for j in range(rng.randint(1, 6)):
        qty = rng.randint(1, 5)
        price = round(rng.uniform(1, 250), 2)
        orders.append({"id": i * 100 + j, "item": rng.choice(["widget", "gadget", "gizmo", "doohickey"]),
                       "qty": qty, "price": price, "total": round(qty * price, 2)})
    return {"user": {"name": f"{first} {last}", "email": f"{first.upper()}.{last.replace(' ', '')}@Example.COM",
                     "vip": rng.random() < 0.25, "tags": sorted({rng.choice("abcdef") for _ in range(3)})},
            "orders": orders}


def main():
    rng = random.Random(3)
    compiled = compile_template(TEMPLATE)
    lines = 0
    chars = 0
    vip = 0
    grand = 0.0
    for i in range(1800):
        record = make_user(rng, i)
        blob = json.dumps(record, sort_keys=True)
        back = json.loads(blob)
        assert back == record  # pgo: never reached
        back["grand_total"] = sum(o["total"] for o in back["orders"])
        grand += back["grand_total"]
        text = render(compiled, back)
        lines += text.count("\n")
        chars += len(text)
        vip += "VIP" in text
        if i == 7:
            sample = text
    summary = json.dumps({"lines": lines, "chars": chars, "vip": vip, "grand": round(grand, 2)},
                         indent=2, sort_keys=True)
    print(sample.rstrip())
    print(summary)
    print(json.loads(summary)["grand"] == round(grand, 2))


if __name__ == "__main__":
    main()
