func apply(_ f: (Int) -> Int) -> Int { f(2) }
print(apply { x in
    print(x)
})
// expect-error: 3:5 cannot convert value of type '()' to closure result type 'Int'
