func greet(person name: String, from town: String = "Paris") -> String {
    return "Hello \(name) from \(town)"
}
print(greet(person: "Ann"))
print(greet(person: "Bob", from: "Rome"))
func add(_ a: Int, _ b: Int) -> Int { a + b }
print(add(2, 3))
func area(width w: Double, height h: Double) -> Double { w * h }
print(area(width: 2, height: 3.5))
