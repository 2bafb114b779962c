for c in "aZ5!" {
    switch c {
    case "a"..."z": print("lower")
    case "A"..."Z": print("upper")
    case "0"..."9": print("digit")
    default: print("other")
    }
}
