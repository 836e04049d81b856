# Building a network-style packet in a bytearray with pack_into, then parsing and patching it.
import struct

PAYLOAD = b"hello, packet"
packet = bytearray(8 + len(PAYLOAD))
struct.pack_into("!BBH", packet, 0, 4, 0x11, len(packet))
packet[8:] = PAYLOAD


def ones_complement(data):
    if len(data) % 2:
        data += b"\x00"
    total = sum(struct.unpack(f"!{len(data) // 2}H", bytes(data)))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


struct.pack_into("!H", packet, 4, ones_complement(packet))
print(packet[:8].hex(" "), bytes(packet[8:]))
version, proto, length, check = struct.unpack_from("!BBHH", packet)
print(version, proto, length, hex(check), ones_complement(packet))
packet[8:13] = b"HELLO"
print(packet, ones_complement(packet) == 0)
view = bytearray(packet)
view.reverse()
print(view[:5], packet.find(b"packet"), packet.count(b"e"), packet.upper()[-6:])
