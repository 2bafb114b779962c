for n in [-5, 0, 5] {
    print(n > 0 ? "pos" : n < 0 ? "neg" : "zero")
}
