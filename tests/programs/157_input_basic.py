# input() reads lines from stdin (157_input_basic.stdin); the prompt goes to stdout.
name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year you will be", age + 1)
numbers = [int(x) for x in input().split()]
print("sum", sum(numbers), "max", max(numbers))
line = input()
print(repr(line))
print(repr(line.strip()), len(line))
