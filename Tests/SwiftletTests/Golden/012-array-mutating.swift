var a = [1, 2, 3, 4, 5]
a.insert(0, at: 0)
print(a)
print(a.remove(at: 2), a)
print(a.removeLast(), a)
a.removeAll()
print(a, a.count)
var s = [3, 1, 2]
s.sort()
print(s)
s.reverse()
print(s)
s.swapAt(0, 2)
print(s)
