match 1:
    case C(a) | D(a=[1, b]):
        pass
