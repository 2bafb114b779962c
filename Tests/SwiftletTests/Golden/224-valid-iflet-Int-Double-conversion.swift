let ch: Character = "7"
if let n = Int(String(ch)) { print(n) }
let parts = "3 4".split(separator: " ")
if let a = Int(parts[0]) { print(a) }
let s = "2.5"
if let d = Double(s) { print(d) }
