var s = "ab"
while true { s += s }
//--
var t = "x"
for _ in 0..<100 { t = "\(t)\(t)" }
//--
var u = "y"
while true { u.append(u) }
