def main():
    return "guarded.main ran"


print("guarded: __name__ == '__main__' is", __name__ == "__main__")
if __name__ == "__main__":
    print("guarded: running as a script")
