"""Conversions between binary data and ASCII: hex (`hexlify`, `unhexlify`), base64
(`b2a_base64`, `a2b_base64`) and CRC-32 (`crc32`), with CPython's `binascii` results and
errors."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEX = "0123456789abcdefABCDEF"


def _data(data):
    """The bytes of a bytes-like argument."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    tobytes = getattr(data, "tobytes", None)
    if tobytes is not None and not isinstance(data, str):
        return tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _ascii(data):
    """The bytes of an argument that may also be an ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return _data(data)
    except TypeError:
        raise TypeError(
            f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'") from None


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _data(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    text = data.decode("latin-1")
    if any(c not in _HEX for c in text):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(text)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _data(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63])) + b"=="
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[n >> 18], _B64[n >> 12 & 63], _B64[n >> 6 & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data (characters outside the alphabet are skipped, as
    CPython skips them unless `strict_mode`)."""
    data = _ascii(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    for i, c in enumerate(data):
        if c == 0x3D:  # '='
            if strict_mode and quad_pos == 0 and i == 0:
                raise Error("Leading padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos, left = 1, value
        elif quad_pos == 1:
            out.append((left << 2 | value >> 4) & 0xFF)
            quad_pos, left = 2, value & 0x0F
        elif quad_pos == 2:
            out.append((left << 4 | value >> 2) & 0xFF)
            quad_pos, left = 3, value & 0x03
        else:
            out.append((left << 6 | value) & 0xFF)
            quad_pos, left = 0, 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 "
                    "more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0):
    """The CRC-32 of `data`, continuing from `crc`."""
    data = _data(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
