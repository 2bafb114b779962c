print((1, 2) < (1, 3), (2, "a") > (1, "z"), (1, 2, 3) <= (1, 2, 3), ("b", 1) >= ("a", 9))
let scores = [(2, "b"), (1, "z"), (2, "a")]
print(scores.sorted { $0 < $1 })
print(scores.sorted { $0 > $1 })
var a = [1, 2, 3, 4, 5, 6]
a.removeAll(where: { $0 % 2 == 0 })
print(a)
var b = [5, 6, 7, 8]
b.removeAll { $0 > 6 }
b.removeLast(1)
print(b)
var c = [1, 2, 3, 4]
c.removeFirst(2)
print(c)
