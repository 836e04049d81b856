"""`json.encoder`: the encoding half of `json`, whose objects it names."""

from json import JSONEncoder

__all__ = ["JSONEncoder"]
