let ages = ["ann": 30]
var list: [Int] = []
list.append(ages["ann"])
print(list)
// expect-error: 3:13 value of optional type 'Int?' must be unwrapped to a value of type 'Int'
