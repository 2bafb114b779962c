print("a", "b", sep: "-")
// expect-error: 1:22 extra argument 'sep' in call
