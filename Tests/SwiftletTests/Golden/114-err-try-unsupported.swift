func f() throws -> Int { 1 }
print(1)
// expect-error: 1:1 throwing functions are not supported
