__all__ = ["listed", "_also_listed"]
listed = "listed"
_also_listed = "underscore but listed"
unlisted = "not exported"
