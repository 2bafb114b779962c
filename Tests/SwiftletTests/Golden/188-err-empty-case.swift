for n in 1...3 {
    switch n {
    case 1:
    case 2: print("one or two")
    default: print("other")
    }
}
// expect-error: 3:5 'case' label in a 'switch' must have at least one executable statement
