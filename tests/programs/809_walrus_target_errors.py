# An assignment expression to something other than a name: the SyntaxError marks the target.
for source in ["(lambda: [a, b] := [1])", "(a.b := 1)", "(f() := 1)", "(a[0] := 2)", "([x] := 3)",
               "(1 := 2)", "(a + b := 2)", "(x := 1)", "[y := 2, y ** 2]"]:
    try:
        compile(source, "<walrus>", "exec")
    except SyntaxError as error:
        print(f"{source:26} {error.msg} at {error.lineno}:{error.offset}-{error.end_lineno}:{error.end_offset}")
    else:
        print(f"{source:26} compiles")
