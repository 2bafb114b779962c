let input = "42"
let n: Int = Int(input)
print(n)
let ages = ["ann": 30]
var list: [Int] = []
list.append(ages["ann"])
print(list)
// expect-error: 2:14 value of optional type 'Int?' must be unwrapped to a value of type 'Int'
