# Ends with an uncaught exception: input() with empty stdin raises EOFError
# (the prompt is printed first, without a newline).
def ask(prompt):
    answer = input(prompt)
    return answer.strip()
print("reading")
defaults = {"color": "blue"}
print("default color", defaults["color"])
value = ask("prompt> ")
print("got", value)
