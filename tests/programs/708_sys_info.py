# sys's information records: version_info, float_info, int_info, hash_info, implementation.
import sys

print(sys.version_info, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, len(sys.float_info), 1.0 + sys.float_info.epsilon > 1.0)
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, hash(float("inf")))
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version == sys.version_info)
print(sys.byteorder, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.platform)
print(isinstance(sys.version_info, tuple), tuple(sys.version_info))
