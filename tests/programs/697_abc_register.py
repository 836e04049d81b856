# Virtual subclasses: ABC.register, as a decorator too, and what isinstance/issubclass then say.
from abc import ABC


class Drawable(ABC):
    pass


class Sprite:
    pass


@Drawable.register
class Text:
    pass


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
result = Drawable.register(Sprite)
print(result is Sprite, issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
print(issubclass(Text, Drawable), Text.__name__, Drawable in Text.__mro__)
Drawable.register(int)
print(isinstance(5, Drawable), isinstance(True, Drawable), isinstance("5", Drawable))


class Widget(Drawable):
    pass


class Button(Widget):
    pass


Widget.register(str)
print(isinstance("x", Widget), isinstance("x", Drawable), isinstance("x", Button))
print(issubclass(Button, (int, Drawable)), isinstance(3.5, (Drawable, float)))
try:
    Drawable.register(5)
except TypeError as e:
    print(e)
try:
    Widget.register(Drawable)
except RuntimeError as e:
    print(e)
