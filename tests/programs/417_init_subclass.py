# __init_subclass__ with class keywords, and object.__init_subclass__ rejecting keywords.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="the-beta"):
    pass


class Gamma(Beta):
    pass


print([c.__name__ for c in Plugin.registry], Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
try:
    class Bad(foo=1):
        pass
except TypeError as e:
    print(e)
