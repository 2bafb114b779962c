let s: Set<Int> = [1, 1, 2]
// expect-error: 1:8 sets ('Set') are not supported
