// Capture lists copy values when the closure is made; other captures share the variable.
var x = 1
let c = { [x] in x }
x = 100
print(c(), x)
var z = 5
let d = { [w = z + 1] in w * 2 }
z = 50
print(d())
var counter = 0
let inc = { [counter] in counter + 1 }
counter = 10
print(inc(), counter)
var fs: [() -> Int] = []
var k = 0
while k < 3 { fs.append({ [k] in k * 10 }); k += 1 }
print(fs.map { $0() })
let byRef = { x + 1 }
x = 7
print(byRef())
class Box { var v = 1 }
let b = Box()
let seen = { [b] in b.v }
b.v = 9
print(seen())
let typed: (Int) -> Int = { [x] n in n + x }
print(typed(1))
