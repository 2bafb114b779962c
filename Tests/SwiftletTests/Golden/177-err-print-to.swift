var log = "start"
print("a", 1, to: &log)
print(log)
// expect-error: 2:19 print(_:to:) is not supported in lessons
