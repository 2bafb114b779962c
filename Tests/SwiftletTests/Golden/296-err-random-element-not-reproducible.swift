let a = [1, 2]
print(a.randomElement()!)
// expect-error: 2:9 'randomElement' (a different result on every run) is not supported in lessons
