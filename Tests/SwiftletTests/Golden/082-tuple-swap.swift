var a = 1, b = 2
(a, b) = (b, a)
print(a, b)
let (q, r) = (17 / 5, 17 % 5)
print(q, r)
