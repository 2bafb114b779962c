var numbers = [3, 1, 2]
let result = numbers.sort()
print(result, numbers)
func greet(_ name: String) { print("hi", name) }
let g = greet("ann")
print(g)
