let n = -1
assert(n >= 0, "n must be non-negative")
print("ok")
// expect-error: 2:1 Assertion failed: n must be non-negative
