let a = Array(repeating: 0, count: 10_000_000_000)
//--
let b = Array(0..<10_000_000_000)
//--
var c = [1]
while true { c += c }
//--
var d = [1]
while true { d.append(contentsOf: d) }
//--
let e = String(repeating: "ab", count: 1 << 62)
