# deepcopy copies an object shared twice once, also when its class has __deepcopy__.
import copy


class Token:
    copies = 0

    def __init__(self, name):
        self.name = name

    def __deepcopy__(self, memo):
        Token.copies += 1
        return Token(self.name + "'")


t = Token("t")
pair = [t, t, {"again": t}]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[2]["again"] is c[0], c[0].name, Token.copies)


class Node:
    def __init__(self, value):
        self.value = value
        self.friends = []


a, b = Node(1), Node(2)
a.friends.append(b)
b.friends.append(a)
a2 = copy.deepcopy(a)
print(a2.friends[0].friends[0] is a2, a2 is not a, a2.friends[0].value)
