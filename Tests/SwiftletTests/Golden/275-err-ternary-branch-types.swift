let x = 3
let message = x > 2 ? "big" : 0
print(message)
// expect-error: 2:23 result values in '? :' expression have mismatching types 'String' and 'Int'
