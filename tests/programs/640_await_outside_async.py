# 'await' in a plain function is a SyntaxError before anything runs.
print("never printed")


async def fine():
    return 1


def not_async():
    return await fine()
