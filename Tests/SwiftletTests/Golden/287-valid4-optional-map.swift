func firstAbove(_ xs: [Double], _ limit: Double) -> Int? {
    for (i, v) in xs.enumerated() where v > limit { return i }
    return nil
}
let found = firstAbove([1, 2, 3], 1.5).map { $0 * 10 }
print(found as Any)
let none = firstAbove([1], 5).map { $0 * 10 }
print(none as Any, none == nil)
let text: String? = "42"
print(text.flatMap { Int($0) } as Any, text.map { $0.count } ?? 0)
let label = found.map { "at \($0)" } ?? "none"
print(label)
