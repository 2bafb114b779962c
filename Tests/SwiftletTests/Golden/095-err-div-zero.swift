let z = 0
print(10 / z)
// expect-error: 2:10 division by zero
