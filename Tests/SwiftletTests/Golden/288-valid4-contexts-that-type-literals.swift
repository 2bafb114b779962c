let x: Float = 2
print(1.5 * x, 1.0 / x)
func area(_ r: Float) -> Float { 3.14 * r * r }
print(area(2))
let c = true
let anything: Any = c ? 1 : "a"
let mixed: [Any] = [c ? "s" : 0, 2]
print(anything, mixed.count)
print((c ? 1 : "a"), c ? [1] : [2.5])
func sq(_ v: Int) -> Int { v * v }
func sq(_ v: Double) -> Double { v * v }
func wantsDouble() -> Double { sq(3) }
let typed: Double = sq(3)
print(wantsDouble(), typed, sq(2) * 2.5, max(1, 2) * 2.5)
let d = 2.5
let off = false
print(off ? d : 0)
let o: Int? = nil
let s: String? = nil
print(off ? o : 0, off ? s : "d")
@available(*, deprecated, message: "use area")
func oldArea(_ r: Float) -> Float { area(r) }
print("ok")
