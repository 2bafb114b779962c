func same(_ a: P, _ b: P) -> Bool { a == b }
print(same(P(x: 1), P(x: 1)))
struct P: Equatable { var x: Int }
