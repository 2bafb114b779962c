print("a", "b", terminator: "!\n", separator: "-")
// expect-error: 1:47 argument 'separator' must precede argument 'terminator'
