for i in 0..<10 {
    if i == 2 { continue }
    if i == 5 { break }
    print(i)
}
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 1 { continue outer }
        if i == 2 { break outer }
        print(i, j)
    }
}
