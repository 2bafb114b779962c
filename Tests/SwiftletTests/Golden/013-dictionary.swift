var d: [String: Int] = ["a": 1]
d["b"] = 2
print(d["a"]!, d["b"] ?? 0, d["z"] ?? -1)
print(d["a"] as Any, d["q"] as Any)
print(d.count)
d["a"] = nil
print(d)
var counts: [String: Int] = [:]
for w in ["x", "y", "x"] { counts[w, default: 0] += 1 }
print(counts["x"]!, counts["y"]!)
let e: [Int: String] = [:]
print(e)
