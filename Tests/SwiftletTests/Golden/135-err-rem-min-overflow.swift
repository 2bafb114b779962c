let smallest = Int.min
print(7 % -1)
print(smallest % -1)
// expect-error: 3:16 arithmetic overflow
