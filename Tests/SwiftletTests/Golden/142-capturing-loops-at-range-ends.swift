var seen: [Int] = []
for i in Int.max - 2...Int.max {
    let g = { i - (Int.max - 2) }
    seen.append(g())
}
for i in 0...Int.max {
    let g = { i * 10 }
    if g() > 20 { break }
    seen.append(g())
}
for i in 5...5 { let g = { i }; seen.append(g()) }
for i in 3..<3 { let g = { i }; seen.append(g()) }
print(seen)
