WHERE = "found through an appended sys.path entry"
