# Ends with an uncaught exception: explicit chaining with `raise ... from ...`
# ("The above exception was the direct cause of the following exception:").
def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"invalid port: {text!r}") from exc
ports = ["80", "443", "8080"]
print([parse_port(p) for p in ports])
print(parse_port("80"))
print(parse_port("eighty"))
