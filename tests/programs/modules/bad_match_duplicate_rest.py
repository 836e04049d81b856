match {}:
    case {"a": r, **r}:
        pass
