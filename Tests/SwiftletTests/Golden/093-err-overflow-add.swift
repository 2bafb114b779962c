let big = Int.max
print(big + 1)
// expect-error: 2:11 arithmetic overflow
