import os

print("leaving at once")
os._exit(3)
