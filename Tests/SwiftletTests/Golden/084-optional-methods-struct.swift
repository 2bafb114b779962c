struct Box { var v: Int? }
var b = Box(v: nil)
print(b.v ?? -1)
b.v = 3
print(b.v! * 2)
if let v = b.v { print(v) }
