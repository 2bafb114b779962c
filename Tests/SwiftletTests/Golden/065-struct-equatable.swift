struct V: Equatable { var x: Int; var y: Int }
print(V(x: 1, y: 2) == V(x: 1, y: 2), V(x: 1, y: 2) == V(x: 2, y: 1))
print([1, 2] == [1, 2], (1, 2) == (1, 2), "a" < "b")
