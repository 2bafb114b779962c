enum Color { case red }
// expect-error: 1:1 enums are not supported
