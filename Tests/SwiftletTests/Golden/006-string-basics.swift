let s = "héllo"
print(s, s.count, s.isEmpty)
let name = "Swift"
print("Hello, \(name)! \(1 + 2) \(1.5)")
print(s.uppercased(), s.hasPrefix("hé"), s.hasSuffix("x"))
var t = "a"
t += "b"
t.append("c")
print(t)
print("tab\tquote\"slash\\")
