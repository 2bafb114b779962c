var x: Int? = nil
print(x as Any)
x = 5
print(x as Any, x!)
let y: Int? = Int("42")
let z = Int("abc")
print(y as Any, z as Any)
print(y ?? 0, z ?? 0)
if let v = y { print("got", v) }
if let v = z { print("got", v) } else { print("nothing") }
let maybe: String? = "hi"
print(maybe?.count as Any, maybe?.uppercased() ?? "none")
