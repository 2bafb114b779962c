func f() { return 5 }
f()
print("done")
// expect-error: 1:19 unexpected non-void return value in void function
