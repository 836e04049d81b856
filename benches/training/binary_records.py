# Serialises sensor records to a binary format with struct into io.BytesIO, reads them back and analyses them.
# Exercises struct, array, io, copy.deepcopy, contextlib.contextmanager, string.Template, typing and bisect.
import array
import bisect
import copy
import io
import random
import string
import struct
from contextlib import contextmanager
from collections import namedtuple
from typing import Dict, Iterator, List, Optional

HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<IhdB8s")
MAGIC = b"SENS"


Reading = namedtuple("Reading", "ts sensor value flags tag")


@contextmanager
def section(log: List[str], name: str) -> Iterator[None]:
    log.append(f"begin {name}")
    try:
        yield
    except ValueError as exc:
        log.append(f"error in {name}: {exc}")
    finally:
        log.append(f"end {name}")


def make_readings(seed: int, n: int) -> List[Reading]:
    rng = random.Random(seed)
    tags = ["temp", "humid", "press", "wind", "lux"]
    ts = 1_000_000
    out = []
    for _ in range(n):
        ts += rng.randint(1, 30)
        out.append(Reading(ts, rng.randint(-50, 50), round(rng.gauss(20.0, 6.0), 3),
                           rng.randrange(256), rng.choice(tags)))
    return out


def write_all(readings: List[Reading], version: int = 2) -> bytes:
    buf = io.BytesIO()
    buf.write(HEADER.pack(MAGIC, version, len(readings)))
    parts = [RECORD.pack(r.ts, r.sensor, r.value, r.flags, r.tag.encode("ascii")) for r in readings]
    buf.write(b"".join(parts))
    return buf.getvalue()


def read_all(blob: bytes) -> List[Reading]:
    stream = io.BytesIO(blob)
    magic, version, count = HEADER.unpack(stream.read(HEADER.size))
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    out = []
    for _ in range(count):
        ts, sensor, value, flags, tag = RECORD.unpack(stream.read(RECORD.size))
        out.append(Reading(ts, sensor, value, flags, tag.rstrip(b"\0").decode("ascii")))
    return out


def stats(values: "array.array") -> Dict[str, float]:
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    ordered = sorted(values)
    return {"n": n, "mean": round(mean, 6), "std": round(var ** 0.5, 6),
            "median": ordered[n // 2], "p90": ordered[int(n * 0.9)]}


def find_window(timestamps: List[int], start: int, end: int) -> int:
    return bisect.bisect_right(timestamps, end) - bisect.bisect_left(timestamps, start)


def first_flagged(readings: List[Reading], mask: int) -> Optional[Reading]:
    return next((r for r in readings if r.flags & mask == mask), None)


def main():
    log: List[str] = []
    readings = make_readings(77, 20000)
    blob = write_all(readings)
    back = read_all(blob)
    by_tag: Dict[str, array.array] = {}
    for r in back:
        by_tag.setdefault(r.tag, array.array("d")).append(r.value)
    with section(log, "verify"):
        if back != readings:
            raise ValueError("round trip mismatch")  # pgo: never reached
    with section(log, "corrupt"):
        read_all(b"XXXX" + blob[4:])
    timestamps = [r.ts for r in back]
    windows = [find_window(timestamps, t, t + 600) for t in range(timestamps[0], timestamps[-1], 5000)]
    config = {"thresholds": {"temp": [10, 30]}, "sensors": list(range(5))}
    clone = copy.deepcopy(config)
    clone["thresholds"]["temp"][1] = 35
    shallow = copy.copy(config)
    shallow["sensors"].append(99)
    ints = array.array("i", (r.sensor for r in back))
    packed = ints.tobytes()
    tmpl = string.Template("$count readings, $size bytes, tags: ${tags}")
    print(tmpl.substitute(count=len(back), size=len(blob), tags=",".join(sorted(by_tag))))
    for tag in sorted(by_tag):
        print(f"  {tag:<6}", stats(by_tag[tag]))
    print("log:", log)
    print("windows:", len(windows), max(windows), "first 0xF0:", first_flagged(back, 0xF0))
    print("copies:", config["thresholds"]["temp"], clone["thresholds"]["temp"], config["sensors"][-1],
          "ints:", sum(ints), len(packed), string.ascii_lowercase[:5], string.digits[-3:])


if __name__ == "__main__":
    main()
