# Building strings and simple string algorithms.
def is_palindrome(s):
    cleaned = "".join([c.lower() for c in s if c.isalnum()])
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
def rle(s):
    out = ""
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += s[i] + str(j - i)
        i = j
    return out
print(rle("aaabccdddd"), rle(""), rle("x"))
vowels = sum([1 for c in "programming language" if c in "aeiou"])
print(vowels)
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
