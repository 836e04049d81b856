"""`json.decoder`: the decoding half of `json`, whose objects it names."""

from json import JSONDecoder, JSONDecodeError, scanstring

__all__ = ["JSONDecoder", "JSONDecodeError"]
