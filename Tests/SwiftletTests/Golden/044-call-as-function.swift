struct Multiplier {
    var factor: Int
    func callAsFunction(_ x: Int) -> Int { x * factor }
}
let triple = Multiplier(factor: 3)
print(triple(5))
class Layer {
    var w = 2.0
    func callAsFunction(_ x: Double) -> Double { w * x }
}
let l = Layer()
print(l(1.5))
