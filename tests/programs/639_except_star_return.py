# 'return' may not leave an except* clause: a SyntaxError before anything runs.
print("never printed")


def handler():
    try:
        pass
    except* ValueError:
        return 1
