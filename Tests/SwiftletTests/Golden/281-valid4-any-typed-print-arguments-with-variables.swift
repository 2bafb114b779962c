let c = true
let s = "big", n = 0
print(c ? s : n)
let a = [1, 2]
print(a + ["x"])
