var x = 1
if x = 3 { print(x) }
// expect-error: 2:6 use of '=' in a boolean context, did you mean '=='?
