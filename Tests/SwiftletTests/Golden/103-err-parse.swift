let x = (1 + 
print(x)
// expect-error: 2:9 expected
